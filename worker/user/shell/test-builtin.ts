// Models bash's test builtin (test.c) for `test` and `[` (being written).

import type { Builtin } from './builtin-io';

export const TEST_BUILTINS: Readonly<Record<string, Builtin>> = {};

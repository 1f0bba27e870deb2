// The sed tools of /usr/bin (filled in as they are written).

import type { Program } from '../../process';

export const programs: Readonly<Record<string, Program>> = {};

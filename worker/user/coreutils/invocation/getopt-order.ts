// Models glibc getopt_long() with a leading `+` in its optstring (REQUIRE_ORDER), as timeout and sudo
// call it: options end at the first operand, which starts the command to run, so the command's own
// options are left alone. Long options match by any unambiguous prefix; the diagnostics are glibc's.

import { getopt, type GetoptError, type GetoptSpec, type Parsed } from '../bytes/getopt';

export type { GetoptError, GetoptSpec, LongOption } from '../bytes/getopt';

/** Parses argv (without argv[0]) up to the first operand; the operands are the rest, as given. */
export function getoptInOrder(spec: GetoptSpec, argv: readonly string[]): Parsed | GetoptError {
  return getopt(spec, argv, true);
}

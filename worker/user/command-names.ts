// Every command the shell knows by name, for what lists them without running them (completion of
// a command word): its builtins and the programs in /usr/bin.

import { PROGRAM_NAMES } from './program-names';
import { BUILTIN_NAMES } from './shell/builtin-names';

export const COMMANDS: readonly string[] = [...new Set([...BUILTIN_NAMES, ...PROGRAM_NAMES])]
  .filter((name) => /^[a-z]/.test(name))
  .sort();

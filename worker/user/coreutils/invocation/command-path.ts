// Models the search of PATH that execvp(3) (timeout) and sudo's find_path() make, as far as the
// playground has files: every program lives in /usr/bin; of bash's builtins, the ones Debian also
// ships as programs (echo, printf, test, [, true, false, kill, pwd) are found there, the others
// (cd, export, wait ...) exist only inside a shell, so running them from a program fails.
// Simplified: a name with a slash is never a program (the model has no program files), and an
// executable script is not run.

import { EACCES, ENOENT } from '../../../kernel/lib/errno';
import type { Syscalls } from '../../../kernel/syscall-table';
import { isProgramName, PROGRAM_TWINS } from '../../program-names';

/** Where Debian installs every program the playground has. */
export const BIN_DIR = '/usr/bin';

/** bash 5.2's builtins (`compgen -b`) that have no file in Debian 12's PATH. */
const SHELL_ONLY = new Set(
  (
    '. : alias bg bind break builtin caller cd command compgen complete compopt continue declare dirs ' +
    'disown enable eval exec exit export fc fg getopts hash help history jobs let local logout mapfile ' +
    'popd pushd read readarray readonly return set shift shopt source suspend times trap type typeset ' +
    'ulimit umask unalias unset wait'
  ).split(' '),
);

/** What Debian also installs in /usr/bin of the shell's own commands (clear is ncurses'). */
const ALSO_PROGRAMS = new Set([...PROGRAM_TWINS, 'bash', 'sh', 'clear']);

/** The file execvp would run for `name`, or null when PATH has none. */
export function commandPath(name: string): string | null {
  if (name === '' || name.includes('/') || SHELL_ONLY.has(name)) return null;
  return isProgramName(name) || ALSO_PROGRAMS.has(name) ? `${BIN_DIR}/${name}` : null;
}

/** Why execvp of `name` failed: a path to something that is no program, or nothing at all. */
export function execError(sys: Syscalls, name: string): number {
  return name.includes('/') && sys.stat(name).ok ? -EACCES : -ENOENT;
}

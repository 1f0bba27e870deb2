// The names of the programs installed in /usr/bin, written out so that the shell, completion and
// the programs which look a command up before running it (timeout, sudo) know them without loading
// the program table itself (coreutils/index.ts), which the page's worker loads after the first
// prompt (program-table.ts). A test holds this list equal to the table's names. Also the builtins
// a real system also has as programs.

/** Every program of the playground's /usr/bin, sorted. */
export const PROGRAM_NAMES: readonly string[] = [
  'awk',
  'basename',
  'cat',
  'chmod',
  'chown',
  'cmp',
  'container',
  'cp',
  'cut',
  'date',
  'dd',
  'diff',
  'dirname',
  'env',
  'explain',
  'find',
  'grep',
  'head',
  'hexdump',
  'id',
  'ln',
  'ls',
  'mawk',
  'mkdir',
  'mount',
  'mv',
  'nproc',
  'od',
  'printenv',
  'ps',
  'readlink',
  'realpath',
  'rm',
  'rmdir',
  'sed',
  'seq',
  'sleep',
  'sort',
  'stat',
  'su',
  'sudo',
  'tail',
  'tee',
  'timeout',
  'touch',
  'tr',
  'tree',
  'uevent',
  'umount',
  'uname',
  'uniq',
  'wc',
  'whoami',
  'xargs',
  'xxd',
  'yes',
];

const names: ReadonlySet<string> = new Set(PROGRAM_NAMES);

/** Shell builtins that also exist as programs in /usr/bin on a real system (coreutils, procps). */
export const PROGRAM_TWINS: ReadonlySet<string> = new Set([
  'echo',
  'printf',
  'true',
  'false',
  'test',
  '[',
  'pwd',
  'kill',
]);

export function isProgramName(name: string): boolean {
  return names.has(name);
}

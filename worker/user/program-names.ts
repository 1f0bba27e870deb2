// The names of the programs installed in /usr/bin, filled in by the program table
// (coreutils/index.ts) when it loads, so that programs which look a command up before running it
// (timeout, sudo) can ask without importing the table that lists them (no import cycle); and the
// builtins a real system also has as programs.

const names = new Set<string>();

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

export function addProgramNames(list: Iterable<string>): void {
  for (const n of list) names.add(n);
}

export function isProgramName(name: string): boolean {
  return names.has(name);
}

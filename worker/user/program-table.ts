// The programs of /usr/bin as the shell finds them. Their table (coreutils/index.ts) is most of the
// user space's code, so the page's worker loads it in a chunk of its own after the first prompt
// (worker/main.ts) and the session runs no command before it is installed (session-api.ts); the
// headless runner, the benchmarks and the tests install it before they start.

import type { Program } from './process';

let table: Readonly<Record<string, Program>> | null = null;

/** Installs the program table (once loaded); the shell finds programs in it from then on. */
export function installPrograms(programs: Readonly<Record<string, Program>>): void {
  table = programs;
}

/** Whether the program table is installed. */
export function programsInstalled(): boolean {
  return table !== null;
}

/**
 * The program of that name in /usr/bin, if there is one. Asking before the table is installed is a
 * bug of the caller (the session awaits it), so it throws rather than answer "not found".
 */
export function findProgram(name: string): Program | null {
  if (table === null) throw new Error(`the programs of /usr/bin are not loaded yet (looking up ${name})`);
  return Object.hasOwn(table, name) ? table[name] : null;
}

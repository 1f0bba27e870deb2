// The shell's interpreter as the shell finds it: the parser and the runner of what it parsed, and
// through them the expansions and the builtins, the most part of the shell's code. Printing a
// prompt needs none of it, so the page's worker loads it in a chunk of its own with the programs
// after the first prompt (worker/main.ts; interpreter-code.ts is that chunk's entry) and the
// session runs no line before it is installed (session-api.ts); the headless runner, the
// benchmarks and the tests install it before they start (install-all.ts).

import type { parse } from './parser';
import type { runTop, runTrap } from './runner';

export interface Interpreter {
  readonly parse: typeof parse;
  readonly runTop: typeof runTop;
  readonly runTrap: typeof runTrap;
}

let installed: Interpreter | null = null;

/** Installs the interpreter (once loaded); shells run lines with it from then on. */
export function installInterpreter(interpreter: Interpreter): void {
  installed = interpreter;
}

/**
 * The interpreter. Asking before it is installed is a bug of the caller (the session awaits it),
 * so it throws rather than run nothing.
 */
export function interpreter(): Interpreter {
  if (installed === null) throw new Error('the shell interpreter is not loaded yet');
  return installed;
}

// What every bash builtin shares (builtins/common.c): the context it runs in, `bash: NAME: ...`
// diagnostics, and output through line-buffered stdio with sh_chkwrite's single `write error`.

import type { Syscalls } from '../../kernel/syscall-table';
import { EPIPE, strerror } from '../../kernel/lib/errno';
import { SIGPIPE } from '../../kernel/syscalls';
import { Stdio } from '../stdio';
import { encodeText } from '../bytes';
import type { Proc } from '../process';
import type { ShellState } from './state';

export interface BuiltinContext {
  readonly sh: ShellState;
  readonly sys: Syscalls;
  readonly argv: readonly string[];
}

/** Most builtins never block and return their status; `wait`, `fg` and `suspend` run as a Proc. */
export type Builtin = (b: BuiltinContext) => number | Proc;

/** How a script shell's diagnostics begin (`NAME: line N: `), and whether it is dash. */
export interface Diagnostics {
  prefix(): string;
  readonly dash: boolean;
}

/**
 * The diagnostics of the tasks that run a script, keyed by the task's own `getpid` (the copies
 * of a task's system calls that pipelines make share it); an interactive shell has none.
 */
const scripts = new WeakMap<object, Diagnostics>();

export function setDiagnostics(sys: Syscalls, d: Diagnostics): void {
  scripts.set(sys.getpid, d);
}

export function diagnosticsOf(sys: Syscalls): Diagnostics | undefined {
  return scripts.get(sys.getpid);
}

/** One diagnostic line on the task's stderr: `bash: ` first, or a script's `NAME: line N: `. */
export function shellError(sys: Syscalls, message: string): void {
  const d = scripts.get(sys.getpid);
  sys.write(2, encodeText(`${d ? d.prefix() : 'bash: '}${message}\n`));
}

/** Writes through line-buffered stdio; a failed write is reported once, as bash's sh_chkwrite does. */
export function output(b: BuiltinContext, text: string): number {
  const out = new Stdio(b.sys, 1, 'line');
  out.write(text);
  if (out.flush()) return 0;
  // NOTE: writing into a pipe nobody reads raises SIGPIPE, which ends a forked shell silently.
  if (out.error === EPIPE && b.sh.forked) {
    b.sys.kill(b.sys.pid, SIGPIPE);
    return 128 + SIGPIPE;
  }
  shellError(b.sys, `${b.argv[0]}: write error: ${strerror(out.error)}`);
  return 1;
}

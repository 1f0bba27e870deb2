// What every bash builtin shares (builtins/common.c): the context it runs in, `bash: NAME: ...`
// diagnostics, and output through line-buffered stdio with sh_chkwrite's single `write error`.

import type { Syscalls } from '../../kernel/syscall-table';
import { strerror } from '../../kernel/lib/errno';
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

/** One diagnostic line on the task's stderr, `bash: ` first. */
export function shellError(sys: Syscalls, message: string): void {
  sys.write(2, encodeText(`bash: ${message}\n`));
}

/** Writes through line-buffered stdio; a failed write is reported once, as bash's sh_chkwrite does. */
export function output(b: BuiltinContext, text: string): number {
  const out = new Stdio(b.sys, 1, 'line');
  out.write(text);
  if (out.flush()) return 0;
  shellError(b.sys, `${b.argv[0]}: write error: ${strerror(out.error)}`);
  return 1;
}

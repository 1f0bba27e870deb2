// The executor's entry points (runner.ts fills them in when it loads), so that the modules the
// runner uses (simple commands, pipelines, substitutions, `[[ ]]`, builtins such as eval) can call
// back into it without an import cycle.

import type { Syscalls } from '../../kernel/syscall-table';
import type { Proc } from '../process';
import type { Command, CommandList } from './ast';
import type { ShellState } from './state';

export interface Executor {
  runList(sh: ShellState, list: CommandList): Proc;
  runCommand(sh: ShellState, cmd: Command): Proc;
  /** A command in a forked child about to exit: a simple command's program runs in its task. */
  runForked(sh: ShellState, cmd: Command): Proc;
  /** Runs a list in a forked child's state until it ends; the child then exits. */
  subshell(sub: ShellState, list: CommandList): Proc;
  callFunction(sh: ShellState, name: string, args: readonly string[]): Proc;
  /** `eval` and `source`: text parsed and run in this shell. */
  runText(sh: ShellState, text: string, where: string): Proc;
  /** `command ARGV` (no functions) and `builtin ARGV` (builtins only), in the shell's task. */
  runArgv(sh: ShellState, sys: Syscalls, argv: readonly string[], mode: 'command' | 'builtin'): Proc;
}

export const executor = {} as Executor;

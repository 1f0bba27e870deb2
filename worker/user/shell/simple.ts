// Models bash's execute_simple_command: expansion, assignments (scalars, `+=`, array elements and
// `name=(...)` lists), `set -x` tracing, then a function, a builtin in the shell's own task with
// its redirections undone afterwards, or a program in a forked child that applies its
// redirections, execs, runs and exits. A program whose task is killed ends at its next yield
// with status 128 + the signal.

import type { Syscalls } from '../../kernel/syscall-table';
import { fileType, isShellRequest, S_IFREG, type Execvp, type Proc } from '../process';
import { encodeText } from '../bytes';
import { findProgram } from '../program-table';
import { SIGINT, SIGPIPE } from '../../kernel/syscalls';
import { signalText } from './jobs';
import type { SimpleCommand } from './ast';
import { expandWords } from './expand';
import { applyRedirections, restoreFds, type SavedFds } from './redirect';
import { findBuiltin, shellError } from './builtins';
import { diagnosticsOf } from './builtin-io';
import { isProgramName, PROGRAM_TWINS } from '../program-names';
import { execScript, shellProgram } from './script';
import { redirection } from './print-cmd';
import { permits, X_OK } from './test-ops';
import { lackingHint, WELL_KNOWN } from './help';
import { ShellState } from './state';
import { assignAll, assignArray, traceQuote } from './assign';
import { xOf } from './context';
import { executor } from './executor';

/**
 * Runs a simple command in the shell (builtins, functions, assignments) or a forked child. With
 * `forked`, the shell is already a forked child about to exit (a pipeline element, `( cmd )`,
 * `$(cmd)`, `cmd &`): a program runs in its task without forking again, as bash does.
 */
export function* runSimple(sh: ShellState, cmd: SimpleCommand, forked = false): Proc {
  sh.lineNo = sh.lineOffset + cmd.line;
  const alias = aliasText(sh, cmd);
  if (alias !== null) {
    sh.aliasing.add(alias.name);
    try {
      return yield* executor.runText(sh, alias.text, '');
    } finally {
      sh.aliasing.delete(alias.name);
    }
  }
  const before = sh.substitutions;
  const argv = yield* expandWords(xOf(sh), cmd.words);
  if (argv.length === 0) {
    // NOTE: a command substitution in the words or assignments sets $?, and that is the status
    if (!(yield* assignAll(sh, cmd.assignments, null))) return (sh.status = 1);
    const status = sh.substitutions === before ? 0 : sh.status;
    return yield* inShell(sh, cmd, () => status);
  }
  trace(sh, argv);
  sh.lastArg = argv[argv.length - 1];
  const name = argv[0];
  if (sh.functions.has(name)) {
    return yield* withPrefix(sh, cmd, function* () {
      return yield* inShellGen(sh, cmd, () => executor.callFunction(sh, name, argv.slice(1)));
    });
  }
  const builtin = sh.disabled.has(name) ? null : findBuiltin(name);
  if (!builtin && forked) {
    const assigns = new Map<string, string>();
    if (!(yield* assignAll(sh, cmd.assignments, assigns))) return 1;
    const err = yield* applyRedirections(xOf(sh), sh.sys, cmd.redirections, null);
    if (err !== null) {
      shellError(sh.sys, err);
      return 1;
    }
    return yield* execIn(sh, sh.sys, argv, assigns, commandText(cmd));
  }
  if (!builtin) {
    const child = sh.sys.fork();
    const assigns = new Map<string, string>();
    const sub = sh.subshell(child);
    if (!(yield* assignAll(sub, cmd.assignments, assigns))) {
      child.exit();
      return 1;
    }
    const status = yield* runProgram(sub, child, cmd, argv, assigns);
    reportSignal(sh, child.termSignal());
    return status;
  }
  if (name === 'exec') {
    const err = yield* applyRedirections(xOf(sh), sh.sys, cmd.redirections, null);
    if (err !== null) {
      shellError(sh.sys, err);
      return 1;
    }
    return yield* settle(builtin({ sh, sys: sh.sys, argv }));
  }
  const run = () => builtin({ sh, sys: sh.sys, argv });
  if (!cmd.arrayArgs) return yield* withPrefix(sh, cmd, () => inShell(sh, cmd, run));
  return yield* inShellGen(sh, cmd, function* () {
    const status = yield* settle(run());
    if (status === 0) for (const a of cmd.arrayArgs!) yield* assignArray(sh, a, true);
    return status;
  });
}

/**
 * An alias as the command word (unquoted, not already being expanded): the command again with
 * the alias's text in its place. NOTE: bash expands aliases as it reads a line; here it happens
 * when the command runs, which gives the same result for aliases defined on earlier lines.
 */
function aliasText(sh: ShellState, cmd: SimpleCommand): { name: string; text: string } | null {
  if (sh.aliases.size === 0 || cmd.assignments.length > 0 || cmd.words.length === 0) return null;
  if (!sh.shopts.get('expand_aliases')) return null;
  const first = cmd.words[0];
  const part = first.parts.length === 1 ? first.parts[0] : null;
  if (!part || part.kind !== 'text' || part.quoted || part.text !== first.raw) return null;
  const value = sh.aliases.get(first.raw);
  if (value === undefined || sh.aliasing.has(first.raw)) return null;
  if (cmd.redirections.some((r) => r.heredoc)) return null;
  const rest = [...cmd.words.slice(1).map((w) => w.raw), ...cmd.redirections.map(redirection)];
  return { name: first.raw, text: [value, ...rest].join(' ') };
}

/** `NAME=v cmd` for a builtin or function: the assignments hold while it runs. */
function* withPrefix(sh: ShellState, cmd: SimpleCommand, body: () => Proc): Proc {
  if (cmd.assignments.length === 0) return yield* body();
  const previous = new Map(cmd.assignments.map((a) => [a.name, sh.variable(a.name)] as const));
  const saved = new Map([...previous].map(([k, v]) => [k, v ? { ...v } : undefined] as const));
  if (!(yield* assignAll(sh, cmd.assignments, null))) return 1;
  try {
    return yield* body();
  } finally {
    for (const [k, v] of saved) {
      if (v) sh.vars.set(k, v);
      else sh.vars.delete(k);
    }
  }
}

function commandTextOf(argv: readonly string[]): string {
  return argv.join(' ');
}

/**
 * The interactive shell says which signal ended a foreground command (`Terminated`, `Killed`), as
 * bash does for every signal but SIGINT and SIGPIPE.
 */
function reportSignal(sh: ShellState, sig: number): void {
  if (!sig || sig === SIGINT || sig === SIGPIPE || !sh.interactive || sh.forked) return;
  sh.sys.write(2, encodeText(signalText(sig) + '\n'));
}

/** The command as typed, for `jobs` and the shells su and container exec start. */
function commandText(cmd: SimpleCommand): string {
  return [...cmd.assignments.map((a) => a.raw), ...cmd.words.map((w) => w.raw)].join(' ');
}

/** `set -x`: `+ argv` on stderr, words quoted as bash quotes them. */
function trace(sh: ShellState, argv: readonly string[]): void {
  if (!sh.options.xtrace) return;
  const ps4 = sh.getVar('PS4') ?? '+ ';
  sh.sys.write(2, encodeText(`${ps4}${argv.map(traceQuote).join(' ')}\n`));
}

/** A builtin's result: its status, or the Proc of one that waits (`wait`, `fg`, `suspend`). */
export function* settle(result: number | Proc): Proc {
  return typeof result === 'number' ? result : yield* result;
}

/** Runs `body` in the shell's task with the command's redirections applied and then undone. */
function* inShell(sh: ShellState, cmd: SimpleCommand, body: () => number | Proc): Proc {
  if (cmd.redirections.length === 0) {
    const r = body();
    return typeof r === 'number' ? r : yield* r;
  }
  return yield* inShellGen(sh, cmd, () => settle(body()));
}

function* inShellGen(sh: ShellState, cmd: SimpleCommand, body: () => Proc): Proc {
  const saved: SavedFds = [];
  try {
    const err = yield* applyRedirections(xOf(sh), sh.sys, cmd.redirections, saved);
    if (err !== null) {
      shellError(sh.sys, err);
      return 1;
    }
    return yield* body();
  } finally {
    restoreFds(sh.sys, saved);
  }
}

/** The life of a forked child that runs a program: redirections, exec, run, exit. */
function* runProgram(
  sub: ShellState,
  child: Syscalls,
  cmd: SimpleCommand,
  argv: string[],
  assigns: Map<string, string>,
): Proc {
  try {
    const err = yield* applyRedirections(xOf(sub), child, cmd.redirections, null);
    if (err !== null) {
      shellError(child, err);
      return 1;
    }
    return yield* execIn(sub, child, argv, assigns, commandText(cmd));
  } finally {
    child.exit();
  }
}

/** Execs `argv` in a forked child's task (a program, or a builtin or function run there). */
export function* execIn(
  sub: ShellState,
  child: Syscalls,
  argv: string[],
  assigns: ReadonlyMap<string, string>,
  text: string,
): Proc {
  const name = argv[0];
  if (sub.functions.has(name)) return yield* executor.callFunction(sub, name, argv.slice(1));
  const builtin = findBuiltin(name);
  const twin = sub.disabled.has(name) && PROGRAM_TWINS.has(name);
  if (builtin && (!sub.disabled.has(name) || twin))
    return yield* settle(builtin({ sh: sub, sys: child, argv }));
  if (name === 'bash' || name === 'sh') {
    child.exec(name, argv);
    return yield* killable(
      child,
      shellProgram(sub, child, argv, sub.environment(assigns)),
      commandTextOf(argv),
    );
  }
  if (name.includes('/'))
    return yield* killable(
      child,
      execScript(sub, child, argv, sub.environment(assigns)),
      commandTextOf(argv),
    );
  const program = findProgram(name);
  if (!program) return notFound(child, name);
  child.exec(name, argv);
  const proc = program({ sys: child, argv, env: sub.environment(assigns), execvp });
  return yield* killable(child, proc, text);
}

/**
 * Runs a program until it ends or its task is killed; what it yields goes up to the scheduler. A
 * request for an interactive shell is labelled with the command, for `jobs` and `fg`.
 */
function* killable(sys: Syscalls, proc: Proc, command: string): Proc {
  for (;;) {
    const r = proc.next();
    if (r.done) return sys.termSignal() ? 128 + sys.termSignal() : r.value;
    if (isShellRequest(r.value)) r.value.command ??= command;
    yield r.value;
    const sig = sys.termSignal();
    if (sig) {
      proc.return(128 + sig);
      return 128 + sig;
    }
  }
}

/** execvp(3) for programs: a program of /usr/bin, or a builtin run as if it were one. */
export const execvp: Execvp = (sys, argv, env) => {
  const name = argv[0] ?? '';
  const builtin = findBuiltin(name);
  if (builtin) {
    const sh = new ShellState(sys, []);
    for (const [k, v] of env) sh.setVar(k, v, true);
    return settle(builtin({ sh, sys, argv }));
  }
  if (name === 'bash' || name === 'sh') {
    sys.exec(name, argv);
    return shellProgram(new ShellState(sys, []), sys, argv, env);
  }
  if (name.includes('/')) {
    // NOTE: only an executable regular file runs (as a script); the caller reports anything else.
    const st = sys.stat(name);
    if (!st.ok || fileType(st.value.mode) !== S_IFREG || !permits(sys, st.value, X_OK)) return null;
    return execScript(new ShellState(sys, []), sys, argv, env);
  }
  const program = findProgram(name);
  if (!program) return null;
  sys.exec(name, argv);
  return killable(sys, program({ sys, argv, env, execvp }), argv.join(' '));
};

function notFound(sys: Syscalls, name: string): number {
  shellError(sys, `${name}: ${diagnosticsOf(sys)?.dash ? 'not found' : 'command not found'}`);
  if (WELL_KNOWN.has(name) && !isProgramName(name)) sys.write(2, encodeText(lackingHint(name) + '\n'));
  return 127;
}

/** `command ARGV` (skips functions) and `builtin ARGV` (builtins only), in the calling task. */
export function* runArgv(
  sh: ShellState,
  sys: Syscalls,
  argv: readonly string[],
  mode: 'command' | 'builtin',
): Proc {
  const builtin = findBuiltin(argv[0]);
  if (builtin) return yield* settle(builtin({ sh, sys, argv }));
  if (mode === 'builtin') return 1;
  const child = sys.fork();
  try {
    const program = argv[0].includes('/') ? null : findProgram(argv[0]);
    if (!program) return notFound(child, argv[0]);
    child.exec(argv[0], argv);
    return yield* killable(
      child,
      program({ sys: child, argv, env: sh.environment(), execvp }),
      argv.join(' '),
    );
  } finally {
    child.exit();
  }
}

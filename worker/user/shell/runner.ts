// Models bash's execute_cmd.c for the playground: and-or lists, background jobs, pipelines and
// simple commands. Builtins run in the shell's own task with their redirections undone afterwards;
// every other command, and every element of a multi-command pipeline, runs in a forked child that
// applies its redirections, execs, runs and exits. Pipeline elements run left first (pipes are
// unbounded in the model, so writers never wait), each side closing the ends it does not use. A
// program whose task is killed (kill(2)) ends at its next yield with status 128 + the signal.

import type { Syscalls } from '../../kernel/syscall-table';
import { isShellRequest, type Execvp, type Proc, type Yielded } from '../process';
import { ERESTARTSYS, SIGTERM } from '../../kernel/syscalls';
import { encodeText } from '../bytes';
import { findProgram } from '../coreutils/index';
import type { AndOr, CommandList, Pipeline, SimpleCommand } from './parser';
import { ExpandError, expandString, expandWords } from './expand';
import { applyRedirections, restoreFds, type SavedFds } from './redirect';
import { findBuiltin, shellError } from './builtins';
import { lackingHint, WELL_KNOWN } from './help';
import { ShellState } from './state';
import { andOrText, simpleCommandText } from './command-text';

/** Runs a parsed input line; `$?` is updated after every pipeline. */
export function* runList(sh: ShellState, list: CommandList): Proc {
  for (const andOr of list) {
    if (andOr.background) launch(sh, andOr);
    else yield* runAndOr(sh, andOr);
    if (sh.exitStatus !== null) break;
  }
  return sh.status;
}

/**
 * `LIST &`: a simple command runs in one forked child (bash forks once); anything longer in a
 * forked subshell, which takes SIGTERM's default back so that `kill %N` ends it. The job's first
 * slice runs at the next scheduling point.
 */
function launch(sh: ShellState, andOr: AndOr): void {
  const leader = sh.sys.fork();
  const only = andOr.rest.length === 0 && !andOr.first.negated ? andOr.first.commands : [];
  let proc: Proc;
  if (only.length === 1) proc = runChild(sh, leader, only[0], null);
  else {
    leader.signal(SIGTERM, 'default');
    proc = subshell(sh.subshell(leader), andOr);
  }
  sh.jobs.launch(sh.sys, leader, andOrText(andOr), proc);
  sh.lastBackground = leader.pid;
  sh.status = 0;
}

function* subshell(sub: ShellState, andOr: AndOr): Proc {
  try {
    return yield* runAndOr(sub, andOr);
  } finally {
    sub.sys.exit();
  }
}

function* runAndOr(sh: ShellState, andOr: AndOr): Proc {
  sh.status = yield* runPipeline(sh, andOr.first);
  for (const { op, pipeline } of andOr.rest) {
    if (sh.exitStatus !== null) break;
    if ((op === '&&') === (sh.status === 0)) sh.status = yield* runPipeline(sh, pipeline);
  }
  return sh.status;
}

function* runPipeline(sh: ShellState, pipeline: Pipeline): Proc {
  const status =
    pipeline.commands.length === 1
      ? yield* runSimple(sh, pipeline.commands[0])
      : yield* runMulti(sh, pipeline.commands);
  return pipeline.negated ? Number(status === 0) : status;
}

interface Expanded {
  argv: string[];
  assigns: Map<string, string>;
}

/** Expands, reporting an expansion error as bash does; null means the command must not run. */
function expand(sh: ShellState, sys: Syscalls, cmd: SimpleCommand): Expanded | null {
  try {
    const assigns = new Map(cmd.assignments.map((a) => [a.name, expandString(sh, a.value)] as const));
    return { argv: expandWords(sh, cmd.words), assigns };
  } catch (e) {
    if (!(e instanceof ExpandError)) throw e;
    shellError(sys, e.message);
    return null;
  }
}

/** A simple command on its own: builtins and bare assignments in the shell, programs in a child. */
function* runSimple(sh: ShellState, cmd: SimpleCommand): Proc {
  const expanded = expand(sh, sh.sys, cmd);
  if (!expanded) return 1;
  const { argv, assigns } = expanded;
  if (argv.length === 0) {
    for (const [k, v] of assigns) sh.setVar(k, v);
    return yield* inShell(sh, cmd, () => 0);
  }
  const builtin = findBuiltin(argv[0]);
  if (!builtin) return yield* runChild(sh, sh.sys.fork(), cmd, expanded);
  if (argv[0] === 'exec') {
    const err = applyRedirections(sh.sys, sh, cmd.redirections, null);
    if (err !== null) {
      shellError(sh.sys, err);
      return 1;
    }
    return yield* settle(builtin({ sh, sys: sh.sys, argv }));
  }
  const previous = new Map([...assigns.keys()].map((k) => [k, sh.vars.get(k)] as const));
  for (const [k, v] of assigns) sh.setVar(k, v);
  try {
    return yield* inShell(sh, cmd, () => builtin({ sh, sys: sh.sys, argv }));
  } finally {
    for (const [k, v] of previous) {
      if (v) sh.vars.set(k, v);
      else sh.unsetVar(k);
    }
  }
}

/** A builtin's result: its status, or the Proc of one that waits (`wait`, `fg`, `suspend`). */
function* settle(result: number | Proc): Proc {
  return typeof result === 'number' ? result : yield* result;
}

/** Runs `body` in the shell's task with the command's redirections applied and then undone. */
function* inShell(sh: ShellState, cmd: SimpleCommand, body: () => number | Proc): Proc {
  const saved: SavedFds = [];
  try {
    const err = applyRedirections(sh.sys, sh, cmd.redirections, saved);
    if (err !== null) {
      shellError(sh.sys, err);
      return 1;
    }
    return yield* settle(body());
  } finally {
    restoreFds(sh.sys, saved);
  }
}

/** The life of a forked child: expansion (in a pipeline), redirections, exec, run, exit. */
function* runChild(sh: ShellState, child: Syscalls, cmd: SimpleCommand, expanded: Expanded | null): Proc {
  try {
    const sub = sh.subshell(child);
    const words = expanded ?? expand(sub, child, cmd);
    if (!words) return 1;
    const { argv, assigns } = words;
    const err = applyRedirections(child, sub, cmd.redirections, null);
    if (err !== null) {
      shellError(child, err);
      return 1;
    }
    if (argv.length === 0) return 0;
    const name = argv[0];
    const builtin = findBuiltin(name);
    if (builtin) return yield* settle(builtin({ sh: sub, sys: child, argv }));
    const program = name.includes('/') ? null : findProgram(name);
    if (!program) return notFound(child, name);
    child.exec(name);
    const proc = program({ sys: child, argv, env: sh.environment(assigns), execvp });
    return yield* killable(child, proc, simpleCommandText(cmd));
  } finally {
    child.exit();
  }
}

/**
 * Runs a program until it ends or its task is killed; what it yields goes up to the scheduler. A
 * request for an interactive shell is labelled with the command, for `jobs` and `fg`.
 */
function* killable(sys: Syscalls, proc: Proc, command: string): Proc {
  for (;;) {
    const r = proc.next();
    if (r.done) return r.value;
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
  const program = name.includes('/') ? null : findProgram(name);
  if (!program) return null;
  sys.exec(name);
  return killable(sys, program({ sys, argv, env, execvp }), argv.join(' '));
};

function notFound(sys: Syscalls, name: string): number {
  if (name.includes('/')) {
    const st = sys.stat(name);
    shellError(sys, `${name}: ${st.ok ? 'Permission denied' : 'No such file or directory'}`);
    return st.ok ? 126 : 127;
  }
  shellError(sys, `${name}: command not found`);
  if (WELL_KNOWN.has(name)) sys.write(2, encodeText(lackingHint(name) + '\n'));
  return 127;
}

/**
 * A pipeline of several commands: every element forked left to right with its pipe ends, then run
 * left first. An element whose read blocks lets the ones to its right run (so `cat trace_pipe |
 * grep x` shows matches as they come); the pipeline itself waits only when a whole pass over the
 * elements read nothing and finished nothing. Its status is the last command's.
 */
function* runMulti(sh: ShellState, commands: readonly SimpleCommand[]): Proc {
  let progress = 0;
  const procs: { run: Proc; done: boolean }[] = [];
  let readEnd = -1;
  let status = 0;
  try {
    for (let i = 0; i < commands.length; i++) {
      let pipeRead = -1;
      let pipeWrite = -1;
      if (i < commands.length - 1) [pipeRead, pipeWrite] = sh.sys.pipe();
      const forked = sh.sys.fork();
      const child: Syscalls = {
        ...forked,
        read: (fd, count) => {
          const got = forked.read(fd, count);
          if (got !== -ERESTARTSYS) progress++;
          return got;
        },
      };
      if (readEnd >= 0) {
        child.dup2(readEnd, 0);
        child.close(readEnd);
        sh.sys.close(readEnd);
      }
      if (pipeWrite >= 0) {
        child.dup2(pipeWrite, 1);
        child.close(pipeWrite);
        child.close(pipeRead);
        sh.sys.close(pipeWrite);
      }
      readEnd = pipeRead;
      procs.push({ run: runChild(sh, child, commands[i], null), done: false });
    }
    for (;;) {
      const before = progress;
      let finished = false;
      let wait: Yielded | null = null;
      for (const [i, p] of procs.entries()) {
        if (p.done) continue;
        const r = p.run.next();
        if (r.done) {
          p.done = finished = true;
          if (i === procs.length - 1) status = r.value;
        } else wait ??= r.value;
      }
      if (!wait) return status;
      if (!finished && progress === before) yield wait;
    }
  } finally {
    for (const p of procs) if (!p.done) p.run.return(STATUS_INTERRUPTED_CHILD);
    if (readEnd >= 0) sh.sys.close(readEnd);
  }
}

/** What an interrupted element returns; the shell reports 130 for the whole pipeline. */
const STATUS_INTERRUPTED_CHILD = 130;

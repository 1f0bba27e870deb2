// Models bash's execute_cmd.c for the playground: lists, and-or lists, background jobs, pipelines
// and every compound command. Compound commands run in the shell's own task (a `( )` subshell and
// a multi-command pipeline's elements in forked children); `break`, `continue` and `return` travel
// up as the state's `flow` until the loop or function that takes them; `exit` as `exitStatus`.
// Simple commands are in simple.ts, pipelines in pipeline.ts.

import { SIGTERM } from '../../kernel/syscalls';
import { PREEMPT, type Proc } from '../process';
import type { AndOr, CaseItem, Command, CommandList, CompoundCommand, Pipeline } from './ast';
import type { Word } from './ast';
import { expandPattern, expandString, expandWords, type Gen } from './expand';
import { ExpandError } from './expand-error';
import { patternMatch } from './glob';
import { parse, parseText } from './parser';
import { applyRedirections, restoreFds, type SavedFds } from './redirect';
import { shellError } from './builtin-io';
import { jobText } from './print-cmd';
import { evalCond } from './cond';
import { Ticker, type ShellState } from './state';
import { runArgv, runSimple } from './simple';
import { bashSignalName as trapSignalName } from './trap-builtin';
import { runPipelineElements } from './pipeline';
import { xOf } from './context';
import { executor } from './executor';

/** True when the commands around must stop: a break/continue/return or an exit is pending. */
function stopping(sh: ShellState): boolean {
  return sh.flow !== null || sh.exitStatus !== null;
}

/** Runs a parsed list; `$?` is updated after every pipeline. */
export function* runList(sh: ShellState, list: CommandList): Proc {
  for (const andOr of list) {
    if (andOr.background) launch(sh, andOr);
    else yield* runAndOr(sh, andOr);
    if (sh.traps.size > 0) yield* runSignalTraps(sh);
    // NOTE: a shell whose own task was killed (`kill $$` in a script) goes no further.
    const killed = sh.sys.termSignal();
    if (killed) sh.exitStatus = 128 + killed;
    if (stopping(sh)) break;
  }
  return sh.status;
}

/** The actions of the trapped signals that came while the last command ran; `$?` is kept. */
export function* runSignalTraps(sh: ShellState): Gen<void> {
  for (const sig of sh.sys.takeSignals()) {
    const action = sh.traps.get(trapSignalName(sig) ?? '');
    if (action) yield* runTrap(sh, action);
  }
}

/** A trap's action run in the shell; `$?` stays what it was before it. */
export function* runTrap(sh: ShellState, action: string): Proc {
  const status = sh.status;
  yield* runText(sh, action, '');
  if (sh.exitStatus === null) sh.status = status;
  return sh.status;
}

/**
 * A whole input line at the prompt: an expansion error abandons the rest of it, as bash's
 * jump to top level does; its status is 1.
 */
export function* runTop(sh: ShellState, list: CommandList): Proc {
  try {
    yield* runList(sh, list);
  } catch (e) {
    if (!(e instanceof ExpandError)) throw e;
    shellError(sh.sys, e.message);
    sh.status = e.status;
  }
  sh.flow = null;
  return sh.status;
}

/**
 * `LIST &`: a simple command runs in one forked child (bash forks once); anything longer in a
 * forked subshell, which takes SIGTERM's default back so that `kill %N` ends it. The job's first
 * slice runs at the next scheduling point.
 */
function launch(sh: ShellState, andOr: AndOr): void {
  const leader = sh.sys.fork();
  const first = andOr.first.commands;
  const simple =
    andOr.rest.length === 0 && !andOr.first.negated && first.length === 1 && first[0].kind === 'simple';
  if (!simple) leader.signal(SIGTERM, 'default');
  const sub = sh.subshell(leader);
  sub.ticker = new Ticker();
  const proc = subshell(sub, [{ ...andOr, background: false }]);
  // NOTE: only the interactive shell itself says `[N] PID`; a subshell or `$(...)` does not.
  sh.jobs.launch(sh.sys, leader, jobText(andOr), proc, sh.interactive && !sh.forked);
  sh.lastBackground = leader.pid;
  sh.status = 0;
}

/** Runs a list in a forked child's state until it ends; the child then exits. */
export function* subshell(sub: ShellState, list: CommandList): Proc {
  try {
    const only = list.length === 1 && list[0].rest.length === 0 ? list[0].first : null;
    if (only && !only.negated && only.commands.length === 1 && !list[0].background && sub.traps.size === 0) {
      try {
        sub.status = yield* runForked(sub, only.commands[0]);
      } catch (e) {
        if (!(e instanceof ExpandError)) throw e;
        shellError(sub.sys, e.message);
        sub.status = e.status;
      }
    } else yield* runTop(sub, list);
    yield* runExitTrap(sub);
    return sub.exitStatus ?? sub.status;
  } finally {
    sub.sys.exit();
  }
}

/** The EXIT trap of a shell that ends. */
export function* runExitTrap(sh: ShellState): Gen<void> {
  const action = sh.traps.get('EXIT');
  if (action === undefined) return;
  sh.traps.delete('EXIT');
  const status = sh.exitStatus ?? sh.status;
  const pending = sh.exitStatus;
  sh.exitStatus = null;
  yield* runTop(sh, parseText(action));
  sh.exitStatus = pending;
  sh.status = status;
}

function* runAndOr(sh: ShellState, andOr: AndOr): Proc {
  const last = andOr.rest.length;
  sh.status = yield* runPipeline(sh, andOr.first, last > 0);
  for (const [i, { op, pipeline }] of andOr.rest.entries()) {
    if (stopping(sh)) break;
    if ((op === '&&') === (sh.status === 0)) sh.status = yield* runPipeline(sh, pipeline, i < last - 1);
  }
  return sh.status;
}

/** Runs a list as a condition (`if`, `while`, left of `&&`): `set -e` does not apply inside. */
function* condition(sh: ShellState, list: CommandList): Proc {
  sh.condDepth++;
  try {
    return yield* runList(sh, list);
  } finally {
    sh.condDepth--;
  }
}

function* runPipeline(sh: ShellState, pipeline: Pipeline, tested: boolean): Proc {
  const guarded = tested || pipeline.negated;
  if (guarded) sh.condDepth++;
  let status: number;
  try {
    if (pipeline.commands.length === 1) {
      status = yield* runCommand(sh, pipeline.commands[0]);
      sh.pipeStatus = [status];
    } else status = yield* runPipelineElements(sh, pipeline);
  } finally {
    if (guarded) sh.condDepth--;
  }
  if (pipeline.negated) return Number(status === 0);
  if (status !== 0 && !guarded && sh.condDepth === 0 && !stopping(sh)) yield* failed(sh, status);
  return status;
}

/** A command failed outside a condition: the ERR trap, then `set -e` ends the shell. */
function* failed(sh: ShellState, status: number): Gen<void> {
  const trap = sh.traps.get('ERR');
  if (trap !== undefined) {
    sh.status = status;
    sh.condDepth++;
    try {
      yield* runList(sh, parseText(trap));
    } finally {
      sh.condDepth--;
    }
    sh.status = status;
  }
  if (sh.options.errexit) sh.exitStatus = status;
}

/** A command in a forked child about to exit: a simple command's program runs in its task. */
function* runForked(sh: ShellState, cmd: Command): Proc {
  if (cmd.kind === 'simple') return (sh.status = yield* runSimple(sh, cmd, true));
  return yield* runCommand(sh, cmd);
}

/** One command in the shell's own task; every slice of commands gives the processor away. */
export function* runCommand(sh: ShellState, cmd: Command): Proc {
  const t = sh.ticker;
  if (++t.count >= t.limit || t.count >= t.stopAt) {
    t.limit = t.count + Ticker.SLICE;
    yield PREEMPT;
  }
  if (cmd.kind === 'simple') return yield* runSimple(sh, cmd);
  if (cmd.kind === 'function') {
    sh.functions.set(cmd.name, cmd);
    return 0;
  }
  return yield* runCompound(sh, cmd);
}

/** A compound command with its redirections applied around it and undone afterwards. */
function* runCompound(sh: ShellState, cmd: CompoundCommand): Proc {
  sh.lineNo = sh.lineOffset + cmd.line;
  const saved: SavedFds = [];
  try {
    if (cmd.redirections.length > 0) {
      const err = yield* applyRedirections(xOf(sh), sh.sys, cmd.redirections, saved);
      if (err !== null) {
        shellError(sh.sys, err);
        return (sh.status = 1);
      }
    }
    sh.status = yield* compoundBody(sh, cmd);
    return sh.status;
  } finally {
    restoreFds(sh.sys, saved);
  }
}

function* compoundBody(sh: ShellState, cmd: CompoundCommand): Proc {
  const x = xOf(sh);
  switch (cmd.kind) {
    case 'group':
      return yield* runList(sh, cmd.body);
    case 'subshell': {
      const child = sh.sys.fork();
      return yield* subshell(sh.subshell(child), cmd.body);
    }
    case 'if':
      for (const clause of cmd.clauses) {
        yield* condition(sh, clause.cond);
        if (stopping(sh)) return sh.status;
        if (sh.status === 0) return yield* runList(sh, clause.body);
      }
      return cmd.otherwise ? yield* runList(sh, cmd.otherwise) : 0;
    case 'while':
    case 'until':
      return yield* loop(sh, function* () {
        yield* condition(sh, cmd.cond);
        if (stopping(sh)) return null;
        return (sh.status === 0) === (cmd.kind === 'while') ? cmd.body : null;
      });
    case 'for': {
      const values = cmd.words ? yield* expandWords(x, cmd.words) : [...sh.positional];
      let i = 0;
      return yield* loop(sh, function* () {
        if (i >= values.length) return null;
        sh.setVar(cmd.name, values[i++]);
        return cmd.body;
      });
    }
    case 'arith-for': {
      let first = true;
      if (cmd.init.raw.trim() !== '') yield* x.arith(cmd.init);
      return yield* loop(sh, function* () {
        if (!first && cmd.step.raw.trim() !== '') yield* x.arith(cmd.step);
        first = false;
        if (cmd.test.raw.trim() !== '' && (yield* x.arith(cmd.test)) === 0n) return null;
        return cmd.body;
      });
    }
    case 'case':
      return yield* runCase(sh, yield* expandString(x, cmd.word), cmd.items);
    case 'arith':
      return (yield* arithCommand(sh, cmd.expr)) ? 0 : 1;
    case 'cond':
      return yield* evalCond(sh, x, cmd.expr);
  }
}

/** `(( expr ))`: true when the value is not 0; an error reads `bash: ((: ...` and gives 1. */
function* arithCommand(sh: ShellState, expr: Word): Gen<boolean> {
  try {
    return (yield* xOf(sh).arith(expr, '((')) !== 0n;
  } catch (e) {
    if (!(e instanceof ExpandError)) throw e;
    shellError(sh.sys, e.message);
    return false;
  }
}

/**
 * Runs a loop: `next` gives the body to run next, or null when the loop ends. `break N` and
 * `continue N` are taken here when N is 1, else passed on to the loop outside.
 */
function* loop(sh: ShellState, next: () => Gen<CommandList | null>): Proc {
  let status = 0;
  sh.loopDepth++;
  try {
    for (;;) {
      const body = yield* next();
      if (body === null || stopping(sh)) break;
      status = yield* runList(sh, body);
      const flow = sh.flow;
      if (flow === null) continue;
      if (flow.kind === 'return') break;
      if (flow.levels > 1) {
        flow.levels--;
        break;
      }
      sh.flow = null;
      if (flow.kind === 'break') break;
    }
  } finally {
    sh.loopDepth--;
  }
  return stopping(sh) ? sh.status : status;
}

function* runCase(sh: ShellState, value: string, items: readonly CaseItem[]): Proc {
  const x = xOf(sh);
  let status = 0;
  let fallThrough = false;
  for (const item of items) {
    let matched = fallThrough;
    if (!matched) {
      for (const p of item.patterns) {
        if (patternMatch(yield* expandPattern(x, p), value)) {
          matched = true;
          break;
        }
      }
    }
    if (!matched) continue;
    status = yield* runList(sh, item.body);
    if (stopping(sh)) return status;
    if (item.terminator === ';;') return status;
    fallThrough = item.terminator === ';&';
  }
  return status;
}

/** Runs a function: its own positional parameters, `local` scope and `return`. */
export function* callFunction(sh: ShellState, name: string, args: readonly string[]): Proc {
  const fn = sh.functions.get(name)!;
  const positional = sh.positional;
  sh.positional = [...args];
  sh.scopes.push(new Map());
  sh.funcNames.unshift(name);
  const loops = sh.loopDepth;
  sh.loopDepth = 0;
  try {
    const status = yield* runCommand(sh, fn.body);
    if (sh.flow?.kind === 'return') sh.flow = null;
    return sh.flow ? status : sh.status;
  } finally {
    sh.loopDepth = loops;
    sh.funcNames.shift();
    sh.popScope();
    sh.positional = positional;
  }
}

/** `eval` and `source`: text parsed and run in this shell; a syntax error is reported, status 2. */
export function* runText(sh: ShellState, text: string, where: string): Proc {
  const parsed = parse(text);
  if (parsed.kind !== 'ok') {
    shellError(sh.sys, `${where}${parsed.message}`);
    return (sh.status = 2);
  }
  return yield* runList(sh, parsed.list);
}

Object.assign(executor, { runList, runCommand, runForked, subshell, callFunction, runText, runArgv });

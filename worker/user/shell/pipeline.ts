// Models a pipeline of several commands (execute_pipeline): every element forked left to right with
// its pipe ends (`|&` sends standard error down the pipe too), then run left first. An element whose
// read blocks lets the ones to its right run (so `cat trace_pipe | grep x` shows matches as they
// come); the pipeline itself waits only when a whole pass over the elements read nothing and
// finished nothing. Its status is the last command's, or with `set -o pipefail` the last failing
// one's. Each element runs in its own subshell state, so its assignments and `cd` stay there.

import type { Syscalls } from '../../kernel/syscall-table';
import { ERESTARTSYS } from '../../kernel/syscalls';
import { isPreempt, isSleep, PREEMPT, type Proc, type Yielded } from '../process';
import type { Command, Pipeline } from './ast';
import { ExpandError } from './expand-error';
import { shellError } from './builtin-io';
import { executor } from './executor';
import type { ShellState } from './state';

/**
 * What the pipeline waits on when no element can go on: a turn given away first, then the
 * earliest sleep (it surely ends), then a blocked read.
 */
function sooner(a: Yielded | null, b: Yielded): Yielded {
  if (a === null || isPreempt(b)) return a !== null && isPreempt(a) ? a : b;
  if (isPreempt(a)) return a;
  if (isSleep(b) && (!isSleep(a) || b.until < a.until)) return b;
  return a;
}

/** Passes over the elements between two turns given to the driver. */
const PASSES_PER_SLICE = 256;

/** What an interrupted element returns; the shell reports 130 for the whole pipeline. */
const STATUS_INTERRUPTED_CHILD = 130;

export function* runPipelineElements(sh: ShellState, pipeline: Pipeline): Proc {
  const commands = pipeline.commands;
  let progress = 0;
  const procs: { run: Proc; done: boolean; status: number }[] = [];
  let readEnd = -1;
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
        if (pipeline.stderrToo[i]) child.dup2(pipeWrite, 2);
        child.close(pipeWrite);
        child.close(pipeRead);
        sh.sys.close(pipeWrite);
      }
      readEnd = pipeRead;
      procs.push({ run: element(sh.subshell(child), commands[i]), done: false, status: 0 });
    }
    for (let pass = 1; ; pass++) {
      const before = progress;
      let finished = false;
      let wait: Yielded | null = null;
      // NOTE: elements that feed each other for ever (`yes | cat`) still give the processor away.
      if (pass % PASSES_PER_SLICE === 0) yield PREEMPT;
      for (const p of procs) {
        if (p.done) continue;
        const r = p.run.next();
        if (r.done) {
          p.done = finished = true;
          p.status = r.value;
        } else wait = sooner(wait, r.value);
      }
      if (!wait) break;
      if (!finished && progress === before) yield wait;
    }
  } finally {
    for (const p of procs) if (!p.done) p.run.return(STATUS_INTERRUPTED_CHILD);
    if (readEnd >= 0) sh.sys.close(readEnd);
  }
  sh.pipeStatus = procs.map((p) => p.status);
  const last = procs[procs.length - 1].status;
  if (!sh.options.pipefail) return last;
  return [...procs].reverse().find((p) => p.status !== 0)?.status ?? 0;
}

/** One element in its forked child: any command, its expansion errors its own. */
function* element(sub: ShellState, cmd: Command): Proc {
  try {
    yield* executor.runForked(sub, cmd);
    return sub.exitStatus ?? sub.status;
  } catch (e) {
    if (!(e instanceof ExpandError)) throw e;
    shellError(sub.sys, e.message);
    return e.status;
  } finally {
    sub.sys.exit();
  }
}

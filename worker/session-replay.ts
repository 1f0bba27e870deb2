// Replay: the steps of a session log taken again, in order, on a freshly booted machine. Each
// step's output is compared with the hash recorded with it (the first difference is where the
// replay diverged: another simulator version, or a tampered log) and, for a self-checking step,
// with the output it expects. A step the machine cannot take (a terminal that is not open, an
// `open` that would number a terminal differently) stops the replay there and says why.

import type { LogStep, ReplayResult, Reply, SessionInfo, StepCheck, TerminalStep } from './protocol';
import { outputHash } from './session-log';

/** What replay drives: the machine's recorded steps. */
export interface ReplayTarget {
  openTerminal(): Reply<SessionInfo>;
  closeTerminal(id: number): Reply<true>;
  input(id: number, line: string): Reply<TerminalStep>;
  interrupt(id: number): Reply<TerminalStep>;
  endOfInput(id: number): Reply<TerminalStep>;
  keepExpect(index: number, expect: string): void;
  catchUp(ticks?: readonly [number, number][]): void;
  replayState(): Omit<ReplayResult, 'steps' | 'diverged' | 'checks' | 'error'>;
}

/** The output of one step, or why it could not be taken. */
function take(target: ReplayTarget, step: LogStep): { output: string } | { error: string } {
  const answer = (r: Reply<TerminalStep>) => (r.ok ? { output: r.value.output } : { error: r.error.message });
  switch (step.op) {
    case 'open': {
      const r = target.openTerminal();
      if (!r.ok) return { error: r.error.message };
      if (r.value.id !== step.term)
        return { error: `the log opens terminal ${step.term}, the machine ${r.value.id}` };
      return { output: r.value.greeting };
    }
    case 'close': {
      const r = target.closeTerminal(step.term);
      return r.ok ? { output: '' } : { error: r.error.message };
    }
    case 'line':
      return answer(target.input(step.term, step.text ?? ''));
    case 'interrupt':
      return answer(target.interrupt(step.term));
    case 'eof':
      return answer(target.endOfInput(step.term));
  }
}

export function replaySteps(target: ReplayTarget, steps: readonly LogStep[]): ReplayResult {
  let diverged: number | null = null;
  const checks: StepCheck[] = [];
  let error: ReplayResult['error'];
  let taken = 0;
  for (const [i, step] of steps.entries()) {
    target.catchUp(step.ticks);
    const done = take(target, step);
    if ('error' in done) {
      error = { step: i, message: `terminal ${step.term}: ${done.error}` };
      break;
    }
    taken++;
    if (diverged === null && step.hash !== undefined && outputHash(done.output) !== step.hash) diverged = i;
    if (step.expect !== undefined) {
      target.keepExpect(i, step.expect);
      checks.push({ step: i, pass: done.output === step.expect, expected: step.expect, actual: done.output });
    }
  }
  return { ...target.replayState(), steps: taken, diverged, checks, ...(error ? { error } : {}) };
}

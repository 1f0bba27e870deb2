// The export's replay: a session log's steps taken again on a fresh machine of the log's kernel
// profile (as session-replay.ts does), keeping for each step what a script needs and a hash
// cannot give: the output the step printed on its own terminal and on the others (their
// background jobs, a blocked command that went on), and where each terminal's shell stood before
// and after it (the prompt says who reads the next line: the host's root shell, or a shell that
// `su` or `container exec` started). The output a long-running command printed between two steps
// (a loop that Ctrl-C ended) is taken from the screens, the only place the machine keeps it.

import type { Kernel } from '../kernel/boot';
import type { KernelProfile } from '../kernel/profile';
import type { LogStep, Reply, SessionInfo, SessionLog, ShellState, TerminalStep } from '../protocol';
import { Playground } from '../session';

/** One terminal's shell as the export follows it. */
export interface TerminalState {
  state: ShellState;
  /** The last prompt shown (kept while a command is blocked, when none is shown). */
  prompt: string;
}

/** Output that appeared on terminal `id`, and where its shell stood then. */
export interface TerminalOutput {
  id: number;
  output: string;
  state: ShellState;
}

export interface ReplayedStep {
  /** The step's index in the log. */
  index: number;
  step: LogStep;
  /** Its terminal before and after the step (null for a terminal that is not open). */
  before: TerminalState | null;
  after: TerminalState | null;
  /** What the step printed on its terminal. */
  output: string;
  /** What commands that were running printed before the step (catching up to it), on any terminal. */
  caught: TerminalOutput[];
  /** What other terminals got during the step. */
  elsewhere: TerminalOutput[];
  /** Why the machine could not take the step (the rest of the log is not replayed). */
  error?: string;
}

export interface ReplayOptions {
  /** Boots the kernel (the live machine's own, so a test's debug systems are there too). */
  bootKernel?: (profile: KernelProfile) => Kernel;
}

/** Replays `log` on a fresh machine, step by step; throws for a profile this playground does not have. */
export function replayForExport(log: SessionLog, options: ReplayOptions = {}): ReplayedStep[] {
  const pg = new Playground({
    screens: true,
    ...(options.bootKernel ? { bootKernel: options.bootKernel } : {}),
  });
  const terminals = new Map<number, TerminalState>();
  const first = value(pg.boot(log.profile as KernelProfile));
  terminals.set(first.id, { state: 'done', prompt: first.prompt });
  const out: ReplayedStep[] = [];
  for (const [index, step] of log.steps.entries()) {
    const caught = catchUp(pg, terminals, step.ticks ?? []);
    const before = copy(terminals.get(step.term));
    const taken = take(pg, step);
    if ('error' in taken) {
      out.push({ index, step, before, after: before, output: '', caught, elsewhere: [], error: taken.error });
      break;
    }
    if (step.op === 'close') terminals.delete(step.term);
    else terminals.set(step.term, taken.terminal);
    for (const e of taken.elsewhere) {
      const t = terminals.get(e.id);
      if (t) terminals.set(e.id, { state: e.state, prompt: e.prompt || t.prompt });
    }
    const elsewhere = taken.elsewhere.map(({ id, output, state }) => ({ id, output, state }));
    const after = copy(terminals.get(step.term));
    out.push({ index, step, before, after, output: taken.output, caught, elsewhere });
  }
  return out;
}

type Taken =
  { output: string; terminal: TerminalState; elsewhere: TerminalStep['elsewhere'] } | { error: string };

function take(pg: Playground, step: LogStep): Taken {
  const stepped = (r: Reply<TerminalStep>): Taken =>
    r.ok
      ? {
          output: r.value.output,
          terminal: { state: r.value.state, prompt: r.value.prompt },
          elsewhere: r.value.elsewhere,
        }
      : { error: r.error.message };
  switch (step.op) {
    case 'open': {
      const r: Reply<SessionInfo> = pg.openTerminal();
      if (!r.ok) return { error: r.error.message };
      if (r.value.id !== step.term)
        return { error: `the log opens terminal ${step.term}, the machine ${r.value.id}` };
      return { output: '', terminal: { state: 'done', prompt: r.value.prompt }, elsewhere: [] };
    }
    case 'close': {
      const r = pg.closeTerminal(step.term);
      return r.ok
        ? { output: '', terminal: { state: 'done', prompt: '' }, elsewhere: [] }
        : { error: r.error.message };
    }
    case 'line':
      return stepped(pg.input(step.term, step.text ?? ''));
    case 'interrupt':
      return stepped(pg.interrupt(step.term));
    case 'eof':
      return stepped(pg.endOfInput(step.term));
  }
}

/**
 * Runs the commands that were running when the step came as far as they had got (Playground's
 * catchUp), and returns what each terminal printed meanwhile: the new text of its screen, less
 * the prompt that ends it when its command ended.
 */
function catchUp(
  pg: Playground,
  terminals: Map<number, TerminalState>,
  ticks: readonly [number, number][],
): TerminalOutput[] {
  if (![...terminals.values()].some((t) => t.state === 'running')) {
    pg.catchUp(ticks);
    return [];
  }
  const before = new Map(pg.replayState().terminals.map((t) => [t.id, t.text.length]));
  pg.catchUp(ticks);
  const caught: TerminalOutput[] = [];
  for (const t of pg.replayState().terminals) {
    const from = before.get(t.id);
    if (from === undefined || t.text.length < from) continue;
    let output = t.text.slice(from);
    const ended = t.state !== 'running' && t.state !== 'blocked';
    if (ended && t.prompt !== '' && output.endsWith(t.prompt)) output = output.slice(0, -t.prompt.length);
    const known = terminals.get(t.id);
    if (known) terminals.set(t.id, { state: t.state, prompt: t.prompt || known.prompt });
    if (output !== '' || (known && known.state !== t.state))
      caught.push({ id: t.id, output, state: t.state });
  }
  return caught;
}

function copy(t: TerminalState | undefined): TerminalState | null {
  return t ? { ...t } : null;
}

function value<T>(r: Reply<T>): T {
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

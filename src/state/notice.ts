// What the page says after it replayed a session: where the session came from (a shared link, this
// tab's autosave, another tab's), the kernel it runs on when that is not the default, whether
// another simulator version made it or it names a kernel profile this playground does not have
// (it then runs on the default), where the replay diverged from the recording, how its
// self-checking steps did, and why a replay stopped early; and, after a switch of kernel profile,
// where the session left behind is kept. Pure, so every sentence is unit-tested.
import type { KernelProfile, LogStep, ReplayResult, SessionLog } from '../../worker/protocol';
import { DEFAULT_PROFILE, isProfile, PROFILE_NAMES, profileOf } from './profiles';

export type NoticeKind = 'link' | 'restored' | 'travel' | 'profile' | 'error';

export interface Notice {
  kind: NoticeKind;
  /** Sentences, plain text (the page renders them as text, never as HTML). */
  lines: string[];
  /** The saved session's time, for "Start fresh" (restored only). */
  savedAt?: number;
  /** Self-checking steps that failed (the page offers "Copy as bug report"). */
  failed: number;
}

/** A step as a person would recognise it: `[2] ls -l` (the terminal shown when there are several). */
export function describeStep(step: LogStep, several: boolean): string {
  const where = several ? `[${step.term}] ` : '';
  switch (step.op) {
    case 'line':
      return `${where}${step.text ?? ''}`;
    case 'interrupt':
      return `${where}Ctrl-C`;
    case 'eof':
      return `${where}Ctrl-D`;
    case 'open':
      return `opening terminal ${step.term}`;
    case 'close':
      return `closing terminal ${step.term}`;
  }
}

export function severalTerminals(log: SessionLog): boolean {
  return log.steps.some((s) => s.term !== 1);
}

/** What replay found, in sentences (version, divergence, checks, an early stop). */
export function replayLines(log: SessionLog, result: ReplayResult, simulator: string): string[] {
  const lines: string[] = [];
  const several = severalTerminals(log);
  if (log.simulator !== simulator) {
    lines.push(`It was made with simulator ${log.simulator} (this is ${simulator}); outputs may differ.`);
  }
  if (!isProfile(log.profile)) {
    lines.push(
      `It names kernel profile "${log.profile.slice(0, 40)}", which this playground does not have ` +
        `(it has ${PROFILE_NAMES}); it ran on ${result.profile}.`,
    );
  }
  if (result.diverged !== null) {
    const step = log.steps[result.diverged];
    lines.push(
      `Replay diverged from the recording at step ${result.diverged + 1} (${describeStep(step, several)}): ` +
        'its output is not what was recorded.',
    );
  }
  if (result.checks.length > 0) {
    const failed = result.checks.filter((c) => !c.pass).length;
    lines.push(`Checks: ${result.checks.length - failed} passed, ${failed} failed.`);
  }
  if (result.error) {
    lines.push(`Replay stopped at step ${result.error.step + 1}: ${result.error.message}.`);
  }
  return lines;
}

export function linkNotice(log: SessionLog, result: ReplayResult, simulator: string): Notice {
  const title = log.title ? ` "${log.title}"` : '';
  return {
    kind: 'link',
    lines: [
      `Opened a shared session${title}: ${result.steps} steps replayed into a fresh kernel` +
        `${onKernel(result)}. It is a fork: your own saved session is kept.`,
      ...replayLines(log, result, simulator),
    ],
    failed: result.checks.filter((c) => !c.pass).length,
  };
}

export function restoredNotice(
  log: SessionLog,
  result: ReplayResult,
  simulator: string,
  savedAt: number,
  otherTab: boolean,
): Notice {
  const when = new Date(savedAt).toLocaleString();
  const from = otherTab ? 'from another tab' : 'from';
  return {
    kind: 'restored',
    lines: [
      `Restored your session ${from} ${otherTab ? `(saved ${when})` : when}${onKernel(result)}.`,
      ...replayLines(log, result, simulator),
    ],
    savedAt,
    failed: result.checks.filter((c) => !c.pass).length,
  };
}

/** After going back in time (or any replay): only what went wrong, or null when nothing did. */
export function travelNotice(log: SessionLog, result: ReplayResult): Notice | null {
  const lines = replayLines(log, result, result.simulator);
  const failed = result.checks.filter((c) => !c.pass).length;
  const faithful = result.diverged === null && !result.error && failed === 0;
  if (faithful && log.simulator === result.simulator && isProfile(log.profile)) return null;
  return { kind: 'travel', lines, failed };
}

/** After a switch to `profile`: where the session left behind is (when it had steps). */
export function profileNotice(profile: KernelProfile, left: SessionLog | null): Notice {
  const lines = [`A fresh session on ${profileOf(profile).title}.`];
  if (left && left.steps.length > 0) {
    const was = isProfile(left.profile) ? ` on ${profileOf(left.profile).title}` : '';
    lines.push(`Your session${was} is kept in Session › Earlier timelines.`);
  }
  return { kind: 'profile', lines, failed: 0 };
}

/** `, on Linux 6.12 (upstream)` after a replay on a profile other than the default; '' on the default. */
function onKernel(result: ReplayResult): string {
  return result.profile === DEFAULT_PROFILE ? '' : `, on ${profileOf(result.profile).title}`;
}

export function errorNotice(message: string): Notice {
  return { kind: 'error', lines: [message], failed: 0 };
}

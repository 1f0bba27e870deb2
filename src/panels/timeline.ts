// What the session panel and the share dialog say about a session, as pure functions so every
// sentence is unit-tested: which steps of a long timeline are shown, each step as text with its
// self-check's outcome, an earlier timeline in one line (with its kernel when that is not the
// default, since returning to it boots that kernel), where the session is kept, and a link's
// length. Everything returned is plain text (the components render it as text, never as HTML).
import type { LogStep, SessionLog, StepCheck } from '../../worker/protocol';
import type { StoreStatus } from '../state/session-store';
import { describeStep, severalTerminals } from '../state/notice';
import { DEFAULT_PROFILE, isProfile, profileOf } from '../state/profiles';

/** The timeline shows at most this many steps, the newest ones. */
export const TIMELINE_MAX_STEPS = 200;

/** One row of the timeline. */
export interface TimelineRow {
  /** The step's index in `SessionLog.steps` (what `check` takes). */
  index: number;
  /** The number shown, from 1 (what `travel` takes to replay up to and including this step). */
  number: number;
  text: string;
  /** The step is self-checking (it carries the output it must give). */
  checking: boolean;
  check: StepCheck | undefined;
}

/** The last `max` steps of `log`, and how many came before them. */
export function visibleSteps(
  log: SessionLog | null,
  max = TIMELINE_MAX_STEPS,
): { offset: number; steps: LogStep[] } {
  if (!log) return { offset: 0, steps: [] };
  const offset = Math.max(0, log.steps.length - Math.max(0, max));
  return { offset, steps: log.steps.slice(offset) };
}

/** The replay's outcome for step `index` (the last one, should a replay report it twice). */
export function checkFor(checks: readonly StepCheck[], index: number): StepCheck | undefined {
  for (let i = checks.length - 1; i >= 0; i--) if (checks[i].step === index) return checks[i];
  return undefined;
}

/** The rows the timeline shows, and how many earlier steps it leaves out. */
export function timelineRows(
  log: SessionLog | null,
  checks: readonly StepCheck[],
  max = TIMELINE_MAX_STEPS,
): { hidden: number; rows: TimelineRow[] } {
  if (!log) return { hidden: 0, rows: [] };
  const several = severalTerminals(log);
  const { offset, steps } = visibleSteps(log, max);
  const rows = steps.map((step, i) => ({
    index: offset + i,
    number: offset + i + 1,
    text: describeStep(step, several),
    checking: step.expect !== undefined,
    check: checkFor(checks, offset + i),
  }));
  return { hidden: offset, rows };
}

/** `1 step`, `12 steps`. */
export function countOf(n: number, noun: string): string {
  return `${n.toLocaleString('en-US')} ${noun}${n === 1 ? '' : 's'}`;
}

/** The note above a timeline cut short, or null when every step is shown. */
export function hiddenNote(hidden: number): string | null {
  return hidden > 0 ? `${countOf(hidden, 'earlier step')} not shown` : null;
}

/** An earlier timeline in one line: `12 steps, last: cat trace` (`…, on Linux 6.12 (upstream)`). */
export function branchSummary(log: SessionLog): string {
  const last = log.steps.at(-1);
  const kernel =
    isProfile(log.profile) && log.profile !== DEFAULT_PROFILE ? `, on ${profileOf(log.profile).title}` : '';
  if (!last) return `No steps${kernel}`;
  const text = describeStep(last, severalTerminals(log));
  return `${countOf(log.steps.length, 'step')}, last: ${text === '' ? '(an empty line)' : text}${kernel}`;
}

/** A link's length: `1,234 characters`. */
export function formatLength(n: number): string {
  return countOf(n, 'character');
}

/** Where the session is kept, and whether that deserves a warning (it is not being saved). */
export function storageText(status: StoreStatus, message: string | null): { text: string; warn: boolean } {
  switch (status) {
    case 'saved':
      return { text: 'Saved in this browser', warn: false };
    case 'memory':
      return { text: 'Kept in memory only', warn: false };
    case 'unavailable':
      return { text: message ?? 'Not saved: this browser does not let the page store it.', warn: true };
    case 'full':
      return { text: message ?? "Not saved: this browser's storage is full.", warn: true };
  }
}

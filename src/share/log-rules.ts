// What a session log may hold to be shared: the limits and character rules every decoded link is
// checked against (a link is hostile input), and that the page can check before it makes a link.
// Lines and titles are what a person types, so they hold no control character at all; expected
// output is kernel text, so it keeps newlines, tabs and NULs but nothing that drives a terminal.
// Terminals follow the worker's numbering: 1 exists from the start, `open` makes the next number.
// A shipped link must decode forever, so a limit here may be raised but never lowered.

import type { LogOp, LogStep, SessionLog } from '../../worker/protocol';

/** Characters in a link's fragment, and bytes its data may unpack to. */
export const MAX_FRAGMENT = 100_000;
export const MAX_UNPACKED = 1024 * 1024;
export const MAX_STEPS = 10_000;
export const MAX_TERMINAL = 64;
/** Characters (Unicode code points) in a typed line, a title, an expected output. */
export const MAX_LINE = 4_096;
export const MAX_TITLE = 200;
export const MAX_EXPECT = 65_536;

const NAME = /^[\w.+-]{1,40}$/;
const HASH = /^[0-9a-f]{4}$/;
const OPS: readonly LogOp[] = ['open', 'line', 'interrupt', 'eof', 'close'];
/** C0, DEL and C1 (U+009B is CSI to an 8-bit terminal). */
const TYPED_FORBIDDEN = /[\x00-\x1f\x7f-\x9f]/;
/** The same, but for newline, tab and NUL. */
const OUTPUT_FORBIDDEN = /[\x01-\x08\x0b-\x1f\x7f-\x9f]/;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** Checks a log's steps one at a time, in order, keeping track of which terminals exist. */
export class SessionChecker {
  private highest = 1;
  private readonly closed = new Set<number>();

  /** Why the simulator, profile or title cannot be shared, or null. */
  header(log: Pick<SessionLog, 'simulator' | 'profile' | 'title'>): string | null {
    if (!NAME.test(log.simulator)) return 'the simulator version is not a plain version name';
    if (!NAME.test(log.profile)) return 'the kernel profile is not a plain profile name';
    if (log.title !== undefined) return textProblem('title', log.title, MAX_TITLE, TYPED_FORBIDDEN);
    return null;
  }

  /** Why `step` cannot follow the steps checked so far, or null (and the step is taken). */
  step(step: LogStep): string | null {
    const { term, op } = step;
    if (!Number.isInteger(term) || term < 1 || term > MAX_TERMINAL)
      return `the terminal is not a whole number from 1 to ${MAX_TERMINAL}`;
    if (!OPS.includes(op)) return 'the action is not one a person can take at a terminal';
    if (op === 'open') {
      if (term !== this.highest + 1) return `a new terminal gets number ${this.highest + 1}, not ${term}`;
    } else if (term > this.highest) {
      return `terminal ${term} was never opened`;
    } else if (this.closed.has(term)) {
      return `terminal ${term} was closed before`;
    }
    if (op === 'line') {
      if (step.text === undefined) return 'the typed line is missing';
      const problem = textProblem('line', step.text, MAX_LINE, TYPED_FORBIDDEN);
      if (problem) return problem;
    } else if (step.text !== undefined) {
      return 'only a typed line carries text';
    }
    if (step.hash !== undefined && !HASH.test(step.hash))
      return 'the output hash is not four hexadecimal digits';
    if (step.expect !== undefined) {
      const problem = textProblem('expected output', step.expect, MAX_EXPECT, OUTPUT_FORBIDDEN);
      if (problem) return problem;
    }
    if (op === 'open') this.highest = term;
    if (op === 'close') this.closed.add(term);
    return null;
  }
}

/** Why `log` cannot be shared (the first problem, with its step counted from 1), or null. */
export function checkLog(log: SessionLog): string | null {
  const checker = new SessionChecker();
  const problem = checker.header(log);
  if (problem) return problem;
  if (log.steps.length > MAX_STEPS) return `the session has more than ${MAX_STEPS} steps`;
  for (let i = 0; i < log.steps.length; i++) {
    const stepProblem = checker.step(log.steps[i]);
    if (stepProblem) return `step ${i + 1}: ${stepProblem}`;
  }
  return null;
}

/** Why `text`, the `what` of a step or log, breaks its length or character rule, or null. */
function textProblem(what: string, text: string, max: number, forbidden: RegExp): string | null {
  if (typeof text !== 'string') return `the ${what} is not text`;
  if (text.length > max && codePoints(text) > max) return `the ${what} is longer than ${max} characters`;
  const bad = forbidden.exec(text);
  if (bad) return `the ${what} holds a control character (${codePoint(bad[0])})`;
  if (LONE_SURROGATE.test(text)) return `the ${what} holds a broken character (a lone UTF-16 surrogate)`;
  return null;
}

function codePoints(text: string): number {
  let n = 0;
  for (const _ of text) n++;
  return n;
}

function codePoint(char: string): string {
  return 'U+' + char.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');
}

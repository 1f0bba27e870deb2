// What the session panel and the share dialog say: which steps of a long timeline show, each row's
// number, text and check, an earlier timeline in one line, where the session is kept, a link's length.
import { describe, expect, it } from 'vitest';
import type { LogStep, SessionLog, StepCheck } from '../../worker/protocol';
import {
  branchSummary,
  checkFor,
  countOf,
  formatLength,
  hiddenNote,
  storageText,
  TIMELINE_MAX_STEPS,
  timelineRows,
  visibleSteps,
} from '../../src/panels/timeline';

function line(text: string, term = 1, extra: Partial<LogStep> = {}): LogStep {
  return { term, op: 'line', text, ...extra };
}

function sessionLog(steps: LogStep[]): SessionLog {
  return { simulator: '0.1.0', profile: 'rfc-v2', steps };
}

function lines(n: number): SessionLog {
  return sessionLog(Array.from({ length: n }, (_, i) => line(`echo ${i + 1}`)));
}

describe('visibleSteps', () => {
  const cases: Array<[string, SessionLog | null, number, number, number]> = [
    ['no log', null, 200, 0, 0],
    ['an empty log', lines(0), 200, 0, 0],
    ['fewer steps than the limit', lines(3), 200, 0, 3],
    ['exactly the limit', lines(200), 200, 0, 200],
    ['one past the limit', lines(201), 200, 1, 200],
    ['a long session', lines(1234), 200, 1034, 200],
    ['a limit of zero', lines(5), 0, 5, 0],
  ];
  it.each(cases)('%s', (_, log, max, offset, shown) => {
    const visible = visibleSteps(log, max);
    expect(visible.offset).toBe(offset);
    expect(visible.steps).toHaveLength(shown);
    if (log && shown > 0) expect(visible.steps.at(-1)).toBe(log.steps.at(-1));
  });

  it('defaults to the timeline limit', () => {
    expect(visibleSteps(lines(TIMELINE_MAX_STEPS + 7)).offset).toBe(7);
  });
});

describe('checkFor', () => {
  const checks: StepCheck[] = [
    { step: 2, pass: true, expected: 'a\n', actual: 'a\n' },
    { step: 5, pass: false, expected: 'b\n', actual: 'c\n' },
    { step: 5, pass: true, expected: 'b\n', actual: 'b\n' },
  ];
  it('finds the check of a step by its index', () => {
    expect(checkFor(checks, 2)).toBe(checks[0]);
    expect(checkFor(checks, 0)).toBeUndefined();
    expect(checkFor([], 2)).toBeUndefined();
  });
  it('takes the last when a step was reported twice', () => {
    expect(checkFor(checks, 5)).toBe(checks[2]);
  });
});

describe('timelineRows', () => {
  it('numbers rows from 1, describes steps and marks the self-checking ones', () => {
    const log = sessionLog([
      line('cd /sys'),
      line('cat trace', 1, { expect: '' }),
      { term: 1, op: 'interrupt' },
    ]);
    const check: StepCheck = { step: 1, pass: false, expected: '', actual: 'x\n' };
    const { hidden, rows } = timelineRows(log, [check]);
    expect(hidden).toBe(0);
    expect(rows).toEqual([
      { index: 0, number: 1, text: 'cd /sys', checking: false, check: undefined },
      { index: 1, number: 2, text: 'cat trace', checking: true, check },
      { index: 2, number: 3, text: 'Ctrl-C', checking: false, check: undefined },
    ]);
  });

  it('names the terminal once there are several', () => {
    const log = sessionLog([line('ls'), { term: 2, op: 'open' }, line('pwd', 2)]);
    expect(timelineRows(log, []).rows.map((r) => r.text)).toEqual([
      '[1] ls',
      'opening terminal 2',
      '[2] pwd',
    ]);
  });

  it('keeps the log index of rows after the cut', () => {
    const { hidden, rows } = timelineRows(lines(205), [{ step: 204, pass: true, expected: '', actual: '' }]);
    expect(hidden).toBe(5);
    expect(rows).toHaveLength(200);
    expect(rows[0]).toMatchObject({ index: 5, number: 6, text: 'echo 6' });
    expect(rows.at(-1)).toMatchObject({ index: 204, number: 205, check: { pass: true } });
  });

  it('has no rows without a log', () => {
    expect(timelineRows(null, [])).toEqual({ hidden: 0, rows: [] });
  });
});

describe('sentences', () => {
  it.each([
    [0, 'step', '0 steps'],
    [1, 'step', '1 step'],
    [2, 'step', '2 steps'],
    [1234, 'character', '1,234 characters'],
  ])('countOf(%i, %s) is %s', (n, noun, text) => {
    expect(countOf(n, noun)).toBe(text);
  });

  it.each([
    [0, '0 characters'],
    [1, '1 character'],
    [2000, '2,000 characters'],
    [1234567, '1,234,567 characters'],
  ])('formatLength(%i) is %s', (n, text) => {
    expect(formatLength(n)).toBe(text);
  });

  it.each([
    [0, null],
    [1, '1 earlier step not shown'],
    [1034, '1,034 earlier steps not shown'],
  ])('hiddenNote(%i) is %s', (n, text) => {
    expect(hiddenNote(n)).toBe(text);
  });
});

describe('branchSummary', () => {
  it.each<[string, SessionLog, string]>([
    ['several steps', sessionLog([line('cd /sys'), line('cat trace')]), '2 steps, last: cat trace'],
    ['one step', sessionLog([line('ls')]), '1 step, last: ls'],
    ['a key', sessionLog([line('sleep 9'), { term: 1, op: 'interrupt' }]), '2 steps, last: Ctrl-C'],
    ['several terminals', sessionLog([{ term: 2, op: 'open' }, line('pwd', 2)]), '2 steps, last: [2] pwd'],
    ['an empty line', sessionLog([line('')]), '1 step, last: (an empty line)'],
    ['no steps', sessionLog([]), 'No steps'],
    [
      'another kernel',
      { ...sessionLog([line('uname -r')]), profile: 'linux-6.12' },
      '1 step, last: uname -r, on Linux 6.12 (upstream)',
    ],
    [
      'a kernel this playground lacks',
      { ...sessionLog([line('ls')]), profile: 'linux-9.9' },
      '1 step, last: ls',
    ],
  ])('%s', (_, log, text) => {
    expect(branchSummary(log)).toBe(text);
  });
});

describe('storageText', () => {
  it('says where the session is kept', () => {
    expect(storageText('saved', null)).toEqual({ text: 'Saved in this browser', warn: false });
    expect(storageText('memory', null)).toEqual({ text: 'Kept in memory only', warn: false });
  });
  it("warns with the store's message when the session is not saved", () => {
    expect(storageText('full', 'Storage is full.')).toEqual({ text: 'Storage is full.', warn: true });
    expect(storageText('unavailable', 'No storage.')).toEqual({ text: 'No storage.', warn: true });
  });
  it('still warns without a message', () => {
    expect(storageText('full', null).warn).toBe(true);
    expect(storageText('unavailable', null).text).toMatch(/^Not saved/);
  });
});

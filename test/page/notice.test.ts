// What the page says after a replay (src/state/notice.ts): where the session came from, the kernel
// it runs on, another simulator version, a kernel profile this playground does not have, the step
// where replay diverged, self-check results and an early stop; and after a switch of profile.
import { describe, expect, it } from 'vitest';
import {
  describeStep,
  linkNotice,
  profileNotice,
  replayLines,
  restoredNotice,
  travelNotice,
} from '../../src/state/notice';
import type { ReplayResult, SessionLog } from '../../worker/protocol';

const LOG: SessionLog = {
  simulator: '0.2.0',
  profile: 'rfc-v2',
  title: 'demo',
  steps: [
    { term: 1, op: 'line', text: 'mkdir namespaces/a' },
    { term: 2, op: 'open' },
    { term: 2, op: 'line', text: 'ls namespaces' },
    { term: 2, op: 'interrupt' },
  ],
};

function result(extra: Partial<ReplayResult> = {}): ReplayResult {
  return {
    simulator: '0.2.0',
    profile: 'rfc-v2',
    terminals: [],
    steps: 4,
    diverged: null,
    checks: [],
    treeVersion: 0,
    inspectVersion: 0,
    traceVersion: 0,
    ...extra,
  };
}

describe('notices', () => {
  it('names steps as a person typed them, with the terminal when there are several', () => {
    expect(describeStep(LOG.steps[0], false)).toBe('mkdir namespaces/a');
    expect(describeStep(LOG.steps[2], true)).toBe('[2] ls namespaces');
    expect(describeStep(LOG.steps[3], true)).toBe('[2] Ctrl-C');
    expect(describeStep(LOG.steps[1], true)).toBe('opening terminal 2');
  });

  it('says nothing more for a faithful replay of this version', () => {
    expect(replayLines(LOG, result(), '0.2.0')).toEqual([]);
  });

  it('names another version, the diverging step, checks and an early stop', () => {
    const lines = replayLines(
      { ...LOG, simulator: '0.1.0' },
      result({
        diverged: 2,
        checks: [
          { step: 0, pass: true, expected: '', actual: '' },
          { step: 2, pass: false, expected: 'a\n', actual: 'b\n' },
        ],
        error: { step: 3, message: 'terminal 2: no such terminal' },
      }),
      '0.2.0',
    );
    expect(lines).toEqual([
      'It was made with simulator 0.1.0 (this is 0.2.0); outputs may differ.',
      'Replay diverged from the recording at step 3 ([2] ls namespaces): its output is not what was recorded.',
      'Checks: 1 passed, 1 failed.',
      'Replay stopped at step 4: terminal 2: no such terminal.',
    ]);
  });

  it('opens a link as a fork, with its title and failed checks counted', () => {
    const n = linkNotice(
      LOG,
      result({ checks: [{ step: 2, pass: false, expected: 'x', actual: 'y' }] }),
      '0.2.0',
    );
    expect(n.kind).toBe('link');
    expect(n.lines[0]).toBe(
      'Opened a shared session "demo": 4 steps replayed into a fresh kernel. It is a fork: your own saved session is kept.',
    );
    expect(n.failed).toBe(1);
  });

  it('says a session was restored, and from another tab when it was', () => {
    const own = restoredNotice(LOG, result(), '0.2.0', 0, false);
    expect(own.kind).toBe('restored');
    expect(own.lines[0]).toMatch(/^Restored your session from .+\.$/);
    expect(restoredNotice(LOG, result(), '0.2.0', 0, true).lines[0]).toMatch(
      /^Restored your session from another tab \(saved .+\)\.$/,
    );
  });

  it('says nothing of a log on either profile this playground has', () => {
    expect(
      replayLines({ ...LOG, profile: 'linux-6.12' }, result({ profile: 'linux-6.12' }), '0.2.0'),
    ).toEqual([]);
    expect(travelNotice({ ...LOG, profile: 'linux-6.12' }, result({ profile: 'linux-6.12' }))).toBeNull();
  });

  it('warns of a profile this playground does not have, and where the session ran instead', () => {
    const foreign = { ...LOG, profile: 'linux-9.9' };
    const line =
      'It names kernel profile "linux-9.9", which this playground does not have (it has rfc-v2, linux-6.12); ' +
      'it ran on rfc-v2.';
    expect(replayLines(foreign, result(), '0.2.0')).toEqual([line]);
    expect(travelNotice(foreign, result())).toMatchObject({ kind: 'travel', lines: [line] });
  });

  it('names the kernel of a link or a restored session when it is not the default', () => {
    const upstream = { ...LOG, profile: 'linux-6.12' };
    expect(linkNotice(upstream, result({ profile: 'linux-6.12' }), '0.2.0').lines[0]).toBe(
      'Opened a shared session "demo": 4 steps replayed into a fresh kernel, on Linux 6.12 (upstream). ' +
        'It is a fork: your own saved session is kept.',
    );
    expect(restoredNotice(upstream, result({ profile: 'linux-6.12' }), '0.2.0', 0, false).lines[0]).toMatch(
      /^Restored your session from .+, on Linux 6\.12 \(upstream\)\.$/,
    );
  });

  it('says after a switch of kernel where the session left is kept', () => {
    expect(profileNotice('linux-6.12', LOG)).toEqual({
      kind: 'profile',
      lines: [
        'A fresh session on Linux 6.12 (upstream).',
        'Your session on Tracing namespaces RFC v2 (Linux 6.1) is kept in Session › Earlier timelines.',
      ],
      failed: 0,
    });
    expect(profileNotice('rfc-v2', { ...LOG, steps: [] }).lines).toEqual([
      'A fresh session on Tracing namespaces RFC v2 (Linux 6.1).',
    ]);
  });

  it('says nothing after going back in time unless something went wrong', () => {
    expect(travelNotice(LOG, result())).toBeNull();
    expect(travelNotice(LOG, result({ diverged: 0 }))).toMatchObject({
      kind: 'travel',
      lines: [
        'Replay diverged from the recording at step 1 ([1] mkdir namespaces/a): its output is not what was recorded.',
      ],
    });
  });
});

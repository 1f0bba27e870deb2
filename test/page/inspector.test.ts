// The inspectors' page-side logic without the DOM: trace rows merged across refreshes by their
// sequence numbers, and refreshes coalesced so a burst of commands costs at most two reads.
import { describe, expect, it } from 'vitest';
import type { TraceRow, TraceSnapshot } from '../../worker/protocol';
import { mergeRows } from '../../src/inspect/trace-rows';
import { Coalesced } from '../../src/state/coalesced';

function row(seq: number): TraceRow {
  return {
    seq,
    task: 'bash',
    pid: 1000,
    cpu: 0,
    flags: '.....',
    time: '5.000000',
    kind: 'marker',
    event: 'tracing_mark_write',
    fields: [],
    text: `m${seq}`,
  };
}

function snapshot(firstSeq: number, lastSeq: number, rows: TraceRow[]): TraceSnapshot {
  return {
    traceVersion: 1,
    path: '/t/trace',
    entries: null,
    written: null,
    firstSeq,
    lastSeq,
    rows,
    perSecond: { end: 0, counts: [] },
  };
}

const seqs = (rows: TraceRow[]) => rows.map((r) => r.seq);

describe('mergeRows', () => {
  it('appends new rows and keeps the newest max', () => {
    expect(seqs(mergeRows([row(1), row(2)], snapshot(1, 4, [row(3), row(4)]), 2, 3))).toEqual([2, 3, 4]);
  });

  it('drops rows no longer held (consumed, overwritten)', () => {
    expect(seqs(mergeRows([row(1), row(2), row(3)], snapshot(3, 4, [row(4)]), 3, 10))).toEqual([3, 4]);
  });

  it('replaces everything after a clear or a renumbering', () => {
    expect(seqs(mergeRows([row(1), row(2)], snapshot(5, 6, [row(5), row(6)]), 2, 10))).toEqual([5, 6]);
    expect(mergeRows([row(1)], snapshot(2, 1, []), 1, 10)).toEqual([]);
  });
});

describe('Coalesced', () => {
  it('runs once more after the run in flight, however often it was asked meanwhile', async () => {
    let runs = 0;
    const gates: Array<() => void> = [];
    const c = new Coalesced(
      () =>
        new Promise<void>((resolve) => {
          runs++;
          gates.push(resolve);
        }),
    );
    const first = c.run();
    const asked = [c.run(), c.run(), c.run()];
    expect(runs).toBe(1);
    gates[0]();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(runs).toBe(2);
    gates[1]();
    await Promise.all([first, ...asked]);
    expect(runs).toBe(2);
  });

  it('runs again later after a run that failed', async () => {
    let runs = 0;
    const c = new Coalesced(async () => {
      runs++;
      if (runs === 1) throw new Error('boom');
    });
    await expect(c.run()).rejects.toThrow('boom');
    await c.run();
    expect(runs).toBe(2);
  });
});

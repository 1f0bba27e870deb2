import { describe, expect, it } from 'vitest';
import { EINVAL } from '../../../worker/kernel/lib/errno';
import {
  RingBuffer,
  entrySize,
  kbForPages,
  pagesForKb,
  type TraceRecord,
} from '../../../worker/kernel/trace/ring-buffer';

const US = 1000;
const T600 = 600_000_000_000;

function rec(ts: number, n = 0, pid = 1700): TraceRecord {
  return { ts, pid, type: 20, data: Uint8Array.of(n & 0xff, n >> 8), text: null };
}

/** Writes `count` 12-byte entries (16 accounted) on `cpu`, 1 µs apart, payload n = 0..count-1. */
function fill(rb: RingBuffer, count: number, overwrite: boolean, cpu = 0, start = T600): number {
  let stored = 0;
  for (let n = 0; n < count; n++) if (rb.write(cpu, 12, rec(start + n * US, n), overwrite)) stored++;
  return stored;
}

function held(rb: RingBuffer, cpu?: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  rb.forEach((r, c) => out.push([c, r.ts]), cpu);
  return out;
}

function firstN(rb: RingBuffer): number {
  let n = -1;
  rb.forEach((r) => {
    if (n < 0) n = r.data![0] | (r.data![1] << 8);
  });
  return n;
}

describe('entrySize (§e.1)', () => {
  it.each([
    [8, 12],
    [12, 16],
    [17, 24],
    [20, 24],
    [112, 116],
    [113, 124],
    [116, 124],
    [4072, 4080],
  ])('entry_len %i occupies %i bytes', (len, size) => {
    expect(entrySize(len)).toBe(size);
  });
});

describe('pagesForKb / kbForPages (§e.9)', () => {
  it.each([
    [1408, 354, 1410],
    [10, 3, 11],
    [4, 2, 7],
    [7, 2, 7],
    [1, 2, 7],
    [8, 3, 11],
    [65536, 16449, 65538],
  ])('%i KiB -> %i pages -> reads %i', (kb, pages, reads) => {
    expect(pagesForKb(kb)).toBe(pages);
    expect(kbForPages(pages)).toBe(reads);
  });
});

describe('S20: 2 pages per CPU, 1000 writes of 16-byte entries', () => {
  it.each([
    // overwrite, stored, entries, overrun, written, dropped, first n held
    [true, 1000, 490, 510, 1000, 0, 510],
    [false, 510, 510, 0, 510, 490, 0],
  ])('overwrite=%s', (overwrite, stored, entries, overrun, written, dropped, first) => {
    const rb = new RingBuffer(2, 2);
    expect(fill(rb, 1000, overwrite)).toBe(stored);
    expect([rb.entries(), rb.overrun(), rb.written(), rb.dropped(), firstN(rb)]).toEqual([
      entries,
      overrun,
      written,
      dropped,
      first,
    ]);
    expect([rb.entries(1), rb.overrun(1), rb.dropped(1)]).toEqual([0, 0, 0]);
  });
});

describe('page packing', () => {
  it.each([
    // entry_len, gap ns, entries two pages hold (overwrite off)
    [12, 1, 510],
    [12, 2 ** 27 - 1, 510],
    [12, 2 ** 27, 2 * (1 + Math.floor((4080 - 16) / 24))],
    [2000, 1, 4],
    [4072, 1, 2],
    [113, 1, 2 * Math.floor(4080 / 124)],
  ])('entry_len %i, %i ns apart: %i fit', (len, gap, fit) => {
    const rb = new RingBuffer(2, 2);
    let stored = 0;
    for (let i = 0; i < fit + 5; i++) if (rb.write(0, len, rec(i * gap), false)) stored++;
    expect([stored, rb.entries(), rb.dropped()]).toEqual([fit, fit, 5]);
  });

  it('refuses an entry larger than a page without counting it', () => {
    const rb = new RingBuffer(2, 2);
    expect(rb.write(0, 4073, rec(1), true)).toBe(false);
    expect(rb.write(2, 12, rec(1), true)).toBe(false);
    expect([rb.entries(), rb.dropped(), rb.overrun()]).toEqual([0, 0, 0]);
  });
});

describe('forEach merges CPUs by timestamp', () => {
  it('orders by ts, lower CPU first on ties, and filters by CPU', () => {
    const rb = new RingBuffer(2, 2);
    for (const [cpu, ts] of [
      [1, 5],
      [0, 5],
      [0, 7],
      [1, 6],
      [1, 9],
      [0, 9],
      [0, 12],
    ]) {
      rb.write(cpu, 12, rec(ts), true);
    }
    expect(held(rb)).toEqual([
      [0, 5],
      [1, 5],
      [1, 6],
      [0, 7],
      [0, 9],
      [1, 9],
      [0, 12],
    ]);
    expect(held(rb, 1)).toEqual([
      [1, 5],
      [1, 6],
      [1, 9],
    ]);
    expect(rb.entries()).toBe(7);
  });
});

describe('consume (trace_pipe)', () => {
  it('takes the oldest across CPUs and counts it as read', () => {
    const rb = new RingBuffer(2, 2);
    rb.write(1, 12, rec(1), true);
    rb.write(0, 12, rec(2), true);
    rb.write(1, 12, rec(3), true);
    expect(rb.peek()).toEqual({ cpu: 1, record: rec(1) });
    const got: Array<[number, number]> = [];
    for (let e = rb.consume(); e; e = rb.consume()) got.push([e.cpu, e.record.ts]);
    expect(got).toEqual([
      [1, 1],
      [0, 2],
      [1, 3],
    ]);
    expect([rb.entries(), rb.written(), rb.stats(0).read, rb.stats(1).read]).toEqual([0, 0, 1, 2]);
    expect(rb.consume()).toBeNull();
    expect(rb.peek()).toBeNull();
  });

  it.each([
    // consumed before refilling, then writes accepted with overwrite off
    [0, 0],
    [254, 0],
    [255, 255],
    [510, 510],
  ])('after consuming %i of 510, %i more fit', (consumed, more) => {
    const rb = new RingBuffer(2, 2);
    fill(rb, 510, false);
    for (let i = 0; i < consumed; i++) rb.consume();
    expect(fill(rb, 600, false, 0, T600 + 1000 * US)).toBe(more);
    expect(rb.entries()).toBe(510 - consumed + more);
    expect(rb.stats(0).read).toBe(consumed);
  });

  it('consumes one CPU only when asked', () => {
    const rb = new RingBuffer(2, 2);
    rb.write(0, 12, rec(1), true);
    rb.write(1, 12, rec(2), true);
    expect(rb.consume(1)?.record.ts).toBe(2);
    expect(rb.consume(1)).toBeNull();
    expect(rb.entries()).toBe(1);
  });

  it('an overwritten, partly read page counts only its unread entries as overrun', () => {
    const rb = new RingBuffer(2, 2);
    fill(rb, 510, true);
    for (let i = 0; i < 5; i++) rb.consume();
    fill(rb, 1, true, 0, T600 + 1000 * US);
    expect([rb.entries(), rb.overrun(), rb.stats(0).read]).toEqual([256, 250, 5]);
  });
});

describe('stats', () => {
  it('reports per-CPU counters', () => {
    const rb = new RingBuffer(2, 2);
    fill(rb, 600, true);
    rb.consume();
    fill(rb, 520, false, 1);
    expect(rb.stats(0)).toEqual({
      entries: 344,
      overrun: 255,
      read: 1,
      dropped: 0,
      bytes: 344 * 16,
      oldestTs: T600 + 256 * US,
    });
    expect(rb.stats(1)).toEqual({
      entries: 510,
      overrun: 0,
      read: 0,
      dropped: 10,
      bytes: 8160,
      oldestTs: T600,
    });
    expect(rb.stats(5)).toEqual({ entries: 0, overrun: 0, read: 0, dropped: 0, bytes: 0, oldestTs: 0 });
  });
});

describe('reset', () => {
  it.each([
    [undefined, [0, 0], 0],
    [0, [0, 3], 3],
    [1, [345, 0], 600],
  ])('reset(%s)', (cpu, entries, written) => {
    const rb = new RingBuffer(2, 2);
    fill(rb, 600, true);
    fill(rb, 3, true, 1);
    rb.reset(cpu);
    expect([rb.entries(0), rb.entries(1)]).toEqual(entries);
    expect(rb.written()).toBe(written);
    expect(rb.dropped()).toBe(0);
  });

  it('leaves the buffer empty and reusable', () => {
    const rb = new RingBuffer(2, 2);
    fill(rb, 1000, false);
    rb.reset();
    expect(rb.stats(0)).toEqual({ entries: 0, overrun: 0, read: 0, dropped: 0, bytes: 0, oldestTs: 0 });
    expect(fill(rb, 1000, false)).toBe(510);
  });
});

describe('resize', () => {
  it.each([
    // pages, writes (overwrite on), new pages, entries, overrun, first n held, writes that fit afterwards
    [2, 510, 4, 510, 0, 0, 510],
    [2, 600, 4, 345, 255, 255, 675],
    [4, 1020, 2, 510, 510, 510, 0],
    [4, 1020, 3, 765, 255, 255, 0],
    [4, 300, 2, 300, 0, 0, 210],
    [4, 300, 4, 300, 0, 0, 720],
  ])('%i pages, %i writes, resize to %i', (from, writes, to, entries, overrun, first, extra) => {
    const rb = new RingBuffer(2, from);
    fill(rb, writes, true);
    expect(rb.resize(to)).toBe(0);
    expect([rb.pages(0), rb.pages(1)]).toEqual([to, to]);
    expect([rb.entries(), rb.overrun(), firstN(rb)]).toEqual([entries, overrun, first]);
    expect(fill(rb, 2000, false, 0, T600 + 2000 * US)).toBe(extra);
  });

  it('resizes one CPU', () => {
    const rb = new RingBuffer(2, 2);
    expect(rb.resize(5, 1)).toBe(0);
    expect([rb.pages(0), rb.pages(1), rb.pages(2)]).toEqual([2, 5, 0]);
  });

  it.each([[1], [0], [-3], [2.5], [NaN]])('refuses %s pages', (pages) => {
    expect(new RingBuffer(2, 2).resize(pages)).toBe(-EINVAL);
  });

  it('refuses a CPU that does not exist', () => {
    expect(new RingBuffer(2, 2).resize(4, 2)).toBe(-EINVAL);
  });

  it('keeps merge order after growing a wrapped ring', () => {
    const rb = new RingBuffer(1, 2);
    fill(rb, 700, true);
    rb.resize(3);
    const ts: number[] = [];
    rb.forEach((r) => ts.push((r.ts - T600) / US));
    expect(ts.length).toBe(445);
    expect(ts.every((t, i) => t === 255 + i)).toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import { EINVAL } from '../../../worker/kernel/lib/errno';
import {
  RingBuffer,
  entryPid,
  entrySize,
  entryType,
  kbForPages,
  newEntryRef,
  pagesForKb,
} from '../../../worker/kernel/trace/ring-buffer';

const US = 1000;
const T600 = 600_000_000_000;

/** The buffers' clock: each write sets it first. */
let now = 0;
const clock = (): number => now;

function newRb(cpus: number, pages: number): RingBuffer {
  return new RingBuffer(cpus, pages, clock);
}

/** Writes `entry` on `cpu` at time `ts`. */
function put(rb: RingBuffer, cpu: number, entry: Uint8Array, ts: number, overwrite: boolean, len?: number) {
  now = ts;
  return rb.write(cpu, entry, overwrite, len);
}

/** A `len`-byte entry: type 20, pid, then n as u16 and zeros. */
function rec(n = 0, len = 12, pid = 1700): Uint8Array {
  const e = new Uint8Array(len);
  e[0] = 20;
  if (len >= 8) new DataView(e.buffer).setInt32(4, pid, true);
  if (len >= 10) {
    e[8] = n & 0xff;
    e[9] = n >> 8;
  }
  return e;
}

/** Writes `count` 12-byte entries (16 accounted) on `cpu`, 1 µs apart, payload n = 0..count-1. */
function fill(rb: RingBuffer, count: number, overwrite: boolean, cpu = 0, start = T600): number {
  let stored = 0;
  for (let n = 0; n < count; n++) if (put(rb, cpu, rec(n), start + n * US, overwrite)) stored++;
  return stored;
}

/** [cpu, ts] of every held entry, in reading order. */
function held(rb: RingBuffer, cpu?: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const it = rb.iter(cpu);
  while (it.next()) out.push([it.cpu, it.ts]);
  return out;
}

/** The payload n of every held entry, in reading order. */
function payloads(rb: RingBuffer, cpu?: number): number[] {
  const out: number[] = [];
  const it = rb.iter(cpu);
  while (it.next()) out.push(it.data[it.offset + 8] | (it.data[it.offset + 9] << 8));
  return out;
}

function firstN(rb: RingBuffer): number {
  return payloads(rb)[0] ?? -1;
}

/** Everything observable about a buffer: counters of both CPUs and the held entries. */
function snapshot(rb: RingBuffer): unknown {
  return [rb.stats(0), rb.stats(1), held(rb), payloads(rb)];
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
    const rb = newRb(2, 2);
    expect(fill(rb, 1000, overwrite)).toBe(stored);
    expect([rb.entries(), rb.overrun(), rb.written(), rb.dropped(), firstN(rb)]).toEqual([
      entries,
      overrun,
      written,
      dropped,
      first,
    ]);
    expect([rb.entries(1), rb.overrun(1), rb.dropped(1)]).toEqual([0, 0, 0]);
    const n = payloads(rb);
    expect(n.every((v, i) => v === first + i)).toBe(true);
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
    const rb = newRb(2, 2);
    let stored = 0;
    for (let i = 0; i < fit + 5; i++) if (put(rb, 0, rec(i, len), i * gap, false)) stored++;
    expect([stored, rb.entries(), rb.dropped()]).toEqual([fit, fit, 5]);
  });

  it('accounts a time extend for a long gap, except for the first entry of a page', () => {
    const rb = newRb(1, 2);
    put(rb, 0, rec(0), 0, true);
    put(rb, 0, rec(1), 2 ** 27, true);
    put(rb, 0, rec(2), 2 ** 27 + 1, true);
    expect(rb.stats(0).bytes).toBe(16 + 24 + 16);
    for (let i = 3; i < 254; i++) put(rb, 0, rec(i), 2 ** 27 + i, true);
    expect(rb.stats(0).bytes).toBe(4072);
    put(rb, 0, rec(254), 2 ** 29, true);
    expect([rb.stats(0).bytes, rb.entries()]).toEqual([4072 + 16, 255]);
  });

  it('refuses an entry larger than a page, or without a header, without counting it', () => {
    const rb = newRb(2, 2);
    expect(put(rb, 0, rec(0, 4073), 1, true)).toBe(false);
    expect(put(rb, 2, rec(), 1, true)).toBe(false);
    expect(put(rb, 0, rec(0, 7), 1, true)).toBe(false);
    expect(rb.reserve(0, 12, 13)).toBe(-1);
    expect([rb.entries(), rb.dropped(), rb.overrun()]).toEqual([0, 0, 0]);
  });

  it('accounts entry_len while storing fewer bytes (trace_marker)', () => {
    const rb = newRb(1, 2);
    now = 5;
    const at = rb.reserve(0, 30, 10);
    rb.reserved.set([5, 0, 0, 0, 1, 0, 0, 0, 0x68, 0x69], at);
    expect(rb.commit(true)).toBe(true);
    const ref = newEntryRef();
    expect(rb.peek(undefined, ref)).toBe(0);
    expect([ref.length, ref.ts, entryType(ref), entryPid(ref), rb.stats(0).bytes]).toEqual([10, 5, 5, 1, 36]);
  });
});

describe('entries are stored in place', () => {
  it('keeps every byte, pads with zeros over reused memory, and reuses its pages', () => {
    const rb = newRb(1, 3);
    const arenas = new Set<Uint8Array>();
    for (let i = 0; i < 2000; i++) {
      put(rb, 0, new Uint8Array(12).fill(0xff), i, true);
      arenas.add(rb.reserved);
    }
    const entry = Uint8Array.from([20, 0, 0, 0, 1, 2, 3, 4, 9]);
    for (let i = 0; i < 2000; i++) {
      put(rb, 0, entry, 2000 + i, true);
      arenas.add(rb.reserved);
    }
    const it = rb.iter();
    let good = 0;
    while (it.next()) {
      const bytes = [...it.data.subarray(it.offset, it.offset + 12)];
      if (it.length === 9 && entryPid(it) === 0x04030201 && bytes.join() === [...entry, 0, 0, 0].join())
        good++;
    }
    // 4000 entries of 16 accounted bytes, 255 a page: two full pages and the 175 on the write page.
    expect([good, rb.entries()]).toEqual([685, 685]);
    expect(arenas.size).toBe(4);
  });
});

describe('a discarded reservation leaves no trace', () => {
  it.each([
    // entries written first, overwrite: in place, onto the next page, onto a full ring (both ways)
    [10, true],
    [255, true],
    [510, true],
    [510, false],
  ])('after %i entries (overwrite=%s)', (before, overwrite) => {
    const a = newRb(2, 2);
    const b = newRb(2, 2);
    fill(a, before, overwrite);
    fill(b, before, overwrite);
    a.consume();
    b.consume();
    now = T600 + 5000 * US;
    const at = a.reserve(0, 12, 12);
    expect(at).toBeGreaterThanOrEqual(0);
    a.reserved.fill(0xee, at, at + 12);
    a.discard();
    expect(a.commit(true)).toBe(false);
    expect(snapshot(a)).toEqual(snapshot(b));
    fill(a, 300, overwrite, 0, T600 + 6000 * US);
    fill(b, 300, overwrite, 0, T600 + 6000 * US);
    expect(snapshot(a)).toEqual(snapshot(b));
  });
});

describe('iter merges CPUs by timestamp', () => {
  it('orders by ts, lower CPU first on ties, and filters by CPU', () => {
    const rb = newRb(2, 2);
    for (const [cpu, ts] of [
      [1, 5],
      [0, 5],
      [0, 7],
      [1, 6],
      [1, 9],
      [0, 9],
      [0, 12],
    ]) {
      put(rb, cpu, rec(), ts, true);
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
    const rb = newRb(2, 2);
    put(rb, 1, rec(1), 1, true);
    put(rb, 0, rec(2), 2, true);
    put(rb, 1, rec(3), 3, true);
    const ref = newEntryRef();
    expect([rb.peek(undefined, ref), ref.ts, ref.length, entryType(ref), entryPid(ref)]).toEqual([
      1, 1, 12, 20, 1700,
    ]);
    const got: Array<[number, number, number]> = [];
    for (let cpu = rb.consume(undefined, ref); cpu >= 0; cpu = rb.consume(undefined, ref)) {
      got.push([cpu, ref.ts, ref.data[ref.offset + 8]]);
    }
    expect(got).toEqual([
      [1, 1, 1],
      [0, 2, 2],
      [1, 3, 3],
    ]);
    expect([rb.entries(), rb.written(), rb.stats(0).read, rb.stats(1).read]).toEqual([0, 0, 1, 2]);
    expect(rb.consume()).toBe(-1);
    expect(rb.peek(undefined)).toBe(-1);
  });

  it.each([
    // consumed before refilling, then writes accepted with overwrite off
    [0, 0],
    [254, 0],
    [255, 255],
    [510, 510],
  ])('after consuming %i of 510, %i more fit', (consumed, more) => {
    const rb = newRb(2, 2);
    fill(rb, 510, false);
    for (let i = 0; i < consumed; i++) rb.consume();
    expect(fill(rb, 600, false, 0, T600 + 1000 * US)).toBe(more);
    expect(rb.entries()).toBe(510 - consumed + more);
    expect(rb.stats(0).read).toBe(consumed);
    expect(payloads(rb)[0]).toBe(consumed === 510 ? 0 : consumed);
  });

  it('consumes one CPU only when asked', () => {
    const rb = newRb(2, 2);
    put(rb, 0, rec(), 1, true);
    put(rb, 1, rec(), 2, true);
    const ref = newEntryRef();
    expect([rb.consume(1, ref), ref.ts]).toEqual([1, 2]);
    expect(rb.consume(1)).toBe(-1);
    expect(rb.entries()).toBe(1);
  });

  it('an overwritten, partly read page counts only its unread entries as overrun', () => {
    const rb = newRb(2, 2);
    fill(rb, 510, true);
    for (let i = 0; i < 5; i++) rb.consume();
    fill(rb, 1, true, 0, T600 + 1000 * US);
    expect([rb.entries(), rb.overrun(), rb.stats(0).read, rb.stats(0).bytes]).toEqual([
      256,
      250,
      5,
      256 * 16,
    ]);
    expect(payloads(rb)[0]).toBe(255);
  });
});

describe('stats', () => {
  it('reports per-CPU counters', () => {
    const rb = newRb(2, 2);
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
    expect([rb.bytes(), rb.bytes(1)]).toEqual([344 * 16 + 8160, 8160]);
  });
});

describe('reset', () => {
  it.each([
    [undefined, [0, 0], 0],
    [0, [0, 3], 3],
    [1, [345, 0], 600],
  ])('reset(%s)', (cpu, entries, written) => {
    const rb = newRb(2, 2);
    fill(rb, 600, true);
    fill(rb, 3, true, 1);
    rb.reset(cpu);
    expect([rb.entries(0), rb.entries(1)]).toEqual(entries);
    expect(rb.written()).toBe(written);
    expect(rb.dropped()).toBe(0);
  });

  it('leaves the buffer empty and reusable', () => {
    const rb = newRb(2, 2);
    fill(rb, 1000, false);
    rb.reset();
    expect(rb.stats(0)).toEqual({ entries: 0, overrun: 0, read: 0, dropped: 0, bytes: 0, oldestTs: 0 });
    expect(held(rb)).toEqual([]);
    expect(fill(rb, 1000, false)).toBe(510);
    expect(payloads(rb).every((v, i) => v === i)).toBe(true);
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
    const rb = newRb(2, from);
    fill(rb, writes, true);
    expect(rb.resize(to)).toBe(0);
    expect([rb.pages(0), rb.pages(1)]).toEqual([to, to]);
    expect([rb.entries(), rb.overrun(), firstN(rb)]).toEqual([entries, overrun, first]);
    expect(payloads(rb).every((v, i) => v === first + i)).toBe(true);
    expect(fill(rb, 2000, false, 0, T600 + 2000 * US)).toBe(extra);
  });

  it('resizes one CPU', () => {
    const rb = newRb(2, 2);
    expect(rb.resize(5, 1)).toBe(0);
    expect([rb.pages(0), rb.pages(1), rb.pages(2)]).toEqual([2, 5, 0]);
  });

  it.each([[1], [0], [-3], [2.5], [NaN]])('refuses %s pages', (pages) => {
    expect(newRb(2, 2).resize(pages)).toBe(-EINVAL);
  });

  it('refuses a CPU that does not exist', () => {
    expect(newRb(2, 2).resize(4, 2)).toBe(-EINVAL);
  });

  it('keeps merge order after growing a wrapped ring', () => {
    const rb = newRb(1, 2);
    fill(rb, 700, true);
    rb.resize(3);
    const ts = held(rb).map(([, t]) => (t - T600) / US);
    expect(ts.length).toBe(445);
    expect(ts.every((t, i) => t === 255 + i)).toBe(true);
  });
});

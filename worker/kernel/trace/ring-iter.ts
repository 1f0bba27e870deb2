// Models ring_buffer_iter and the merge of kernel/trace/trace.c (find_next_entry): reading held entries
// in place, oldest first across CPUs, without consuming them. An EntryRef points at one entry's bytes
// in its page; nothing is copied.

import { RB_EVNT_HDR_SIZE, type CpuBuffer, type RingPage } from './ring-page';

/** One entry where it lies: `data[offset .. offset + length)` is its header and payload. */
export interface EntryRef {
  cpu: number;
  data: Uint8Array;
  offset: number;
  length: number;
  /** Nanoseconds since boot. */
  ts: number;
}

export function newEntryRef(): EntryRef {
  return { cpu: -1, data: new Uint8Array(0), offset: 0, length: 0, ts: 0 };
}

/** Points `ref` at entry `n` of `page`, whose header word is at `at`. */
export function setEntryRef(ref: EntryRef, cpu: number, page: RingPage, n: number, at: number): void {
  ref.cpu = cpu;
  ref.data = page.data;
  ref.offset = at + RB_EVNT_HDR_SIZE;
  ref.length = page.words[at >> 2] & 0xffff;
  ref.ts = page.stamps[n];
}

/** The entry's type (its event id, or TRACE_PRINT): the u16 at the start of struct trace_entry. */
export function entryType(ref: EntryRef): number {
  return ref.data[ref.offset] | (ref.data[ref.offset + 1] << 8);
}

/** The writer's pid: the s32 at offset 4 of struct trace_entry. */
export function entryPid(ref: EntryRef): number {
  const d = ref.data;
  const o = ref.offset + 4;
  return d[o] | (d[o + 1] << 8) | (d[o + 2] << 16) | (d[o + 3] << 24);
}

/** The CPU whose oldest unread entry is oldest (ties: lower CPU), among all or just `cpu`; -1 if none. */
export function oldestCpu(cpus: readonly CpuBuffer[], cpu?: number): number {
  let best = -1;
  let bestTs = 0;
  for (let i = 0; i < cpus.length; i++) {
    if (cpu !== undefined && i !== cpu) continue;
    const c = cpus[i];
    if (c.entries === 0) continue;
    const page = c.pages[c.head];
    const ts = page.stamps[page.readCount];
    if (best < 0 || ts < bestTs) {
      best = i;
      bestTs = ts;
    }
  }
  return best;
}

/** Where one CPU's walk stands: the next entry to return, or `left` 0 when it is done. */
interface CpuCursor {
  readonly cpu: number;
  readonly c: CpuBuffer;
  pageIndex: number;
  page: RingPage;
  /** Entries still to return, this one included. */
  left: number;
  n: number;
  at: number;
}

/** A cursor over held entries; next() moves it and makes it (an EntryRef) point at the next one. */
export class RingIter implements EntryRef {
  cpu = -1;
  data: Uint8Array = new Uint8Array(0);
  offset = 0;
  length = 0;
  ts = 0;
  private readonly cursors: CpuCursor[] = [];

  constructor(cpus: readonly CpuBuffer[], ids: readonly number[]) {
    for (let i = 0; i < cpus.length; i++) {
      const c = cpus[i];
      if (c.entries === 0) continue;
      const page = c.pages[c.head];
      const cursor = { cpu: ids[i], c, pageIndex: c.head, page, left: c.entries, n: 0, at: 0 };
      cursor.n = page.readCount;
      cursor.at = page.readOffset;
      settle(cursor);
      this.cursors.push(cursor);
    }
  }

  /** Moves to the next entry; false when there is none. */
  next(): boolean {
    const cursors = this.cursors;
    let best: CpuCursor | null = null;
    for (let i = 0; i < cursors.length; i++) {
      const k = cursors[i];
      if (k.left > 0 && (best === null || k.page.stamps[k.n] < best.page.stamps[best.n])) best = k;
    }
    if (best === null) return false;
    setEntryRef(this, best.cpu, best.page, best.n, best.at);
    best.left--;
    best.n++;
    best.at += RB_EVNT_HDR_SIZE + ((this.length + 3) & ~3);
    if (best.left > 0) settle(best);
    return true;
  }
}

/** Steps a cursor past the end of its page onto the next page that holds entries. */
function settle(k: CpuCursor): void {
  while (k.n >= k.page.count) {
    k.pageIndex = k.pageIndex + 1 === k.c.pages.length ? 0 : k.pageIndex + 1;
    k.page = k.c.pages[k.pageIndex];
    k.n = 0;
    k.at = 0;
  }
}

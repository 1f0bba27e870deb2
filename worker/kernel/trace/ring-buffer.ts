// Models kernel/trace/ring_buffer.c: one trace array's per-CPU rings of 4080-byte data pages (see
// ring-page.ts), the entry accounting of §e.1, overwrite versus drop when full, and the per-CPU
// entries/overrun/read/dropped counters. A writer reserves room, fills the entry's bytes in place and
// commits or discards it (ring_buffer_lock_reserve / unlock_commit / discard_commit): nothing about the
// buffer changes before the commit. Simplified from the kernel (Q27): no reader page, no nesting, no
// absolute timestamps. A page whose entries have all been consumed is emptied at once and reused; a
// partly consumed page keeps its space until it is finished.

import { ktimeNs } from '../lib/clock';
import { EINVAL } from '../lib/errno';
import {
  allocPage,
  BUF_PAGE_SIZE,
  clearPage,
  discardHead,
  entrySize,
  newCpuBuffer,
  newPage,
  RB_EVNT_HDR_SIZE,
  RB_LEN_TIME_EXTEND,
  resetCpu,
  resizeCpu,
  TRACE_ENTRY_SIZE,
  TS_DELTA_MAX,
  type CpuBuffer,
  type RingPage,
} from './ring-page';
import { newEntryRef, oldestCpu, RingIter, setEntryRef, type EntryRef } from './ring-iter';

export {
  BUF_PAGE_SIZE,
  RB_LEN_TIME_EXTEND,
  RB_MAX_SMALL_DATA,
  TS_DELTA_MAX,
  entrySize,
  kbForPages,
  pagesForKb,
} from './ring-page';
export { newEntryRef, entryPid, entryType, type EntryRef, type RingIter } from './ring-iter';

/** What `per_cpu/cpuN/stats` reports. `bytes` is the accounted size of the unread entries [SIM]. */
export interface CpuBufferStats {
  entries: number;
  overrun: number;
  read: number;
  dropped: number;
  bytes: number;
  /** Timestamp of the oldest unread entry, 0 when empty. */
  oldestTs: number;
}

/** Where a reservation lives until it is committed. */
const NONE = 0;
/** At the end of the write page. */
const IN_PLACE = 1;
/** At the start of the next page, which is empty. */
const NEXT_PAGE = 2;
/** The ring is full: in a spare page that replaces the oldest one if the commit overwrites. */
const SPARE_PAGE = 3;

/** One trace array's buffer: `cpus` per-CPU rings of `pagesPerCpu` pages each, stamped by `clock`. */
export class RingBuffer {
  private readonly cpus: CpuBuffer[] = [];
  /** The bytes a reserved entry is written into, at the offset reserve() returned. */
  reserved: Uint8Array = new Uint8Array(0);
  private spare: RingPage = newPage();
  private mode = NONE;
  private resCpu: CpuBuffer | null = null;
  private resPage: RingPage = this.spare;
  private resEnd = 0;
  private resStored = 0;

  /** `clock` is the trace clock entries are stamped with (the kernel's rb->clock), in nanoseconds. */
  constructor(
    cpus: number,
    pagesPerCpu: number,
    private readonly clock: () => number = ktimeNs,
  ) {
    const pages = Math.max(2, Math.floor(pagesPerCpu) || 0);
    for (let i = 0; i < cpus; i++) this.cpus.push(newCpuBuffer(pages));
  }

  get cpuCount(): number {
    return this.cpus.length;
  }

  /**
   * Reserves room on `cpu` for an entry accounted as `entryLen` bytes (common header + payload) that
   * stores `length` bytes (at least the 8-byte header, at most `entryLen`), stamped with the clock's
   * time now. Returns the offset in `reserved` where the caller writes those bytes (the padding after
   * them is zeroed), or -1 when the entry can never be stored (bad CPU or length, or larger than a
   * page: the kernel refuses those silently). Follow it with commit() or discard() before anything else
   * touches the buffer.
   */
  reserve(cpu: number, entryLen: number, length: number): number {
    const c = this.cpus[cpu];
    if (c === undefined || length < TRACE_ENTRY_SIZE || length > entryLen) return -1;
    const size = entrySize(entryLen);
    if (size > BUF_PAGE_SIZE) return -1;
    // NOTE: the buffer reads the clock itself: a timestamp passed in would be boxed on every write.
    const ts = this.clock();
    let page = c.pages[c.tail];
    let stored =
      page.count > 0 && ts - page.stamps[page.count - 1] > TS_DELTA_MAX ? size + RB_LEN_TIME_EXTEND : size;
    let mode = IN_PLACE;
    if (page.used + stored > BUF_PAGE_SIZE) {
      stored = size;
      const next = c.tail + 1 === c.pages.length ? 0 : c.tail + 1;
      mode = next === c.head ? SPARE_PAGE : NEXT_PAGE;
      page = mode === SPARE_PAGE ? this.spare : c.pages[next];
      clearPage(page);
    }
    if (page.data.length === 0) allocPage(page);
    // NOTE: the header word and timestamp go in now, past the page's last entry: unseen until commit().
    const at = page.end;
    const end = at + RB_EVNT_HDR_SIZE + ((length + 3) & ~3);
    page.words[at >> 2] = length | (stored << 16);
    page.words[(end - 4) >> 2] = 0;
    page.stamps[page.count] = ts;
    this.mode = mode;
    this.resCpu = c;
    this.resPage = page;
    this.resEnd = end;
    this.resStored = stored;
    this.reserved = page.data;
    return at + RB_EVNT_HDR_SIZE;
  }

  /**
   * Stores the reserved entry. When the ring is full, overwrite discards the oldest page (its unread
   * entries count as overrun); otherwise the entry is dropped and counted. Returns whether it was stored.
   */
  commit(overwrite: boolean): boolean {
    const c = this.resCpu;
    const mode = this.mode;
    this.mode = NONE;
    this.resCpu = null;
    if (c === null || mode === NONE) return false;
    const page = this.resPage;
    if (mode !== IN_PLACE) {
      const next = c.tail + 1 === c.pages.length ? 0 : c.tail + 1;
      if (mode === SPARE_PAGE) {
        if (!overwrite) {
          c.dropped++;
          return false;
        }
        discardHead(c);
        this.spare = c.pages[next];
        c.pages[next] = page;
      }
      c.tail = next;
    }
    const stored = this.resStored;
    page.count++;
    page.end = this.resEnd;
    page.used += stored;
    c.entries++;
    c.bytes += stored;
    return true;
  }

  /** Whether the reservation found the ring full: only then does commit() look at `overwrite`. */
  get reservedOnFull(): boolean {
    return this.mode === SPARE_PAGE;
  }

  /** Forgets the reservation: the buffer is as if it had never been made. */
  discard(): void {
    this.mode = NONE;
    this.resCpu = null;
  }

  /** reserve() + copy `entry` + commit(), for writers that already hold the bytes. */
  write(cpu: number, entry: Uint8Array, overwrite: boolean, entryLen = entry.length): boolean {
    const at = this.reserve(cpu, entryLen, entry.length);
    if (at < 0) return false;
    this.reserved.set(entry, at);
    return this.commit(overwrite);
  }

  /** Unread entries held, over all CPUs or on one. */
  entries(cpu?: number): number {
    return this.sum(cpu, 'entries');
  }

  /** Entries lost to overwrite (or to shrinking), over all CPUs or on one. */
  overrun(cpu?: number): number {
    return this.sum(cpu, 'overrun');
  }

  /** `entries-written` of the `trace` header: held entries plus overruns (consumed ones are in neither). */
  written(cpu?: number): number {
    return this.entries(cpu) + this.overrun(cpu);
  }

  /** Entries dropped because the buffer was full with overwrite off. */
  dropped(cpu?: number): number {
    return this.sum(cpu, 'dropped');
  }

  /** Accounted bytes of the unread entries, over all CPUs or on one. */
  bytes(cpu?: number): number {
    return this.sum(cpu, 'bytes');
  }

  stats(cpu: number): CpuBufferStats {
    const c = this.cpus[cpu];
    if (c === undefined) return { entries: 0, overrun: 0, read: 0, dropped: 0, bytes: 0, oldestTs: 0 };
    const { entries, overrun, read, dropped, bytes, pages, head } = c;
    const oldestTs = entries > 0 ? pages[head].stamps[pages[head].readCount] : 0;
    return { entries, overrun, read, dropped, bytes, oldestTs };
  }

  /** Pages per CPU of `cpu` (0 for a CPU that does not exist). */
  pages(cpu: number): number {
    return this.cpus[cpu]?.pages.length ?? 0;
  }

  /**
   * A cursor over every unread entry, oldest first, merged across CPUs by timestamp (ties: lower CPU
   * first), or over one CPU's entries only. Nothing is consumed; valid until the buffer next changes.
   */
  iter(cpu?: number): RingIter {
    const selected: CpuBuffer[] = [];
    const ids: number[] = [];
    for (let i = 0; i < this.cpus.length; i++) {
      if (cpu !== undefined && i !== cpu) continue;
      selected.push(this.cpus[i]);
      ids.push(i);
    }
    return new RingIter(selected, ids);
  }

  /** Points `into` at the oldest unread entry (across CPUs, or on one); returns its CPU, or -1. */
  peek(cpu: number | undefined, into: EntryRef = newEntryRef()): number {
    const id = oldestCpu(this.cpus, cpu);
    if (id < 0) return -1;
    const c = this.cpus[id];
    const page = c.pages[c.head];
    setEntryRef(into, id, page, page.readCount, page.readOffset);
    return id;
  }

  /**
   * Removes the oldest unread entry (across CPUs, or on one); it counts as read. Points `into` at it
   * (its bytes stay valid until the next write) and returns its CPU, or -1 when nothing is held.
   */
  consume(cpu?: number, into: EntryRef = newEntryRef()): number {
    const id = this.peek(cpu, into);
    if (id < 0) return -1;
    const c = this.cpus[id];
    const page = c.pages[c.head];
    const stored = page.words[page.readOffset >> 2] >>> 16;
    page.readOffset += RB_EVNT_HDR_SIZE + ((into.length + 3) & ~3);
    page.readBytes += stored;
    page.readCount++;
    c.bytes -= stored;
    c.entries--;
    c.read++;
    if (page.readCount === page.count) {
      clearPage(page);
      if (c.head !== c.tail) c.head = c.head + 1 === c.pages.length ? 0 : c.head + 1;
    }
    return id;
  }

  /** Empties every CPU buffer (or one) and zeroes its counters. */
  reset(cpu?: number): void {
    for (let i = 0; i < this.cpus.length; i++) if (cpu === undefined || i === cpu) resetCpu(this.cpus[i]);
  }

  /**
   * Sets every CPU (or one) to `pagesPerCpu` pages. Growing keeps all entries; shrinking discards the
   * oldest pages, counting their unread entries as overrun [INF]. Returns 0, or -EINVAL for fewer than
   * 2 pages or a CPU that does not exist.
   */
  resize(pagesPerCpu: number, cpu?: number): number {
    if (!Number.isInteger(pagesPerCpu) || pagesPerCpu < 2) return -EINVAL;
    if (cpu !== undefined && this.cpus[cpu] === undefined) return -EINVAL;
    for (let i = 0; i < this.cpus.length; i++) {
      if (cpu === undefined || i === cpu) resizeCpu(this.cpus[i], pagesPerCpu);
    }
    return 0;
  }

  /** One counter summed over all CPUs, or of one CPU. */
  private sum(cpu: number | undefined, key: 'entries' | 'overrun' | 'dropped' | 'bytes'): number {
    let total = 0;
    for (let i = 0; i < this.cpus.length; i++) if (cpu === undefined || i === cpu) total += this.cpus[i][key];
    return total;
  }
}

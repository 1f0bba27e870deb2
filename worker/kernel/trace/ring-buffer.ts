// Models kernel/trace/ring_buffer.c: one trace array's per-CPU rings of 4080-byte data pages, the entry
// accounting of §e.1, overwrite versus drop when full, and the per-CPU entries/overrun/read/dropped counters.
// Simplified from the kernel (Q27): no reader page, no commit/nesting, no absolute timestamps. Records are
// opaque objects; only their accounted sizes are packed into pages. A page whose entries have all been
// consumed is emptied at once and reused; a partly consumed page keeps its space until it is finished.

import { EINVAL } from '../lib/errno';

/** Data bytes of one ring-buffer page (PAGE_SIZE minus the page header). */
export const BUF_PAGE_SIZE = 4080;
/** Largest entry whose length fits in the event header's type_len (28 * 4). */
export const RB_MAX_SMALL_DATA = 112;
/** Largest delta the event header holds; a longer gap costs a time-extend record. */
export const TS_DELTA_MAX = 2 ** 27 - 1;
/** Size of a time-extend record. */
export const RB_LEN_TIME_EXTEND = 8;

/** One stored entry. The buffer never looks inside it beyond `ts`. */
export interface TraceRecord {
  /** Nanoseconds since boot. */
  ts: number;
  pid: number;
  /** Event id, or TRACE_PRINT for trace_marker. */
  type: number;
  /** User events: the whole entry including the 8-byte common header. */
  data: Uint8Array | null;
  /** trace_marker text. */
  text: string | null;
}

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

/** An entry together with the CPU whose buffer held it. */
export interface CpuRecord {
  cpu: number;
  record: TraceRecord;
}

interface Page {
  records: TraceRecord[];
  sizes: number[];
  used: number;
  /** Index of the first unread record; only the oldest page can be partly read. */
  read: number;
}

interface CpuBuffer {
  pages: Page[];
  /** Oldest page holding unread entries (or the write page when empty). */
  head: number;
  /** The page being written. Pages head..tail (circularly) are in use. */
  tail: number;
  entries: number;
  overrun: number;
  read: number;
  dropped: number;
  bytes: number;
}

/** Accounted size of an entry of `entryLen` bytes (header + payload), without any time extend. */
export function entrySize(entryLen: number): number {
  const aligned = (entryLen + 3) & ~3;
  return entryLen <= RB_MAX_SMALL_DATA ? aligned + 4 : aligned + 8;
}

/** Pages per CPU for a requested size in KiB: max(2, ceil(kb * 1024 / 4080)). */
export function pagesForKb(kb: number): number {
  return Math.max(2, Math.ceil((kb * 1024) / BUF_PAGE_SIZE));
}

/** The size in KiB that `buffer_size_kb` reports for a number of pages. */
export function kbForPages(pages: number): number {
  return Math.floor((pages * BUF_PAGE_SIZE) / 1024);
}

function newPage(): Page {
  return { records: [], sizes: [], used: 0, read: 0 };
}

function clearPage(page: Page): void {
  page.records.length = 0;
  page.sizes.length = 0;
  page.used = 0;
  page.read = 0;
}

function newCpuBuffer(pages: number): CpuBuffer {
  const list: Page[] = [];
  for (let i = 0; i < pages; i++) list.push(newPage());
  return { pages: list, head: 0, tail: 0, entries: 0, overrun: 0, read: 0, dropped: 0, bytes: 0 };
}

/** Number of pages from head to tail inclusive. */
function pagesInUse(c: CpuBuffer): number {
  const n = c.pages.length;
  return ((c.tail - c.head + n) % n) + 1;
}

/** Drops the oldest page (head != tail); its unread entries count as overrun. */
function discardHead(c: CpuBuffer): void {
  const page = c.pages[c.head];
  const lost = page.records.length - page.read;
  c.overrun += lost;
  c.entries -= lost;
  for (let i = page.read; i < page.sizes.length; i++) c.bytes -= page.sizes[i];
  clearPage(page);
  c.head = (c.head + 1) % c.pages.length;
}

/** Lays the in-use pages out oldest first, keeping at most `pages` of them, then pads with empty pages. */
function resizeCpu(c: CpuBuffer, pages: number): void {
  while (pagesInUse(c) > pages) discardHead(c);
  const used = pagesInUse(c);
  const order: Page[] = [];
  for (let i = 0; i < c.pages.length; i++) order.push(c.pages[(c.head + i) % c.pages.length]);
  order.length = Math.min(order.length, pages);
  while (order.length < pages) order.push(newPage());
  c.pages = order;
  c.head = 0;
  c.tail = used - 1;
}

/** One trace array's buffer: `cpus` per-CPU rings of `pagesPerCpu` pages each. */
export class RingBuffer {
  private readonly cpus: CpuBuffer[] = [];

  constructor(cpus: number, pagesPerCpu: number) {
    const pages = Math.max(2, Math.floor(pagesPerCpu) || 0);
    for (let i = 0; i < cpus; i++) this.cpus.push(newCpuBuffer(pages));
  }

  get cpuCount(): number {
    return this.cpus.length;
  }

  /**
   * Stores `record` on `cpu`, accounting `entryLen` bytes (common header + payload). When the buffer is
   * full, overwrite discards the oldest page; otherwise the new entry is dropped. Returns false when the
   * entry was not stored (dropped, bad CPU, or larger than a page: the kernel refuses those silently).
   */
  write(cpu: number, entryLen: number, record: TraceRecord, overwrite: boolean): boolean {
    const c = this.cpus[cpu];
    if (c === undefined) return false;
    const size = entrySize(entryLen);
    if (size > BUF_PAGE_SIZE) return false;
    let page = c.pages[c.tail];
    const last = page.records.length - 1;
    const extended =
      last >= 0 && record.ts - page.records[last].ts > TS_DELTA_MAX ? size + RB_LEN_TIME_EXTEND : size;
    let stored = extended;
    if (page.used + extended > BUF_PAGE_SIZE) {
      const next = (c.tail + 1) % c.pages.length;
      if (next === c.head) {
        if (!overwrite) {
          c.dropped++;
          return false;
        }
        discardHead(c);
      }
      c.tail = next;
      page = c.pages[next];
      stored = size;
    }
    page.records.push(record);
    page.sizes.push(stored);
    page.used += stored;
    c.entries++;
    c.bytes += stored;
    return true;
  }

  /** Unread entries held, over all CPUs or on one. */
  entries(cpu?: number): number {
    return this.sum(cpu, (c) => c.entries);
  }

  /** Entries lost to overwrite (or to shrinking), over all CPUs or on one. */
  overrun(cpu?: number): number {
    return this.sum(cpu, (c) => c.overrun);
  }

  /** `entries-written` of the `trace` header: held entries plus overruns (consumed ones are in neither). */
  written(cpu?: number): number {
    return this.entries(cpu) + this.overrun(cpu);
  }

  /** Entries dropped because the buffer was full with overwrite off. */
  dropped(cpu?: number): number {
    return this.sum(cpu, (c) => c.dropped);
  }

  stats(cpu: number): CpuBufferStats {
    const c = this.cpus[cpu];
    if (c === undefined) return { entries: 0, overrun: 0, read: 0, dropped: 0, bytes: 0, oldestTs: 0 };
    const head = c.pages[c.head];
    const oldestTs = c.entries > 0 ? head.records[head.read].ts : 0;
    return {
      entries: c.entries,
      overrun: c.overrun,
      read: c.read,
      dropped: c.dropped,
      bytes: c.bytes,
      oldestTs,
    };
  }

  /** Pages per CPU of `cpu` (0 for a CPU that does not exist). */
  pages(cpu: number): number {
    return this.cpus[cpu]?.pages.length ?? 0;
  }

  /**
   * Calls `fn` for every unread entry, oldest first, merged across CPUs by timestamp (ties: lower CPU
   * first), or for one CPU's entries only. Nothing is consumed.
   */
  forEach(fn: (record: TraceRecord, cpu: number) => void, cpu?: number): void {
    const lists: TraceRecord[][] = [];
    const ids: number[] = [];
    for (let i = 0; i < this.cpus.length; i++) {
      if (cpu !== undefined && i !== cpu) continue;
      if (this.cpus[i].entries === 0) continue;
      lists.push(unread(this.cpus[i]));
      ids.push(i);
    }
    if (lists.length === 1) {
      const only = lists[0];
      const id = ids[0];
      for (let i = 0; i < only.length; i++) fn(only[i], id);
      return;
    }
    const at = lists.map(() => 0);
    for (;;) {
      let best = -1;
      let bestTs = 0;
      for (let k = 0; k < lists.length; k++) {
        if (at[k] >= lists[k].length) continue;
        const ts = lists[k][at[k]].ts;
        if (best < 0 || ts < bestTs) {
          best = k;
          bestTs = ts;
        }
      }
      if (best < 0) return;
      fn(lists[best][at[best]++], ids[best]);
    }
  }

  /** The oldest unread entry (across CPUs, or on one), without consuming it. */
  peek(cpu?: number): CpuRecord | null {
    const id = this.oldestCpu(cpu);
    if (id < 0) return null;
    const c = this.cpus[id];
    const page = c.pages[c.head];
    return { cpu: id, record: page.records[page.read] };
  }

  /** Removes and returns the oldest unread entry (across CPUs, or on one); it counts as read. */
  consume(cpu?: number): CpuRecord | null {
    const id = this.oldestCpu(cpu);
    if (id < 0) return null;
    const c = this.cpus[id];
    const page = c.pages[c.head];
    const record = page.records[page.read];
    c.bytes -= page.sizes[page.read];
    page.read++;
    c.entries--;
    c.read++;
    if (page.read === page.records.length) {
      clearPage(page);
      if (c.head !== c.tail) c.head = (c.head + 1) % c.pages.length;
    }
    return { cpu: id, record };
  }

  /** Empties every CPU buffer (or one) and zeroes its counters. */
  reset(cpu?: number): void {
    for (let i = 0; i < this.cpus.length; i++) {
      if (cpu !== undefined && i !== cpu) continue;
      const c = this.cpus[i];
      for (const page of c.pages) clearPage(page);
      c.head = c.tail = 0;
      c.entries = c.overrun = c.read = c.dropped = c.bytes = 0;
    }
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

  private sum(cpu: number | undefined, get: (c: CpuBuffer) => number): number {
    if (cpu !== undefined) return this.cpus[cpu] ? get(this.cpus[cpu]) : 0;
    let total = 0;
    for (const c of this.cpus) total += get(c);
    return total;
  }

  /** The CPU whose oldest unread entry is oldest (ties: lower CPU), or -1 when nothing is held. */
  private oldestCpu(cpu?: number): number {
    let best = -1;
    let bestTs = 0;
    for (let i = 0; i < this.cpus.length; i++) {
      if (cpu !== undefined && i !== cpu) continue;
      const c = this.cpus[i];
      if (c.entries === 0) continue;
      const page = c.pages[c.head];
      const ts = page.records[page.read].ts;
      if (best < 0 || ts < bestTs) {
        best = i;
        bestTs = ts;
      }
    }
    return best;
  }
}

/** One CPU's unread records, oldest first. */
function unread(c: CpuBuffer): TraceRecord[] {
  const out: TraceRecord[] = [];
  const n = pagesInUse(c);
  for (let i = 0; i < n; i++) {
    const page = c.pages[(c.head + i) % c.pages.length];
    const records = page.records;
    for (let k = page.read; k < records.length; k++) out.push(records[k]);
  }
  return out;
}

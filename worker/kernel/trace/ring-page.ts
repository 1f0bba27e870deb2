// Models the data pages of kernel/trace/ring_buffer.c (struct buffer_data_page) and one CPU's ring of
// them (struct ring_buffer_per_cpu): the §e.1 accounting of each page, and the bytes of its entries.
// Simplified from the kernel: an entry's header is one 32-bit word holding its length and its accounted
// size, and timestamps are kept whole beside the entries instead of as deltas. Physically a page holds
// at most what its accounting allows, so 4080 bytes of entries always fit. A page's memory is allocated
// on its first entry and then reused in place.

/** Data bytes of one ring-buffer page (PAGE_SIZE minus the page header). */
export const BUF_PAGE_SIZE = 4080;
/** Largest entry whose length fits in the event header's type_len (28 * 4). */
export const RB_MAX_SMALL_DATA = 112;
/** Largest delta the event header holds; a longer gap costs a time-extend record. */
export const TS_DELTA_MAX = 2 ** 27 - 1;
/** Size of a time-extend record. */
export const RB_LEN_TIME_EXTEND = 8;
/** Every entry starts with struct trace_entry: u16 type, u8 flags, u8 preempt_count, s32 pid. */
export const TRACE_ENTRY_SIZE = 8;
/** Bytes of the header word in front of each entry's data. */
export const RB_EVNT_HDR_SIZE = 4;

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

/** Most entries one page can account for: all of the smallest size. */
const MAX_PAGE_ENTRIES = Math.floor(BUF_PAGE_SIZE / entrySize(TRACE_ENTRY_SIZE));
const NO_BYTES = new Uint8Array(0);
const NO_WORDS = new Uint32Array(0);
const NO_STAMPS = new Float64Array(0);

/**
 * One page. Entry n starts at a 4-aligned offset with a header word (low 16 bits: the length of its
 * data, high 16 bits: its accounted size, time extend included), then its data padded with zeros to a
 * multiple of 4; its timestamp is `stamps[n]`.
 */
export interface RingPage {
  data: Uint8Array;
  /** The same memory as `data`, a word at a time. */
  words: Uint32Array;
  stamps: Float64Array;
  /** Accounted bytes (§e.1) of every entry written to the page, consumed ones included. */
  used: number;
  /** Offset just past the last entry. */
  end: number;
  count: number;
  /** Entries consumed from the front (only the oldest page is ever partly read): count, offset, bytes. */
  readCount: number;
  readOffset: number;
  readBytes: number;
}

/** One CPU's ring: pages head..tail (circularly) are in use, the others are empty. */
export interface CpuBuffer {
  pages: RingPage[];
  /** Oldest page holding unread entries (or the write page when empty). */
  head: number;
  /** The page being written. */
  tail: number;
  entries: number;
  overrun: number;
  read: number;
  dropped: number;
  /** Accounted bytes of the unread entries. */
  bytes: number;
}

export function newPage(): RingPage {
  return {
    data: NO_BYTES,
    words: NO_WORDS,
    stamps: NO_STAMPS,
    used: 0,
    end: 0,
    count: 0,
    readCount: 0,
    readOffset: 0,
    readBytes: 0,
  };
}

/** Gives a page its memory before its first entry: the data bytes, then room for its timestamps. */
export function allocPage(page: RingPage): void {
  const memory = new ArrayBuffer(BUF_PAGE_SIZE + MAX_PAGE_ENTRIES * 8);
  page.data = new Uint8Array(memory, 0, BUF_PAGE_SIZE);
  page.words = new Uint32Array(memory, 0, BUF_PAGE_SIZE / 4);
  page.stamps = new Float64Array(memory, BUF_PAGE_SIZE, MAX_PAGE_ENTRIES);
}

/** Empties a page for reuse; its memory stays. */
export function clearPage(page: RingPage): void {
  page.used = page.end = page.count = 0;
  page.readCount = page.readOffset = page.readBytes = 0;
}

/** Offset of the entry after the one whose header word is at `at`. */
export function nextEntry(page: RingPage, at: number): number {
  return at + RB_EVNT_HDR_SIZE + (((page.words[at >> 2] & 0xffff) + 3) & ~3);
}

export function newCpuBuffer(pages: number): CpuBuffer {
  const list: RingPage[] = [];
  for (let i = 0; i < pages; i++) list.push(newPage());
  return { pages: list, head: 0, tail: 0, entries: 0, overrun: 0, read: 0, dropped: 0, bytes: 0 };
}

/** Number of pages from head to tail inclusive. */
export function pagesInUse(c: CpuBuffer): number {
  const n = c.pages.length;
  return ((c.tail - c.head + n) % n) + 1;
}

/** Drops the oldest page (head != tail); its unread entries count as overrun. */
export function discardHead(c: CpuBuffer): void {
  const page = c.pages[c.head];
  const lost = page.count - page.readCount;
  c.overrun += lost;
  c.entries -= lost;
  c.bytes -= page.used - page.readBytes;
  clearPage(page);
  c.head = c.head + 1 === c.pages.length ? 0 : c.head + 1;
}

/** Lays the in-use pages out oldest first, keeping at most `pages` of them, then pads with empty pages. */
export function resizeCpu(c: CpuBuffer, pages: number): void {
  while (pagesInUse(c) > pages) discardHead(c);
  const used = pagesInUse(c);
  const order: RingPage[] = [];
  for (let i = 0; i < c.pages.length; i++) order.push(c.pages[(c.head + i) % c.pages.length]);
  order.length = Math.min(order.length, pages);
  while (order.length < pages) order.push(newPage());
  c.pages = order;
  c.head = 0;
  c.tail = used - 1;
}

/** Empties every page and zeroes the counters. */
export function resetCpu(c: CpuBuffer): void {
  for (const page of c.pages) clearPage(page);
  c.head = c.tail = 0;
  c.entries = c.overrun = c.read = c.dropped = c.bytes = 0;
}

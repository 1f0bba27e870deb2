// Models the text side of kernel/trace/trace.c (s_show, trace_default_header, print_event_info) and
// trace_output.c (trace_print_context, trace_print_hex_dump_seq, trace_print_print): the bytes of `trace`
// and `trace_pipe`, printed straight from the entries in the ring buffer's pages into a TraceSeq.
// Simplified: the nop tracer only, no latency format, no record-tgid column; a user event's hex-dump
// padding prints as 00 where the kernel shows stale ring-buffer bytes (§e.5).

import { decodeUtf8, encodeUtf8 } from '../lib/utf8';
import { entryPid, entryType, type EntryRef, type RingBuffer } from './ring-buffer';
import { TRACE_ENTRY_SIZE } from './ring-page';
import { TraceSeq } from './trace-seq';
import type { TraceEventCall } from './trace-event';

/** Entry type of trace_marker writes (the kernel's TRACE_PRINT); dynamic event ids start at 20. */
export const TRACE_PRINT = 5;
/**
 * Entry length of a trace_marker write of `textBytes` bytes, for the buffer's accounting: struct
 * print_entry (8-byte header + ip) + text + room for `\n` and NUL, never less than "<faulted>" needs.
 */
export function printEntryLen(textBytes: number): number {
  return 16 + Math.max(textBytes, 9) + 2;
}

/** Capacity of the kernel's per-entry trace_seq (PAGE_SIZE in this era). */
export const TRACE_SEQ_SIZE = 4096;
/** The simulated machine's online CPUs (`#P:`). */
export const NR_CPUS = 2;

export interface TraceOutputOptions {
  /** Option `context-info`: the header's column legend and each entry's context prefix. */
  contextInfo: boolean;
  /** Option `irq-info`: the FLAGS column. */
  irqInfo: boolean;
}

/** Looks up the comm shown for a pid (`<idle>`, `<...>` are the caller's business). */
export type CommLookup = (pid: number) => string;

const HEADER_IRQ =
  '#                                _-----=> irqs-off/BH-disabled\n' +
  '#                               / _----=> need-resched\n' +
  '#                              | / _---=> hardirq/softirq\n' +
  '#                              || / _--=> preempt-depth\n' +
  '#                              ||| / _-=> migrate-disable\n' +
  '#                              |||| /     delay\n' +
  '#           TASK-PID     CPU#  |||||  TIMESTAMP  FUNCTION\n' +
  '#              | |         |   |||||     |         |\n';

const HEADER_NO_IRQ =
  '#           TASK-PID     CPU#     TIMESTAMP  FUNCTION\n' +
  '#              | |         |         |         |\n';

const LINE_TOO_BIG = encodeUtf8('\n[LINE TOO BIG]\n');
const UNKNOWN_TYPE = encodeUtf8('Unknown type ');
const MARK_WRITE = encodeUtf8('tracing_mark_write: ');
const FLAGS = encodeUtf8('..... ');
const FULL_ROW_BYTES = 76;
const ASCII_COLUMN = 49;
const NEWLINE = 0x0a;

/** Two lowercase hex digits per byte value. */
const HEX_HI = new Uint8Array(256);
const HEX_LO = new Uint8Array(256);
/** The ASCII column's byte per byte value: the byte if printable, else '.'. */
const PRINTABLE = new Uint8Array(256);
for (let b = 0; b < 256; b++) {
  HEX_HI[b] = '0123456789abcdef'.charCodeAt(b >> 4);
  HEX_LO[b] = '0123456789abcdef'.charCodeAt(b & 15);
  PRINTABLE[b] = b >= 0x20 && b <= 0x7e ? b : 0x2e;
}

/**
 * The `trace` header (§e.3). With `context-info` off only the first two lines; with `irq-info` off the
 * kernel's print_func_help_header legend without the FLAGS columns.
 */
export function traceHeader(
  entries: number,
  written: number,
  opts: { contextInfo: boolean; irqInfo?: boolean; cpus?: number },
): string {
  const head = '# tracer: nop\n#\n';
  if (!opts.contextInfo) return head;
  const info = `# entries-in-buffer/entries-written: ${entries}/${written}   #P:${opts.cpus ?? NR_CPUS}\n#\n`;
  return head + info + (opts.irqInfo === false ? HEADER_NO_IRQ : HEADER_IRQ);
}

/** `%16s-%-7d [%03d] ` of trace_print_context; a comm longer than 16 is printed whole, as printf does. */
function contextHead(comm: string, pid: number, cpu: number): Uint8Array {
  const cpuText = cpu < 10 ? `00${cpu}` : cpu < 100 ? `0${cpu}` : `${cpu}`;
  return encodeUtf8(`${comm.padStart(16)}-${String(pid).padEnd(7)} [${cpuText}] `);
}

/** Prints `FLAGS %5lu.%06lu: `: seconds at least 5 wide, microseconds truncated (§e.4); returns its length. */
function writeTime(seq: TraceSeq, ts: number, irqInfo: boolean): number {
  if (!(ts > 0)) ts = 0;
  const secs = Math.floor(ts / 1e9);
  const usecs = Math.floor((ts - secs * 1e9) / 1000);
  const start = seq.len;
  if (irqInfo) seq.bytes(FLAGS);
  seq.decimal(secs, 5, 0x20);
  seq.byte(0x2e);
  seq.decimal(usecs, 6, 0x30);
  seq.byte(0x3a);
  seq.byte(0x20);
  return seq.len - start;
}

/**
 * The context prefix of one entry (§e.4), e.g. `     uevent-demo-1200    [000] .....   105.000100: `.
 * Empty with `context-info` off; without FLAGS and the space before it with `irq-info` off.
 */
export function contextPrefix(
  comm: string,
  pid: number,
  cpu: number,
  ts: number,
  opts: TraceOutputOptions,
): string {
  if (!opts.contextInfo) return '';
  const seq = new TraceSeq();
  seq.bytes(contextHead(comm, pid, cpu));
  writeTime(seq, ts, opts.irqInfo);
  return decodeUtf8(seq.take());
}

/** Bytes of the rows writeRows() prints for `length` bytes. */
function hexDumpBytes(length: number): number {
  const rest = length % 16;
  return Math.floor(length / 16) * FULL_ROW_BYTES + (rest ? 60 + rest : 0);
}

/** Prints rows of `%.8x: ` + hex bytes padded to 49 columns + ASCII + `\n` for `data[at .. at + length)`. */
function writeRows(seq: TraceSeq, data: Uint8Array, at: number, length: number): void {
  seq.reserve(hexDumpBytes(length));
  const out = seq.buf;
  let pos = seq.len;
  for (let row = 0; row < length; row += 16) {
    for (let shift = 28; shift >= 0; shift -= 4) out[pos++] = HEX_LO[(row >>> shift) & 15];
    out[pos++] = 0x3a;
    out[pos++] = 0x20;
    const start = pos;
    const from = at + row;
    const to = from + Math.min(16, length - row);
    for (let i = from; i < to; i++) {
      const b = data[i];
      out[pos] = HEX_HI[b];
      out[pos + 1] = HEX_LO[b];
      out[pos + 2] = 0x20;
      pos += 3;
    }
    pos--;
    while (pos < start + ASCII_COLUMN) out[pos++] = 0x20;
    for (let i = from; i < to; i++) out[pos++] = PRINTABLE[data[i]];
    out[pos++] = NEWLINE;
  }
  seq.len = pos;
}

/** The hex-dump rows for the first `length` bytes of `bytes`; bytes past its end print as 00. */
export function hexDump(bytes: Uint8Array, length: number): string {
  const padded = new Uint8Array(length);
  padded.set(bytes.subarray(0, length));
  const seq = new TraceSeq(hexDumpBytes(length));
  writeRows(seq, padded, 0, length);
  return decodeUtf8(seq.take());
}

/** What one reading of the buffer prints with: options, lookups, and the context heads made so far. */
export interface TraceRenderer {
  readonly commOf: CommLookup;
  readonly opts: TraceOutputOptions;
  /** The event of a type id, or undefined once it no longer exists. */
  readonly eventOf: (type: number) => TraceEventCall | undefined;
  /** `%16s-%-7d [%03d] ` per pid and CPU, in UTF-8. */
  readonly heads: Map<number, Uint8Array>;
  lastType: number;
  lastCall: TraceEventCall | undefined;
}

export function newRenderer(
  commOf: CommLookup,
  opts: TraceOutputOptions,
  eventOf: (type: number) => TraceEventCall | undefined,
): TraceRenderer {
  return { commOf, opts, eventOf, heads: new Map(), lastType: -1, lastCall: undefined };
}

function headOf(r: TraceRenderer, pid: number, cpu: number): Uint8Array {
  const key = pid * 256 + cpu;
  let head = r.heads.get(key);
  if (head === undefined) {
    head = contextHead(r.commOf(pid), pid, cpu);
    r.heads.set(key, head);
  }
  return head;
}

/** A marker's `tracing_mark_write: TEXT\n`: the text cut at a NUL as `%s` does, `\n` added if missing. */
function writeMarker(seq: TraceSeq, ref: EntryRef): void {
  const data = ref.data;
  const start = ref.offset + TRACE_ENTRY_SIZE;
  let end = ref.offset + ref.length;
  let newline = end === start || data[end - 1] !== NEWLINE;
  let ascii = true;
  for (let i = start; i < end; i++) {
    if (data[i] === 0) {
      end = i;
      newline = false;
      break;
    }
    if (data[i] >= 0x80) ascii = false;
  }
  seq.bytes(MARK_WRITE);
  // NOTE: the text is kept as written; what is not valid UTF-8 prints as U+FFFD, as when it was decoded.
  if (ascii) seq.bytes(data, start, end);
  else seq.bytes(encodeUtf8(decodeUtf8(data, start, end)));
  if (newline) seq.byte(NEWLINE);
}

/**
 * Prints one entry (§e.4–e.7): the context, then a user event's hex dump of ALIGN4(entry) bytes framed
 * by `\n` and a NUL (Q2), or `\n[LINE TOO BIG]\n` (no NUL) when context + dump + NUL would not fit the
 * 4096-byte trace_seq; a marker's `tracing_mark_write: TEXT`; `Unknown type ID\n` for an event that no
 * longer exists.
 */
export function renderEntry(r: TraceRenderer, seq: TraceSeq, ref: EntryRef): void {
  let contextBytes = 0;
  if (r.opts.contextInfo) {
    const head = headOf(r, entryPid(ref), ref.cpu);
    seq.bytes(head);
    contextBytes = head.length + writeTime(seq, ref.ts, r.opts.irqInfo);
  }
  const type = entryType(ref);
  if (type === TRACE_PRINT) {
    writeMarker(seq, ref);
    return;
  }
  if (type !== r.lastType) {
    r.lastType = type;
    r.lastCall = r.eventOf(type);
  }
  const call = r.lastCall;
  if (!call) {
    seq.bytes(UNKNOWN_TYPE);
    seq.decimal(type, 0, 0);
    seq.byte(NEWLINE);
    return;
  }
  if (call.ops.print) {
    call.ops.print(seq, call, ref.data, ref.offset, ref.length, contextBytes);
    return;
  }
  const length = (ref.length + 3) & ~3;
  if (contextBytes + hexDumpBytes(length) + 2 > TRACE_SEQ_SIZE) {
    seq.bytes(LINE_TOO_BIG);
    return;
  }
  seq.byte(NEWLINE);
  writeRows(seq, ref.data, ref.offset, length);
  seq.byte(0);
}

/**
 * The whole of `trace`: the header, then every held entry oldest first (merged across CPUs, or one CPU's
 * for `per_cpu/cpuN/trace`). Nothing is consumed. The header counts every CPU even for one CPU's file,
 * as print_event_info does.
 */
export function renderTrace(
  buffer: RingBuffer,
  commOf: CommLookup,
  opts: TraceOutputOptions,
  eventOf: (type: number) => TraceEventCall | undefined,
  cpu?: number,
): Uint8Array {
  const header = traceHeader(buffer.entries(), buffer.written(), { ...opts, cpus: buffer.cpuCount });
  // NOTE: a hex dump prints under 5 bytes per accounted byte, and a context is rarely over 64 bytes.
  const seq = new TraceSeq(header.length + buffer.entries(cpu) * 64 + buffer.bytes(cpu) * 5);
  seq.text(header);
  const r = newRenderer(commOf, opts, eventOf);
  const it = buffer.iter(cpu);
  while (it.next()) renderEntry(r, seq, it);
  return seq.take();
}

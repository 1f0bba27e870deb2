// Models the text side of kernel/trace/trace.c (s_show, trace_default_header, print_event_info) and
// trace_output.c (trace_print_context, trace_print_hex_dump_seq, trace_print_print): the bytes of `trace`
// and `trace_pipe`. Simplified: the nop tracer only, no latency format, no record-tgid column; a user
// event's hex-dump padding prints as 00 where the kernel shows stale ring-buffer bytes (§e.5).

import type { RingBuffer, TraceRecord } from './ring-buffer';

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

const LINE_TOO_BIG = '[LINE TOO BIG]\n';
const FULL_ROW_CHARS = 76;
const ASCII_COLUMN = 49;

/** Two lowercase hex digits per byte value, as char codes. */
const HEX_HI = new Uint16Array(256);
const HEX_LO = new Uint16Array(256);
/** The ASCII column's character per byte value: the byte if printable, else '.'. */
const PRINTABLE = new Uint16Array(256);
for (let b = 0; b < 256; b++) {
  HEX_HI[b] = '0123456789abcdef'.charCodeAt(b >> 4);
  HEX_LO[b] = '0123456789abcdef'.charCodeAt(b & 15);
  PRINTABLE[b] = b >= 0x20 && b <= 0x7e ? b : 0x2e;
}

/**
 * Collects output as UTF-16 char codes and turns them into strings of at most 8 Ki characters, so no hot
 * loop concatenates strings. One shared instance: rendering is synchronous and not re-entrant.
 */
class CharSink {
  buf: number[] = new Array<number>(1 << 16).fill(0);
  pos = 0;
  parts: string[] = [];

  reserve(n: number): void {
    if (this.pos + n <= this.buf.length) return;
    this.flush();
    if (n > this.buf.length) this.buf = new Array<number>(n).fill(0);
  }

  flush(): void {
    for (let i = 0; i < this.pos; i += 8192) {
      this.parts.push(String.fromCharCode.apply(null, this.buf.slice(i, Math.min(this.pos, i + 8192))));
    }
    this.pos = 0;
  }

  text(s: string): void {
    this.reserve(s.length);
    for (let i = 0; i < s.length; i++) this.buf[this.pos++] = s.charCodeAt(i);
  }

  /** `n` in decimal, right-aligned in `width` with `pad` (a char code). */
  number(n: number, width: number, pad: number): void {
    let digits = 1;
    for (let m = n; m >= 10; m = Math.floor(m / 10)) digits++;
    this.reserve(Math.max(width, digits));
    for (let i = digits; i < width; i++) this.buf[this.pos++] = pad;
    const end = this.pos + digits;
    for (let i = end - 1; i >= this.pos; i--) {
      this.buf[i] = 0x30 + (n % 10);
      n = Math.floor(n / 10);
    }
    this.pos = end;
  }

  /** Drops anything a failed render left behind. */
  begin(): void {
    this.pos = 0;
    this.parts = [];
  }

  /** Everything collected since begin(), as one string. */
  take(): string {
    this.flush();
    const out = this.parts.length === 1 ? this.parts[0] : this.parts.join('');
    this.parts = [];
    return out;
  }
}

const sink = new CharSink();

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
function contextHead(comm: string, pid: number, cpu: number): string {
  const cpuText = cpu < 10 ? `00${cpu}` : cpu < 100 ? `0${cpu}` : `${cpu}`;
  return `${comm.padStart(16)}-${String(pid).padEnd(7)} [${cpuText}] `;
}

/** Writes `FLAGS %5lu.%06lu: `: seconds at least 5 wide, microseconds truncated (§e.4); returns its length. */
function writeTime(ts: number, irqInfo: boolean): number {
  if (!(ts > 0)) ts = 0;
  const secs = Math.floor(ts / 1e9);
  const usecs = Math.floor((ts - secs * 1e9) / 1000);
  if (irqInfo) sink.text('..... ');
  const start = sink.pos;
  sink.number(secs, 5, 0x20);
  const secsWidth = sink.pos - start;
  sink.text('.');
  sink.number(usecs, 6, 0x30);
  sink.text(': ');
  return (irqInfo ? 6 : 0) + secsWidth + 9;
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
  sink.begin();
  sink.text(contextHead(comm, pid, cpu));
  writeTime(ts, opts.irqInfo);
  return sink.take();
}

/** Characters of the rows writeRows() produces for `length` bytes. */
function hexDumpChars(length: number): number {
  const rest = length % 16;
  return Math.floor(length / 16) * FULL_ROW_CHARS + (rest ? 60 + rest : 0);
}

/** Writes rows of `%.8x: ` + hex bytes padded to 49 columns + ASCII + `\n`, 16 bytes a row (§e.5). */
function writeRows(bytes: Uint8Array, length: number): void {
  sink.reserve(hexDumpChars(length));
  const out = sink.buf;
  let pos = sink.pos;
  for (let row = 0; row < length; row += 16) {
    for (let shift = 28; shift >= 0; shift -= 4) out[pos++] = HEX_LO[(row >>> shift) & 15];
    out[pos++] = 0x3a;
    out[pos++] = 0x20;
    const start = pos;
    const n = Math.min(16, length - row);
    for (let i = 0; i < n; i++) {
      const b = row + i < bytes.length ? bytes[row + i] : 0;
      out[pos++] = HEX_HI[b];
      out[pos++] = HEX_LO[b];
      out[pos++] = 0x20;
    }
    pos--;
    while (pos < start + ASCII_COLUMN) out[pos++] = 0x20;
    for (let i = 0; i < n; i++) out[pos++] = PRINTABLE[row + i < bytes.length ? bytes[row + i] : 0];
    out[pos++] = 0x0a;
  }
  sink.pos = pos;
}

/** The hex-dump rows for the first `length` bytes of `bytes`; bytes past its end print as 00. */
export function hexDump(bytes: Uint8Array, length: number): string {
  sink.begin();
  writeRows(bytes, length);
  return sink.take();
}

/** Bytes of `text` in UTF-8. */
function utf8Length(text: string): number {
  let n = text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x80) n += c < 0x800 || (c >= 0xd800 && c <= 0xdfff) ? 1 : 2;
  }
  return n;
}

/**
 * Writes one entry: the context (`head` + time; none when `head` is null), then a user event's hex dump
 * of ALIGN4(entry) bytes framed by `\n` and a NUL (Q2), or `\n[LINE TOO BIG]\n` (no NUL) when context +
 * dump + NUL would not fit the 4096-byte trace_seq; a marker's `tracing_mark_write: TEXT\n`, cut at a
 * NUL as `%s` does; `Unknown type ID\n` for an event that no longer exists (§e.5–e.7).
 */
function writeEntry(
  head: string | null,
  headBytes: number,
  record: TraceRecord,
  irqInfo: boolean,
  isKnownEvent: (type: number) => boolean,
): void {
  let contextBytes = 0;
  if (head !== null) {
    sink.text(head);
    contextBytes = headBytes + writeTime(record.ts, irqInfo);
  }
  if (record.type === TRACE_PRINT) {
    const text = record.text ?? '';
    const line = text.endsWith('\n') ? text : text + '\n';
    const nul = line.indexOf('\0');
    sink.text('tracing_mark_write: ');
    sink.text(nul < 0 ? line : line.slice(0, nul));
  } else if (!isKnownEvent(record.type)) {
    sink.text(`Unknown type ${record.type}\n`);
  } else {
    const data = record.data ?? EMPTY;
    const length = (data.length + 3) & ~3;
    if (contextBytes + hexDumpChars(length) + 2 > TRACE_SEQ_SIZE) {
      sink.text(`\n${LINE_TOO_BIG}`);
      return;
    }
    sink.text('\n');
    writeRows(data, length);
    sink.text('\0');
  }
}

const EMPTY = new Uint8Array(0);

/** One entry as `trace` and `trace_pipe` print it (§e.4–e.7). */
export function renderRecord(
  record: TraceRecord,
  cpu: number,
  commOf: CommLookup,
  opts: TraceOutputOptions,
  isKnownEvent: (type: number) => boolean,
): string {
  const head = opts.contextInfo ? contextHead(commOf(record.pid), record.pid, cpu) : null;
  sink.begin();
  writeEntry(head, head === null ? 0 : utf8Length(head), record, opts.irqInfo, isKnownEvent);
  return sink.take();
}

/**
 * The whole of `trace`: the header, then every held entry oldest first (merged across CPUs, or one CPU's
 * for `per_cpu/cpuN/trace`), as chunks of at most 8 Ki characters to join or serve by offset. Nothing
 * is consumed. The header counts every CPU even for one CPU's file, as print_event_info does.
 */
export function renderTrace(
  buffer: RingBuffer,
  commOf: CommLookup,
  opts: TraceOutputOptions,
  isKnownEvent: (type: number) => boolean,
  cpu?: number,
): string[] {
  const header = traceHeader(buffer.entries(), buffer.written(), { ...opts, cpus: buffer.cpuCount });
  const heads = new Map<number, string>();
  const headBytes = new Map<number, number>();
  sink.begin();
  buffer.forEach((record, id) => {
    if (!opts.contextInfo) return writeEntry(null, 0, record, opts.irqInfo, isKnownEvent);
    const key = record.pid * 256 + id;
    let head = heads.get(key);
    if (head === undefined) {
      head = contextHead(commOf(record.pid), record.pid, id);
      heads.set(key, head);
      headBytes.set(key, utf8Length(head));
    }
    writeEntry(head, headBytes.get(key) ?? 0, record, opts.irqInfo, isKnownEvent);
  }, cpu);
  sink.flush();
  const chunks = [header, ...sink.parts];
  sink.parts = [];
  return chunks;
}

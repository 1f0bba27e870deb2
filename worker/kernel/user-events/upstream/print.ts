// Models how Linux 6.12 prints a user event in `trace` and `trace_pipe`: print_event_fields() and
// print_fields() of kernel/trace/trace_output.c, `NAME: FIELD=VALUE ...`, each value by the field's
// filter type (filter_assign_type) and size. Each printf either fits the 8 KiB trace_seq whole or
// marks it full, after which nothing more is printed and the line ends `[LINE TOO BIG]` (s_show)
// if that still fits.
// Written straight into the output (a hot path: `cat trace` of 10^5 entries), with the constant
// pieces of each event encoded once.

import { encodeUtf8 } from '../../lib/utf8';
import type { TraceSeq } from '../../trace/trace-seq';
import type { UserEventField } from '../fields';

/** TRACE_SEQ_BUFFER_SIZE of 6.12: 8192 bytes less the struct's other members. */
export const TRACE_SEQ_BUFFER_SIZE = 8192 - 36;

const LINE_TOO_BIG = encodeUtf8('[LINE TOO BIG]\n');
const NO_FIELDS = encodeUtf8('No fields found\n');
const OVERFLOW = encodeUtf8('<OVERFLOW>');
const INVALID_SIZE = encodeUtf8('<INVALID-SIZE>');
const HEX = encodeUtf8('0123456789abcdef');

type FilterType = 'static-string' | 'dyn-string' | 'rdyn-string' | 'array' | 'rel-array' | 'number';

/** One field, ready to print: ` NAME=` encoded, and how its value prints. */
interface PrintField {
  readonly field: UserEventField;
  readonly label: Uint8Array;
  readonly kind: FilterType;
}

/** filter_assign_type(), and print_fields()'s split of FILTER_OTHER by size and location type. */
function kindOf(f: UserEventField): FilterType {
  const type = f.type;
  if (type.includes('__data_loc') && type.includes('char')) return 'dyn-string';
  if (type.includes('__rel_loc') && type.includes('char')) return 'rdyn-string';
  if (type.includes('[') && type.includes('char')) return 'static-string';
  if (f.size === 4 && type.includes('__data_loc')) return 'array';
  if (f.size === 4 && type.includes('__rel_loc')) return 'rel-array';
  return 'number';
}

const prepared = new WeakMap<readonly UserEventField[], PrintField[]>();

function prepare(fields: readonly UserEventField[]): PrintField[] {
  let p = prepared.get(fields);
  if (!p) {
    p = fields.map((field) => ({ field, label: encodeUtf8(` ${field.name}=`), kind: kindOf(field) }));
    prepared.set(fields, p);
  }
  return p;
}

/** The line being printed: what fits of each printf, then nothing once one did not. */
class Line {
  full = false;
  private readonly start: number;

  constructor(
    readonly seq: TraceSeq,
    private readonly context: number,
  ) {
    this.start = seq.len;
  }

  /**
   * Whether `n` more bytes fit; if not, the line is full from now on. A printf needs room for its
   * NUL too (seq_buf_vprintf); puts and putc do not (trace_seq_puts, trace_seq_putc).
   */
  fits(n: number, printf = true): boolean {
    if (this.full) return false;
    const room = TRACE_SEQ_BUFFER_SIZE - (this.context + this.seq.len - this.start);
    if (printf ? n >= room : n > room) this.full = true;
    return !this.full;
  }

  /** One printf of these bytes. */
  bytes(b: Uint8Array, from = 0, to = b.length): void {
    if (this.fits(to - from)) this.seq.bytes(b, from, to);
  }

  /** One trace_seq_puts (or putc) of these bytes. */
  puts(b: Uint8Array): void {
    if (this.fits(b.length, false)) this.seq.bytes(b);
  }

  /** One printf of ASCII text. */
  text(s: string): void {
    if (!this.fits(s.length)) return;
    for (let i = 0; i < s.length; i++) this.seq.byte(s.charCodeAt(i));
  }
}

/** The kernel's isprint(): ASCII graphic and space, and Latin-1 from 0xa0. */
function isPrint(b: number): boolean {
  return (b >= 0x20 && b <= 0x7e) || b >= 0xa0;
}

function u32(d: Uint8Array, at: number): number {
  return (d[at] | (d[at + 1] << 8) | (d[at + 2] << 16) | (d[at + 3] << 24)) >>> 0;
}

/** `%.*s`: at most `max` bytes from `at`, up to the first NUL. */
function cString(line: Line, d: Uint8Array, at: number, max: number): void {
  let end = at;
  while (end < at + max && d[end] !== 0) end++;
  line.bytes(d, at, end);
}

/** print_array(): `len` bytes as `%02x`, each its own printf, joined by ','. */
function printArray(
  line: Line,
  d: Uint8Array,
  base: number,
  entSize: number,
  f: UserEventField,
  rel: boolean,
): void {
  const loc = u32(d, base + f.offset);
  const len = loc >>> 16;
  const offset = (loc & 0xffff) + (rel ? f.offset + 4 : 0);
  if (offset + len > entSize) return line.puts(OVERFLOW);
  for (let i = 0; i < len; i++) {
    if (i && line.fits(1, false)) line.seq.byte(0x2c);
    const b = d[base + offset + i];
    if (line.fits(2)) {
      line.seq.byte(HEX[b >> 4]);
      line.seq.byte(HEX[b & 15]);
    }
  }
}

function printNumber(line: Line, d: Uint8Array, at: number, size: number): void {
  switch (size) {
    case 1: {
      const b = d[at];
      if (isPrint(b) && line.fits(3)) {
        line.seq.byte(0x27);
        line.seq.byte(b);
        line.seq.byte(0x27);
      }
      return line.text(`(${b})`);
    }
    case 2: {
      const v = d[at] | (d[at + 1] << 8);
      return line.text(`0x${v.toString(16)} (${v})`);
    }
    case 4: {
      const v = u32(d, at);
      return line.text(`0x${v.toString(16)} (${v | 0})`);
    }
    case 8: {
      const v = BigInt(u32(d, at)) | (BigInt(u32(d, at + 4)) << 32n);
      return line.text(`0x${v.toString(16)} (${BigInt.asIntN(64, v)})`);
    }
    default:
      line.puts(INVALID_SIZE);
  }
}

function printValue(line: Line, d: Uint8Array, base: number, entSize: number, p: PrintField): void {
  const f = p.field;
  if (f.offset + f.size > entSize) return line.puts(OVERFLOW);
  switch (p.kind) {
    case 'static-string':
      return cString(line, d, base + f.offset, f.size);
    case 'dyn-string':
    case 'rdyn-string': {
      const loc = u32(d, base + f.offset);
      const len = loc >>> 16;
      const offset = (loc & 0xffff) + (p.kind === 'rdyn-string' ? f.offset + 4 : 0);
      if (offset + len > entSize) return line.puts(OVERFLOW);
      return cString(line, d, base + offset, len);
    }
    case 'array':
    case 'rel-array':
      return printArray(line, d, base, entSize, f, p.kind === 'rel-array');
    case 'number':
      return printNumber(line, d, base + f.offset, f.size);
  }
}

/**
 * Prints the text after the context of one entry at `data[offset ..)`, `length` bytes (common
 * header included), into `seq`; `contextBytes` is what the line already holds. `name` is the
 * event's name, encoded once by the caller.
 */
export function printUserEvent(
  seq: TraceSeq,
  name: Uint8Array,
  fields: readonly UserEventField[],
  data: Uint8Array,
  offset: number,
  length: number,
  contextBytes: number,
): void {
  const line = new Line(seq, contextBytes);
  const entSize = (length + 3) & ~3;
  if (line.fits(name.length + 1)) {
    seq.bytes(name);
    seq.byte(0x3a);
  }
  if (fields.length === 0) line.puts(NO_FIELDS);
  else {
    for (const p of prepare(fields)) {
      line.bytes(p.label);
      printValue(line, data, offset, entSize, p);
    }
    if (line.fits(1, false)) seq.byte(0x0a);
  }
  // NOTE: s_show clears `full` and puts the marker, which itself needs room: within 15 bytes of the
  // end the line stays cut, with no marker and no newline.
  if (line.full) {
    line.full = false;
    line.puts(LINE_TOO_BIG);
  }
}

// Models how Linux 6.12 prints a user event in `trace` and `trace_pipe`: print_event_fields() and
// print_fields() of kernel/trace/trace_output.c, `NAME: FIELD=VALUE ...`, each value by the field's
// filter type (filter_assign_type) and size. Each printf either fits the 8 KiB trace_seq whole or
// marks it full, after which nothing more is printed and the line ends `[LINE TOO BIG]` (s_show).

import { encodeUtf8 } from '../../lib/utf8';
import type { UserEventField } from '../fields';

/** TRACE_SEQ_BUFFER_SIZE of 6.12: 8192 bytes less the struct's other members. */
export const TRACE_SEQ_BUFFER_SIZE = 8192 - 36;

const LINE_TOO_BIG = '[LINE TOO BIG]\n';

/** A trace_seq with `used` bytes already printed (the context). */
class FieldSeq {
  readonly parts: Uint8Array[] = [];
  full = false;

  constructor(private len: number) {}

  /** One printf: all of it or nothing, and the seq is full. */
  print(bytes: Uint8Array | string): void {
    if (this.full) return;
    const b = typeof bytes === 'string' ? encodeUtf8(bytes) : bytes;
    if (this.len + b.length >= TRACE_SEQ_BUFFER_SIZE) {
      this.full = true;
      return;
    }
    this.parts.push(b);
    this.len += b.length;
  }
}

type FilterType = 'static-string' | 'dyn-string' | 'rdyn-string' | 'other';

/** filter_assign_type(). */
function filterType(type: string): FilterType {
  if (type.includes('__data_loc') && type.includes('char')) return 'dyn-string';
  if (type.includes('__rel_loc') && type.includes('char')) return 'rdyn-string';
  if (type.includes('[') && type.includes('char')) return 'static-string';
  return 'other';
}

/** The kernel's isprint(): ASCII graphic and space, and Latin-1 from 0xa0. */
function isPrint(b: number): boolean {
  return (b >= 0x20 && b <= 0x7e) || b >= 0xa0;
}

/** `%.*s`: at most `max` bytes, up to the first NUL. */
function cBytes(data: Uint8Array, at: number, max: number): Uint8Array {
  let end = at;
  while (end < at + max && data[end] !== 0) end++;
  return data.slice(at, end);
}

function u16(d: Uint8Array, at: number): number {
  return d[at] | (d[at + 1] << 8);
}

function u32(d: Uint8Array, at: number): number {
  return (d[at] | (d[at + 1] << 8) | (d[at + 2] << 16) | (d[at + 3] << 24)) >>> 0;
}

function u64(d: Uint8Array, at: number): bigint {
  return BigInt(u32(d, at)) | (BigInt(u32(d, at + 4)) << 32n);
}

/** print_array(): the bytes a dynamic location at field `f` names, `%02x` joined by ','. */
function printArray(
  s: FieldSeq,
  d: Uint8Array,
  base: number,
  entSize: number,
  f: UserEventField,
  rel: boolean,
): void {
  const loc = u32(d, base + f.offset);
  const len = loc >>> 16;
  const offset = (loc & 0xffff) + (rel ? f.offset + 4 : 0);
  if (offset + len > entSize) {
    s.print('<OVERFLOW>');
    return;
  }
  for (let i = 0; i < len; i++) {
    if (i) s.print(',');
    s.print(d[base + offset + i].toString(16).padStart(2, '0'));
  }
}

function printNumber(s: FieldSeq, d: Uint8Array, base: number, entSize: number, f: UserEventField): void {
  const at = base + f.offset;
  switch (f.size) {
    case 1:
      if (isPrint(d[at])) s.print(new Uint8Array([0x27, d[at], 0x27]));
      s.print(`(${d[at]})`);
      return;
    case 2:
      s.print(`0x${u16(d, at).toString(16)} (${u16(d, at)})`);
      return;
    case 4:
      if (f.type.includes('__data_loc')) return printArray(s, d, base, entSize, f, false);
      if (f.type.includes('__rel_loc')) return printArray(s, d, base, entSize, f, true);
      s.print(`0x${u32(d, at).toString(16)} (${u32(d, at) | 0})`);
      return;
    case 8:
      s.print(`0x${u64(d, at).toString(16)} (${BigInt.asIntN(64, u64(d, at))})`);
      return;
    default:
      s.print('<INVALID-SIZE>');
  }
}

function printField(s: FieldSeq, d: Uint8Array, base: number, entSize: number, f: UserEventField): void {
  s.print(` ${f.name}=`);
  if (f.offset + f.size > entSize) {
    s.print('<OVERFLOW>');
    return;
  }
  const type = filterType(f.type);
  if (type === 'static-string') {
    s.print(cBytes(d, base + f.offset, f.size));
  } else if (type === 'other') {
    printNumber(s, d, base, entSize, f);
  } else {
    const loc = u32(d, base + f.offset);
    const len = loc >>> 16;
    const offset = (loc & 0xffff) + (type === 'rdyn-string' ? f.offset + 4 : 0);
    if (offset + len > entSize) s.print('<OVERFLOW>');
    else s.print(cBytes(d, base + offset, len));
  }
}

/**
 * The text after the context of one entry at `data[offset ..)`, `length` bytes (common header
 * included); `contextBytes` is what the line already holds.
 */
export function printUserEvent(
  name: string,
  fields: readonly UserEventField[],
  data: Uint8Array,
  offset: number,
  length: number,
  contextBytes: number,
): Uint8Array {
  const s = new FieldSeq(contextBytes);
  const entSize = (length + 3) & ~3;
  s.print(`${name}:`);
  if (fields.length === 0) s.print('No fields found\n');
  else {
    for (const f of fields) printField(s, data, offset, entSize, f);
    s.print('\n');
  }
  if (s.full) s.parts.push(encodeUtf8(LINE_TOO_BIG));
  const out = new Uint8Array(s.parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of s.parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

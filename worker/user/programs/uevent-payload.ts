// The payload a user_events writer puts after its write_index (KERNEL-MODEL §c.9), built from
// uevent's VALUE arguments: `u8:`…`u64:` and `s8:`…`s64:` little-endian integers, `char[N]:TEXT`
// NUL-padded to N, `loc:TEXT` / `rel:TEXT` strings behind a `__data_loc` / `__rel_loc` word, and
// `hex:BYTES` raw. The fixed part holds the values in order (a string contributes its 4-byte word);
// the strings' bytes, each with its NUL, follow it. Offsets of `__data_loc` count from the start of
// the entry (8-byte common header included); those of `__rel_loc` from the byte after the field.

import { encodeText } from '../bytes';
import { strtoInteger, wholeInteger } from './c-number';

/** The largest fixed part, and the largest string area, a payload may have (uevent.c PAYLOAD_MAX). */
export const PAYLOAD_MAX = 65536;
/** At most this many VALUE arguments (uevent.c MAXVALS). */
export const MAX_VALUES = 256;
/** Size of the common header in front of the payload in a trace entry. */
const COMMON_HEADER = 8;

/** The iovecs that follow the 4-byte index: the fixed part, then the strings (each only if not empty). */
export interface Payload {
  readonly fixed: Uint8Array;
  readonly strings: Uint8Array;
}

/** Why a VALUE cannot be written: the message uevent prints (after `uevent: `). */
export interface ValueError {
  readonly error: string;
}

interface PendingLoc {
  /** Offset of the 4-byte word in the fixed part. */
  readonly at: number;
  /** Offset of the string in the string area. */
  readonly stringAt: number;
  /** Length of the string, its NUL included. */
  readonly length: number;
  readonly relative: boolean;
}

const INTEGERS: Readonly<Record<string, { bytes: number; signed: boolean }>> = {
  u8: { bytes: 1, signed: false },
  u16: { bytes: 2, signed: false },
  u32: { bytes: 4, signed: false },
  u64: { bytes: 8, signed: false },
  s8: { bytes: 1, signed: true },
  s16: { bytes: 2, signed: true },
  s32: { bytes: 4, signed: true },
  s64: { bytes: 8, signed: true },
};

const HEX_SEPARATORS = ' :-_';

/** Encodes the values; the first one that cannot be encoded stops with its message. */
export function buildPayload(values: readonly string[]): Payload | ValueError {
  if (values.length > MAX_VALUES) return { error: 'too many values' };
  const fixed: number[] = [];
  const strings: number[] = [];
  const locs: PendingLoc[] = [];
  const put = (bytes: ArrayLike<number>, v: string): ValueError | null => {
    if (fixed.length + bytes.length > PAYLOAD_MAX)
      return { error: `value '${v}' makes the payload too long` };
    for (let i = 0; i < bytes.length; i++) fixed.push(bytes[i]);
    return null;
  };
  for (const v of values) {
    const err = encodeValue(v, fixed.length, strings, locs, put);
    if (err) return err;
  }
  if (fixed.length + strings.length > PAYLOAD_MAX) return { error: 'payload too long' };
  for (const loc of locs) {
    const dataAt = fixed.length + loc.stringAt;
    const offset = loc.relative ? dataAt - (loc.at + 4) : COMMON_HEADER + dataAt;
    if (offset > 0xffff) return { error: 'string offset does not fit 16 bits' };
    fixed.splice(loc.at, 4, ...littleEndian(BigInt(((loc.length << 16) | offset) >>> 0), 4));
  }
  return { fixed: Uint8Array.from(fixed), strings: Uint8Array.from(strings) };
}

type Put = (bytes: ArrayLike<number>, v: string) => ValueError | null;

/** One VALUE: appends to the fixed part (through `put`) and, for a string, to `strings`. */
function encodeValue(
  v: string,
  fixedLength: number,
  strings: number[],
  locs: PendingLoc[],
  put: Put,
): ValueError | null {
  const colon = v.indexOf(':');
  if (colon < 0) return { error: `value '${v}' has no TYPE: prefix` };
  const type = v.slice(0, colon);
  const text = v.slice(colon + 1);
  if (Object.hasOwn(INTEGERS, type)) return encodeInteger(v, text, INTEGERS[type], put);
  const array = /^char\[(.*)\]$/s.exec(type);
  if (array) {
    const n = wholeInteger(array[1], 10, false);
    if (n === null || n === 0n || n > BigInt(PAYLOAD_MAX)) return { error: `bad array length in '${v}'` };
    const bytes = cString(text);
    if (bytes.length > Number(n)) return { error: `text of '${v}' does not fit the field` };
    const padded = new Uint8Array(Number(n));
    padded.set(bytes);
    return put(padded, v);
  }
  if (type === 'loc' || type === 'rel') {
    const bytes = cString(text);
    const length = bytes.length + 1;
    if (strings.length + length > PAYLOAD_MAX || length > 0xffff || locs.length >= MAX_VALUES)
      return { error: `value '${v}' is too long` };
    locs.push({ at: fixedLength, stringAt: strings.length, length, relative: type === 'rel' });
    for (const b of bytes) strings.push(b);
    strings.push(0);
    return put([0, 0, 0, 0], v);
  }
  if (type === 'hex') return encodeHex(v, text, put);
  return { error: `unknown value prefix in '${v}'` };
}

function encodeInteger(
  v: string,
  text: string,
  field: { bytes: number; signed: boolean },
  put: Put,
): ValueError | null {
  const bits = BigInt(field.bytes * 8);
  if (text === '') return { error: `value '${v}' has no number` };
  const doesNotFit = { error: `value '${v}' does not fit the field` };
  if (field.signed) {
    const x = wholeInteger(text, 0, true);
    if (x === null) return { error: `value '${v}' is not a number` };
    if (x < -(1n << (bits - 1n)) || x > (1n << (bits - 1n)) - 1n) return doesNotFit;
    return put(littleEndian(x, field.bytes), v);
  }
  if (text.startsWith('-')) return doesNotFit;
  const c = strtoInteger(text, 0, false);
  if (c.end !== text.length || c.overflow) return { error: `value '${v}' is not a number or does not fit` };
  if (c.value >> bits !== 0n) return doesNotFit;
  return put(littleEndian(c.value, field.bytes), v);
}

function encodeHex(v: string, text: string, put: Put): ValueError | null {
  let high = -1;
  for (const ch of text) {
    if (HEX_SEPARATORS.includes(ch)) continue;
    if (!/^[0-9a-fA-F]$/.test(ch)) return { error: `bad hex digit in '${v}'` };
    const d = parseInt(ch, 16);
    if (high < 0) high = d;
    else {
      const err = put([(high << 4) | d], v);
      if (err) return err;
      high = -1;
    }
  }
  return high >= 0 ? { error: `odd number of hex digits in '${v}'` } : null;
}

/** The bytes a C program sees of an argument: UTF-8, ending at the first NUL. */
function cString(text: string): Uint8Array {
  const bytes = encodeText(text);
  const nul = bytes.indexOf(0);
  return nul < 0 ? bytes : bytes.subarray(0, nul);
}

/** `x` as `bytes` little-endian bytes (two's complement for negative values). */
export function littleEndian(x: bigint, bytes: number): number[] {
  const out: number[] = [];
  let rest = BigInt.asUintN(bytes * 8, x);
  for (let i = 0; i < bytes; i++) {
    out.push(Number(rest & 0xffn));
    rest >>= 8n;
  }
  return out;
}

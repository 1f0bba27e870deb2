// Models od's output types (coreutils od.c decode_one_format and the print_* functions): -t TYPE
// strings such as x1, d4, u2, oS, c, a, f8 with an optional `z` trailer, each field right-aligned
// in a column whose width od spreads evenly over the line so that several types line up.

import { formatG } from './human';

export interface Address {
  /** 8, 10 or 16; 0 for no address (-A n). */
  readonly base: number;
  readonly pad: number;
}

export function formatAddress(address: Address, offset: number): string {
  return address.base === 0 ? '' : offset.toString(address.base).padStart(address.pad, '0');
}

export type OdKind = 'd' | 'o' | 'u' | 'x' | 'a' | 'c' | 'f';

export interface OdSpec {
  readonly kind: OdKind;
  /** Bytes per field. */
  readonly size: number;
  /** Minimum width of a field, excluding its leading space. */
  readonly fieldWidth: number;
  /** The `z` suffix: printable characters after the line, between `>` and `<`. */
  readonly hexl: boolean;
  /** Padding spread among the fields of a line; set once the line width is known. */
  padWidth: number;
}

const OCT_DIGITS = [0, 3, 6, 8, 11, 14, 16, 19, 22];
const SIGNED_DEC_DIGITS = [1, 4, 6, 8, 11, 13, 16, 18, 20];
const UNSIGNED_DEC_DIGITS = [0, 3, 5, 8, 10, 13, 15, 17, 20];
const HEX_DIGITS = [0, 2, 4, 6, 8, 10, 12, 14, 16];
const INTEGRAL_SIZES = new Set([1, 2, 4, 8]);
/** FLT_STRLEN_BOUND_L and DBL_STRLEN_BOUND_L with a one-byte decimal point. */
const FLOAT_WIDTH: Readonly<Record<number, number>> = { 4: 15, 8: 24 };

const CHARNAME = [
  'nul', 'soh', 'stx', 'etx', 'eot', 'enq', 'ack', 'bel', 'bs', 'ht', 'nl', 'vt', 'ff', 'cr', 'so', 'si',
  'dle', 'dc1', 'dc2', 'dc3', 'dc4', 'nak', 'syn', 'etb', 'can', 'em', 'sub', 'esc', 'fs', 'gs', 'rs', 'us',
  'sp',
]; // prettier-ignore

/** The C escapes od -c and hexdump -c print for control bytes. */
export const C_ESCAPES: Readonly<Record<number, string>> = {
  0: '\\0',
  7: '\\a',
  8: '\\b',
  12: '\\f',
  10: '\\n',
  13: '\\r',
  9: '\\t',
  11: '\\v',
};

/** Decodes one -t argument (several types may follow each other); an error message on failure. */
export function decodeFormat(arg: string, specs: OdSpec[]): string | null {
  let s = arg;
  while (s.length > 0) {
    const c = s[0];
    let size: number;
    let fieldWidth: number;
    s = s.slice(1);
    if ('doux'.includes(c)) {
      const named: Readonly<Record<string, number>> = { C: 1, S: 2, I: 4, L: 8 };
      const m = /^\d+/.exec(s);
      if (s[0] in named) {
        size = named[s[0]];
        s = s.slice(1);
      } else if (m) {
        size = Number(m[0]);
        if (!INTEGRAL_SIZES.has(size))
          return `invalid type string '${arg}';\nthis system doesn't provide a ${size}-byte integral type`;
        s = s.slice(m[0].length);
      } else size = 4;
      const table = { d: SIGNED_DEC_DIGITS, o: OCT_DIGITS, u: UNSIGNED_DEC_DIGITS, x: HEX_DIGITS }[c]!;
      fieldWidth = table[size];
    } else if (c === 'f') {
      const named: Readonly<Record<string, number>> = { F: 4, D: 8, L: 16 };
      const m = /^\d+/.exec(s);
      if (s[0] in named) {
        size = named[s[0]];
        s = s.slice(1);
      } else if (m) {
        size = Number(m[0]);
        s = s.slice(m[0].length);
      } else size = 8;
      if (!(size in FLOAT_WIDTH))
        return `invalid type string '${arg}';\nthis system doesn't provide a ${size}-byte floating point type`;
      fieldWidth = FLOAT_WIDTH[size];
    } else if (c === 'a' || c === 'c') {
      size = 1;
      fieldWidth = 3;
    } else return `invalid character '${c}' in type string '${arg}'`;
    const hexl = s[0] === 'z';
    if (hexl) s = s.slice(1);
    specs.push({ kind: c as OdKind, size, fieldWidth, hexl, padWidth: 0 });
  }
  return null;
}

/** The unsigned value of `size` bytes at `at`, in the byte order asked for. */
function unsigned(block: Uint8Array, at: number, size: number, bigEndian: boolean): bigint | number {
  if (size === 8) {
    let v = 0n;
    for (let k = 0; k < 8; k++) v = (v << 8n) | BigInt(block[at + (bigEndian ? k : 7 - k)]);
    return v;
  }
  let v = 0;
  for (let k = 0; k < size; k++) v = v * 256 + block[at + (bigEndian ? k : size - 1 - k)];
  return v;
}

function signed(v: bigint | number, size: number): bigint | number {
  if (typeof v === 'bigint') return BigInt.asIntN(64, v);
  const half = 2 ** (8 * size - 1);
  return v >= half ? v - 2 * half : v;
}

/** gnulib ftoastr()/dtoastr(): the shortest %g that reads back as the same value. */
function formatFloat(block: Uint8Array, at: number, size: number, bigEndian: boolean): string {
  const view = new DataView(block.buffer, block.byteOffset + at, size);
  const x = size === 4 ? view.getFloat32(0, !bigEndian) : view.getFloat64(0, !bigEndian);
  if (Number.isNaN(x))
    return (size === 4 ? view.getUint8(bigEndian ? 0 : 3) : view.getUint8(bigEndian ? 0 : 7)) & 0x80
      ? '-nan'
      : 'nan';
  if (!Number.isFinite(x)) return x < 0 ? '-inf' : 'inf';
  const [minNormal, dig, maxDig] =
    size === 4 ? [1.1754943508222875e-38, 6, 9] : [2.2250738585072014e-308, 15, 17];
  for (let p = Math.abs(x) < minNormal ? 1 : dig; ; p++) {
    const s = formatG(x, p);
    const back = size === 4 ? Math.fround(Number(s)) : Number(s);
    if (p >= maxDig || back === x) return s;
  }
}

function fieldText(spec: OdSpec, block: Uint8Array, at: number, bigEndian: boolean): string {
  const b = block[at];
  switch (spec.kind) {
    case 'a': {
      const c = b & 0x7f;
      return c === 0x7f ? 'del' : c <= 0x20 ? CHARNAME[c] : String.fromCharCode(c);
    }
    case 'c':
      if (b in C_ESCAPES) return C_ESCAPES[b];
      return b >= 0x20 && b < 0x7f ? String.fromCharCode(b) : b.toString(8).padStart(3, '0');
    case 'f':
      return formatFloat(block, at, spec.size, bigEndian);
    case 'd':
      return String(signed(unsigned(block, at, spec.size, bigEndian), spec.size));
    case 'u':
      return String(unsigned(block, at, spec.size, bigEndian));
    case 'o':
      return unsigned(block, at, spec.size, bigEndian).toString(8).padStart(spec.fieldWidth, '0');
    case 'x':
      return unsigned(block, at, spec.size, bigEndian).toString(16).padStart(spec.fieldWidth, '0');
  }
}

/**
 * One type's fields for a block (od.c PRINT_FIELDS): `fields` per full line, the last `blank` of
 * them left out at a short final block, each padded by its share of the spec's padding.
 */
export function formatFields(
  spec: OdSpec,
  block: Uint8Array,
  fields: number,
  blank: number,
  bigEndian: boolean,
): string {
  let out = '';
  let padRemaining = spec.padWidth;
  for (let i = fields, at = 0; i > blank; i--, at += spec.size) {
    const nextPad = Math.floor((spec.padWidth * (i - 1)) / fields);
    out += fieldText(spec, block, at, bigEndian).padStart(padRemaining - nextPad + spec.fieldWidth);
    padRemaining = nextPad;
  }
  return out;
}

/** The `z` trailer: `  >text<` with unprintable bytes as dots. */
export function hexlTrailer(block: Uint8Array, n: number): string {
  let text = '';
  for (let i = 0; i < n; i++)
    text += block[i] >= 0x20 && block[i] < 0x7f ? String.fromCharCode(block[i]) : '.';
  return `  >${text}<`;
}

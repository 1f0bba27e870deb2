// Models the number comparisons of GNU coreutils sort under LC_ALL=C: gnulib strnumcmp() for -n
// (numbers compared as text, of any length, '.' the decimal point and no thousands separator),
// -h's SI/IEC unit suffixes, -g's strtold() values (failed conversions first, then NaNs, then
// numbers) and -M's month abbreviations. Keys are C strings here: a NUL ends them.

import { compare as compareLongDouble, compareNanBytes, type LongDouble } from './long-double';
import { isBlank } from './sort-keys';

const isDigit = (c: number) => c >= 0x30 && c <= 0x39;
const toUpper = (c: number) => (c >= 0x61 && c <= 0x7a ? c - 32 : c);

/** A C string view: bytes past the end read as NUL. */
const at = (s: Uint8Array, i: number) => (i < s.length ? s[i] : 0);

function fraccompare(a: Uint8Array, i: number, b: Uint8Array, j: number): number {
  if (at(a, i) === 0x2e && at(b, j) === 0x2e) {
    for (;;) {
      i++;
      j++;
      if (at(a, i) !== at(b, j)) break;
      if (!isDigit(at(a, i))) return 0;
    }
    const ta = at(a, i);
    const tb = at(b, j);
    if (isDigit(ta) && isDigit(tb)) return ta - tb;
    if (isDigit(ta)) {
      while (at(a, i) === 0x30) i++;
      return Number(isDigit(at(a, i)));
    }
    if (isDigit(tb)) {
      while (at(b, j) === 0x30) j++;
      return -Number(isDigit(at(b, j)));
    }
    return 0;
  }
  if (at(a, i++) === 0x2e) {
    while (at(a, i) === 0x30) i++;
    return Number(isDigit(at(a, i)));
  }
  if (at(b, j++) === 0x2e) {
    while (at(b, j) === 0x30) j++;
    return -Number(isDigit(at(b, j)));
  }
  return 0;
}

/** Whether the number at k (after any sign) is not zero: a digit after its zeros and point. */
function nonzero(s: Uint8Array, k: number): boolean {
  let c = at(s, k);
  while (c === 0x30) c = at(s, ++k);
  if (c === 0x2e)
    do c = at(s, ++k);
    while (c === 0x30);
  return isDigit(c);
}

/** gnulib strnumcmp() with '.' and no thousands separator: numbers compared as text. */
export function strnumcmp(a: Uint8Array, i: number, b: Uint8Array, j: number): number {
  const negA = at(a, i) === 0x2d;
  const negB = at(b, j) === 0x2d;
  if (negA && !negB) return nonzero(a, i + 1) ? -1 : -Number(nonzero(b, j));
  if (negB && !negA) return nonzero(b, j + 1) ? 1 : Number(nonzero(a, i));
  if (negA) {
    i++;
    j++;
  }
  while (at(a, i) === 0x30) i++;
  while (at(b, j) === 0x30) j++;
  const diff = unsignedCompare(a, i, b, j);
  return negA ? -diff : diff;
}

/** The common part of strnumcmp() once signs and leading zeros are gone. */
function unsignedCompare(a: Uint8Array, i: number, b: Uint8Array, j: number): number {
  let ta = at(a, i);
  let tb = at(b, j);
  while (ta === tb && isDigit(ta)) {
    ta = at(a, ++i);
    tb = at(b, ++j);
  }
  if ((ta === 0x2e && !isDigit(tb)) || (tb === 0x2e && !isDigit(ta))) return fraccompare(a, i, b, j);
  const tmp = ta - tb;
  let logA = 0;
  let logB = 0;
  while (isDigit(ta)) {
    ta = at(a, ++i);
    logA++;
  }
  while (isDigit(tb)) {
    tb = at(b, ++j);
    logB++;
  }
  if (logA !== logB) return logA < logB ? -1 : 1;
  return logA ? tmp : 0;
}

export function skipBlanks(s: Uint8Array): number {
  let i = 0;
  while (i < s.length && isBlank(s[i])) i++;
  return i;
}

const UNIT_ORDER: Readonly<Record<string, number>> = { K: 1, k: 1, M: 2, G: 3, T: 4, P: 5, E: 6, Z: 7, Y: 8 };

/** find_unit_order(): the SI/IEC prefix after a nonzero number, negative for a negative one. */
function unitOrder(s: Uint8Array, i: number): number {
  const minus = at(s, i) === 0x2d;
  if (minus) i++;
  let maxDigit = 0;
  let c = at(s, i);
  while (isDigit(c)) {
    maxDigit = Math.max(maxDigit, c);
    c = at(s, ++i);
  }
  if (c === 0x2e) {
    c = at(s, ++i);
    while (isDigit(c)) {
      maxDigit = Math.max(maxDigit, c);
      c = at(s, ++i);
    }
  }
  if (maxDigit <= 0x30) return 0;
  const order = UNIT_ORDER[String.fromCharCode(c)] ?? 0;
  return minus ? -order : order;
}

export function humanCompare(a: Uint8Array, b: Uint8Array): number {
  const i = skipBlanks(a);
  const j = skipBlanks(b);
  return unitOrder(a, i) - unitOrder(b, j) || strnumcmp(a, i, b, j);
}

/** general_numcompare(): strtold() prefixes; text that is no number first, then NaN, then numbers. */
export function generalCompare(x: LongDouble | null, y: LongDouble | null): number {
  if (!x) return y ? -1 : 0;
  if (!y) return 1;
  const c = compareLongDouble(x, y);
  if (c !== null) return c;
  if (x.kind === 'nan' && y.kind === 'nan') return compareNanBytes(x, y);
  return x.kind === 'nan' ? -1 : 1;
}

/** The text up to the first NUL, as C string functions see it. */
export function cString(s: Uint8Array): string {
  const end = s.indexOf(0);
  return String.fromCharCode(...(end < 0 ? s : s.subarray(0, end)).subarray(0, 4096));
}

const MONTHS = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];

/** getmonth(): 1..12 for a month abbreviation after blanks (any case), else 0. */
export function month(s: Uint8Array): number {
  const i = skipBlanks(s);
  const name = String.fromCharCode(...[0, 1, 2].map((k) => toUpper(at(s, i + k))));
  return MONTHS.indexOf(name) + 1;
}

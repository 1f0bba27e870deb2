// Models glibc printf() of one long double (%Lf %Le %Lg %La and their capitals) as seq -f uses it:
// flags `-+ #0'`, a width, a precision; digits come from the exact binary value, rounded to
// nearest with ties to even, so every digit is the one glibc prints. The `'` flag groups nothing
// in the C locale.

import { exactDecimal, type LongDouble } from './long-double';

export interface Conversion {
  readonly flags: string;
  readonly width: number;
  /** -1 when none was given. */
  readonly precision: number;
  /** One of efgaEFGA. */
  readonly conv: string;
}

/** num / 10^drop rounded to nearest, ties to even. */
function roundDiv(num: bigint, drop: number): bigint {
  if (drop <= 0) return num * 10n ** BigInt(-drop);
  const den = 10n ** BigInt(drop);
  const q = num / den;
  const r2 = (num % den) * 2n;
  return r2 > den || (r2 === den && (q & 1n) === 1n) ? q + 1n : q;
}

/** %f digits: the integer and fraction parts as text. */
function fixed(num: bigint, scale: number, precision: number): string {
  const digits = roundDiv(num, scale - precision)
    .toString()
    .padStart(precision + 1, '0');
  const cut = digits.length - precision;
  return precision > 0 ? `${digits.slice(0, cut)}.${digits.slice(cut)}` : digits;
}

/** %e digits: mantissa digits (precision + 1 of them) and the decimal exponent. */
function scientific(num: bigint, scale: number, precision: number): { digits: string; exp: number } {
  if (num === 0n) return { digits: '0'.repeat(precision + 1), exp: 0 };
  const len = num.toString().length;
  let exp = len - 1 - scale;
  let q = roundDiv(num, len - (precision + 1));
  if (q.toString().length > precision + 1) {
    q /= 10n;
    exp++;
  }
  return { digits: q.toString(), exp };
}

function expText(exp: number, letter: string): string {
  return `${letter}${exp < 0 ? '-' : '+'}${String(Math.abs(exp)).padStart(2, '0')}`;
}

function withPoint(digits: string, alt: boolean): string {
  return digits.length > 1 || alt ? `${digits[0]}.${digits.slice(1)}` : digits;
}

/** %a: the leading hex digit holds the top 4 bits of the 64-bit significand, as glibc's ldbl-96. */
function hex(x: LongDouble & { kind: 'finite' }, precision: number, alt: boolean): string {
  if (x.mant === 0n) return `0x0${precision > 0 ? '.' + '0'.repeat(precision) : alt ? '.' : ''}p+0`;
  let mant = x.mant;
  let exp = x.exp + 60;
  if (precision >= 0 && precision < 15) {
    const drop = BigInt(4 * (15 - precision));
    const half = 1n << (drop - 1n);
    const rem = mant & ((1n << drop) - 1n);
    mant >>= drop;
    if (rem > half || (rem === half && (mant & 1n) === 1n)) mant++;
    mant <<= drop;
    if (mant >> 64n) {
      mant >>= 4n;
      exp += 4;
    }
  }
  const all = mant.toString(16);
  let frac = all.slice(1);
  frac = precision >= 0 ? frac.slice(0, precision).padEnd(precision, '0') : frac.replace(/0+$/, '');
  const point = frac || alt ? '.' : '';
  return `0x${all[0]}${point}${frac}p${exp < 0 ? '-' : '+'}${Math.abs(exp)}`;
}

/** %g: %e or %f by the exponent, trailing zeros dropped unless `#`. */
function general(num: bigint, scale: number, precision: number, alt: boolean, letter: string): string {
  const p = precision < 0 ? 6 : precision === 0 ? 1 : precision;
  const { exp } = scientific(num, scale, p - 1);
  let text: string;
  if (p > exp && exp >= -4) text = fixed(num, scale, p - 1 - exp);
  else {
    const e = scientific(num, scale, p - 1);
    text = withPoint(e.digits, alt) + expText(e.exp, letter);
  }
  if (alt) return text;
  const at = text.indexOf('e');
  return at < 0 ? stripZeros(text) : stripZeros(text.slice(0, at)) + text.slice(at);
}

function stripZeros(s: string): string {
  return s.includes('.') ? s.replace(/0+$/, '').replace(/\.$/, '') : s;
}

/** One conversion of x, padded to the width. */
export function formatLongDouble(c: Conversion, x: LongDouble): string {
  const upper = c.conv === c.conv.toUpperCase();
  const conv = c.conv.toLowerCase();
  const alt = c.flags.includes('#');
  let sign = x.neg ? '-' : c.flags.includes('+') ? '+' : c.flags.includes(' ') ? ' ' : '';
  let body: string;
  let numeric = true;
  if (x.kind === 'nan' || x.kind === 'inf') {
    body = x.kind;
    numeric = false;
    if (x.kind === 'nan' && !x.neg) sign = c.flags.includes('+') ? '+' : c.flags.includes(' ') ? ' ' : '';
  } else if (conv === 'a') body = hex(x, c.precision, alt);
  else {
    const { num, scale } = exactDecimal(x);
    const precision = c.precision < 0 ? 6 : c.precision;
    if (conv === 'f') body = fixed(num, scale, precision) + (alt && precision === 0 ? '.' : '');
    else if (conv === 'e') {
      const e = scientific(num, scale, precision);
      body = withPoint(e.digits, alt) + expText(e.exp, 'e');
    } else body = general(num, scale, c.precision, alt, 'e');
  }
  if (upper) body = body.toUpperCase();
  const length = sign.length + body.length;
  if (length >= c.width) return sign + body;
  const pad = c.width - length;
  if (c.flags.includes('-')) return sign + body + ' '.repeat(pad);
  if (c.flags.includes('0') && numeric) {
    const prefix = conv === 'a' ? body.slice(0, 2) : '';
    return sign + prefix + '0'.repeat(pad) + body.slice(prefix.length);
  }
  return ' '.repeat(pad) + sign + body;
}

// Models the x86 `long double` (80-bit extended precision, a 64-bit significand) that seq computes
// in: strtold() of decimal, hexadecimal, inf and nan text, correctly rounded addition and
// multiplication (round to nearest, ties to even) and exact comparison. The significand is a
// BigInt, so `seq 0 0.1 0.3` sees the same 0.30000000000000000001 the real one prints.
// Simplified: no subnormals (a value below the normal range is zero).

export type LongDouble =
  | { readonly kind: 'finite'; readonly neg: boolean; readonly mant: bigint; readonly exp: number }
  | { readonly kind: 'inf'; readonly neg: boolean }
  /** payload: the n-char-sequence of `nan(N)`, kept in the significand below the quiet bit. */
  | { readonly kind: 'nan'; readonly neg: boolean; readonly payload?: bigint };

/** Significand bits. */
const BITS = 64;
/** The largest and smallest exponent of the leading bit (LDBL_MAX_EXP - 1, LDBL_MIN_EXP - 1). */
const MAX_E = 16383;
const MIN_E = -16382;

export const ZERO: LongDouble = { kind: 'finite', neg: false, mant: 0n, exp: 0 };
export const INF: LongDouble = { kind: 'inf', neg: false };

export function bitLength(n: bigint): number {
  if (n === 0n) return 0;
  const hex = n.toString(16);
  return hex.length * 4 - (Math.clz32(parseInt(hex[0], 16)) - 28);
}

/** mant * 2^exp rounded to 64 bits; `sticky` says nonzero bits were already dropped below mant. */
export function round(neg: boolean, mant: bigint, exp: number, sticky = false): LongDouble {
  if (mant === 0n) return { kind: 'finite', neg, mant: 0n, exp: 0 };
  const len = bitLength(mant);
  if (len > BITS) {
    const shift = len - BITS;
    let q = mant >> BigInt(shift);
    const rem = mant & ((1n << BigInt(shift)) - 1n);
    const half = 1n << BigInt(shift - 1);
    if (rem > half || (rem === half && (sticky || (q & 1n) === 1n))) q++;
    exp += shift;
    if (bitLength(q) > BITS) {
      q >>= 1n;
      exp++;
    }
    mant = q;
  } else if (len < BITS) {
    mant <<= BigInt(BITS - len);
    exp -= BITS - len;
  }
  const e = exp + BITS - 1;
  if (e > MAX_E) return { kind: 'inf', neg };
  if (e < MIN_E) return { kind: 'finite', neg, mant: 0n, exp: 0 };
  return { kind: 'finite', neg, mant, exp };
}

/** value = n * 10^e10 (n >= 0), correctly rounded. */
function fromDecimal(neg: boolean, n: bigint, e10: number): LongDouble {
  if (n === 0n) return { kind: 'finite', neg, mant: 0n, exp: 0 };
  const digits = n.toString().length;
  if (digits + e10 > 4940) return { kind: 'inf', neg };
  if (digits + e10 < -4960) return { kind: 'finite', neg, mant: 0n, exp: 0 };
  if (e10 >= 0) return round(neg, n * 10n ** BigInt(e10), 0);
  const den = 10n ** BigInt(-e10);
  const k = Math.max(0, BITS + 2 + bitLength(den) - bitLength(n));
  const scaled = n << BigInt(k);
  return round(neg, scaled / den, -k, scaled % den !== 0n);
}

const NUMBER =
  /^[ \t\n\v\f\r]*([+-]?)(?:(inf(?:inity)?)|(nan(?:\(([0-9A-Za-z_]*)\))?)|0[xX]((?:[0-9a-fA-F]+\.?[0-9a-fA-F]*|\.[0-9a-fA-F]+))(?:[pP]([+-]?\d+))?|((?:\d+\.?\d*|\.\d+))(?:[eE]([+-]?\d+))?)/i;

/** The payload of nan(N): N as strtoull(N, 0) reads it (0x hex, 0 octal), 0 unless all of it is a number. */
function nanPayload(seq: string): bigint {
  const m = /^(?:0[xX]([0-9a-fA-F]+)|(0[0-7]*)|([1-9]\d*))$/.exec(seq);
  if (!m) return 0n;
  const n = m[1] ? BigInt(`0x${m[1]}`) : m[2] ? BigInt(`0o${m[2]}`) : BigInt(m[3]);
  return n & ((1n << 62n) - 1n);
}

/** strtold(): the number at the start of the text (overflow gives inf), its length; null if none. */
function strtold(text: string): { value: LongDouble; length: number } | null {
  const m = NUMBER.exec(text);
  if (!m) return null;
  const neg = m[1] === '-';
  const length = m[0].length;
  if (m[2]) return { value: { kind: 'inf', neg }, length };
  if (m[3]) return { value: { kind: 'nan', neg, payload: nanPayload(m[4] ?? '') }, length };
  if (m[5] !== undefined) {
    const [int, frac = ''] = m[5].split('.');
    const p = Math.max(-1e6, Math.min(1e6, Number(m[6] ?? '0')));
    return { value: round(neg, BigInt(`0x${int + frac || '0'}`), p - 4 * frac.length), length };
  }
  const [int, frac = ''] = m[7].split('.');
  const e = Math.max(-1e6, Math.min(1e6, Number(m[8] ?? '0')));
  return { value: fromDecimal(neg, BigInt(int + frac || '0'), e - frac.length), length };
}

/** xstrtold(): the whole text is one number; null otherwise, or on overflow (ERANGE). */
export function parseLongDouble(text: string): LongDouble | null {
  const r = strtold(text);
  if (!r || r.length !== text.length) return null;
  // NOTE: xstrtold() refuses an overflow but takes an underflow to zero.
  const overflow = r.value.kind === 'inf' && !/inf/i.test(text);
  return overflow ? null : r.value;
}

/** strtold() as sort -g uses it: the number the text starts with, or null when none. */
export function parseLongDoublePrefix(text: string): LongDouble | null {
  return strtold(text)?.value ?? null;
}

export function fromInteger(n: bigint): LongDouble {
  return round(n < 0n, n < 0n ? -n : n, 0);
}

export function isZero(x: LongDouble): boolean {
  return x.kind === 'finite' && x.mant === 0n;
}

/** Signed significand scaled to a common exponent. */
function aligned(x: LongDouble & { kind: 'finite' }, exp: number): bigint {
  const v = x.mant << BigInt(x.exp - exp);
  return x.neg ? -v : v;
}

export function add(a: LongDouble, b: LongDouble): LongDouble {
  if (a.kind === 'nan' || b.kind === 'nan') return { kind: 'nan', neg: false };
  if (a.kind === 'inf' || b.kind === 'inf') {
    if (a.kind === 'inf' && b.kind === 'inf' && a.neg !== b.neg) return { kind: 'nan', neg: true };
    return a.kind === 'inf' ? a : b;
  }
  if (isZero(a) && isZero(b)) return { kind: 'finite', neg: a.neg && b.neg, mant: 0n, exp: 0 };
  if (isZero(a)) return b;
  if (isZero(b)) return a;
  const exp = Math.min(a.exp, b.exp);
  const sum = aligned(a, exp) + aligned(b, exp);
  return round(sum < 0n, sum < 0n ? -sum : sum, exp);
}

export function multiply(a: LongDouble, b: LongDouble): LongDouble {
  const neg = a.neg !== b.neg;
  if (a.kind === 'nan' || b.kind === 'nan') return { kind: 'nan', neg: false };
  if (a.kind === 'inf' || b.kind === 'inf') {
    return isZero(a) || isZero(b) ? { kind: 'nan', neg: true } : { kind: 'inf', neg };
  }
  return round(neg, a.mant * b.mant, a.exp + b.exp);
}

/** -1, 0 or 1; NaN compares as unordered (returns null). */
export function compare(a: LongDouble, b: LongDouble): number | null {
  if (a.kind === 'nan' || b.kind === 'nan') return null;
  const rank = (x: LongDouble) => (x.kind === 'inf' ? (x.neg ? -1 : 1) : 0);
  if (rank(a) !== rank(b) || rank(a) !== 0) return Math.sign(rank(a) - rank(b));
  const fa = a as LongDouble & { kind: 'finite' };
  const fb = b as LongDouble & { kind: 'finite' };
  const exp = Math.min(fa.exp, fb.exp);
  const d = (isZero(fa) ? 0n : aligned(fa, exp)) - (isZero(fb) ? 0n : aligned(fb, exp));
  return d === 0n ? 0 : d < 0n ? -1 : 1;
}

/**
 * memcmp() of two NaNs as x86 stores them (little-endian: significand, then exponent and sign),
 * which sort -g falls back on to order NaNs.
 */
export function compareNanBytes(a: LongDouble & { kind: 'nan' }, b: LongDouble & { kind: 'nan' }): number {
  const bytes = (x: LongDouble & { kind: 'nan' }) => {
    const mant = (3n << 62n) | (x.payload ?? 0n);
    const out: number[] = [];
    for (let i = 0n; i < 8n; i++) out.push(Number((mant >> (8n * i)) & 0xffn));
    out.push(0xff, x.neg ? 0xff : 0x7f);
    return out;
  };
  const [x, y] = [bytes(a), bytes(b)];
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return x[i] < y[i] ? -1 : 1;
  return 0;
}

/** The exact value as an integer over a power of ten: value = num / 10^scale (num >= 0). */
export function exactDecimal(x: LongDouble & { kind: 'finite' }): { num: bigint; scale: number } {
  if (x.exp >= 0) return { num: x.mant << BigInt(x.exp), scale: 0 };
  return { num: x.mant * 5n ** BigInt(-x.exp), scale: -x.exp };
}

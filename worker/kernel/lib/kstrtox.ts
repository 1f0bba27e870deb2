// Models lib/kstrtox.c: kstrtoull(), kstrtouint() and kstrtoull_from_user() (spec Appendix B).
// Strings are read as C strings: a NUL character ends the text, as it would in the kernel.

import { EINVAL, ERANGE, fail, ok, type Result } from './errno';

const U64_MAX = (1n << 64n) - 1n;
const U32_MAX = 0xffffffffn;

/**
 * kstrto*_from_user() copy at most sizeof(buf) - 1 bytes, buf being sized for a sign, 64 binary
 * digits, a newline and the terminator (1 + 64 + 1 + 1 = 67): so 66 bytes count (spec §d.3).
 */
export const KSTRTOX_USER_MAX = 66;

export type KstrtoxBase = 0 | 8 | 10 | 16;

function cString(text: string): string {
  const nul = text.indexOf('\0');
  return nul < 0 ? text : text.slice(0, nul);
}

/** The kernel's _tolower(): sets bit 5, which lowercases ASCII letters. */
function toLower(ch: string | undefined): number {
  return ch === undefined || ch === '' ? 0 : ch.charCodeAt(0) | 0x20;
}

function digitValue(ch: string): number {
  const c = ch.charCodeAt(0);
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  const lc = toLower(ch);
  if (lc >= 0x61 && lc <= 0x66) return lc - 0x61 + 10;
  return 99;
}

function isHexDigit(ch: string | undefined): boolean {
  return ch !== undefined && ch !== '' && digitValue(ch) < 16;
}

/** _parse_integer_fixup_radix(): base 0 guesses 16/8/10; base 16 skips a `0x` prefix. */
function fixupRadix(s: string, base: KstrtoxBase): { s: string; base: number } {
  let radix: number = base;
  if (radix === 0) {
    if (s[0] === '0') radix = toLower(s[1]) === 0x78 && isHexDigit(s[2]) ? 16 : 8;
    else radix = 10;
  }
  if (radix === 16 && s[0] === '0' && toLower(s[1]) === 0x78) s = s.slice(2);
  return { s, base: radix };
}

/**
 * kstrtoull(): optional '+', digits of the base (base 0: `0x` + hex digit = hex, leading 0 = octal),
 * one optional '\n', nothing else. No digits or trailing text -> -EINVAL; above 2^64-1 -> -ERANGE.
 */
export function kstrtoull(text: string, base: KstrtoxBase): Result<bigint> {
  let s = cString(text);
  if (s[0] === '+') s = s.slice(1);
  const fixed = fixupRadix(s, base);
  s = fixed.s;
  const radix = BigInt(fixed.base);
  let value = 0n;
  let overflow = false;
  let n = 0;
  // NOTE: like _parse_integer(), overflow is remembered but parsing goes on, so ERANGE beats EINVAL.
  for (; n < s.length; n++) {
    const d = digitValue(s[n]);
    if (d >= fixed.base) break;
    value = value * radix + BigInt(d);
    if (value > U64_MAX) {
      overflow = true;
      value &= U64_MAX;
    }
  }
  if (overflow) return fail(ERANGE);
  if (n === 0) return fail(EINVAL);
  let rest = s.slice(n);
  if (rest[0] === '\n') rest = rest.slice(1);
  if (rest !== '') return fail(EINVAL);
  return ok(value);
}

/** kstrtouint(): kstrtoull() whose value must also fit in 32 bits (else -ERANGE). */
export function kstrtouint(text: string, base: KstrtoxBase): Result<number> {
  const r = kstrtoull(text, base);
  if (!r.ok) return r;
  if (r.value > U32_MAX) return fail(ERANGE);
  return ok(Number(r.value));
}

/**
 * kstrtoull_from_user(buf, count, 10): the "unsigned decimal" of tracefs writes (enable,
 * tracing_on, buffer_size_kb, buffer_percent). Only the first 66 bytes are looked at and a NUL
 * ends the text. Bytes are read one character each (latin1), so non-ASCII bytes never parse.
 */
export function parseUserDecimal(bytes: Uint8Array): Result<bigint> {
  const head = bytes.subarray(0, KSTRTOX_USER_MAX);
  let text = '';
  for (const b of head) {
    if (b === 0) break;
    text += String.fromCharCode(b);
  }
  return kstrtoull(text, 10);
}

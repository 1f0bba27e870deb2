// Models the C library's strtol family (strtol, strtoll, strtoul, strtoull) for LP64: how a C
// program such as uevent turns an argument into a number, with the same accepted spellings (leading
// white space, a sign, `0x` hex and leading-`0` octal in base 0) and the same overflow rule (ERANGE).

/** What strto*() reports: the value, how many characters it used, and whether errno became ERANGE. */
export interface Converted {
  readonly value: bigint;
  /** Characters consumed; 0 when no conversion was performed (endptr == nptr). */
  readonly end: number;
  readonly overflow: boolean;
}

const SPACE = /^[ \t\n\v\f\r]*/;
const U64_MAX = (1n << 64n) - 1n;
const S64_MAX = (1n << 63n) - 1n;

/**
 * strtoull(text, &end, base) when `signed` is false, strtoll() when true; `base` is 0 (prefix
 * decides) or 10. An unsigned conversion of `-N` gives 2^64 - N, as in C.
 */
export function strtoInteger(text: string, base: 0 | 10, signed: boolean): Converted {
  let i = SPACE.exec(text)![0].length;
  let negative = false;
  if (text[i] === '+' || text[i] === '-') negative = text[i++] === '-';
  let radix = 10;
  if (base === 0 && text[i] === '0') {
    if ((text[i + 1] === 'x' || text[i + 1] === 'X') && digitValue(text[i + 2], 16) >= 0) {
      radix = 16;
      i += 2;
    } else radix = 8;
  }
  const start = i;
  let magnitude = 0n;
  for (; i < text.length && digitValue(text[i], radix) >= 0; i++)
    magnitude = magnitude * BigInt(radix) + BigInt(digitValue(text[i], radix));
  if (i === start) return { value: 0n, end: 0, overflow: false };
  if (signed) {
    const limit = negative ? S64_MAX + 1n : S64_MAX;
    if (magnitude > limit) return { value: negative ? -limit : limit, end: i, overflow: true };
    return { value: negative ? -magnitude : magnitude, end: i, overflow: false };
  }
  if (magnitude > U64_MAX) return { value: U64_MAX, end: i, overflow: true };
  return { value: negative && magnitude > 0n ? (1n << 64n) - magnitude : magnitude, end: i, overflow: false };
}

/** The whole text as one number (`*end == '\0'`, errno unchanged), or null. */
export function wholeInteger(text: string, base: 0 | 10, signed: boolean): bigint | null {
  if (text === '') return null;
  const c = strtoInteger(text, base, signed);
  return c.end === text.length && !c.overflow ? c.value : null;
}

function digitValue(ch: string | undefined, radix: number): number {
  if (ch === undefined) return -1;
  const d = parseInt(ch, 36);
  return Number.isNaN(d) || d >= radix ? -1 : d;
}

// explain's restatement of the kernel's number parsing (KERNEL-MODEL Appendix B, lib/kstrtox.c's
// kstrtouint): user space may not import the kernel's parser, so the rules are written out again
// here and test/user/programs/explain-agrees.test.ts checks them against the kernel's answers.

/** Why a text is not a number, in the words explain prints. */
export type NumberProblem = 'empty' | 'not-a-number' | 'too-big';

export type Parsed = { ok: true; value: number } | { ok: false; problem: NumberProblem };

const U32_MAX = 0xffffffffn;

function digit(ch: string): number {
  const c = ch.charCodeAt(0);
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  // NOTE: the kernel's _tolower() sets bit 5, so only ASCII letters map to hex digits.
  const lc = c | 0x20;
  return lc >= 0x61 && lc <= 0x66 ? lc - 0x61 + 10 : 99;
}

/**
 * kstrtouint(text, base): an optional `+`, digits (base 0: `0x` followed by a hex digit means hex,
 * a leading `0` octal, else decimal), one optional newline, nothing else; a NUL ends the text. A
 * value above 2^32-1 is "too big" (the kernel's ERANGE), anything else that fails "not a number".
 */
export function kernelUint(text: string, base: 0 | 10): Parsed {
  const nul = text.indexOf('\0');
  let s = nul < 0 ? text : text.slice(0, nul);
  if (s[0] === '+') s = s.slice(1);
  let radix: number = base;
  if (radix === 0) {
    if (s[0] === '0') radix = (s.charCodeAt(1) | 0x20) === 0x78 && s.length > 2 && digit(s[2]) < 16 ? 16 : 8;
    else radix = 10;
  }
  if (radix === 16) s = s.slice(2);
  let value = 0n;
  let overflow = false;
  let n = 0;
  for (; n < s.length && digit(s[n]) < radix; n++) {
    value = value * BigInt(radix) + BigInt(digit(s[n]));
    if (value > 0xffffffffffffffffn) overflow = true;
  }
  // NOTE: like _parse_integer(), a 64-bit overflow is reported even when junk follows (ERANGE).
  if (overflow) return { ok: false, problem: 'too-big' };
  if (n === 0) return { ok: false, problem: s === '' ? 'empty' : 'not-a-number' };
  if (!isTail(s.slice(n))) return { ok: false, problem: 'not-a-number' };
  if (value > U32_MAX) return { ok: false, problem: 'too-big' };
  return { ok: true, value: Number(value) };
}

/** What may follow the digits: nothing, or one newline. */
function isTail(rest: string): boolean {
  return rest === '' || rest === '\n';
}

/** How a problem reads in explain's notes. */
export function numberProblem(p: NumberProblem, what: string): string {
  if (p === 'empty') return `${what} is empty`;
  if (p === 'too-big') return `${what} does not fit in 32 bits`;
  return `${what} is not a number in kernel notation`;
}

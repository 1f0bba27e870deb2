// Models a POSIX bracket expression as glibc's regcomp reads it in the C locale: `]` first is
// literal, a backslash is literal, ranges by byte value, [:class:], [=c=] and [.c.] of one
// character. The result is the set of bytes it matches, so that case folding (the I flag) and
// the M flag's "a non-matching list never matches a newline" are exact for every byte.

import { C_CLASSES, isCharClass, type CharClass } from '../../ctype';

/** A failure of regcomp, in its own words. */
export class RegexSyntaxError {
  constructor(readonly message: string) {}
}

export interface BracketOptions {
  readonly icase: boolean;
  /** The M flag: a non-matching list does not match this character (the line delimiter). */
  readonly newline: number | null;
}

/** One end of a range, or a class (which may not be one). */
type Element = { char: number } | { cls: CharClass };

/** Parses the bracket expression whose `[` is at re[start]; returns its set and the index after its `]`. */
export function parseBracket(re: string, start: number, opt: BracketOptions): [Uint8Array, number] {
  const set = new Uint8Array(256);
  let i = start + 1;
  const negate = re[i] === '^';
  if (negate) i++;
  let first = true;
  const element = (): Element => {
    if (re[i] === '[' && (re[i + 1] === ':' || re[i + 1] === '=' || re[i + 1] === '.')) {
      const kind = re[i + 1];
      const end = re.indexOf(kind + ']', i + 2);
      if (end < 0) throw new RegexSyntaxError('Unmatched [, [^, [:, [., or [=');
      const name = re.slice(i + 2, end);
      i = end + 2;
      if (kind === ':') {
        if (!isCharClass(name)) throw new RegexSyntaxError('Invalid character class name');
        return { cls: name };
      }
      if (name.length !== 1) throw new RegexSyntaxError('Invalid collation character');
      return { char: name.charCodeAt(0) };
    }
    return { char: re.charCodeAt(i++) };
  };
  for (;;) {
    if (i >= re.length) throw new RegexSyntaxError('Unmatched [, [^, [:, [., or [=');
    if (re[i] === ']' && !first) break;
    first = false;
    const from = element();
    if (re[i] === '-' && i + 1 < re.length && re[i + 1] !== ']') {
      i++;
      const to = element();
      if ('cls' in from || 'cls' in to || from.char > to.char)
        throw new RegexSyntaxError('Invalid range end');
      set.fill(1, from.char, to.char + 1);
    } else if ('cls' in from) {
      const test = C_CLASSES[from.cls];
      for (let c = 0; c < 256; c++) if (test(c)) set[c] = 1;
    } else set[from.char] = 1;
  }
  if (opt.icase) {
    for (let c = 0x41; c <= 0x5a; c++) {
      if (set[c] || set[c + 0x20]) set[c] = set[c + 0x20] = 1;
    }
  }
  if (negate) {
    for (let c = 0; c < 256; c++) set[c] ^= 1;
    if (opt.newline !== null) set[opt.newline] = 0;
  }
  return [set, i + 1];
}

/** dfa.c's warning, fatal in GNU sed: `[:space:]` written where `[[:space:]]` was meant. */
export function looksLikeBareClass(re: string, start: number): boolean {
  const m = /^\[\^?(:[^\]]*:)\]/.exec(re.slice(start, start + 40));
  return m !== null && /[^:]/.test(m[1]) && !m[1].includes('-') && !m[1].includes('[');
}

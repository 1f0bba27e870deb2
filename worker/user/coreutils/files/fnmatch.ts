// Models glibc fnmatch(3) as find's -name/-iname/-path/-ipath call it under LC_ALL=C: bytes, not
// characters (so `?` is one byte of a UTF-8 name), flags 0 (a `*` or `?` matches `/` and a leading
// `.` too) or FNM_CASEFOLD (ASCII letters). A pattern is compiled once; matching backtracks only
// to the last `*`, so it stays O(pattern x name) where a regular expression could take exponential time.

import { encodeText } from '../../bytes';
import { C_CLASSES, isCharClass } from '../../ctype';

type Token =
  | { readonly kind: 'star' }
  | { readonly kind: 'any' }
  | { readonly kind: 'byte'; readonly value: number }
  | { readonly kind: 'set'; readonly bytes: Uint8Array };

const fold = (b: number) => (b >= 65 && b <= 90 ? b + 32 : b);

/** A bracket expression at p[start] === '['; null when it is not closed (then `[` is literal). */
function bracket(p: Uint8Array, start: number, caseFold: boolean): { token: Token; end: number } | null {
  let i = start + 1;
  let negate = false;
  if (p[i] === 0x21 || p[i] === 0x5e) {
    negate = true;
    i++;
  }
  const member = new Uint8Array(256);
  const add = (b: number) => {
    member[b] = 1;
    if (caseFold && b >= 65 && b <= 90) member[b + 32] = 1;
    if (caseFold && b >= 97 && b <= 122) member[b - 32] = 1;
  };
  let first = true;
  while (i < p.length && (p[i] !== 0x5d || first)) {
    first = false;
    if (p[i] === 0x5b && p[i + 1] === 0x3a) {
      const text = String.fromCharCode(...p.subarray(i + 2, Math.min(p.length, i + 12)));
      const m = /^([a-z]+):\]/.exec(text);
      if (m && isCharClass(m[1])) {
        const inClass = C_CLASSES[m[1]];
        for (let b = 0; b < 256; b++) if (inClass(b)) add(b);
        i += m[0].length + 2;
        continue;
      }
    }
    let lo = p[i];
    if (lo === 0x5c && i + 1 < p.length) lo = p[++i];
    i++;
    let hi = lo;
    if (p[i] === 0x2d && i + 1 < p.length && p[i + 1] !== 0x5d) {
      hi = p[i + 1];
      i += 2;
      if (hi === 0x5c && i < p.length) hi = p[i++];
    }
    for (let b = lo; b <= hi; b++) add(b);
  }
  if (i >= p.length) return null;
  const bytes = negate ? member.map((m) => 1 - m) : member;
  return { token: { kind: 'set', bytes }, end: i + 1 };
}

export interface Pattern {
  test(name: string): boolean;
}

/** Compiles an fnmatch pattern (flags 0, or FNM_CASEFOLD). */
export function compilePattern(pattern: string, caseFold = false): Pattern {
  const p = encodeText(pattern);
  const tokens: Token[] = [];
  for (let i = 0; i < p.length;) {
    const c = p[i];
    if (c === 0x2a) {
      while (p[i] === 0x2a) i++;
      tokens.push({ kind: 'star' });
    } else if (c === 0x3f) {
      tokens.push({ kind: 'any' });
      i++;
    } else if (c === 0x5b && bracket(p, i, caseFold)) {
      const b = bracket(p, i, caseFold)!;
      tokens.push(b.token);
      i = b.end;
    } else {
      const value = c === 0x5c && i + 1 < p.length ? p[++i] : c;
      tokens.push({ kind: 'byte', value: caseFold ? fold(value) : value });
      i++;
    }
  }
  const one = (t: Token, b: number): boolean => {
    if (t.kind === 'any') return true;
    if (t.kind === 'set') return t.bytes[b] === 1;
    return t.kind === 'byte' && t.value === (caseFold ? fold(b) : b);
  };
  return {
    test(name: string): boolean {
      const s = encodeText(name);
      let ti = 0;
      let si = 0;
      let starT = -1;
      let starS = 0;
      while (si < s.length) {
        if (ti < tokens.length && tokens[ti].kind === 'star') {
          starT = ti++;
          starS = si;
        } else if (ti < tokens.length && one(tokens[ti], s[si])) {
          ti++;
          si++;
        } else if (starT >= 0) {
          ti = starT + 1;
          si = ++starS;
        } else return false;
      }
      while (ti < tokens.length && tokens[ti].kind === 'star') ti++;
      return ti === tokens.length;
    },
  };
}

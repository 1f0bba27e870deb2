// Models mawk's string and number builtins (bi_funct.c) on byte strings: substr with mawk's
// truncating d_to_i and its start-before-1 arithmetic, index, match setting RSTART and RLENGTH,
// sub and gsub (`&` is the match, `\&` a plain `&`, `\\` one backslash; gsub takes no empty match
// right after a match), tolower and toupper of ASCII letters only, and rand/srand as glibc's
// random(3) that this mawk uses: srand(N) then rand() gives the numbers the real one gives.

import type { Matcher } from './regex';

/** mawk's d_to_i: toward zero, clamped to the int range. */
export function dToI(d: number): number {
  if (d >= 2147483647) return 2147483647;
  if (d > -2147483647) return Math.trunc(d);
  return -2147483647;
}

export function substr(s: string, start: number, length?: number): string {
  const len = s.length;
  if (len === 0) return '';
  let n = length === undefined ? len : dToI(length);
  let i = dToI(start) - 1;
  if (i > len) n = 0;
  if (i < 0) {
    n -= i + 1;
    i = 0;
  }
  if (n > len - i) n = len - i;
  return n <= 0 ? '' : s.slice(i, i + n);
}

export function match(s: string, m: Matcher): [start: number, length: number] {
  const hit = m.re.exec(s);
  return hit ? [hit.index + 1, hit[0].length] : [0, -1];
}

/** The replacement text for one match. */
function expand(repl: string, matched: string): string {
  if (!repl.includes('&') && !repl.includes('\\')) return repl;
  let out = '';
  for (let i = 0; i < repl.length; i++) {
    const c = repl[i];
    if (c === '\\' && (repl[i + 1] === '&' || repl[i + 1] === '\\')) out += repl[++i];
    else if (c === '&') out += matched;
    else out += c;
  }
  return out;
}

/** sub (global false) or gsub: the new string and the number of replacements. */
export function substitute(target: string, m: Matcher, repl: string, global: boolean): [string, number] {
  if (!global) {
    const hit = m.re.exec(target);
    if (!hit) return [target, 0];
    const after = hit.index + hit[0].length;
    return [target.slice(0, hit.index) + expand(repl, hit[0]) + target.slice(after), 1];
  }
  const re = m.global;
  let out = '';
  let count = 0;
  let at = 0;
  let lastEnd = -1;
  re.lastIndex = 0;
  while (at <= target.length) {
    re.lastIndex = at;
    const hit = re.exec(target);
    if (!hit) break;
    if (hit[0].length === 0 && hit.index === lastEnd) {
      if (hit.index >= target.length) break;
      out += target.slice(at, hit.index + 1);
      at = hit.index + 1;
      continue;
    }
    out += target.slice(at, hit.index) + expand(repl, hit[0]);
    count++;
    if (hit[0].length === 0) {
      if (hit.index < target.length) out += target[hit.index];
      at = hit.index + 1;
    } else at = hit.index + hit[0].length;
    lastEnd = hit.index + hit[0].length;
  }
  if (at < target.length) out += target.slice(at);
  return [out, count];
}

export function toLower(s: string): string {
  return s.replace(/[A-Z]+/g, (x) => x.toLowerCase());
}

export function toUpper(s: string): string {
  return s.replace(/[a-z]+/g, (x) => x.toUpperCase());
}

/** glibc's random(3), TYPE_3: an additive feedback generator over 31 words. */
export class Random {
  private r: Int32Array = new Int32Array(34);
  private k = 0;

  constructor(seed: number) {
    this.seed(seed);
  }

  seed(seed: number): void {
    const r = new Int32Array(34);
    let word = seed === 0 ? 1 : seed;
    r[0] = word;
    for (let i = 1; i < 31; i++) {
      const hi = Math.trunc(word / 127773);
      const lo = word % 127773;
      word = 16807 * lo - 2836 * hi;
      if (word < 0) word += 2147483647;
      r[i] = word;
    }
    for (let i = 31; i < 34; i++) r[i] = r[i - 31];
    this.r = r;
    this.k = 34;
    for (let i = 0; i < 310; i++) this.next();
  }

  /** The next value in [0, 2^31). */
  next(): number {
    const r = this.r;
    const v = (r[(this.k - 31) % 34] + r[(this.k - 3) % 34]) | 0;
    r[this.k % 34] = v;
    this.k++;
    return v >>> 1;
  }
}

// Models mawk's regular expressions (rexp.c) by translating them to JavaScript RegExp over byte
// strings: POSIX EREs where `.` matches a newline too, `{` `}` are plain characters (this mawk has
// no repetitions), a backslash before an ordinary character means that character, bracket
// expressions take [:class:] names and backslash escapes, `**` and the like stack. mawk's own
// failures ("missing operand", "missing ')'", "bad class") are reported in its words.
// NOTE: matching is JavaScript's leftmost-first, not POSIX leftmost-longest: `a|ab` on "ab" finds "a".

import { RuntimeError } from './errors';
import { CLASS } from '../regex';

const ESCAPES: Record<string, string> = { n: '\n', t: '\t', r: '\r', f: '\f', v: '\v', a: '\x07', b: '\b' };

export class RegexError extends Error {}

/** A character as JavaScript regex source, escaped when it is special. */
function literal(c: string): string {
  if (/[\\^$.*+?()[\]{}|/-]/.test(c)) return '\\' + c;
  const code = c.charCodeAt(0);
  return code < 0x20 || code === 0x7f ? '\\x' + code.toString(16).padStart(2, '0') : c;
}

/** A backslash sequence at re[i] (the backslash): the character it stands for and the next index. */
function escape(re: string, i: number): [string, number] {
  const n = re[i + 1];
  if (n === undefined) return ['\\', i + 1];
  if (n in ESCAPES) return [ESCAPES[n], i + 2];
  const oct = /^[0-7]{1,3}/.exec(re.slice(i + 1, i + 4));
  if (oct) return [String.fromCharCode(parseInt(oct[0], 8) & 0xff), i + 1 + oct[0].length];
  return [n, i + 2];
}

function bracket(re: string, i: number): [string, number] {
  const bad = new RegexError('bad class -- [], [^] or [');
  let j = i + 1;
  let out = '[';
  if (re[j] === '^') {
    out += '^';
    j++;
  }
  let first = true;
  while (j < re.length && (re[j] !== ']' || first)) {
    const firstItem = first;
    first = false;
    if (re.startsWith('[:', j)) {
      const end = re.indexOf(':]', j + 2);
      const cls = end > 0 ? CLASS[re.slice(j + 2, end)] : undefined;
      if (cls === undefined) throw bad;
      out += cls;
      j = end + 2;
      continue;
    }
    let c = re[j];
    if (c === '\\') [c, j] = escape(re, j);
    else j++;
    out += c === '-' && !firstItem && re[j] !== ']' ? '-' : literal(c);
  }
  if (j >= re.length) throw bad;
  return [out + ']', j + 1];
}

/** Translates a mawk regular expression to JavaScript source; a RegexError when mawk rejects it. */
export function translate(re: string): string {
  let out = '';
  /** Whether an operand may not start here (after `(`, `|` or at the start). */
  let needOperand = true;
  let lastQuant = '';
  let depth = 0;
  const missing = new RegexError('missing operand');
  for (let i = 0; i < re.length;) {
    const c = re[i];
    if (c === '*' || c === '+' || c === '?') {
      if (needOperand) throw missing;
      i++;
      if (lastQuant) {
        const merged = lastQuant === c && c !== '*' ? c : '*';
        out = out.slice(0, -1) + merged;
        lastQuant = merged;
      } else {
        out += c;
        lastQuant = c;
      }
      continue;
    }
    lastQuant = '';
    if (c === '|') {
      if (needOperand || i + 1 >= re.length || re[i + 1] === ')') throw missing;
      out += '|';
      needOperand = true;
      i++;
      continue;
    }
    needOperand = false;
    if (c === '(') {
      depth++;
      out += '(?:';
      needOperand = true;
      if (re[i + 1] === ')') needOperand = false;
      i++;
    } else if (c === ')') {
      if (depth === 0) throw new RegexError("missing '('");
      depth--;
      out += ')';
      i++;
    } else if (c === '[') {
      const [src, next] = bracket(re, i);
      out += src;
      i = next;
    } else if (c === '\\') {
      const [ch, next] = escape(re, i);
      out += literal(ch);
      i = next;
    } else if (c === '.') {
      out += '.';
      i++;
    } else if (c === '^' || c === '$') {
      out += c;
      needOperand = c === '^';
      i++;
    } else {
      out += literal(c);
      i++;
    }
  }
  if (depth > 0) throw new RegexError("missing ')'");
  return out;
}

export interface Matcher {
  /** For tests: no state between calls. */
  readonly re: RegExp;
  /** For scanning (sub, gsub, split, RS): lastIndex is set before each exec. */
  readonly global: RegExp;
}

const cache = new Map<string, Matcher>();

/** A regular expression made from a string at run time: mawk's error is a run time error. */
export function dynamicRegex(src: string): Matcher {
  try {
    return compileRegex(src);
  } catch (err) {
    if (err instanceof RegexError)
      throw new RuntimeError(`regular expression compile failed (${err.message})\n${src}`);
    throw err;
  }
}

/** The compiled form of a regular expression's text; throws RegexError. */
export function compileRegex(src: string): Matcher {
  let m = cache.get(src);
  if (m) return m;
  const js = translate(src);
  m = { re: new RegExp(js, 's'), global: new RegExp(js, 'gs') };
  if (cache.size > 500) cache.clear();
  cache.set(src, m);
  return m;
}

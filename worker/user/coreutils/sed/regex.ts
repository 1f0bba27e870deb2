// Models the regular expressions of GNU sed 4.9: glibc regcomp with RE_SYNTAX_POSIX_BASIC (or
// _EXTENDED for -E) in the C locale, parsed into a tree over bytes. BRE has \( \) \{ \} and the
// GNU \+ \? \|; `*` is literal at the start of an expression or after an anchor, `^` and `$` are
// anchors only at its ends; a BRE refuses `*` or \{ after another quantifier. GNU escapes: \w \W
// \s \S \b \B \< \> \` \'. `.` and non-matching lists match a newline unless the M flag is given,
// with which `^` and `$` also match around newlines. Every character becomes a set of bytes, so
// the I flag is exact. Errors are regcomp's messages (a RegexSyntaxError unwinds the parse;
// parseRegex() catches it).

import { RegexSyntaxError, looksLikeBareClass, parseBracket } from './bracket';

export interface RegexFlags {
  readonly extended: boolean;
  /** The I flag. */
  readonly icase: boolean;
  /** The M flag: the line delimiter whose neighbourhood `^` and `$` match; null without M. */
  readonly newline: number | null;
  /** GNU's operators: \+ \? \| in a BRE, \w \s \b \< \` and the like (off with --posix). */
  readonly gnuOps: boolean;
}

export type AssertKind = 'bol' | 'eol' | 'bob' | 'eob' | 'boundary' | 'inside' | 'wordStart' | 'wordEnd';

/** The parsed pattern. A `set` matches one byte; `repeat` has max Infinity when unbounded. */
export type Node =
  | { readonly type: 'set'; readonly bytes: Uint8Array }
  | { readonly type: 'seq'; readonly items: readonly Node[] }
  | { readonly type: 'alt'; readonly items: readonly Node[] }
  | { readonly type: 'group'; readonly index: number; readonly body: Node }
  | { readonly type: 'repeat'; readonly body: Node; readonly min: number; readonly max: number }
  | { readonly type: 'assert'; readonly kind: AssertKind }
  | { readonly type: 'backref'; readonly index: number };

export interface Parsed {
  readonly root: Node;
  /** Number of capturing groups. */
  readonly groups: number;
  readonly backrefs: boolean;
  /** The M flag's line delimiter, for `bol` and `eol`. */
  readonly newline: number | null;
}

/** A compile failure: regcomp's message, or dfa's fatal warning (`panic`, exit status 4). */
export interface RegexError {
  readonly message: string;
  readonly panic: boolean;
}

const RE_DUP_MAX = 0x7fff;

export function byteSet(test: (c: number) => boolean): Uint8Array {
  const set = new Uint8Array(256);
  for (let c = 0; c < 256; c++) if (test(c)) set[c] = 1;
  return set;
}

const isWordByte = (c: number) =>
  (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x5f;
const isSpaceByte = (c: number) => c === 0x20 || (c >= 0x09 && c <= 0x0d);
const ESCAPE_SETS: Readonly<Record<string, Uint8Array>> = {
  w: byteSet(isWordByte),
  W: byteSet((c) => !isWordByte(c)),
  s: byteSet(isSpaceByte),
  S: byteSet((c) => !isSpaceByte(c)),
};
const ESCAPE_ASSERTS: Readonly<Record<string, AssertKind>> = {
  b: 'boundary',
  B: 'inside',
  '<': 'wordStart',
  '>': 'wordEnd',
  '`': 'bob',
  "'": 'eob',
};

class Parser {
  private i = 0;
  private groups = 0;
  private readonly closed = new Set<number>();
  private backrefs = false;

  constructor(
    private readonly re: string,
    private readonly flags: RegexFlags,
  ) {}

  run(): Parsed {
    const root = this.alternation(0);
    return { root, groups: this.groups, backrefs: this.backrefs, newline: this.flags.newline };
  }

  private get ere(): boolean {
    return this.flags.extended;
  }

  private at(text: string): boolean {
    return this.re.startsWith(text, this.i);
  }

  private atAlt(): boolean {
    return this.ere ? this.at('|') : this.flags.gnuOps && this.at('\\|');
  }

  private atClose(): boolean {
    return this.ere ? this.at(')') : this.at('\\)');
  }

  private alternation(depth: number): Node {
    const items = [this.branch(depth)];
    while (this.atAlt()) {
      this.i += this.ere ? 1 : 2;
      items.push(this.branch(depth));
    }
    return items.length === 1 ? items[0] : { type: 'alt', items };
  }

  private branch(depth: number): Node {
    const items: Node[] = [];
    while (this.i < this.re.length && !this.atAlt()) {
      if (this.atClose()) {
        if (depth > 0) break;
        throw new RegexSyntaxError('Unmatched ) or \\)');
      }
      const atom = this.atom(items.length === 0, depth);
      items.push(atom.type === 'assert' ? atom : this.quantifiers(atom));
    }
    return items.length === 1 ? items[0] : { type: 'seq', items };
  }

  /** A BRE `$` is an anchor only at the end of the pattern or before \) or \|. */
  private dollarIsAnchor(): boolean {
    if (this.ere) return true;
    const next = this.re.slice(this.i + 1, this.i + 3);
    return this.i + 1 === this.re.length || next === '\\)' || (this.flags.gnuOps && next === '\\|');
  }

  private literal(ch: string): Node {
    const c = ch.charCodeAt(0);
    const bytes = new Uint8Array(256);
    bytes[c] = 1;
    if (this.flags.icase && /[A-Za-z]/.test(ch)) bytes[c ^ 0x20] = 1;
    return { type: 'set', bytes };
  }

  private atom(start: boolean, depth: number): Node {
    const re = this.re;
    const c = re[this.i];
    const nl = this.flags.newline;
    if (this.ere && '*+?{'.includes(c)) throw new RegexSyntaxError('Invalid preceding regular expression');
    if (this.ere ? c === '(' : this.at('\\(')) {
      this.i += this.ere ? 1 : 2;
      const index = ++this.groups;
      const body = this.alternation(depth + 1);
      if (!this.atClose()) throw new RegexSyntaxError('Unmatched ( or \\(');
      this.i += this.ere ? 1 : 2;
      this.closed.add(index);
      return { type: 'group', index, body };
    }
    if (c === '^' && (this.ere || start)) {
      this.i++;
      return { type: 'assert', kind: 'bol' };
    }
    if (c === '$' && this.dollarIsAnchor()) {
      this.i++;
      return { type: 'assert', kind: 'eol' };
    }
    if (c === '.') {
      this.i++;
      return { type: 'set', bytes: byteSet((b) => nl === null || b !== 0x0a) };
    }
    if (c === '[') {
      if (looksLikeBareClass(re, this.i)) throw new BareClass();
      const [bytes, next] = parseBracket(re, this.i, {
        icase: this.flags.icase,
        newline: nl === null ? null : 0x0a,
      });
      this.i = next;
      return { type: 'set', bytes };
    }
    if (c !== '\\') {
      this.i++;
      return this.literal(c);
    }
    const e = re[this.i + 1];
    if (e === undefined) throw new RegexSyntaxError('Trailing backslash');
    this.i += 2;
    if (!this.ere && e === '{') throw new RegexSyntaxError('Invalid preceding regular expression');
    if (e >= '1' && e <= '9') {
      const index = e.charCodeAt(0) - 0x30;
      if (!this.closed.has(index)) throw new RegexSyntaxError('Invalid back reference');
      this.backrefs = true;
      return { type: 'backref', index };
    }
    if (this.flags.gnuOps && Object.hasOwn(ESCAPE_SETS, e)) return { type: 'set', bytes: ESCAPE_SETS[e] };
    if (this.flags.gnuOps && Object.hasOwn(ESCAPE_ASSERTS, e))
      return { type: 'assert', kind: ESCAPE_ASSERTS[e] };
    return this.literal(e);
  }

  /** Reads the quantifiers after an atom; a BRE refuses `*` or \{ after another quantifier. */
  private quantifiers(atom: Node): Node {
    let node = atom;
    for (let stacked = false; ; stacked = true) {
      const q = this.quantifier(stacked);
      if (q === null) return node;
      node = { type: 'repeat', body: node, min: q[0], max: q[1] };
    }
  }

  private quantifier(stacked: boolean): [number, number] | null {
    const c = this.re[this.i];
    const simple = (ch: string): [number, number] =>
      ch === '*' ? [0, Infinity] : ch === '+' ? [1, Infinity] : [0, 1];
    if (this.ere) {
      if (c === '*' || c === '+' || c === '?') {
        this.i++;
        return simple(c);
      }
      if (c !== '{') return null;
      this.i++;
      return this.interval('}');
    }
    if (c === '*') {
      if (stacked) throw new RegexSyntaxError('Invalid preceding regular expression');
      this.i++;
      return simple(c);
    }
    if (this.flags.gnuOps && (this.at('\\+') || this.at('\\?'))) {
      this.i += 2;
      return simple(this.re[this.i - 1]);
    }
    if (!this.at('\\{')) return null;
    if (stacked) throw new RegexSyntaxError('Invalid preceding regular expression');
    this.i += 2;
    return this.interval('\\}');
  }

  /** `{m}`, `{m,}`, `{m,n}` or GNU's `{,n}`, after the opening brace. */
  private interval(close: string): [number, number] {
    const m = /^(\d*)(,(\d*))?/.exec(this.re.slice(this.i, this.i + 24));
    const min = m && m[1] !== '' ? Number(m[1]) : null;
    const max = m && m[2] !== undefined ? (m[3] !== '' ? Number(m[3]) : Infinity) : min;
    this.i += m ? m[0].length : 0;
    if (!this.at(close)) {
      throw new RegexSyntaxError(this.i >= this.re.length ? 'Unmatched \\{' : 'Invalid content of \\{\\}');
    }
    this.i += close.length;
    if (min === null && max === null) throw new RegexSyntaxError('Invalid content of \\{\\}');
    const lo = min ?? 0;
    const hi = max ?? lo;
    if (hi < lo) throw new RegexSyntaxError('Invalid content of \\{\\}');
    if (lo > RE_DUP_MAX || (hi !== Infinity && hi > RE_DUP_MAX)) {
      throw new RegexSyntaxError('Regular expression too big');
    }
    return [lo, hi];
  }
}

/** The fatal dfa warning about `[:space:]`. */
class BareClass {}

/** Parses a POSIX pattern (a byte string); a RegexError when regcomp would refuse it. */
export function parseRegex(re: string, flags: RegexFlags): Parsed | RegexError {
  try {
    return new Parser(re, flags).run();
  } catch (e) {
    if (e instanceof RegexSyntaxError) return { message: e.message, panic: false };
    if (e instanceof BareClass) {
      return { message: 'character class syntax is [[:space:]], not [:space:]', panic: true };
    }
    throw e;
  }
}

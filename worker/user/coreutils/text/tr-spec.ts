// Models the sets of coreutils tr (src/tr.c): unquote() of the escapes \\ \a \b \f \n \r \t \v
// \NNN, build_spec_list() of the constructs (a-z ranges, [:class:], [=c=], [c*n] repeats, plain
// bytes) and get_next(), the walk over a set's bytes in order. Bytes are numbers 0..255; the
// classes are those of the C locale.

import { quote } from './quoting';
import { CLASS_NAMES, inClass, type CharClass } from './tr-classes';

export type Element =
  | { readonly type: 'char'; readonly c: number }
  | { readonly type: 'range'; readonly first: number; readonly last: number }
  | { readonly type: 'class'; readonly cls: CharClass }
  | { readonly type: 'equiv'; readonly c: number }
  /** count 0 is `[c*]` (or `[c*0]`), filled in to string1's length for string2. */
  | { readonly type: 'repeat'; readonly c: number; count: number };

const PRINTABLE_ESCAPES: Readonly<Record<number, string>> = {
  0x5c: '\\',
  7: '\\a',
  8: '\\b',
  12: '\\f',
  10: '\\n',
  13: '\\r',
  9: '\\t',
  11: '\\v',
};

function printableChar(c: number): string {
  return c >= 0x20 && c < 0x7f ? String.fromCharCode(c) : `\\${c.toString(8).padStart(3, '0')}`;
}

/** make_printable_str(): bytes for a diagnostic. */
function printableStr(bytes: readonly number[]): string {
  return bytes.map((c) => PRINTABLE_ESCAPES[c] ?? printableChar(c)).join('');
}

interface Unquoted {
  readonly s: number[];
  readonly escaped: boolean[];
}

/** unquote(): the escapes turned to bytes, each marked as escaped; warnings go to `warn`. */
function unquote(arg: string, warn: (message: string) => void): Unquoted {
  const s: number[] = [];
  const escaped: boolean[] = [];
  const a = [...arg].map((ch) => ch.charCodeAt(0));
  const named: Readonly<Record<number, number>> = { 0x5c: 0x5c, 0x61: 7, 0x62: 8, 0x66: 12, 0x6e: 10 };
  const more: Readonly<Record<number, number>> = { 0x72: 13, 0x74: 9, 0x76: 11 };
  const octal = (i: number) => (i < a.length && a[i] >= 0x30 && a[i] <= 0x37 ? a[i] - 0x30 : -1);
  for (let i = 0; i < a.length; i++) {
    if (a[i] !== 0x5c) {
      s.push(a[i]);
      escaped.push(false);
      continue;
    }
    const next = a[i + 1];
    let c: number;
    let esc = true;
    if (next === undefined) {
      warn('warning: an unescaped backslash at end of string is not portable');
      esc = false;
      i--;
      c = 0x5c;
    } else if (named[next] !== undefined || more[next] !== undefined) c = named[next] ?? more[next];
    else if (octal(i + 1) >= 0) {
      c = octal(i + 1);
      if (octal(i + 2) >= 0) {
        c = 8 * c + octal(i + 2);
        i++;
        if (octal(i + 2) >= 0) {
          if (8 * c + octal(i + 2) < 256) {
            c = 8 * c + octal(i + 2);
            i++;
          } else {
            const [d0, d1, d2] = [a[i], a[i + 1], a[i + 2]].map((d) => String.fromCharCode(d));
            warn(
              `warning: the ambiguous octal escape \\${d0}${d1}${d2} is being\n` +
                `\tinterpreted as the 2-byte sequence \\0${d0}${d1}, ${d2}`,
            );
          }
        }
      }
    } else c = next;
    i++;
    s.push(c);
    escaped.push(esc);
  }
  return { s, escaped };
}

/** es_match(): the byte at i is `c` and was not escaped. */
function matches(es: Unquoted, i: number, c: string): boolean {
  return es.s[i] === c.charCodeAt(0) && !es.escaped[i];
}

/** find_bracketed_repeat(): `[c*]` or `[c*N]` at start (the c); the error text if N is bad. */
function bracketedRepeat(
  es: Unquoted,
  start: number,
): { c: number; count: number; close: number } | string | null {
  if (!matches(es, start + 1, '*')) return null;
  for (let i = start + 2; i < es.s.length && !es.escaped[i]; i++) {
    if (es.s[i] !== 0x5d) continue;
    const digits = es.s.slice(start + 2, i);
    let count = 0;
    if (digits.length) {
      const text = String.fromCharCode(...digits);
      const valid = digits[0] === 0x30 ? /^[0-7]+$/.test(text) : /^\d+$/.test(text);
      count = valid ? parseInt(text, digits[0] === 0x30 ? 8 : 10) : NaN;
      if (!valid || !(count <= 2 ** 64 - 2))
        return `invalid repeat count ${quote(printableStr(digits))} in [c*n] construct`;
    }
    return { c: es.s[start], count, close: i };
  }
  return null;
}

/** star_digits_closebracket(): `*` digits `]` from idx. */
function starDigitsClose(es: Unquoted, idx: number): boolean {
  if (!matches(es, idx, '*')) return false;
  for (let i = idx + 1; i < es.s.length; i++) {
    if (!inClass('digit', es.s[i]) || es.escaped[i]) return matches(es, i, ']');
  }
  return false;
}

/** parse_str(): a set's constructs, or the diagnostic that rejects it. */
export function parseSet(arg: string, warn: (message: string) => void): Element[] | { error: string } {
  const es = unquote(arg, warn);
  const p = es.s;
  const list: Element[] = [];
  let i = 0;
  while (i + 2 < p.length) {
    if (matches(es, i, '[')) {
      if (matches(es, i + 1, ':') || matches(es, i + 1, '=')) {
        let close = -1;
        for (let k = i + 2; k < p.length - 1; k++) {
          if (p[k] === p[i + 1] && p[k + 1] === 0x5d && !es.escaped[k] && !es.escaped[k + 1]) {
            close = k;
            break;
          }
        }
        if (close >= 0) {
          const operand = p.slice(i + 2, close);
          if (operand.length === 0)
            return {
              error:
                p[i + 1] === 0x3a
                  ? "missing character class name '[::]'"
                  : "missing equivalence class character '[==]'",
            };
          if (p[i + 1] === 0x3a) {
            const name = String.fromCharCode(...operand);
            const cls = CLASS_NAMES.find((n) => n === name);
            if (cls) {
              list.push({ type: 'class', cls });
              i = close + 2;
              continue;
            }
            if (!starDigitsClose(es, i + 2))
              return { error: `invalid character class ${quote(printableStr(operand))}` };
          } else if (operand.length === 1) {
            list.push({ type: 'equiv', c: operand[0] });
            i = close + 2;
            continue;
          } else if (!starDigitsClose(es, i + 2)) {
            return {
              error: `${printableStr(operand)}: equivalence class operand must be a single character`,
            };
          }
        }
      }
      const r = bracketedRepeat(es, i + 1);
      if (typeof r === 'string') return { error: r };
      if (r) {
        list.push({ type: 'repeat', c: r.c, count: r.count });
        i = r.close + 1;
        continue;
      }
    }
    if (matches(es, i + 1, '-')) {
      if (p[i + 2] < p[i])
        return {
          error: `range-endpoints of '${printableChar(p[i])}-${printableChar(p[i + 2])}' are in reverse collating sequence order`,
        };
      list.push({ type: 'range', first: p[i], last: p[i + 2] });
      i += 3;
    } else list.push({ type: 'char', c: p[i++] });
  }
  for (; i < p.length; i++) list.push({ type: 'char', c: p[i] });
  return list;
}

/** The class of the construct a byte came from, when it is [:upper:] or [:lower:]. */
export type CaseClass = 'lower' | 'upper' | null;

const NEW_ELEMENT = -1;

/** get_next() with its saved state: the bytes of a set in order, -1 at the end. */
export class SetCursor {
  private at = 0;
  private state = NEW_ELEMENT;
  caseClass: CaseClass = null;

  constructor(private readonly list: readonly Element[]) {}

  next(): number {
    this.caseClass = null;
    for (;;) {
      const p = this.list[this.at];
      if (!p) return -1;
      switch (p.type) {
        case 'char':
        case 'equiv':
          this.skip();
          return p.c;
        case 'range': {
          this.state = this.state === NEW_ELEMENT ? p.first : this.state + 1;
          const c = this.state;
          if (c === p.last) this.skip();
          return c;
        }
        case 'class': {
          if (p.cls === 'lower' || p.cls === 'upper') this.caseClass = p.cls;
          let c = this.state;
          if (c === NEW_ELEMENT) for (c = 0; !inClass(p.cls, c); c++);
          let n = c + 1;
          while (n < 256 && !inClass(p.cls, n)) n++;
          if (n < 256) this.state = n;
          else this.skip();
          return c;
        }
        case 'repeat':
          if (p.count === 0) {
            this.skip();
            continue;
          }
          this.state = this.state === NEW_ELEMENT ? 1 : this.state + 1;
          if (this.state >= p.count) this.skip();
          return p.c;
      }
    }
  }

  /** skip_construct(): on to the next construct. */
  skip(): void {
    this.at++;
    this.state = NEW_ELEMENT;
  }

  /** Whether the next byte starts a construct. */
  atNewElement(): boolean {
    return this.state === NEW_ELEMENT;
  }

  /** How many more copies a repeat being walked will give (0 when not inside a repeat). */
  repeatLeft(): number {
    const p = this.list[this.at];
    return p?.type === 'repeat' && this.state !== NEW_ELEMENT ? p.count - this.state : 0;
  }

  /** Moves n copies on inside the current repeat (fewer than repeatLeft()). */
  advanceRepeat(n: number): void {
    this.state += n;
  }
}

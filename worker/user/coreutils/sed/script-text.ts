// Models how GNU sed's compile.c reads script text: one character at a time with a one-character
// pushback, counting lines of a script file for `file NAME line N:` and characters of a -e
// expression for `-e expression #N, char C:` in its diagnostics; the delimited strings of s, y
// and addresses (match_slash, with bracket expressions taken whole); and the \-escapes it turns
// into bytes before anything else sees them (normalize_text). bad_prog() ends sed: here it throws
// a SedExit, which the compiler's caller turns into the message and exit status.

/** A diagnostic that ends sed: status 1 for a bad script (EXIT_BAD_USAGE), 4 for panic(). */
export class SedExit {
  constructor(
    readonly message: string,
    readonly status: number,
  ) {}
}

/** Where a script comes from, for diagnostics. */
export interface ScriptOrigin {
  /** The file of -f; null for -e (or the script operand). */
  readonly file: string | null;
  /** The number of the -e expression (counting only -e). */
  readonly expression: number;
}

export const EOF = '';

const isBlank = (c: string) => c === ' ' || c === '\t';
const isDigit = (c: string) => c >= '0' && c <= '9' && c.length === 1;

export type TextKind = 'buffer' | 'replacement' | 'regex';

export class ScriptReader {
  cur = 0;
  /** The line being read, for a script file (counting from 1). */
  line: number;

  constructor(
    readonly text: string,
    readonly origin: ScriptOrigin,
  ) {
    this.line = origin.file === null ? 0 : 1;
  }

  /** bad_prog(): the diagnostic with where the reader is. */
  fail(why: string): never {
    throw new SedExit(`${this.where()}${why}`, 1);
  }

  where(charPosition = this.cur): string {
    const o = this.origin;
    return o.file !== null
      ? `file ${o.file} line ${this.line}: `
      : `-e expression #${o.expression}, char ${charPosition}: `;
  }

  inchar(): string {
    if (this.cur >= this.text.length) return EOF;
    const ch = this.text[this.cur++];
    if (ch === '\n') this.line++;
    return ch;
  }

  savchar(ch: string): void {
    if (ch === EOF) return;
    if (ch === '\n' && this.line > 0) this.line--;
    this.cur--;
  }

  inNonblank(): string {
    let ch: string;
    do ch = this.inchar();
    while (isBlank(ch));
    return ch;
  }

  /** in_integer(): the digits from `ch` on, as a number; pushes back what follows. */
  inInteger(ch: string): number {
    let n = 0;
    while (isDigit(ch)) {
      n = Math.min(n * 10 + Number(ch), Number.MAX_SAFE_INTEGER);
      ch = this.inchar();
    }
    this.savchar(ch);
    return n;
  }

  isDigit(ch: string): boolean {
    return isDigit(ch);
  }

  /** read_end_of_cmd(): only a separator, `}` or `#` may follow a command. */
  endOfCommand(): void {
    const ch = this.inNonblank();
    if (ch === '}' || ch === '#') this.savchar(ch);
    else if (ch !== EOF && ch !== '\n' && ch !== ';') this.fail('extra characters after command');
  }

  /** read_filename(): the rest of the line, after blanks. */
  filename(): string {
    let b = '';
    let ch = this.inNonblank();
    while (ch !== EOF && ch !== '\n') {
      b += ch;
      ch = this.inchar();
    }
    return b;
  }

  /** read_label(): up to a blank, `;`, `}`, `#` or the end of the line. */
  label(): string {
    let b = '';
    let ch = this.inNonblank();
    while (ch !== EOF && ch !== '\n' && !isBlank(ch) && ch !== ';' && ch !== '}' && ch !== '#') {
      b += ch;
      ch = this.inchar();
    }
    this.savchar(ch);
    return b;
  }

  /**
   * match_slash(): the text up to an unescaped `slash`, null when the line or script ends first.
   * `\slash` loses its backslash (but `\&` keeps it in a replacement); in a regex a bracket
   * expression is taken whole, so the delimiter may appear inside it.
   */
  delimited(slash: string, regex: boolean): string | null {
    let b = '';
    let ch: string;
    while ((ch = this.inchar()) !== EOF && ch !== '\n') {
      if (ch === slash) return b;
      if (ch === '\\') {
        ch = this.inchar();
        if (ch === EOF) break;
        if (ch !== '\n' && (ch !== slash || (!regex && ch === '&'))) b += '\\';
      } else if (ch === '[' && regex) {
        b += ch;
        const [taken, last] = this.bracket();
        b += taken;
        ch = last;
        if (ch !== ']') break;
      }
      b += ch;
    }
    if (ch === '\n') this.savchar(ch);
    return null;
  }

  /** snarf_char_class(): a bracket expression after its `[`; returns it and the character that ended it. */
  private bracket(): [string, string] {
    let b = '';
    let state = 0;
    let delim = '';
    let ch = this.inchar();
    if (ch === '^') {
      b += ch;
      ch = this.inchar();
    }
    if (ch === ']') {
      b += ch;
      ch = this.inchar();
    }
    for (; ; b += ch, ch = this.inchar()) {
      if (ch === EOF || ch === '\n') return [b, ch];
      if (ch === '.' || ch === ':' || ch === '=') {
        if (state === 1) {
          delim = ch;
          state = 2;
          continue;
        }
        if (state === 2 && ch === delim) {
          state = 3;
          continue;
        }
      } else if (ch === '[') {
        if (state === 0) state = 1;
        continue;
      } else if (ch === ']') {
        if (state === 0 || state === 1) return [b, ch];
        if (state === 3) state = 0;
      }
      state &= ~1;
    }
  }

  /** normalize_text(): \a \f \n \r \t \v, \dNNN \oNNN \xHH, \cX; other escapes go on (or lose the \ in text). */
  normalize(buf: string, kind: TextKind): string {
    let out = '';
    let p = 0;
    while (p < buf.length) {
      if (buf[p] !== '\\' || p + 1 >= buf.length) {
        out += buf[p++];
        continue;
      }
      const e = buf[++p];
      const simple = SIMPLE_ESCAPES[e];
      if (simple !== undefined) {
        out += simple;
        p++;
        continue;
      }
      const base = e === 'd' ? 10 : e === 'x' ? 16 : e === 'o' ? 8 : 0;
      if (base) {
        const [ch, next] = convertNumber(buf, p, base);
        if (kind === 'replacement' && (ch === '&' || ch === '\\')) out += '\\';
        out += ch;
        p = next;
        continue;
      }
      if (e === 'c') {
        if (++p < buf.length) {
          const x = buf[p];
          out += String.fromCharCode(toUpperC(x.charCodeAt(0)) ^ 0x40);
          if (x === '\\' && buf[++p] !== '\\') this.fail('recursive escaping after \\c not allowed');
          p++;
        } else if (kind !== 'buffer') out += '\\';
        continue;
      }
      if (kind !== 'buffer') out += '\\';
      out += buf[p++];
    }
    return out;
  }
}

const SIMPLE_ESCAPES: Readonly<Record<string, string>> = {
  a: '\x07',
  f: '\f',
  '\n': '\n',
  n: '\n',
  r: '\r',
  t: '\t',
  v: '\v',
};

/** toupper() in the C locale: ASCII letters only. */
export function toUpperC(c: number): number {
  return c >= 0x61 && c <= 0x7a ? c - 0x20 : c;
}

/** tolower() in the C locale. */
export function toLowerC(c: number): number {
  return c >= 0x41 && c <= 0x5a ? c + 0x20 : c;
}

/** convert_number(): up to a byte's worth of digits after the letter at buf[p]; no digits: the letter. */
function convertNumber(buf: string, p: number, base: number): [string, number] {
  let n = 0;
  let q = p + 1;
  for (let max = 1; q < buf.length && max <= 255; q++, max *= base) {
    const d = parseInt(buf[q], 16);
    if (Number.isNaN(d) || d >= base) break;
    n = n * base + d;
  }
  if (q === p + 1) return [buf[p], q];
  return [String.fromCharCode(n & 0xff), q];
}

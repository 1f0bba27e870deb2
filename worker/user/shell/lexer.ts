// Models bash's tokenizer (parse.y read_token): words with their quoting kept (single, double, backslash,
// $'...'), parameter references, comments, control operators and redirection operators with an optional
// descriptor number. Quotes are not removed here: expansion needs to know what was quoted.

import { ansiC } from './printf';

export type ParamOp = '' | '#' | ':-' | '-' | ':=' | '=' | ':+' | '+';

export type WordPart =
  | { kind: 'text'; text: string; quoted: boolean }
  | { kind: 'param'; name: string; quoted: boolean; op: ParamOp; arg: Word | null }
  | { kind: 'tilde'; user: string }
  | { kind: 'command'; text: string; quoted: boolean };

export interface Word {
  readonly parts: WordPart[];
  /** The word as typed, for messages such as `ambiguous redirect`. */
  readonly raw: string;
}

export type Token =
  | { kind: 'word'; word: Word }
  | { kind: 'op'; op: string }
  | { kind: 'redir'; op: string; fd: number | null }
  | { kind: 'eof' };

/** Input ended inside a construct: more lines are needed (bash would show its `> ` prompt). */
export class Incomplete {
  constructor(readonly quote: string | null) {}
}

/** A word or token bash rejects outright, e.g. `${x!}`: the message after `bash: `. */
export class LexError {
  constructor(readonly message: string) {}
}

const CONTROL_OPS = ['&&', '||', ';;', '|&', ';', '&', '|', '(', ')'];
const REDIR_OPS = ['&>>', '<<<', '<<', '<>', '<&', '>>', '>&', '>|', '&>', '<', '>'];
const META = new Set([' ', '\t', '\n', '|', '&', ';', '<', '>', '(', ')']);
const SPECIAL_PARAMS = new Set([
  '?',
  '$',
  '#',
  '!',
  '-',
  '@',
  '*',
  '0',
  '1',
  '2',
  '3',
  '4',
  '5',
  '6',
  '7',
  '8',
  '9',
]);

function isNameStart(c: string | undefined): boolean {
  return c !== undefined && /[A-Za-z_]/.test(c);
}

function isNameChar(c: string | undefined): boolean {
  return c !== undefined && /[A-Za-z0-9_]/.test(c);
}

/** Splits one complete input (possibly several lines) into tokens. */
export function tokenize(src: string): Token[] | Incomplete | LexError {
  const lexer = new Lexer(src);
  const tokens: Token[] = [];
  try {
    for (;;) {
      const tok = lexer.next();
      tokens.push(tok);
      if (tok.kind === 'eof') return tokens;
    }
  } catch (e) {
    if (e instanceof Incomplete || e instanceof LexError) return e;
    throw e;
  }
}

class Lexer {
  private pos = 0;

  constructor(private readonly src: string) {}

  next(): Token {
    this.skipBlanks();
    const s = this.src;
    if (this.pos >= s.length) return { kind: 'eof' };
    if (s[this.pos] === '\n') {
      this.pos++;
      return { kind: 'op', op: '\n' };
    }
    for (const op of REDIR_OPS) {
      if (s.startsWith(op, this.pos)) {
        this.pos += op.length;
        return { kind: 'redir', op, fd: null };
      }
    }
    for (const op of CONTROL_OPS) {
      if (s.startsWith(op, this.pos)) {
        this.pos += op.length;
        return { kind: 'op', op };
      }
    }
    const start = this.pos;
    const word = this.readWord(null);
    const raw = s.slice(start, this.pos);
    if (/^[0-9]+$/.test(raw) && (s[this.pos] === '<' || s[this.pos] === '>')) {
      const op = REDIR_OPS.find((o) => s.startsWith(o, this.pos) && !o.startsWith('&'))!;
      this.pos += op.length;
      return { kind: 'redir', op, fd: Number(raw) };
    }
    return { kind: 'word', word: { parts: word, raw } };
  }

  /** Blanks, backslash-newline joins and comments (a `#` that starts a word). */
  private skipBlanks(): void {
    const s = this.src;
    for (;;) {
      const c = s[this.pos];
      if (c === ' ' || c === '\t') this.pos++;
      else if (c === '\\' && s[this.pos + 1] === '\n') this.pos += 2;
      else if (c === '#') {
        while (this.pos < s.length && s[this.pos] !== '\n') this.pos++;
      } else return;
    }
  }

  /** Reads one word up to a metacharacter, or up to `stop` (the `}` of `${name:-word}`). */
  private readWord(stop: string | null): WordPart[] {
    const s = this.src;
    const parts: WordPart[] = [];
    const text = (t: string, quoted: boolean) => {
      const last = parts[parts.length - 1];
      if (last && last.kind === 'text' && last.quoted === quoted) last.text += t;
      else parts.push({ kind: 'text', text: t, quoted });
    };
    if (stop === null && s[this.pos] === '~') this.readTilde(parts);
    while (this.pos < s.length) {
      const c = s[this.pos];
      if (stop !== null ? c === stop : META.has(c)) break;
      if (c === '\\') {
        if (this.pos + 1 >= s.length) throw new Incomplete(null);
        const n = s[this.pos + 1];
        this.pos += 2;
        if (n !== '\n') text(n, true);
      } else if (c === "'") {
        const end = s.indexOf("'", this.pos + 1);
        if (end < 0) throw new Incomplete("'");
        text(s.slice(this.pos + 1, end), true);
        this.pos = end + 1;
      } else if (c === '"') {
        this.pos++;
        this.readDouble(parts, text);
      } else if (c === '$') {
        this.readDollar(parts, text, false);
      } else if (c === '`') {
        parts.push({ kind: 'command', text: this.readUntil('`', this.pos + 1), quoted: false });
      } else {
        text(c, false);
        this.pos++;
      }
    }
    return parts;
  }

  private readTilde(parts: WordPart[]): void {
    const s = this.src;
    let end = this.pos + 1;
    while (end < s.length && /[A-Za-z0-9._-]/.test(s[end])) end++;
    if (end < s.length && s[end] !== '/' && !META.has(s[end])) return;
    parts.push({ kind: 'tilde', user: s.slice(this.pos + 1, end) });
    this.pos = end;
  }

  private readDouble(parts: WordPart[], text: (t: string, q: boolean) => void): void {
    const s = this.src;
    text('', true);
    for (;;) {
      if (this.pos >= s.length) throw new Incomplete('"');
      const c = s[this.pos];
      if (c === '"') {
        this.pos++;
        return;
      }
      if (c === '\\' && this.pos + 1 < s.length && '$`"\\\n'.includes(s[this.pos + 1])) {
        if (s[this.pos + 1] !== '\n') text(s[this.pos + 1], true);
        this.pos += 2;
      } else if (c === '$') {
        this.readDollar(parts, text, true);
      } else if (c === '`') {
        parts.push({ kind: 'command', text: this.readUntil('`', this.pos + 1), quoted: true });
      } else {
        text(c, true);
        this.pos++;
      }
    }
  }

  private readDollar(parts: WordPart[], text: (t: string, q: boolean) => void, quoted: boolean): void {
    const s = this.src;
    const n = s[this.pos + 1];
    if (n === "'" && !quoted) {
      const end = this.findAnsiEnd(this.pos + 2);
      text(ansiC(s.slice(this.pos + 2, end)), true);
      this.pos = end + 1;
    } else if (n === '"' && !quoted) {
      this.pos += 2;
      this.readDouble(parts, text);
    } else if (n === '{') {
      this.pos += 2;
      parts.push(this.readBraced(quoted));
    } else if (n === '(') {
      parts.push({ kind: 'command', text: this.readParens(this.pos + 2), quoted });
    } else if (isNameStart(n)) {
      let end = this.pos + 1;
      while (isNameChar(s[end])) end++;
      parts.push({ kind: 'param', name: s.slice(this.pos + 1, end), quoted, op: '', arg: null });
      this.pos = end;
    } else if (n !== undefined && SPECIAL_PARAMS.has(n)) {
      parts.push({ kind: 'param', name: n, quoted, op: '', arg: null });
      this.pos += 2;
    } else {
      text('$', quoted);
      this.pos++;
    }
  }

  private readBraced(quoted: boolean): WordPart {
    const s = this.src;
    const start = this.pos;
    let length = false;
    if (s[this.pos] === '#' && s[this.pos + 1] !== '}') {
      length = true;
      this.pos++;
    }
    let end = this.pos;
    if (isNameStart(s[end])) while (isNameChar(s[end])) end++;
    else if (s[end] !== undefined && SPECIAL_PARAMS.has(s[end])) end++;
    const name = s.slice(this.pos, end);
    this.pos = end;
    const op = (['-', ':-', '=', ':=', '+', ':+'] as const).find((o) => s.startsWith(o, this.pos) && !length);
    if (name !== '' && op) {
      this.pos += op.length;
      const arg = this.readWord('}');
      if (s[this.pos] !== '}') throw new Incomplete(null);
      this.pos++;
      return { kind: 'param', name, quoted, op, arg: { parts: arg, raw: '' } };
    }
    if (name !== '' && s[this.pos] === '}') {
      this.pos++;
      return { kind: 'param', name, quoted, op: length ? '#' : '', arg: null };
    }
    const close = s.indexOf('}', start);
    if (close < 0) throw new Incomplete(null);
    throw new LexError(`\${${s.slice(start, close)}}: bad substitution`);
  }

  private readUntil(quote: string, from: number): string {
    const end = this.src.indexOf(quote, from);
    if (end < 0) throw new Incomplete(quote);
    this.pos = end + 1;
    return this.src.slice(from, end);
  }

  private readParens(from: number): string {
    let depth = 1;
    for (let i = from; i < this.src.length; i++) {
      if (this.src[i] === '(') depth++;
      else if (this.src[i] === ')' && --depth === 0) {
        this.pos = i + 1;
        return this.src.slice(from, i);
      }
    }
    throw new Incomplete(null);
  }

  private findAnsiEnd(from: number): number {
    for (let i = from; i < this.src.length; i++) {
      if (this.src[i] === '\\') i++;
      else if (this.src[i] === "'") return i;
    }
    throw new Incomplete("'");
  }
}

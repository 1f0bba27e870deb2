// Models mawk's scanner (scan.c): tokens with their line, string escapes (`\"` `\\` `\n` `\ooo`
// `\xhh`, any other backslash kept), decimal constants only, `/` as a regular expression where an
// operand may start and as division after one, comments, backslash-newline continuations, and the
// paren and brace counts that mawk's error messages use ("missing ) near ...", "extra '}'").

import { CompileError } from './errors';

export interface Token {
  /** A keyword or operator's own text, or num, str, ere, name, funcname, builtin, newline, eof. */
  readonly type: string;
  readonly text: string;
  readonly num: number;
  readonly line: number;
  /** Open parentheses and braces once this token has been read. */
  readonly parens: number;
  readonly braces: number;
}

const KEYWORDS = new Set([
  'BEGIN',
  'END',
  'function',
  'if',
  'else',
  'while',
  'for',
  'do',
  'break',
  'continue',
  'next',
  'nextfile',
  'exit',
  'return',
  'delete',
  'in',
  'getline',
  'print',
  'printf',
]);

export const BUILTINS = new Set([
  'length',
  'substr',
  'index',
  'split',
  'sub',
  'gsub',
  'match',
  'sprintf',
  'tolower',
  'toupper',
  'int',
  'sqrt',
  'exp',
  'log',
  'sin',
  'cos',
  'atan2',
  'rand',
  'srand',
  'system',
  'close',
  'fflush',
]);

const OPERATORS = [
  '&&', '||', '==', '<=', '>=', '!=', '++', '--', '+=', '-=', '*=', '/=', '%=', '^=', '>>', '!~',
  '{', '}', '(', ')', '[', ']', ';', ',', '+', '-', '*', '/', '%', '^', '!', '>', '<', '|', '?', ':',
  '~', '$', '=',
]; // prettier-ignore

/** Tokens after which `/` divides; anywhere else it opens a regular expression. */
const OPERAND_END = new Set(['num', 'str', 'ere', 'name', 'builtin', ')', ']', '$', '++', '--']);

const ESCAPES: Record<string, string> = {
  '"': '"',
  '\\': '\\',
  a: '\x07',
  b: '\b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
  v: '\v',
};

/** Escape sequences in a string constant or a command-line assignment (mawk's rm_escape). */
export function unescape(raw: string): string {
  let out = '';
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i];
    if (c !== '\\' || i + 1 >= raw.length) {
      out += c;
      continue;
    }
    const n = raw[++i];
    const oct = /^[0-7]{1,3}/.exec(raw.slice(i, i + 3));
    const hex = /^x([0-9A-Fa-f]{1,2})/.exec(raw.slice(i, i + 3));
    if (n in ESCAPES) out += ESCAPES[n];
    else if (oct) {
      out += String.fromCharCode(parseInt(oct[0], 8) & 0xff);
      i += oct[0].length - 1;
    } else if (hex) {
      out += String.fromCharCode(parseInt(hex[1], 16));
      i += hex[0].length - 1;
    } else if (n === '\n') continue;
    else out += '\\' + n;
  }
  return out;
}

export class Lexer {
  private at = 0;
  private line = 1;
  private parens = 0;
  private braces = 0;
  private last = 'newline';

  constructor(private readonly src: string) {}

  private make(type: string, text: string, num = 0, line = this.line): Token {
    this.last = type;
    return { type, text, num, line, parens: this.parens, braces: this.braces };
  }

  /** The rest of the current line, for "runaway" messages. */
  private restOfLine(from: number): string {
    const nl = this.src.indexOf('\n', from);
    return this.src.slice(from, nl < 0 ? this.src.length : nl);
  }

  next(): Token {
    const src = this.src;
    for (;;) {
      const c = src[this.at];
      if (c === ' ' || c === '\t' || c === '\r' || c === '\f' || c === '\v') this.at++;
      else if (c === '\\' && src[this.at + 1] === '\n') {
        this.at += 2;
        this.line++;
      } else if (c === '#') {
        while (this.at < src.length && src[this.at] !== '\n') this.at++;
      } else break;
    }
    if (this.at >= src.length) return this.make('eof', '');
    const c = src[this.at];
    if (c === '\n') {
      this.at++;
      return this.make('newline', '', 0, this.line++);
    }
    if (c === '"') return this.string();
    if (c === '/' && !OPERAND_END.has(this.last)) return this.regex();
    if (/[0-9.]/.test(c)) {
      const m = /^(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][-+]?[0-9]+)?/.exec(src.slice(this.at, this.at + 400));
      if (m) {
        this.at += m[0].length;
        const v = Number(m[0]);
        if (!Number.isFinite(v)) throw new CompileError(`${m[0]} : decimal overflow`, this.line);
        return this.make('num', m[0], v);
      }
    }
    if (/[A-Za-z_]/.test(c)) {
      const m = /^[A-Za-z_][A-Za-z0-9_]*/.exec(src.slice(this.at, this.at + 256))!;
      this.at += m[0].length;
      const word = m[0];
      if (KEYWORDS.has(word)) return this.make(word, word);
      if (BUILTINS.has(word)) return this.make('builtin', word);
      return this.make(src[this.at] === '(' ? 'funcname' : 'name', word);
    }
    for (const op of OPERATORS) {
      if (src.startsWith(op, this.at)) {
        this.at += op.length;
        return this.operator(op);
      }
    }
    this.at++;
    throw new CompileError(unexpected(c), this.line, true);
  }

  private operator(op: string): Token {
    if (op === '(') this.parens++;
    else if (op === '{') this.braces++;
    else if (op === ')') {
      if (this.parens === 0) throw new CompileError("extra ')'", this.line);
      this.parens--;
    } else if (op === '}') {
      if (this.braces === 0) {
        const line = this.line;
        const after = this.next();
        throw new CompileError(`extra '}'\n`, line, false, after);
      }
      this.braces--;
    }
    return this.make(op, op);
  }

  private string(): Token {
    const src = this.src;
    const start = ++this.at;
    while (this.at < src.length && src[this.at] !== '"' && src[this.at] !== '\n') {
      if (src[this.at] === '\\' && this.at + 1 < src.length) {
        if (src[this.at + 1] === '\n') this.line++;
        this.at++;
      }
      this.at++;
    }
    if (src[this.at] !== '"') {
      throw new CompileError(`runaway string constant "${this.restOfLine(start)} ...`, this.line);
    }
    const raw = src.slice(start, this.at++);
    return this.make('str', unescape(raw));
  }

  private regex(): Token {
    const src = this.src;
    const start = ++this.at;
    let inBracket = false;
    let text = '';
    while (this.at < src.length && src[this.at] !== '\n') {
      const c = src[this.at];
      if (c === '/' && !inBracket) break;
      if (c === '\\' && this.at + 1 < src.length && src[this.at + 1] !== '\n') {
        text += src[this.at + 1] === '/' ? '/' : c + src[this.at + 1];
        this.at += 2;
        continue;
      }
      if (c === '[' && !inBracket) {
        inBracket = true;
        text += c;
        this.at++;
        if (src[this.at] === '^') text += src[this.at++];
        if (src[this.at] === ']') text += src[this.at++];
        continue;
      }
      if (inBracket && src.startsWith('[:', this.at)) {
        const end = src.indexOf(':]', this.at + 2);
        if (end > 0 && !src.slice(this.at, end).includes('\n')) {
          text += src.slice(this.at, end + 2);
          this.at = end + 2;
          continue;
        }
      }
      if (c === ']') inBracket = false;
      text += c;
      this.at++;
    }
    if (src[this.at] !== '/') {
      throw new CompileError(`runaway regular expression /${this.restOfLine(start)} ...`, this.line);
    }
    this.at++;
    return this.make('ere', text);
  }
}

function unexpected(c: string): string {
  const code = c.charCodeAt(0) & 0xff;
  return code > 32 && code < 127
    ? `unexpected character '${c}'`
    : `unexpected character 0x${code.toString(16).padStart(2, '0')}`;
}

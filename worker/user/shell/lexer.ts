// Models bash's tokenizer (parse.y read_token, read_token_word): control and redirection operators,
// `(( ))` arithmetic commands, and words with their quoting kept (single, double, backslash, $'...'),
// parameter, arithmetic and command substitutions. A `$(...)` is parsed where it stands, as bash
// does, by a nested parser (the `sub` callback), so quotes and parentheses inside it need no
// counting. Here-doc bodies are read after the newline that ends their command's line.

import { ansiC } from './printf';
import type { CommandList, Word, WordPart } from './ast';
import { Incomplete, SyntaxError } from './syntax';
import { isNameChar, isNameStart, param, readBraced, SPECIAL_PARAMS } from './lex-param';
import { readHeredocs } from './lex-heredoc';

export { Incomplete, SyntaxError };

export interface Token {
  readonly kind: 'word' | 'op' | 'redir' | 'arith' | 'eof';
  /** The operator (`;`, `&&`, `\n`, `<<`...) or the text of a `(( ))` command. */
  readonly op: string;
  readonly word: Word | null;
  /** The descriptor written before a redirection operator. */
  readonly fd: number | null;
  readonly start: number;
  readonly end: number;
}

/** Parses a command substitution starting at `pos`; returns its list and the position after `)`. */
export type SubParser = (src: string, pos: number) => { list: CommandList; end: number };
/** Parses a whole text (a backquoted command) as a list. */
export type TextParser = (src: string) => CommandList;

export interface PendingHeredoc {
  /** The line of the `<<` (for the end-of-file warning). */
  readonly line: number;
  readonly delimiter: string;
  readonly strip: boolean;
  readonly quoted: boolean;
  done: (body: Word) => void;
}

const CONTROL_OPS = [';;&', '&&', '||', ';;', ';&', '|&', ';', '&', '|', '(', ')'];
const REDIR_OPS = ['&>>', '<<<', '<<-', '<<', '<>', '<&', '>>', '>&', '>|', '&>', '<', '>'];
const META = new Set([' ', '\t', '\n', '|', '&', ';', '<', '>', '(', ')']);

export function word(parts: WordPart[], raw: string): Word {
  return { parts, raw };
}

export class Lexer {
  pos: number;
  readonly heredocs: PendingHeredoc[] = [];
  /**
   * At the end of all input (Ctrl-D, the end of a script) a here-doc without its delimiter
   * ends there, with bash's warning, instead of asking for more lines.
   */
  final: { lineOffset: number; warnings: string[] } | null = null;

  constructor(
    readonly src: string,
    start: number,
    private readonly sub: SubParser,
    private readonly text: TextParser,
  ) {
    this.pos = start;
  }

  /** The line number (1-based) of a position. */
  lineAt(pos: number): number {
    let n = 1;
    for (let i = 0; i < pos && i < this.src.length; i++) if (this.src[i] === '\n') n++;
    return n;
  }

  next(): Token {
    this.skipBlanks();
    const s = this.src;
    const start = this.pos;
    const tok = (
      kind: Token['kind'],
      op: string,
      w: Word | null = null,
      fd: number | null = null,
    ): Token => ({
      kind,
      op,
      word: w,
      fd,
      start,
      end: this.pos,
    });
    if (this.pos >= s.length) {
      if (this.heredocs.length > 0 && !this.final) throw new Incomplete(null);
      if (this.heredocs.length > 0) readHeredocs(this);
      return tok('eof', '');
    }
    if (s[this.pos] === '\n') {
      this.pos++;
      readHeredocs(this);
      return tok('op', '\n');
    }
    if (s.startsWith('((', this.pos)) {
      const text = this.arithCommand(this.pos + 2);
      if (text !== null) return tok('arith', text);
      this.pos++;
      return tok('op', '(');
    }
    if ((s[this.pos] === '<' || s[this.pos] === '>') && s[this.pos + 1] === '(') {
      throw new SyntaxError(
        `${s[this.pos]}(...): this playground's shell does not have process substitution yet`,
      );
    }
    for (const op of REDIR_OPS) {
      if (s.startsWith(op, this.pos)) {
        this.pos += op.length;
        return tok('redir', op);
      }
    }
    for (const op of CONTROL_OPS) {
      if (s.startsWith(op, this.pos)) {
        this.pos += op.length;
        return tok('op', op);
      }
    }
    const parts = this.readWord(false);
    const raw = s.slice(start, this.pos);
    if (/^[0-9]+$/.test(raw) && (s[this.pos] === '<' || s[this.pos] === '>')) {
      const op = REDIR_OPS.find((o) => s.startsWith(o, this.pos) && !o.startsWith('&'))!;
      this.pos += op.length;
      return tok('redir', op, null, Number(raw));
    }
    return tok('word', '', word(parts, raw));
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

  /** A `(( ... ))` command's text, or null when it is two subshell parentheses (`((cmd) )`). */
  private arithCommand(from: number): string | null {
    try {
      return this.readArith(from);
    } catch (e) {
      if (e instanceof SyntaxError) return null;
      throw e;
    }
  }

  /** The text of `(( ... ))` from `from`, up to the `))` that closes it. */
  private readArith(from: number): string {
    let depth = 0;
    for (let i = from; i < this.src.length; i++) {
      const c = this.src[i];
      if (c === '(') depth++;
      else if (c === ')') {
        if (depth > 0) depth--;
        else if (this.src[i + 1] === ')') {
          this.pos = i + 2;
          return this.src.slice(from, i);
        } else throw new SyntaxError(`syntax error near unexpected token \`)'`);
      }
    }
    throw new Incomplete(null);
  }

  /**
   * Reads one word up to a metacharacter. `all` reads to the end of the source instead (the text of
   * an arithmetic expansion, a here-doc body), where quotes are plain characters if `heredoc`.
   */
  readWord(all: boolean, heredoc = false): WordPart[] {
    const s = this.src;
    const parts: WordPart[] = [];
    const text = (t: string, quoted: boolean) => {
      const last = parts[parts.length - 1];
      if (last && last.kind === 'text' && last.quoted === quoted) last.text += t;
      else parts.push({ kind: 'text', text: t, quoted });
    };
    if (!all && s[this.pos] === '~') this.readTilde(parts);
    while (this.pos < s.length) {
      const c = s[this.pos];
      if (!all && META.has(c)) break;
      if (c === '\\') {
        if (this.pos + 1 >= s.length) {
          if (all) {
            text('\\', false);
            this.pos++;
            continue;
          }
          throw new Incomplete(null);
        }
        const n = s[this.pos + 1];
        this.pos += 2;
        if (heredoc) {
          if (n === '\n') continue;
          text('$`\\'.includes(n) ? n : '\\' + n, true);
        } else if (n !== '\n') text(n, true);
      } else if (c === "'" && !heredoc) {
        const end = s.indexOf("'", this.pos + 1);
        if (end < 0) throw new Incomplete("'");
        text(s.slice(this.pos + 1, end), true);
        this.pos = end + 1;
      } else if (c === '"' && !heredoc) {
        this.pos++;
        this.readDouble(parts, text);
      } else if (c === '$') {
        this.readDollar(parts, text, heredoc);
      } else if (c === '`') {
        parts.push(this.readBackquote(heredoc));
      } else if (!all && c === '=' && parts.length === 1 && this.assignmentTilde(parts)) {
        text('=', false);
        this.pos++;
        this.readTilde(parts);
      } else {
        text(c, heredoc);
        this.pos++;
      }
    }
    return parts;
  }

  /** `NAME=~/x`: a tilde after an assignment's `=` expands too. */
  private assignmentTilde(parts: WordPart[]): boolean {
    const p = parts[0];
    return (
      p.kind === 'text' &&
      !p.quoted &&
      /^[A-Za-z_][A-Za-z0-9_]*$/.test(p.text) &&
      this.src[this.pos + 1] === '~'
    );
  }

  private readTilde(parts: WordPart[]): void {
    const s = this.src;
    let end = this.pos + 1;
    while (end < s.length && /[A-Za-z0-9._-]/.test(s[end])) end++;
    if (end < s.length && s[end] !== '/' && s[end] !== ':' && !META.has(s[end])) return;
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
        parts.push(this.readBackquote(true));
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
    } else if (n === '(' && s[this.pos + 2] === '(') {
      const inner = this.readArith(this.pos + 3);
      parts.push({ kind: 'arith', expr: this.subWord(inner), quoted });
    } else if (n === '(') {
      const { list, end } = this.sub(s, this.pos + 2);
      this.pos = end;
      parts.push({ kind: 'command', list, quoted });
    } else if (n === '{') {
      this.pos += 2;
      parts.push(readBraced(this, quoted));
    } else if (isNameStart(n)) {
      let end = this.pos + 1;
      while (isNameChar(s[end])) end++;
      parts.push(param(s.slice(this.pos + 1, end), quoted));
      this.pos = end;
    } else if (n !== undefined && SPECIAL_PARAMS.has(n)) {
      parts.push(param(n, quoted));
      this.pos += 2;
    } else {
      text('$', quoted);
      this.pos++;
    }
  }

  /** A word made of `text` read in full (arithmetic text, an operand of `${...}`). */
  subWord(textIn: string, heredoc = false): Word {
    const lx = new Lexer(textIn, 0, this.sub, this.text);
    return word(lx.readWord(true, heredoc), textIn);
  }

  private readBackquote(quoted: boolean): WordPart {
    const s = this.src;
    let inner = '';
    for (let i = this.pos + 1; i < s.length; i++) {
      const c = s[i];
      if (c === '\\' && i + 1 < s.length) {
        const n = s[i + 1];
        inner += '$`\\'.includes(n) || (quoted && n === '"') ? n : c + n;
        i++;
      } else if (c === '`') {
        this.pos = i + 1;
        return { kind: 'command', list: this.text(inner), quoted };
      } else inner += c;
    }
    throw new Incomplete('`');
  }

  private findAnsiEnd(from: number): number {
    for (let i = from; i < this.src.length; i++) {
      if (this.src[i] === '\\') i++;
      else if (this.src[i] === "'") return i;
    }
    throw new Incomplete("'");
  }
}

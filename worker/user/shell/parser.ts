// Models bash's grammar (parse.y): lists joined by `;` `&` `&&` `||` and newlines, pipelines with
// `|`, `|&` and `!`, simple commands (assignments, words, redirections, here-docs), every
// compound command (`{ }`, `( )`, if, for, for (( )), while, until, case, (( )), [[ ]]) and both
// function definition syntaxes. Input that stops inside a construct is `incomplete` (bash's PS2
// prompt); input bash rejects is an `error` with bash's message.

import type {
  AndOr,
  Assignment,
  CaseItem,
  Command,
  CommandList,
  CompoundBody,
  CompoundCommand,
  Pipeline,
  Redirection,
  SimpleCommand,
  Word,
} from './ast';
import { Incomplete, Lexer, SyntaxError, type Token } from './lexer';
import { parseCond } from './parse-cond';

/** The builtins whose `NAME=(...)` arguments are array assignments. */
const DECLARATION = new Set(['declare', 'typeset', 'local', 'readonly', 'export']);

export type ParseResult =
  | { kind: 'ok'; list: CommandList; warnings?: string[] }
  | { kind: 'incomplete'; message: string }
  | { kind: 'error'; message: string };

/**
 * Parses one input (a line, or lines joined by continuation) into a list of and-or lists. With
 * `final`, the input has ended for good: a here-doc without its delimiter ends there.
 */
export function parse(src: string, final: { lineOffset: number } | null = null): ParseResult {
  try {
    const p = new Parser(src, 0);
    const warnings: string[] = [];
    if (final) p.lx.final = { lineOffset: final.lineOffset, warnings };
    const list = p.list(new Set(), true);
    return warnings.length ? { kind: 'ok', list, warnings } : { kind: 'ok', list };
  } catch (e) {
    if (e instanceof SyntaxError) return { kind: 'error', message: e.message };
    if (e instanceof Incomplete) {
      const message =
        e.quote === null
          ? 'syntax error: unexpected end of file'
          : `unexpected EOF while looking for matching \`${e.quote}'`;
      return { kind: 'incomplete', message };
    }
    throw e;
  }
}

/** Parses text that must be complete (a backquoted command, `eval`, a sourced file's line). */
export function parseText(src: string): CommandList {
  return new Parser(src, 0).list(new Set(), true);
}

/** A text read as one word in full (an array subscript, `${x:-...}` operands). */
export function wordOfText(text: string): Word {
  const lx = new Lexer(text, 0, subParse, parseText);
  return { parts: lx.readWord(true), raw: text };
}

function subParse(src: string, pos: number): { list: CommandList; end: number } {
  const p = new Parser(src, pos);
  try {
    const list = p.list(new Set([')']), false);
    const close = p.take();
    if (close.op !== ')') throw p.unexpected(close);
    return { list, end: close.end };
  } catch (e) {
    // NOTE: input that ends inside `$(` is reported as the unmatched `)`, as bash does.
    if (e instanceof Incomplete && e.quote === null) throw new Incomplete(')');
    throw e;
  }
}

export function tokenText(tok: Token): string {
  if (tok.kind === 'eof' || (tok.kind === 'op' && tok.op === '\n')) return 'newline';
  if (tok.kind === 'word') return tok.word!.raw;
  if (tok.kind === 'arith') return '((';
  return tok.op;
}

export class Parser {
  readonly lx: Lexer;
  private buffered: Token | null = null;
  /** The end of the last token taken, for command texts. */
  private lastEnd = 0;

  constructor(
    readonly src: string,
    pos: number,
  ) {
    this.lx = new Lexer(src, pos, subParse, parseText);
  }

  peek(): Token {
    this.buffered ??= this.lx.next();
    return this.buffered;
  }

  take(): Token {
    const t = this.peek();
    this.buffered = null;
    if (t.kind !== 'eof') this.lastEnd = t.end;
    return t;
  }

  unexpected(tok: Token): SyntaxError | Incomplete {
    if (tok.kind === 'eof') return new Incomplete(null);
    return new SyntaxError(`syntax error near unexpected token \`${tokenText(tok)}'`);
  }

  /** True when the next token is the unquoted reserved word `w` (in command position). */
  isWord(w: string, tok = this.peek()): boolean {
    return tok.kind === 'word' && tok.word!.raw === w;
  }

  private isOp(tok: Token, ...ops: string[]): boolean {
    return tok.kind === 'op' && ops.includes(tok.op);
  }

  private atEnd(ends: Set<string>, tok: Token): boolean {
    if (tok.kind === 'op') return ends.has(tok.op);
    return tok.kind === 'word' && ends.has(tok.word!.raw);
  }

  skipNewlines(): void {
    while (this.isOp(this.peek(), '\n')) this.take();
  }

  /**
   * A list up to one of `ends` (reserved words or operators, not consumed). At top level the end
   * of input ends it; inside a construct the end of input means more lines are needed.
   */
  list(ends: Set<string>, top: boolean): CommandList {
    const list: CommandList = [];
    for (;;) {
      this.skipNewlines();
      const tok = this.peek();
      if (tok.kind === 'eof') {
        if (top) return list;
        throw new Incomplete(null);
      }
      if (this.atEnd(ends, tok)) {
        if (list.length === 0) throw this.unexpected(tok);
        return list;
      }
      const start = tok.start;
      const andOr = this.andOr();
      const text = this.src.slice(start, this.lastEnd);
      const sep = this.peek();
      if (this.isOp(sep, '&')) {
        this.take();
        list.push({ ...andOr, background: true, text });
        continue;
      }
      list.push({ ...andOr, text });
      if (this.isOp(sep, ';', '\n')) this.take();
      else if (sep.kind === 'eof' && top) return list;
      else if (!this.atEnd(ends, sep)) throw this.unexpected(sep);
    }
  }

  private andOr(): AndOr {
    const first = this.pipeline();
    const rest: AndOr['rest'] = [];
    while (this.isOp(this.peek(), '&&', '||')) {
      const op = this.take().op as '&&' | '||';
      this.skipNewlines();
      rest.push({ op, pipeline: this.pipeline() });
    }
    return { first, rest, background: false, text: '' };
  }

  private pipeline(): Pipeline {
    let negated = false;
    while (this.isWord('!')) {
      this.take();
      negated = !negated;
    }
    const commands = [this.command()];
    const stderrToo: boolean[] = [];
    while (this.isOp(this.peek(), '|', '|&')) {
      stderrToo.push(this.take().op === '|&');
      this.skipNewlines();
      commands.push(this.command());
    }
    stderrToo.push(false);
    return { negated, commands, stderrToo };
  }

  private command(): Command {
    const tok = this.peek();
    const line = this.lx.lineAt(tok.start);
    if (tok.kind === 'arith') {
      this.take();
      return this.compound({ kind: 'arith', expr: this.arithWord(tok.op) }, tok.start, line);
    }
    if (this.isOp(tok, '(')) {
      this.take();
      const body = this.list(new Set([')']), false);
      this.take();
      return this.compound({ kind: 'subshell', body }, tok.start, line);
    }
    if (tok.kind === 'word') {
      const w = tok.word!.raw;
      switch (w) {
        case '{': {
          this.take();
          const body = this.list(new Set(['}']), false);
          this.take();
          return this.compound({ kind: 'group', body }, tok.start, line);
        }
        case 'if':
          return this.compound(this.ifClause(), tok.start, line);
        case 'for':
          return this.compound(this.forClause(), tok.start, line);
        case 'while':
        case 'until': {
          this.take();
          const cond = this.list(new Set(['do']), false);
          this.take();
          const body = this.doneBody();
          return this.compound({ kind: w, cond, body }, tok.start, line);
        }
        case 'case':
          return this.compound(this.caseClause(), tok.start, line);
        case '[[':
          this.take();
          return this.compound({ kind: 'cond', expr: parseCond(this) }, tok.start, line);
        case 'function':
          return this.functionDef(true, tok.start, line);
        case 'then':
        case 'elif':
        case 'else':
        case 'fi':
        case 'do':
        case 'done':
        case 'esac':
        case '}':
        case ']]':
          throw this.unexpected(tok);
      }
    }
    return this.simple(line);
  }

  private compound(body: CompoundBody, start: number, line: number): CompoundCommand {
    const text = this.src.slice(start, this.lastEnd);
    const redirections: Redirection[] = [];
    while (this.peek().kind === 'redir') redirections.push(this.redirection());
    return { ...body, redirections, line, text };
  }

  private arithWord(text: string): Word {
    const lx = new Lexer(text, 0, subParse, parseText);
    return { parts: lx.readWord(true), raw: text };
  }

  private ifClause(): CompoundBody {
    this.take();
    const clauses: { cond: CommandList; body: CommandList }[] = [];
    let otherwise: CommandList | null = null;
    for (;;) {
      const cond = this.list(new Set(['then']), false);
      this.take();
      const body = this.list(new Set(['elif', 'else', 'fi']), false);
      clauses.push({ cond, body });
      const t = this.take();
      if (t.word!.raw === 'elif') continue;
      if (t.word!.raw === 'else') {
        otherwise = this.list(new Set(['fi']), false);
        this.take();
      }
      return { kind: 'if', clauses, otherwise };
    }
  }

  private doneBody(): CommandList {
    const body = this.list(new Set(['done']), false);
    this.take();
    return body;
  }

  private forClause(): CompoundBody {
    this.take();
    const tok = this.take();
    if (tok.kind === 'arith') {
      const parts = splitArithFor(tok.op);
      if (!parts) throw new SyntaxError(`syntax error: arithmetic expression required`);
      if (this.isOp(this.peek(), ';')) this.take();
      this.skipNewlines();
      const body = this.loopBody();
      const [init, test, step] = parts.map((p) => this.arithWord(p));
      return { kind: 'arith-for', init, test, step, body };
    }
    if (tok.kind !== 'word' || !/^[A-Za-z_][A-Za-z0-9_]*$/.test(tok.word!.raw)) {
      if (tok.kind === 'word') throw new SyntaxError(`\`${tok.word!.raw}': not a valid identifier`);
      throw this.unexpected(tok);
    }
    const name = tok.word!.raw;
    let words: Word[] | null = null;
    this.skipNewlines();
    if (this.isWord('in')) {
      this.take();
      words = [];
      while (this.peek().kind === 'word') words.push(this.take().word!);
      const sep = this.peek();
      if (!this.isOp(sep, ';', '\n')) throw this.unexpected(sep);
      this.take();
    } else if (this.isOp(this.peek(), ';')) this.take();
    this.skipNewlines();
    return { kind: 'for', name, words, body: this.loopBody() };
  }

  private loopBody(): CommandList {
    const t = this.peek();
    if (this.isWord('do', t)) {
      this.take();
      return this.doneBody();
    }
    if (this.isWord('{', t)) {
      this.take();
      const body = this.list(new Set(['}']), false);
      this.take();
      return body;
    }
    throw this.unexpected(t);
  }

  private caseClause(): CompoundBody {
    this.take();
    const w = this.take();
    if (w.kind !== 'word') throw this.unexpected(w);
    this.skipNewlines();
    const inTok = this.take();
    if (!this.isWord('in', inTok)) throw this.unexpected(inTok);
    const items: CaseItem[] = [];
    for (;;) {
      this.skipNewlines();
      if (this.isWord('esac')) {
        this.take();
        return { kind: 'case', word: w.word!, items };
      }
      if (this.isOp(this.peek(), '(')) this.take();
      const patterns: Word[] = [];
      for (;;) {
        const p = this.take();
        if (p.kind !== 'word') throw this.unexpected(p);
        patterns.push(p.word!);
        const sep = this.take();
        if (this.isOp(sep, ')')) break;
        if (!this.isOp(sep, '|')) throw this.unexpected(sep);
      }
      this.skipNewlines();
      const ends = new Set([';;', ';&', ';;&', 'esac']);
      const body = this.atEnd(ends, this.peek()) ? [] : this.list(ends, false);
      const term = this.peek();
      let terminator: CaseItem['terminator'] = ';;';
      if (this.isOp(term, ';;', ';&', ';;&')) terminator = this.take().op as CaseItem['terminator'];
      items.push({ patterns, body, terminator });
    }
  }

  private functionDef(keyword: boolean, start: number, line: number): Command {
    if (keyword) this.take();
    const nameTok = this.take();
    if (nameTok.kind !== 'word') throw this.unexpected(nameTok);
    const name = nameTok.word!.raw;
    if (this.isOp(this.peek(), '(')) {
      this.take();
      const close = this.take();
      if (!this.isOp(close, ')')) throw this.unexpected(close);
    } else if (!keyword) throw this.unexpected(this.peek());
    this.skipNewlines();
    const bodyTok = this.peek();
    if (bodyTok.kind === 'eof') throw new Incomplete(null);
    const body = this.command();
    if (body.kind === 'simple' || body.kind === 'function') throw this.unexpected(bodyTok);
    return { kind: 'function', name, body, line, text: this.src.slice(start, this.lastEnd) };
  }

  private simple(line: number): Command {
    const assignments: Assignment[] = [];
    const words: Word[] = [];
    const redirections: Redirection[] = [];
    const arrayArgs: Assignment[] = [];
    for (;;) {
      const tok = this.peek();
      if (tok.kind === 'word') {
        this.take();
        const next = this.peek();
        if (
          words.length > 0 &&
          DECLARATION.has(words[0].raw) &&
          this.isOp(next, '(') &&
          next.start === tok.end
        ) {
          const a = asAssignment(tok.word!);
          if (a && a.value === null) {
            arrayArgs.push({ ...a, array: this.arrayWords() });
            words.push({ parts: [{ kind: 'text', text: a.name, quoted: false }], raw: a.name });
            continue;
          }
        }
        const assignment = words.length === 0 ? asAssignment(tok.word!) : null;
        if (!assignment && words.length === 0 && assignments.length === 0 && this.isOp(next, '(')) {
          return this.functionAfterName(tok, line);
        }
        if (assignment && assignment.value === null && this.isOp(next, '(') && next.start === tok.end) {
          assignments.push({ ...assignment, array: this.arrayWords() });
        } else if (assignment) assignments.push(assignment);
        else words.push(tok.word!);
      } else if (tok.kind === 'redir') redirections.push(this.redirection());
      else break;
    }
    if (assignments.length + words.length + redirections.length === 0) throw this.unexpected(this.peek());
    const cmd: SimpleCommand = { kind: 'simple', assignments, words, redirections, line };
    if (arrayArgs.length > 0) return { ...cmd, arrayArgs };
    return cmd;
  }

  private functionAfterName(nameTok: Token, line: number): Command {
    this.take();
    const close = this.take();
    if (!this.isOp(close, ')')) throw this.unexpected(close);
    this.skipNewlines();
    const bodyTok = this.peek();
    if (bodyTok.kind === 'eof') throw new Incomplete(null);
    const body = this.command();
    if (body.kind === 'simple' || body.kind === 'function') throw this.unexpected(bodyTok);
    const name = nameTok.word!.raw;
    return { kind: 'function', name, body, line, text: this.src.slice(nameTok.start, this.lastEnd) };
  }

  private arrayWords(): Word[] {
    this.take();
    const words: Word[] = [];
    for (;;) {
      this.skipNewlines();
      const t = this.take();
      if (this.isOp(t, ')')) return words;
      if (t.kind !== 'word') throw this.unexpected(t);
      words.push(t.word!);
    }
  }

  redirection(): Redirection {
    const tok = this.take();
    const target = this.take();
    if (target.kind === 'eof') throw new SyntaxError("syntax error near unexpected token `newline'");
    if (target.kind !== 'word') throw this.unexpected(target);
    const r: Redirection = { fd: tok.fd, op: tok.op, target: target.word! };
    if (tok.op === '<<' || tok.op === '<<-') {
      const raw = target.word!.raw;
      const quoted = /['"\\]/.test(raw);
      const delimiter = target.word!.parts.map((p) => (p.kind === 'text' ? p.text : '')).join('');
      this.lx.heredocs.push({
        line: this.lx.lineAt(tok.start),
        delimiter: quoted ? delimiter : raw,
        strip: tok.op === '<<-',
        quoted,
        done: (body) => (r.heredoc = { body, expand: !quoted }),
      });
    }
    return r;
  }
}

/** `((init; test; step))` split at its two top-level semicolons. */
function splitArithFor(text: string): [string, string, string] | null {
  const parts: string[] = [];
  let depth = 0;
  let last = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '(') depth++;
    else if (text[i] === ')') depth--;
    else if (text[i] === ';' && depth === 0) {
      parts.push(text.slice(last, i));
      last = i + 1;
    }
  }
  parts.push(text.slice(last));
  return parts.length === 3 ? (parts as [string, string, string]) : null;
}

/** `NAME=value`, `NAME+=value` or `NAME[SUB]=value` with an unquoted, valid name. */
/**
 * `NAME[SUB]=value` whose subscript holds quotes or expansions (`m['a b']=1`, `m[$k]=2`): read
 * again from the text as typed, the subscript kept as text (expanded when assigned).
 */
function elementAssignment(word: Word): Assignment | null {
  const raw = word.raw;
  const open = raw.indexOf('[');
  let depth = 0;
  let close = -1;
  for (let i = open; i < raw.length && close < 0; i++) {
    const c = raw[i];
    if (c === '\\') i++;
    else if (c === "'") i = raw.indexOf("'", i + 1);
    else if (c === '"') {
      for (i++; i < raw.length && raw[i] !== '"'; i++) if (raw[i] === '\\') i++;
    } else if (c === '[') depth++;
    else if (c === ']' && --depth === 0) close = i;
    if (i < 0) return null;
  }
  const m = close < 0 ? null : /^(\+?)=/.exec(raw.slice(close + 1));
  if (!m) return null;
  const valueRaw = raw.slice(close + 1 + m[0].length);
  const lx = new Lexer(valueRaw, 0, subParse, parseText);
  return {
    name: raw.slice(0, open),
    subscript: raw.slice(open + 1, close),
    append: m[1] === '+',
    value: { parts: lx.readWord(false), raw: valueRaw },
    array: null,
    raw,
  };
}

export function asAssignment(word: Word): Assignment | null {
  const first = word.parts[0];
  if (!first || first.kind !== 'text' || first.quoted) return null;
  if (
    /^[A-Za-z_][A-Za-z0-9_]*\[/.test(first.text) &&
    !/^[A-Za-z_][A-Za-z0-9_]*\[[^\]]*\]\+?=/.test(first.text)
  )
    return elementAssignment(word);
  const m = /^([A-Za-z_][A-Za-z0-9_]*)(\[[^\]]*\])?(\+?)=/.exec(first.text);
  if (!m) return null;
  const rest = first.text.slice(m[0].length);
  const parts = rest ? [{ ...first, text: rest }, ...word.parts.slice(1)] : word.parts.slice(1);
  const valueRaw = word.raw.slice(m[0].length);
  return {
    name: m[1],
    subscript: m[2] ? m[2].slice(1, -1) : null,
    append: m[3] === '+',
    value: parts.length === 0 && valueRaw === '' ? null : { parts, raw: valueRaw },
    array: null,
    raw: word.raw,
  };
}

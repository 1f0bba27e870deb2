// Models bash's grammar (parse.y): lists joined by `;` `&` `&&` `||` and newlines, pipelines with
// `|`, `|&` and `!`, simple commands (assignments, words, redirections, here-docs), every
// compound command (`{ }`, `( )`, if, for, for (( )), while, until, case, (( )), [[ ]]) and both
// function definition syntaxes. Input that stops inside a construct is `incomplete` (bash's PS2
// prompt); input bash rejects is an `error` with bash's message.

import type {
  AndOr,
  Assignment,
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
import {
  arrayWords,
  caseClause,
  doneBody,
  forClause,
  functionAfterName,
  functionDef,
  ifClause,
} from './parse-compound';

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
  lastEnd = 0;

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

  isOp(tok: Token, ...ops: string[]): boolean {
    return tok.kind === 'op' && ops.includes(tok.op);
  }

  atEnd(ends: Set<string>, tok: Token): boolean {
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

  command(): Command {
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
          return this.compound(ifClause(this), tok.start, line);
        case 'for':
          return this.compound(forClause(this), tok.start, line);
        case 'while':
        case 'until': {
          this.take();
          const cond = this.list(new Set(['do']), false);
          this.take();
          const body = doneBody(this);
          return this.compound({ kind: w, cond, body }, tok.start, line);
        }
        case 'case':
          return this.compound(caseClause(this), tok.start, line);
        case '[[':
          this.take();
          return this.compound({ kind: 'cond', expr: parseCond(this) }, tok.start, line);
        case 'function':
          return functionDef(this, true, tok.start, line);
        case 'select':
        case 'coproc':
          throw new SyntaxError(`${w}: this playground's shell does not have \`${w}' yet`);
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

  compound(body: CompoundBody, start: number, line: number): CompoundCommand {
    const text = this.src.slice(start, this.lastEnd);
    const redirections: Redirection[] = [];
    while (this.peek().kind === 'redir') redirections.push(this.redirection());
    return { ...body, redirections, line, text };
  }

  arithWord(text: string): Word {
    const lx = new Lexer(text, 0, subParse, parseText);
    return { parts: lx.readWord(true), raw: text };
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
            arrayArgs.push({ ...a, array: arrayWords(this) });
            words.push({ parts: [{ kind: 'text', text: a.name, quoted: false }], raw: a.name });
            continue;
          }
        }
        const assignment = words.length === 0 ? asAssignment(tok.word!) : null;
        if (!assignment && words.length === 0 && assignments.length === 0 && this.isOp(next, '(')) {
          return functionAfterName(this, tok, line);
        }
        if (assignment && assignment.value === null && this.isOp(next, '(') && next.start === tok.end) {
          assignments.push({ ...assignment, array: arrayWords(this) });
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

// Models the part of bash's grammar (parse.y) the playground runs: lists joined by `;` `&&` `||`,
// and-or lists sent to the background with `&`, pipelines with `|` and `!`, and simple commands
// made of assignments, words and redirections.
// Compound commands (if, for, while, subshells, functions) and here-documents are not modelled.

import { Incomplete, LexError, tokenize, type Token, type Word } from './lexer';

export interface Redirection {
  /** The descriptor written before the operator, or null for the operator's default. */
  readonly fd: number | null;
  readonly op: string;
  readonly target: Word;
}

export interface Assignment {
  readonly name: string;
  readonly value: Word;
}

export interface SimpleCommand {
  readonly assignments: Assignment[];
  readonly words: Word[];
  readonly redirections: Redirection[];
}

export interface Pipeline {
  readonly negated: boolean;
  readonly commands: SimpleCommand[];
}

export interface AndOr {
  readonly first: Pipeline;
  readonly rest: { op: '&&' | '||'; pipeline: Pipeline }[];
  /** Ended by `&`: runs as a background job. */
  readonly background: boolean;
}

export type CommandList = AndOr[];

export type ParseResult =
  | { kind: 'ok'; list: CommandList }
  | { kind: 'incomplete'; message: string }
  | { kind: 'error'; message: string };

const RESERVED = new Set(
  'if then elif else fi for while until do done case esac select function { } [[ ]]'.split(' '),
);

const UNSUPPORTED_OPS = new Set(['(', ')', '|&', '<<', '<<<']);

/** Parses one input (a line, or lines joined by continuation) into a list of and-or lists. */
export function parse(src: string): ParseResult {
  const tokens = tokenize(src);
  if (tokens instanceof Incomplete) {
    const message =
      tokens.quote === null
        ? 'syntax error: unexpected end of file'
        : `unexpected EOF while looking for matching \`${tokens.quote}'`;
    return { kind: 'incomplete', message };
  }
  if (tokens instanceof LexError) return { kind: 'error', message: tokens.message };
  try {
    return { kind: 'ok', list: new Parser(tokens).list() };
  } catch (e) {
    if (e instanceof ParseError) return { kind: 'error', message: e.message };
    if (e instanceof Incomplete)
      return { kind: 'incomplete', message: 'syntax error: unexpected end of file' };
    throw e;
  }
}

class ParseError {
  constructor(readonly message: string) {}
}

function tokenText(tok: Token): string {
  if (tok.kind === 'eof' || (tok.kind === 'op' && tok.op === '\n')) return 'newline';
  if (tok.kind === 'word') return tok.word.raw;
  return tok.op;
}

function unexpected(tok: Token): ParseError {
  return new ParseError(`syntax error near unexpected token \`${tokenText(tok)}'`);
}

function isOp(tok: Token, ...ops: string[]): boolean {
  return tok.kind === 'op' && ops.includes(tok.op);
}

class Parser {
  private pos = 0;

  constructor(private readonly tokens: Token[]) {}

  private peek(): Token {
    return this.tokens[this.pos];
  }

  list(): CommandList {
    const list: CommandList = [];
    for (;;) {
      while (isOp(this.peek(), '\n')) this.pos++;
      if (this.peek().kind === 'eof') return list;
      const andOr = this.andOr();
      const tok = this.peek();
      if (isOp(tok, '&')) {
        list.push({ ...andOr, background: true });
        this.pos++;
        continue;
      }
      list.push(andOr);
      if (isOp(tok, ';', '\n')) this.pos++;
      else if (tok.kind !== 'eof') throw unexpected(tok);
    }
  }

  private andOr(): AndOr {
    const first = this.pipeline();
    const rest: AndOr['rest'] = [];
    while (isOp(this.peek(), '&&', '||')) {
      const op = (this.tokens[this.pos++] as { op: '&&' | '||' }).op;
      this.skipNewlines();
      rest.push({ op, pipeline: this.pipeline() });
    }
    return { first, rest, background: false };
  }

  private skipNewlines(): void {
    while (isOp(this.peek(), '\n')) this.pos++;
    if (this.peek().kind === 'eof') throw new Incomplete(null);
  }

  private pipeline(): Pipeline {
    let negated = false;
    const bang = this.peek();
    if (bang.kind === 'word' && bang.word.raw === '!') {
      negated = true;
      this.pos++;
    }
    const commands = [this.command()];
    while (isOp(this.peek(), '|')) {
      this.pos++;
      this.skipNewlines();
      commands.push(this.command());
    }
    return { negated, commands };
  }

  private command(): SimpleCommand {
    const assignments: Assignment[] = [];
    const words: Word[] = [];
    const redirections: Redirection[] = [];
    for (;;) {
      const tok = this.peek();
      if (tok.kind === 'word') {
        if (words.length === 0 && RESERVED.has(tok.word.raw)) {
          throw new ParseError(
            `${tok.word.raw}: compound commands (if, for, while, case, functions) are not supported here`,
          );
        }
        this.pos++;
        const assignment = words.length === 0 ? asAssignment(tok.word) : null;
        if (assignment) assignments.push(assignment);
        else words.push(tok.word);
      } else if (tok.kind === 'redir') {
        if (UNSUPPORTED_OPS.has(tok.op))
          throw new ParseError(`${tok.op}: here-documents are not supported here`);
        this.pos++;
        const target = this.peek();
        if (target.kind !== 'word') throw unexpected(target);
        this.pos++;
        redirections.push({ fd: tok.fd, op: tok.op, target: target.word });
      } else break;
    }
    const end = this.peek();
    if (end.kind === 'op' && UNSUPPORTED_OPS.has(end.op)) {
      throw new ParseError(
        end.op === '|&'
          ? `${end.op}: pipes of standard error are not supported here`
          : `${end.op}: subshells are not supported here`,
      );
    }
    if (assignments.length + words.length + redirections.length === 0) throw unexpected(end);
    return { assignments, words, redirections };
  }
}

/** `NAME=value` with an unquoted, valid name before the `=`. */
function asAssignment(word: Word): Assignment | null {
  const first = word.parts[0];
  if (!first || first.kind !== 'text' || first.quoted) return null;
  const m = /^([A-Za-z_][A-Za-z0-9_]*)=/.exec(first.text);
  if (!m) return null;
  const rest = first.text.slice(m[0].length);
  const parts = rest ? [{ ...first, text: rest }, ...word.parts.slice(1)] : word.parts.slice(1);
  return { name: m[1], value: { parts, raw: word.raw.slice(m[0].length) } };
}

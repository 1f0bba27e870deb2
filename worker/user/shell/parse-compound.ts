// Models the compound commands of bash's grammar (parse.y): if/elif/else, for (with and without
// `in`, and `for ((;;))`), the do/done or { } body of a loop, case with its `;;`, `;&`, `;;&`
// items, both function definition syntaxes, and `name=(...)` array words.

import type { CaseItem, Command, CommandList, CompoundBody, Word } from './ast';
import { Incomplete, SyntaxError } from './syntax';
import type { Token } from './lexer';
import type { Parser } from './parser';

export function ifClause(p: Parser): CompoundBody {
  p.take();
  const clauses: { cond: CommandList; body: CommandList }[] = [];
  let otherwise: CommandList | null = null;
  for (;;) {
    const cond = p.list(new Set(['then']), false);
    p.take();
    const body = p.list(new Set(['elif', 'else', 'fi']), false);
    clauses.push({ cond, body });
    const t = p.take();
    if (t.word!.raw === 'elif') continue;
    if (t.word!.raw === 'else') {
      otherwise = p.list(new Set(['fi']), false);
      p.take();
    }
    return { kind: 'if', clauses, otherwise };
  }
}

export function doneBody(p: Parser): CommandList {
  const body = p.list(new Set(['done']), false);
  p.take();
  return body;
}

export function forClause(p: Parser): CompoundBody {
  p.take();
  const tok = p.take();
  if (tok.kind === 'arith') {
    const parts = splitArithFor(tok.op);
    if (!parts) throw new SyntaxError(`syntax error: arithmetic expression required`);
    if (p.isOp(p.peek(), ';')) p.take();
    p.skipNewlines();
    const body = loopBody(p);
    const [init, test, step] = parts.map((text) => p.arithWord(text));
    return { kind: 'arith-for', init, test, step, body };
  }
  if (tok.kind !== 'word' || !/^[A-Za-z_][A-Za-z0-9_]*$/.test(tok.word!.raw)) {
    if (tok.kind === 'word') throw new SyntaxError(`\`${tok.word!.raw}': not a valid identifier`);
    throw p.unexpected(tok);
  }
  const name = tok.word!.raw;
  let words: Word[] | null = null;
  p.skipNewlines();
  if (p.isWord('in')) {
    p.take();
    words = [];
    while (p.peek().kind === 'word') words.push(p.take().word!);
    const sep = p.peek();
    if (!p.isOp(sep, ';', '\n')) throw p.unexpected(sep);
    p.take();
  } else if (p.isOp(p.peek(), ';')) p.take();
  p.skipNewlines();
  return { kind: 'for', name, words, body: loopBody(p) };
}

export function loopBody(p: Parser): CommandList {
  const t = p.peek();
  if (p.isWord('do', t)) {
    p.take();
    return doneBody(p);
  }
  if (p.isWord('{', t)) {
    p.take();
    const body = p.list(new Set(['}']), false);
    p.take();
    return body;
  }
  throw p.unexpected(t);
}

export function caseClause(p: Parser): CompoundBody {
  p.take();
  const w = p.take();
  if (w.kind !== 'word') throw p.unexpected(w);
  p.skipNewlines();
  const inTok = p.take();
  if (!p.isWord('in', inTok)) throw p.unexpected(inTok);
  const items: CaseItem[] = [];
  for (;;) {
    p.skipNewlines();
    if (p.isWord('esac')) {
      p.take();
      return { kind: 'case', word: w.word!, items };
    }
    if (p.isOp(p.peek(), '(')) p.take();
    const patterns: Word[] = [];
    for (;;) {
      const pat = p.take();
      if (pat.kind !== 'word') throw p.unexpected(pat);
      patterns.push(pat.word!);
      const sep = p.take();
      if (p.isOp(sep, ')')) break;
      if (!p.isOp(sep, '|')) throw p.unexpected(sep);
    }
    p.skipNewlines();
    const ends = new Set([';;', ';&', ';;&', 'esac']);
    const body = p.atEnd(ends, p.peek()) ? [] : p.list(ends, false);
    const term = p.peek();
    let terminator: CaseItem['terminator'] = ';;';
    if (p.isOp(term, ';;', ';&', ';;&')) terminator = p.take().op as CaseItem['terminator'];
    items.push({ patterns, body, terminator });
  }
}

export function functionDef(p: Parser, keyword: boolean, start: number, line: number): Command {
  if (keyword) p.take();
  const nameTok = p.take();
  if (nameTok.kind !== 'word') throw p.unexpected(nameTok);
  const name = nameTok.word!.raw;
  if (p.isOp(p.peek(), '(')) {
    p.take();
    const close = p.take();
    if (!p.isOp(close, ')')) throw p.unexpected(close);
  } else if (!keyword) throw p.unexpected(p.peek());
  p.skipNewlines();
  const bodyTok = p.peek();
  if (bodyTok.kind === 'eof') throw new Incomplete(null);
  const body = p.command();
  if (body.kind === 'simple' || body.kind === 'function') throw p.unexpected(bodyTok);
  return { kind: 'function', name, body, line, text: p.src.slice(start, p.lastEnd) };
}

export function functionAfterName(p: Parser, nameTok: Token, line: number): Command {
  p.take();
  const close = p.take();
  if (!p.isOp(close, ')')) throw p.unexpected(close);
  p.skipNewlines();
  const bodyTok = p.peek();
  if (bodyTok.kind === 'eof') throw new Incomplete(null);
  const body = p.command();
  if (body.kind === 'simple' || body.kind === 'function') throw p.unexpected(bodyTok);
  const name = nameTok.word!.raw;
  return { kind: 'function', name, body, line, text: p.src.slice(nameTok.start, p.lastEnd) };
}

export function arrayWords(p: Parser): Word[] {
  p.take();
  const words: Word[] = [];
  for (;;) {
    p.skipNewlines();
    const t = p.take();
    if (p.isOp(t, ')')) return words;
    if (t.kind !== 'word') throw p.unexpected(t);
    words.push(t.word!);
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

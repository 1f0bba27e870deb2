// Models bash's `[[ ... ]]` grammar (parse.y cond_expr): `||` over `&&` over `!`, parentheses,
// unary file and string tests, binary comparisons (`<` and `>` arrive as redirection tokens and
// mean string order here), and `=~`, whose right side is read up to a blank so that `(` and `|`
// in a regular expression stay part of it.

import type { CondExpr, Word, WordPart } from './ast';
import { SyntaxError, type Token } from './lexer';
import type { Parser } from './parser';

const UNARY = new Set(
  '-a -b -c -d -e -f -g -h -k -p -r -s -t -u -w -x -G -L -N -O -S -z -n -o -v -R'.split(' '),
);
const BINARY = new Set('== = != < > =~ -eq -ne -lt -le -gt -ge -nt -ot -ef'.split(' '));

function condError(tok: Token): SyntaxError {
  if (tok.kind === 'eof') return new SyntaxError('syntax error: unexpected end of file');
  const text = tok.kind === 'word' ? tok.word!.raw : tok.op === '\n' ? 'newline' : tok.op;
  return new SyntaxError(`syntax error in conditional expression: unexpected token \`${text}'`);
}

/** Parses after `[[` up to and including `]]`. */
export function parseCond(p: Parser): CondExpr {
  const expr = orExpr(p);
  const end = p.take();
  if (!(end.kind === 'word' && end.word!.raw === ']]')) throw condError(end);
  return expr;
}

function skip(p: Parser): void {
  while (p.peek().kind === 'op' && p.peek().op === '\n') p.take();
}

function orExpr(p: Parser): CondExpr {
  let left = andExpr(p);
  while (p.peek().kind === 'op' && p.peek().op === '||') {
    p.take();
    skip(p);
    left = { kind: 'or', left, right: andExpr(p) };
  }
  return left;
}

function andExpr(p: Parser): CondExpr {
  let left = notExpr(p);
  while (p.peek().kind === 'op' && p.peek().op === '&&') {
    p.take();
    skip(p);
    left = { kind: 'and', left, right: notExpr(p) };
  }
  return left;
}

function notExpr(p: Parser): CondExpr {
  skip(p);
  if (p.isWord('!')) {
    p.take();
    return { kind: 'not', expr: notExpr(p) };
  }
  return primary(p);
}

function operandWord(p: Parser): Word {
  const t = p.take();
  if (t.kind !== 'word' || t.word!.raw === ']]') throw condError(t);
  return t.word!;
}

function primary(p: Parser): CondExpr {
  const t = p.peek();
  if (t.kind === 'op' && t.op === '(') {
    p.take();
    const inner = orExpr(p);
    const close = p.take();
    if (!(close.kind === 'op' && close.op === ')')) throw condError(close);
    return inner;
  }
  if (t.kind !== 'word' || t.word!.raw === ']]') throw condError(t);
  p.take();
  const first = t.word!;
  if (UNARY.has(first.raw) && !isBinaryNext(p)) {
    return { kind: 'unary', op: first.raw, operand: operandWord(p) };
  }
  const opTok = p.peek();
  let op: string | null = null;
  if (opTok.kind === 'word' && BINARY.has(opTok.word!.raw)) op = opTok.word!.raw;
  else if (opTok.kind === 'redir' && opTok.fd === null && (opTok.op === '<' || opTok.op === '>'))
    op = opTok.op;
  if (op === null) return { kind: 'word', word: first };
  p.take();
  const right = op === '=~' ? regexWord(p) : operandWord(p);
  return { kind: 'binary', op, left: first, right };
}

function isBinaryNext(p: Parser): boolean {
  const t = p.peek();
  return t.kind === 'word' && BINARY.has(t.word!.raw);
}

/** The right side of `=~`: adjacent tokens up to a blank, `(` `)` `|` kept as text. */
function regexWord(p: Parser): Word {
  const parts: WordPart[] = [];
  let raw = '';
  let end = -1;
  let depth = 0;
  for (;;) {
    const t = p.peek();
    if (end >= 0 && t.start !== end && depth === 0) break;
    if (t.kind === 'word') {
      if (t.word!.raw === ']]' && depth === 0) break;
      parts.push(...t.word!.parts);
      raw += t.word!.raw;
    } else if (t.kind === 'op' && ['(', ')', '|'].includes(t.op)) {
      if (t.op === ')' && depth === 0) break;
      depth += t.op === '(' ? 1 : t.op === ')' ? -1 : 0;
      parts.push({ kind: 'text', text: t.op, quoted: false });
      raw += t.op;
    } else if (t.kind === 'redir' && (t.op === '<' || t.op === '>') && depth > 0) {
      parts.push({ kind: 'text', text: t.op, quoted: false });
      raw += t.op;
    } else break;
    p.take();
    end = t.end;
  }
  if (parts.length === 0) throw condError(p.peek());
  return { parts, raw };
}

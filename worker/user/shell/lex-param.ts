// Models how bash's lexer reads `${...}` (parse.y parse_matched_pair, subst.c
// parameter_brace_expand's operators): the text up to the matching `}` with quotes and nested
// braces skipped, the name (special, positional, an array element), `#` and `!` prefixes, and the
// operator with its operand words.

import type { ParamOp, ParamPart } from './ast';
import { Incomplete, SyntaxError } from './syntax';
import type { Lexer } from './lexer';

/** The one-character special and positional parameters: `$?`, `$1` ... */
export const SPECIAL_PARAMS = new Set('?$#!-@*0123456789');
export const isNameStart = (c: string | undefined) => c !== undefined && /[A-Za-z_]/.test(c);
export const isNameChar = (c: string | undefined) => c !== undefined && /[A-Za-z0-9_]/.test(c);

/** The text of `${...}` after `${`, up to its matching `}` (quotes and nested `${` skipped). */
export function bracedText(lx: Lexer): string {
  const s = lx.src;
  let depth = 0;
  for (let i = lx.pos; i < s.length; i++) {
    const c = s[i];
    if (c === '\\') i++;
    else if (c === "'") {
      const e = s.indexOf("'", i + 1);
      if (e < 0) throw new Incomplete("'");
      i = e;
    } else if (c === '"') {
      for (i++; i < s.length && s[i] !== '"'; i++) if (s[i] === '\\') i++;
      if (i >= s.length) throw new Incomplete('"');
    } else if (c === '{') depth++;
    else if (c === '}') {
      if (depth === 0) {
        const t = s.slice(lx.pos, i);
        lx.pos = i + 1;
        return t;
      }
      depth--;
    }
  }
  throw new Incomplete(null);
}

export function readBraced(lx: Lexer, quoted: boolean): ParamPart {
  const body = bracedText(lx);
  const bad = () => new SyntaxError(`\${${body}}: bad substitution`);
  let i = 0;
  let length = false;
  let indirect = false;
  if (body[0] === '#' && body.length > 1 && !/^#[-=?+:]/.test(body)) {
    length = true;
    i = 1;
  } else if (body[0] === '!' && body.length > 1) {
    indirect = true;
    i = 1;
  }
  let end = i;
  if (isNameStart(body[end])) while (isNameChar(body[end])) end++;
  else if (/[0-9]/.test(body[end] ?? '')) while (/[0-9]/.test(body[end] ?? '')) end++;
  else if (body[end] !== undefined && SPECIAL_PARAMS.has(body[end])) end++;
  const name = body.slice(i, end);
  if (name === '') throw bad();
  i = end;
  let subscript: string | null = null;
  if (body[i] === '[') {
    const close = matchBracket(body, i);
    if (close < 0) throw bad();
    subscript = body.slice(i + 1, close);
    i = close + 1;
  }
  const base = { kind: 'param', name, quoted, subscript, length, indirect } as const;
  if (i === body.length) return { ...base, op: '', arg: null, arg2: null };
  if (indirect && (body[i] === '*' || body[i] === '@') && i + 1 === body.length)
    return { ...base, name: name + body[i], op: '', arg: null, arg2: null };
  if (length) throw bad();
  const rest = body.slice(i);
  const op = OPS.find((o) => rest.startsWith(o));
  if (!op) throw bad();
  const argText = rest.slice(op.length);
  if (op === '/' || op === '//' || op === '/#' || op === '/%') {
    const slash = findUnquoted(argText, '/');
    const pat = slash < 0 ? argText : argText.slice(0, slash);
    const rep = slash < 0 ? null : lx.subWord(argText.slice(slash + 1));
    return { ...base, op, arg: lx.subWord(pat), arg2: rep };
  }
  if (op === ':') {
    const colon = findUnquoted(argText, ':');
    const off = colon < 0 ? argText : argText.slice(0, colon);
    const len = colon < 0 ? null : lx.subWord(argText.slice(colon + 1));
    return { ...base, op, arg: lx.subWord(off), arg2: len };
  }
  return { ...base, op, arg: lx.subWord(argText), arg2: null };
}

const OPS: ParamOp[] = [
  ':-',
  ':=',
  ':?',
  ':+',
  '-',
  '=',
  '?',
  '+',
  '##',
  '#',
  '%%',
  '%',
  '//',
  '/#',
  '/%',
  '/',
  '^^',
  '^',
  ',,',
  ',',
  '~~',
  '~',
  ':',
  '@',
];

export function param(name: string, quoted: boolean): ParamPart {
  return {
    kind: 'param',
    name,
    quoted,
    subscript: null,
    length: false,
    indirect: false,
    op: '',
    arg: null,
    arg2: null,
  };
}

function matchBracket(s: string, open: number): number {
  let depth = 0;
  for (let i = open; i < s.length; i++) {
    if (s[i] === '[') depth++;
    else if (s[i] === ']' && --depth === 0) return i;
  }
  return -1;
}

function findUnquoted(s: string, ch: string): number {
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === '\\') i++;
    else if (c === "'") i = Math.max(i, s.indexOf("'", i + 1));
    else if (c === ch) return i;
  }
  return -1;
}

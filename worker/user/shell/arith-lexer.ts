// Models the token reader of bash's arithmetic (expr.c readtok and strlong): operators, numbers
// in bases 2 to 64 and names with an optional `[subscript]`. It is pure: evaluating names is the
// evaluator's part. bash tells `++x` from `x++` and `1 @` from `@` by the tokens before, so those
// are passed in as `curtok` and `lasttok`.

import { evalError } from './arith-error';

// Token kinds, numbered as in expr.c: a one-character operator is its character code. They are
// typed `number` so that TypeScript keeps no narrowing of `curtok` across a readtok call.
export const END: number = 0;
export const EQEQ: number = 1;
export const NEQ: number = 2;
export const LEQ: number = 3;
export const GEQ: number = 4;
export const STR: number = 5;
export const NUM: number = 6;
export const LAND: number = 7;
export const LOR: number = 8;
export const LSH: number = 9;
export const RSH: number = 10;
export const OP_ASSIGN: number = 11;
export const COND: number = 12;
export const POWER: number = 13;
export const PREINC: number = 14;
export const PREDEC: number = 15;
export const POSTINC: number = 16;
export const POSTDEC: number = 17;
export const EQ: number = 0x3d; // '='
export const GT: number = 0x3e;
export const LT: number = 0x3c;
export const PLUS: number = 0x2b;
export const MINUS: number = 0x2d;
export const MUL: number = 0x2a;
export const DIV: number = 0x2f;
export const MOD: number = 0x25;
export const NOT: number = 0x21;
export const LPAR: number = 0x28;
export const RPAR: number = 0x29;
export const BAND: number = 0x26;
export const BOR: number = 0x7c;
export const BXOR: number = 0x5e;
export const BNOT: number = 0x7e;
export const QUES: number = 0x3f;
export const COL: number = 0x3a;
export const COMMA: number = 0x2c;

/** One token: where it is, and what the evaluator needs of it. Shared through the cache: read only. */
export interface Lexeme {
  kind: number;
  /** Where the token starts (bash's `lasttp`, the error token). */
  start: number;
  /** Just past the token. */
  end: number;
  /** A NUM's value. */
  value: bigint;
  /** A STR's `[` when it names an array element, else -1. */
  bracket: number;
  /** The operator of an OP_ASSIGN (`+` for `+=`, LSH for `<<=`). */
  assign: number;
}

const SINGLE = new Set([EQ, GT, LT, PLUS, MINUS, MUL, DIV, MOD, NOT, LPAR, RPAR, BAND, BOR, BXOR, BNOT]);
const QUESTIONABLE = new Set([QUES, COL, COMMA]);
const MULTI = new Set([EQEQ, NEQ, LEQ, GEQ, LAND, LOR, LSH, RSH, OP_ASSIGN, COND, POWER]);
const OP_ASSIGNABLE = '*/%+-&^|';

/** _is_arithop: characters that are operators by themselves. */
function isArithop(c: number): boolean {
  return SINGLE.has(c) || QUESTIONABLE.has(c);
}

function isMultiop(c: number): boolean {
  return MULTI.has(c) || (c >= PREINC && c <= POSTDEC);
}

export function isBlank(c: string): boolean {
  return c === ' ' || c === '\t' || c === '\n';
}

export function isNameStart(c: string): boolean {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c === '_';
}

function isNameChar(c: string): boolean {
  return isNameStart(c) || (c >= '0' && c <= '9');
}

function isDigit(c: string): boolean {
  return c >= '0' && c <= '9';
}

/** VALID_NUMCHAR: what a number token is made of, besides `#`. */
function isNumChar(c: string): boolean {
  return isNameChar(c) || c === '@';
}

function lexeme(kind: number, start: number, end: number): Lexeme {
  return { kind, start, end, value: 0n, bracket: -1, assign: 0 };
}

const CACHED_TEXTS = 256;
const CACHED_LENGTH = 256;
/** Tokens already read, by text and position: loops evaluate the same short texts again and again. */
const cache = new Map<string, Lexeme[]>();

/** Reads the token at `pos` of `expr`; throws bash's ArithError for a malformed one. */
export function scan(expr: string, pos: number, curtok: number, lasttok: number): Lexeme {
  if (expr.length > CACHED_LENGTH) return scanText(expr, pos, curtok, lasttok);
  let tokens = cache.get(expr);
  if (!tokens) {
    if (cache.size >= CACHED_TEXTS) cache.clear();
    tokens = [];
    cache.set(expr, tokens);
  }
  const hit = tokens[pos];
  if (hit) return hit;
  const tok = scanText(expr, pos, curtok, lasttok);
  // NOTE: only `++` and `--` depend on the tokens before; everything else is the same each time.
  const c = expr[tok.start];
  if (!((c === '+' || c === '-') && expr[tok.start + 1] === c)) tokens[pos] = tok;
  return tok;
}

function scanText(expr: string, pos: number, curtok: number, lasttok: number): Lexeme {
  while (pos < expr.length && isBlank(expr[pos])) pos++;
  if (pos >= expr.length) return lexeme(END, pos, pos);
  const start = pos;
  const c = expr[pos];
  if (isNameStart(c)) {
    let end = pos + 1;
    while (end < expr.length && isNameChar(expr[end])) end++;
    const tok = lexeme(STR, start, end);
    if (expr[end] === '[') {
      const close = skipSubscript(expr, end);
      if (close < 0) throw evalError(expr, 'bad array subscript', start);
      tok.bracket = end;
      tok.end = close + 1;
    }
    return tok;
  }
  if (isDigit(c)) {
    let end = pos + 1;
    while (end < expr.length && (isNumChar(expr[end]) || expr[end] === '#')) end++;
    const tok = lexeme(NUM, start, end);
    tok.value = strlong(expr, start, end);
    return tok;
  }
  return operator(expr, start, curtok, lasttok);
}

function operator(expr: string, start: number, curtok: number, lasttok: number): Lexeme {
  const c = expr[start];
  const c1 = expr[start + 1] ?? '';
  const two = (kind: number) => lexeme(kind, start, start + 2);
  if (c1 === '=' && (c === '=' || c === '!' || c === '>' || c === '<')) {
    return two(c === '=' ? EQEQ : c === '!' ? NEQ : c === '>' ? GEQ : LEQ);
  }
  if ((c === '<' || c === '>') && c1 === c) {
    const shift = c === '<' ? LSH : RSH;
    if (expr[start + 2] !== '=') return two(shift);
    const tok = lexeme(OP_ASSIGN, start, start + 3);
    tok.assign = shift;
    return tok;
  }
  if (c1 === c && (c === '&' || c === '|' || c === '*'))
    return two(c === '&' ? LAND : c === '|' ? LOR : POWER);
  if (c1 === c && (c === '-' || c === '+')) {
    if (curtok === STR) return two(c === '-' ? POSTDEC : POSTINC);
    // NOTE: `--x++` is refused here, from the tokens before, as bash does.
    if (curtok === NUM && (lasttok === PREINC || lasttok === PREDEC)) {
      throw evalError(expr, `${c}${c}: assignment requires lvalue`, start);
    }
    let xp = start + 2;
    while (xp < expr.length && isBlank(expr[xp])) xp++;
    if (xp < expr.length && isNameStart(expr[xp])) return two(c === '-' ? PREDEC : PREINC);
    return lexeme(c.charCodeAt(0), start, start + 1);
  }
  if (c1 === '=' && OP_ASSIGNABLE.includes(c)) {
    const tok = two(OP_ASSIGN);
    tok.assign = c.charCodeAt(0);
    return tok;
  }
  const code = c.charCodeAt(0);
  if (!isArithop(code)) {
    const operand = curtok === END || isArithop(curtok) || isMultiop(curtok);
    const detail = operand ? 'syntax error: operand expected' : 'syntax error: invalid arithmetic operator';
    throw evalError(expr, detail, start);
  }
  return lexeme(code, start, start + 1);
}

/**
 * skipsubscript: the index of the `]` matching the `[` at `open`, or -1. Brackets nest; a
 * backslash escapes the next character; quoted text is skipped whole.
 */
export function skipSubscript(expr: string, open: number): number {
  let depth = 0;
  for (let i = open; i < expr.length; i++) {
    const c = expr[i];
    if (c === '\\') i++;
    else if (c === '[') depth++;
    else if (c === ']') {
      if (--depth === 0) return i;
    } else if (c === "'" || c === '"') {
      let j = i + 1;
      while (j < expr.length && expr[j] !== c) j += c === '"' && expr[j] === '\\' ? 2 : 1;
      i = j;
    }
  }
  return -1;
}

const DECIMAL = /^[1-9][0-9]*$/;

/**
 * strlong: `0NN` is octal, `0xNN` hex, `BASE#DIGITS` any base from 2 to 64 (digits 0-9, a-z,
 * A-Z, @, _; letters of either case are the same digit up to base 36). Wraps at 64 bits.
 */
export function strlong(expr: string, start: number, end: number): bigint {
  const text = expr.slice(start, end);
  if (DECIMAL.test(text)) return BigInt.asIntN(64, BigInt(text));
  const fail = (detail: string): never => {
    throw evalError(expr, detail, start);
  };
  let base = 10n;
  let foundBase = false;
  let i = 0;
  if (text[0] === '0') {
    i = 1;
    if (text.length === 1) return 0n;
    if (text[1] === 'x' || text[1] === 'X') {
      base = 16n;
      i = 2;
    } else base = 8n;
    foundBase = true;
  }
  let val = 0n;
  for (; i < text.length; i++) {
    const c = text[i];
    if (c === '#') {
      if (foundBase) fail('invalid number');
      if (val < 2n || val > 64n) fail('invalid arithmetic base');
      base = val;
      val = 0n;
      foundBase = true;
      if (!isNumChar(text[i + 1] ?? '')) fail('invalid integer constant');
      continue;
    }
    const digit = BigInt(digitValue(c, base));
    if (digit >= base) fail('value too great for base');
    val = BigInt.asIntN(64, val * base + digit);
  }
  return val;
}

function digitValue(c: string, base: bigint): number {
  const code = c.charCodeAt(0);
  if (isDigit(c)) return code - 0x30;
  if (c >= 'a' && c <= 'z') return code - 0x61 + 10;
  if (c >= 'A' && c <= 'Z') return code - 0x41 + (base <= 36n ? 10 : 36);
  return c === '@' ? 62 : 63;
}

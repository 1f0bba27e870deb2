// Models bash's arithmetic evaluator (expr.c), which evaluates as it reads, so side effects
// happen in bash's order (`x=5, 1+` assigns x before the syntax error) and `&&`, `||` and `?:`
// read the skipped side with evaluation off (bash's `noeval`). A name's value is an expression
// too, evaluated in a nested context (subexpr), up to bash's 1024 levels.
// NOTE: bash's recursive descent (expcomma ... exp1) is an operator stack here: the same
// reductions at the same tokens, but parentheses and operator chains use no JavaScript stack,
// so only nested values do, and 1024 of them fit even before the JIT has compiled this code.

import { evalError } from './arith-error';
import { Context, type Evaluation } from './arith-context';
import * as lexer from './arith-lexer';
import { isBlank, type Lexeme } from './arith-lexer';
import {
  ASSIGN_PREC,
  COMMA_PREC,
  COND_PREC,
  LAND_PREC,
  LOR_PREC,
  POWER_PREC,
  TERMINATOR,
  UNARY_PREC,
  binary,
  bool,
  ipow,
  precedence,
  rightAssoc,
  unary,
} from './arith-ops';
import { type ArithScope, storeName } from './arith-vars';

// NOTE: token kinds are copied to locals once: a test runner's module loader turns each use
// of an imported name into a getter call, and these are read for every token.
const {
  BNOT,
  COL,
  COND,
  DIV,
  END,
  LAND,
  LOR,
  LPAR,
  MINUS,
  MOD,
  NOT,
  NUM,
  OP_ASSIGN,
  PLUS,
  PREDEC,
  PREINC,
  RPAR,
  STR,
} = lexer;

const MAX_EXPR_RECURSION_LEVEL = 1024;

/** One call of evaluate: its variables and its nesting depth (bash's expr_depth). */
export class Run implements Evaluation {
  depth = 0;

  constructor(readonly scope: ArithScope) {}

  /** Evaluates one expression text (bash's subexpr); blank text is 0. */
  subexpr(text: string, caller: Context | null): bigint {
    let p = 0;
    while (p < text.length && isBlank(text[p])) p++;
    if (p === text.length) return 0n;
    if (this.depth >= MAX_EXPR_RECURSION_LEVEL) {
      if (caller) caller.fail('expression recursion level exceeded');
      throw evalError(text, 'expression recursion level exceeded', p);
    }
    // NOTE: a variable holding a plain decimal is the common case; it needs no parser.
    if (isPlainDecimal(text)) return BigInt(text);
    this.depth++;
    const cx = new Context(this, text);
    cx.readtok();
    const value = expcomma(cx);
    if (cx.curtok !== END) cx.fail('syntax error in expression');
    this.depth--;
    return value;
  }
}

/** `0`, or up to 18 digits without a leading 0, with an optional `-`: no parse, no overflow. */
function isPlainDecimal(text: string): boolean {
  const start = text.charCodeAt(0) === 0x2d ? 1 : 0;
  const digits = text.length - start;
  if (digits < 1 || digits > 18 || (text.charCodeAt(start) === 0x30 && digits > 1)) return false;
  for (let i = start; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x30 || c > 0x39) return false;
  }
  return true;
}

/** An operator waiting for its right operand, or a `(` or `? :` waiting for its end. */
interface Frame {
  kind: number;
  prec: number;
  /** The operator token (for PREFIX_OP, BINARY_OP, ASSIGN_OP). */
  op: number;
  /** The left operand, the condition of `?:`, or an `op=`'s old value. */
  val: bigint;
  /** The value of a `?:`'s middle part. */
  val1: bigint;
  /** Where a BINARY_OP's right operand starts (bash shows it for `division by 0`). */
  at: number;
  /** Whether the right side of `&&`, `||`, `?:` is read with evaluation off. */
  skip: boolean;
  lhs: Lexeme | null;
  lind: bigint | null;
}

const PREFIX_OP = 1;
const POWER_OP = 2;
const BINARY_OP = 3;
const AND_OP = 4;
const OR_OP = 5;
const ELSE_PART = 6;
const ASSIGN_OP = 7;
const OPEN_PAREN = 8;
const THEN_PART = 9;

function frame(kind: number, prec: number, op: number, val: bigint): Frame {
  return { kind, prec, op, val, val1: 0n, at: 0, skip: false, lhs: null, lind: null };
}

/** expcomma: the whole expression, read to the first token no operator takes. */
function expcomma(cx: Context): bigint {
  const stack: Frame[] = [];
  let v = 0n;
  for (;;) {
    // exp1 and exp0: prefix operators, then an operand.
    const tok = cx.curtok;
    if (tok === NOT || tok === BNOT || tok === MINUS || tok === PLUS) {
      stack.push(frame(PREFIX_OP, UNARY_PREC, tok, 0n));
      cx.readtok();
      continue;
    }
    if (tok === LPAR) {
      stack.push(frame(OPEN_PAREN, 0, tok, 0n));
      cx.readtok();
      continue;
    }
    if (tok === PREINC || tok === PREDEC) v = cx.preincdec();
    else if (tok === NUM || tok === STR) v = cx.operand();
    else cx.fail('syntax error: operand expected');
    // The operators after it: reduce what binds tighter, then take the next one.
    for (;;) {
      const prec = precedence(cx.curtok);
      for (let top = stack.at(-1); top && top.kind < OPEN_PAREN; top = stack.at(-1)) {
        if (top.prec < prec || (top.prec === prec && rightAssoc(prec))) break;
        stack.pop();
        v = reduce(cx, top, v);
      }
      if (prec !== TERMINATOR) {
        shift(cx, stack, prec, v);
        break;
      }
      const open = stack.pop();
      if (!open) return v;
      if (open.kind === OPEN_PAREN) {
        if (cx.curtok !== RPAR) cx.fail("missing `)'");
        cx.readtok();
        continue;
      }
      // The `:` of a `?:`: the middle part is complete, the last part follows.
      if (open.skip) cx.noeval--;
      if (cx.curtok !== COL) cx.fail("`:' expected for conditional expression");
      const last = frame(ELSE_PART, COND_PREC, COL, open.val);
      last.val1 = v;
      last.skip = open.val !== 0n;
      if (last.skip) cx.noeval++;
      cx.readtok();
      if (cx.curtok === END) cx.fail('expression expected');
      stack.push(last);
      break;
    }
  }
}

/** Takes the operator in curtok, of binding `prec`, whose left operand is `v`. */
function shift(cx: Context, stack: Frame[], prec: number, v: bigint): void {
  const op = cx.curtok;
  if (prec === COMMA_PREC) return cx.readtok();
  const f = frame(BINARY_OP, prec, op, v);
  if (prec === ASSIGN_PREC) {
    if (cx.lasttok !== STR) cx.fail('attempted assignment to non-variable');
    if (cx.tokstr === null) cx.fail('syntax error in variable assignment');
    f.kind = ASSIGN_OP;
    f.op = op === OP_ASSIGN ? cx.assigntok : 0;
    f.lhs = cx.tokstr;
    f.lind = cx.curlval?.ind ?? null;
  } else if (prec === COND_PREC) {
    f.kind = THEN_PART;
    f.skip = v === 0n;
  } else if (prec === LOR_PREC || prec === LAND_PREC) {
    f.kind = prec === LOR_PREC ? OR_OP : AND_OP;
    f.skip = prec === LOR_PREC ? v !== 0n : v === 0n;
  } else if (prec === POWER_PREC) f.kind = POWER_OP;
  f.at = cx.tp;
  if (f.skip) cx.noeval++;
  stack.push(f);
  cx.readtok();
  if (f.kind === THEN_PART && (cx.curtok === END || cx.curtok === COL)) {
    cx.fail('expression expected');
  }
}

/** Applies a waiting operator to its right operand `v`. */
function reduce(cx: Context, f: Frame, v: bigint): bigint {
  switch (f.kind) {
    case PREFIX_OP:
      cx.lasttok = NUM;
      return unary(f.op, v);
    case POWER_OP:
      cx.lasttok = NUM;
      if (v === 0n) return 1n;
      if (v < 0n) cx.fail('exponent less than 0');
      return ipow(f.val, v);
    case BINARY_OP:
      cx.lasttok = NUM;
      return binary(f.op, f.val, divisor(cx, f.op, v, f.at));
    case AND_OP:
    case OR_OP:
      if (f.skip) cx.noeval--;
      cx.lasttok = f.kind === AND_OP ? LAND : LOR;
      return bool(f.kind === AND_OP ? f.val !== 0n && v !== 0n : f.val !== 0n || v !== 0n);
    case ELSE_PART:
      if (f.skip) cx.noeval--;
      cx.lasttok = COND;
      return f.val !== 0n ? f.val1 : v;
    default: {
      const value = f.op ? binary(f.op, f.val, divisor(cx, f.op, v, cx.lasttp)) : v;
      if (!cx.noeval) storeName(cx, { tok: f.lhs!, ind: f.lind }, value);
      cx.curlval = null;
      cx.tokstr = null;
      return value;
    }
  }
}

/** The right operand of `/` or `%`: 0 is an error, or 1 where evaluation is off. */
function divisor(cx: Context, op: number, v: bigint, at: number): bigint {
  if ((op !== DIV && op !== MOD) || v !== 0n) return v;
  if (cx.noeval) return 1n;
  while (cx.expression[at] === ' ' || cx.expression[at] === '\t') at++;
  cx.fail('division by 0', at);
}

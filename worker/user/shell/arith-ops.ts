// The operators of bash's arithmetic (expr.c) as C computes them on intmax_t, and their binding
// strength as bash's recursive descent implies it, for the evaluator's operator stack.

import * as lexer from './arith-lexer';

// NOTE: token kinds are copied to locals once: a test runner's module loader turns each use
// of an imported name into a getter call, and these are read for every token.
const {
  BAND,
  BNOT,
  BOR,
  BXOR,
  COMMA,
  DIV,
  EQ,
  EQEQ,
  GEQ,
  GT,
  LAND,
  LEQ,
  LOR,
  LSH,
  LT,
  MINUS,
  MOD,
  MUL,
  NEQ,
  NOT,
  OP_ASSIGN,
  PLUS,
  POWER,
  QUES,
  RSH,
} = lexer;

const INT64_MIN = -(1n << 63n);

export const wrap = (v: bigint): bigint => BigInt.asIntN(64, v);
export const bool = (b: boolean): bigint => (b ? 1n : 0n);

/** What ends an operand list at a `(`, a `?` or the end (no operator takes it). */
export const TERMINATOR = 0;
export const COMMA_PREC = 1;
export const ASSIGN_PREC = 2;
export const COND_PREC = 3;
export const LOR_PREC = 4;
export const LAND_PREC = 5;
export const POWER_PREC = 14;
export const UNARY_PREC = 15;

/** expbor (6) down to expmuldiv (13). */
const BINARY_PREC = new Map<number, number>([
  [BOR, 6],
  [BXOR, 7],
  [BAND, 8],
  [EQEQ, 9],
  [NEQ, 9],
  [LT, 10],
  [GT, 10],
  [LEQ, 10],
  [GEQ, 10],
  [LSH, 11],
  [RSH, 11],
  [PLUS, 12],
  [MINUS, 12],
  [MUL, 13],
  [DIV, 13],
  [MOD, 13],
]);

/** How tightly the operator token `tok` binds when it follows an operand. */
export function precedence(tok: number): number {
  const binary = BINARY_PREC.get(tok);
  if (binary !== undefined) return binary;
  switch (tok) {
    case COMMA:
      return COMMA_PREC;
    case EQ:
    case OP_ASSIGN:
      return ASSIGN_PREC;
    case QUES:
      return COND_PREC;
    case LOR:
      return LOR_PREC;
    case LAND:
      return LAND_PREC;
    case POWER:
      return POWER_PREC;
    default:
      return TERMINATOR;
  }
}

/** `=`, `?:` and `**` group to the right; the others to the left. */
export function rightAssoc(prec: number): boolean {
  return prec === ASSIGN_PREC || prec === COND_PREC || prec === POWER_PREC;
}

/** A binary operator on 64-bit values; shift counts are taken modulo 64, as x86 does. */
export function binary(op: number, a: bigint, b: bigint): bigint {
  switch (op) {
    case MUL:
      return wrap(a * b);
    case DIV:
      return a === INT64_MIN && b === -1n ? INT64_MIN : a / b;
    case MOD:
      return a === INT64_MIN && b === -1n ? 0n : a % b;
    case PLUS:
      return wrap(a + b);
    case MINUS:
      return wrap(a - b);
    case LSH:
      return wrap(a << (b & 63n));
    case RSH:
      return a >> (b & 63n);
    case BAND:
      return a & b;
    case BOR:
      return a | b;
    case BXOR:
      return a ^ b;
    case EQEQ:
      return bool(a === b);
    case NEQ:
      return bool(a !== b);
    case LT:
      return bool(a < b);
    case GT:
      return bool(a > b);
    case LEQ:
      return bool(a <= b);
    default:
      return bool(a >= b);
  }
}

/** A prefix operator: `!`, `~`, `-`, `+`. */
export function unary(op: number, v: bigint): bigint {
  if (op === NOT) return bool(v === 0n);
  if (op === BNOT) return ~v;
  return op === MINUS ? wrap(-v) : v;
}

/** ipow: exponentiation by squaring, wrapping like the C loop. */
export function ipow(base: bigint, exp: bigint): bigint {
  let result = 1n;
  while (exp) {
    if (exp & 1n) result = wrap(result * base);
    exp >>= 1n;
    base = wrap(base * base);
  }
  return result;
}

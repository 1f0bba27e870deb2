// Models bash's `[[ ]]` evaluation (execute_cmd.c execute_cond_node): operands expanded without
// splitting or globbing, `==`/`!=` matching a pattern (quoted parts literal), `=~` an extended
// regular expression whose groups fill BASH_REMATCH, `<`/`>` byte order, arithmetic comparisons
// whose operands are arithmetic expressions, file tests as `test` has them.

import type { CondExpr, Word } from './ast';
import type { Expander, Gen } from './expand';
import { patternMatch } from './glob';
import type { ShellState } from './state';
import { arithmeticTest, binaryFileTest, isBinaryFileOp, stringTest, unaryTest } from './test-ops';
import { toJsRegex } from '../coreutils/regex';

/** 0 true, 1 false, 2 a bad regular expression. */
export function* evalCond(sh: ShellState, x: Expander, expr: CondExpr): Gen<number> {
  return (yield* test(sh, x, expr)) ? 0 : sh.condError ? 2 : 1;
}

function* test(sh: ShellState, x: Expander, e: CondExpr): Gen<boolean> {
  const b = { sh, sys: sh.sys, argv: ['[['] };
  sh.condError = false;
  switch (e.kind) {
    case 'and':
      return (yield* test(sh, x, e.left)) && (yield* test(sh, x, e.right));
    case 'or':
      return (yield* test(sh, x, e.left)) || (yield* test(sh, x, e.right));
    case 'not':
      return !(yield* test(sh, x, e.expr));
    case 'word':
      return (yield* x.string(e.word)) !== '';
    case 'unary':
      return unaryTest(b, e.op, yield* x.string(e.operand));
  }
  const left = yield* x.string(e.left);
  switch (e.op) {
    case '==':
    case '=':
    case '!=':
      return patternMatch(yield* x.pattern(e.right), left) === (e.op !== '!=');
    case '=~':
      return yield* regexMatch(sh, x, left, e.right);
    case '<':
    case '>':
      return stringTest(e.op, left, yield* x.string(e.right));
  }
  if (isBinaryFileOp(e.op)) return binaryFileTest(b, e.op, left, yield* x.string(e.right));
  const l = yield* x.arith(x.parseWord(left));
  const r = yield* x.arith(e.right);
  return arithmeticTest(e.op, l, r);
}

function compile(source: string | null): RegExp | null {
  if (source === null) return null;
  try {
    return new RegExp(source);
  } catch {
    return null;
  }
}

function* regexMatch(sh: ShellState, x: Expander, left: string, right: Word): Gen<boolean> {
  const re = compile(toJsRegex(yield* x.regex(right), true));
  if (!re) {
    sh.condError = true;
    return false;
  }
  const m = re.exec(left);
  sh.vars.delete('BASH_REMATCH');
  const arr = sh.arrayOf('BASH_REMATCH');
  if (m) m.forEach((g, i) => arr.array!.set(String(i), g ?? ''));
  return m !== null;
}

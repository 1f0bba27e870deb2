// Models bash 5.2's shell arithmetic (expr.c) for `$((...))`, `let`, `((...))`, `for ((...))`,
// array subscripts and integer variables: 64-bit wrapping integers, C's operators with bash's
// precedence, names whose values are themselves expressions, and bash's error messages. The
// caller has already done the `$` expansions, as bash has when it calls evalexp.

import { evalError } from './arith-error';
import { Run } from './arith-eval';
import type { ArithScope } from './arith-vars';

export { ArithError, arithMessage } from './arith-error';
export type { ArithScope } from './arith-vars';

/** Evaluates an expression whose $-expansions were already done (as bash does); 64-bit wrapping. */
export function evaluate(expr: string, scope: ArithScope): bigint {
  try {
    return new Run(scope).subexpr(expr, null);
  } catch (e) {
    // NOTE: past what the JavaScript stack takes (thousands of nested subscripts), the
    // expression fails as too deep instead of crashing the shell.
    if (e instanceof RangeError) throw evalError(expr, 'expression recursion level exceeded', 0);
    throw e;
  }
}

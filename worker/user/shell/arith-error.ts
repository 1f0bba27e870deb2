// Models bash's arithmetic error reports (expr.c evalerror): `EXPR: DETAIL (error token is "TOKEN")`,
// where EXPR is the expression being evaluated (a variable's value when the error is inside it)
// and TOKEN is the rest of that expression from the token that failed.

/** An arithmetic error; `detail` and `token` as bash shows them. A null token is an error bash
 *  reports without one (`r: readonly variable`: expression `r`, detail `readonly variable`). */
export class ArithError {
  constructor(
    readonly expression: string,
    readonly detail: string,
    readonly token: string | null,
  ) {}
}

/**
 * bash's message after `bash: `. `command` is the prefix bash adds for errors found while a
 * command evaluates: `let`, `((` (also for `for ((`), `[[`, `declare`, or a variable name for
 * `${name:offset}`; `$((...))`, `$[...]`, subscripts and `declare -i` assignments have none.
 * Errors without a token (readonly, unbound variable) never carry the prefix.
 */
export function arithMessage(e: ArithError, command?: string): string {
  if (e.token === null) return `${e.expression}: ${e.detail}`;
  const prefix = command === undefined ? '' : `${command}: `;
  return `${prefix}${e.expression}: ${e.detail} (error token is "${e.token}")`;
}

/** evalerror: the expression without its leading blanks, the token from `at` to the end. */
export function evalError(expression: string, detail: string, at: number): ArithError {
  let start = 0;
  while (expression[start] === ' ' || expression[start] === '\t') start++;
  return new ArithError(expression.slice(start), detail, at < 0 ? '' : expression.slice(at));
}

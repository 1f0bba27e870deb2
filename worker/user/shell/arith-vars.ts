// Models how bash's arithmetic reads and assigns names (expr.c expr_streval, expr_bind_variable,
// expr_bind_array_element): a scalar, or an array element whose subscript is an arithmetic
// expression for indexed arrays and a plain key for associative ones. The shell's variables are
// reached through an ArithScope, so this module knows nothing of the shell state.

import type { Lexeme } from './arith-lexer';

export interface ArithScope {
  /** A variable's value, or an array element's (subscript is the evaluated index as a decimal
   *  string for indexed arrays, the raw subscript text for associative ones); undefined if unset.
   *  A negative index counts from the end, as bash resolves it (bash warns `a: bad array
   *  subscript` and reads 0 when it is out of range). May throw ArithError (`set -u`:
   *  expression NAME, detail `unbound variable`, token null). */
  get(name: string, subscript: string | null): string | undefined;
  /** Assigns (for `=`, `+=`, `++`, ...); may throw ArithError itself (a readonly variable). */
  set(name: string, subscript: string | null, value: string): void;
  /** True when NAME is an associative array (its subscripts are strings, not expressions). */
  isAssoc(name: string): boolean;
  /** A message bash prints after `bash: ` before going on with 0 (`a[@]: bad array subscript`). */
  warn?(message: string): void;
}

/** The expression a name was read from, and how to evaluate a subscript where it stands. */
export interface NameSite {
  readonly expression: string;
  readonly scope: ArithScope;
  subscript(text: string): bigint;
}

/** bash's struct lvalue: the name token read, and the index it evaluated to (indexed arrays). */
export interface Lvalue {
  tok: Lexeme;
  ind: bigint | null;
}

interface Parts {
  text: string;
  name: string;
  subscript: string | null;
}

function parts(cx: NameSite, tok: Lexeme): Parts {
  const text = cx.expression.slice(tok.start, tok.end);
  if (tok.bracket < 0) return { text, name: text, subscript: null };
  const name = cx.expression.slice(tok.start, tok.bracket);
  return { text, name, subscript: cx.expression.slice(tok.bracket + 1, tok.end - 1) };
}

const isAllElements = (subscript: string) => subscript === '@' || subscript === '*';

/** The text of a name's value (undefined when unset) and the element it names. */
export function readName(cx: NameSite, tok: Lexeme): { value: string | undefined; lvalue: Lvalue } {
  const { scope } = cx;
  const { text, name, subscript } = parts(cx, tok);
  const lvalue: Lvalue = { tok, ind: null };
  if (subscript === null) return { value: scope.get(name, null), lvalue };
  if (subscript === '') {
    // NOTE: bash checks the reference twice and complains each time.
    scope.warn?.(`${text}: bad array subscript`);
    scope.warn?.(`${text}: bad array subscript`);
    return { value: undefined, lvalue };
  }
  if (scope.isAssoc(name)) return { value: scope.get(name, subscript), lvalue };
  if (isAllElements(subscript)) {
    scope.warn?.(`${text}: bad array subscript`);
    return { value: undefined, lvalue };
  }
  lvalue.ind = cx.subscript(subscript);
  return { value: scope.get(name, String(lvalue.ind)), lvalue };
}

/** Assigns VALUE to the element LV names, evaluating its subscript if it was not read before. */
export function storeName(cx: NameSite, lv: Lvalue, value: bigint): void {
  const { scope } = cx;
  const { text, name, subscript } = parts(cx, lv.tok);
  if (lv.ind !== null) return scope.set(name, String(lv.ind), String(value));
  if (subscript === null) return scope.set(name, null, String(value));
  if (subscript === '') return scope.warn?.(`\`${text}': not a valid identifier`);
  if (scope.isAssoc(name)) return scope.set(name, subscript, String(value));
  if (isAllElements(subscript)) return scope.warn?.(`${text}: bad array subscript`);
  scope.set(name, String(cx.subscript(subscript)), String(value));
}

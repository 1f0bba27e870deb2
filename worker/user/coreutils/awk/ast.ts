// The awk program as mawk's parser (parse.y) sees it: pattern-action rules, BEGIN and END blocks,
// functions, statements and expressions. The compiler (compile*.ts) turns it into closures.

export type LValue =
  { k: 'var'; name: string } | { k: 'field'; index: Expr } | { k: 'elem'; name: string; subs: Expr[] };

export type Expr =
  | LValue
  | { k: 'num'; v: number }
  | { k: 'str'; v: string }
  /** A regular expression standing alone: `$0 ~ /re/`. */
  | { k: 'ere'; src: string }
  | { k: 'group'; exprs: Expr[] }
  | { k: 'assign'; op: string; target: LValue; value: Expr }
  | { k: 'cond'; test: Expr; yes: Expr; no: Expr }
  | { k: 'and' | 'or'; left: Expr; right: Expr }
  | { k: 'in'; subs: Expr[]; name: string }
  | { k: 'match'; negate: boolean; left: Expr; re: Expr }
  | { k: 'cmp'; op: string; left: Expr; right: Expr }
  | { k: 'concat'; parts: Expr[] }
  | { k: 'binary'; op: string; left: Expr; right: Expr }
  | { k: 'unary'; op: string; arg: Expr }
  | { k: 'incr'; delta: 1 | -1; prefix: boolean; target: LValue }
  | { k: 'call'; name: string; args: Expr[]; line: number }
  | { k: 'builtin'; name: string; args: Expr[] }
  | { k: 'getline'; from: 'main' | 'file' | 'command'; target: LValue | null; source: Expr | null };

export interface Output {
  readonly mode: '>' | '>>' | '|';
  readonly target: Expr;
}

export type Stmt =
  | { k: 'expr'; e: Expr }
  | { k: 'print' | 'printf'; args: Expr[]; out: Output | null }
  | { k: 'if'; test: Expr; then: Stmt; else: Stmt | null }
  | { k: 'while'; test: Expr; body: Stmt }
  | { k: 'do'; body: Stmt; test: Expr }
  | { k: 'for'; init: Expr | null; test: Expr | null; step: Expr | null; body: Stmt }
  | { k: 'forin'; key: LValue; name: string; body: Stmt }
  | { k: 'block'; body: Stmt[] }
  | { k: 'next' | 'nextfile' | 'break' | 'continue' }
  | { k: 'exit'; code: Expr | null }
  | { k: 'return'; value: Expr | null }
  | { k: 'delete'; name: string; subs: Expr[] | null };

export interface Rule {
  readonly pattern: Expr | null;
  /** The end of a range pattern `p1, p2`. */
  readonly rangeEnd: Expr | null;
  /** null: the default action, print $0. */
  readonly body: Stmt | null;
}

export interface Func {
  readonly name: string;
  readonly params: string[];
  body: Stmt;
}

export interface Program {
  readonly begin: Stmt[];
  readonly end: Stmt[];
  readonly rules: Rule[];
  readonly functions: Map<string, Func>;
  /** Names used as arrays anywhere (globals only). */
  readonly arrays: Set<string>;
  /** Whether any `getline` without `<` reads the main input. */
  readonly readsMain: boolean;
}

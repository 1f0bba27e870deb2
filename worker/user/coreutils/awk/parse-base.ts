// Models the token side of mawk's parser: one token of lookahead (two where the grammar needs it),
// yyerror()'s messages (a missing `)` or `}` when the open counts say so, else "syntax error at or
// near" the token), and the symbol table's rule that a name is a variable or an array for the whole
// program ("illegal reference to array A").

import { CompileError, describe } from './errors';
import { Lexer, type Token } from './lexer';

/** Builtin arities: [least, most]. */
export const ARITY: Record<string, [number, number]> = {
  length: [0, 1],
  substr: [2, 3],
  index: [2, 2],
  split: [2, 3],
  sub: [2, 3],
  gsub: [2, 3],
  match: [2, 2],
  sprintf: [1, 255],
  tolower: [1, 1],
  toupper: [1, 1],
  int: [1, 1],
  sqrt: [1, 1],
  exp: [1, 1],
  log: [1, 1],
  sin: [1, 1],
  cos: [1, 1],
  atan2: [2, 2],
  rand: [0, 0],
  srand: [0, 1],
  system: [1, 1],
  close: [1, 1],
  fflush: [0, 1],
};

/** Built-in variables: scalars, never arrays. */
export const SPECIAL_VARS = new Set([
  'NF', 'NR', 'FNR', 'FS', 'OFS', 'ORS', 'RS', 'SUBSEP', 'CONVFMT', 'OFMT', 'FILENAME', 'RSTART',
  'RLENGTH', 'ARGC',
]); // prettier-ignore

export const ASSIGN_OPS = new Set(['=', '+=', '-=', '*=', '/=', '%=', '^=']);
export const RELATIONAL = new Set(['<', '<=', '>', '>=', '==', '!=']);
/** Tokens that may start an operand of a concatenation. */
export const CONCAT_START = new Set([
  'num',
  'str',
  'ere',
  'name',
  'funcname',
  'builtin',
  '$',
  '!',
  '(',
  '++',
  '--',
]);

export class TokenStream {
  protected tok: Token;
  private ahead: Token | null = null;
  private readonly lexer: Lexer;
  /** Global names and what they are: a scalar or an array. */
  protected readonly kinds = new Map<string, 'var' | 'array'>([
    ['ENVIRON', 'array'],
    ['ARGV', 'array'],
  ]);
  /** The current function's parameters (their kind is settled at run time). */
  protected locals: Set<string> | null = null;
  protected readonly functionNames: Set<string>;
  /** Inside print's arguments, outside parentheses: `>` is output redirection. */
  protected noGt = false;
  protected readsMain = false;
  /** print's arguments start with `(`: a parenthesized list is allowed there. */
  protected listOk = false;
  /** Functions called, to check at the end that each is defined. */
  protected readonly calls: string[] = [];

  constructor(src: string, functionNames: Set<string>) {
    this.lexer = new Lexer(src);
    this.functionNames = functionNames;
    this.tok = this.lexer.next();
  }

  protected advance(): Token {
    const t = this.tok;
    this.tok = this.ahead ?? this.lexer.next();
    this.ahead = null;
    return t;
  }

  /** The current token's type (a call, so TypeScript does not narrow it across advance()). */
  protected at(): string {
    return this.tok.type;
  }

  protected peek2(): Token {
    if (!this.ahead) this.ahead = this.lexer.next();
    return this.ahead;
  }

  /** yyerror(): a missing `)` or `}` when the counts say so, else "syntax error at or near". */
  protected fail(token: Token = this.tok): never {
    const what = describe(token);
    const t = token.type;
    if (token.parens > 0 && ['eof', 'newline', ';', '}'].includes(t)) {
      throw new CompileError(`missing ) near ${what}`, token.line);
    }
    if (token.braces > 0 && ['eof', 'BEGIN', 'END'].includes(t)) {
      throw new CompileError(`missing } near ${what}`, token.line);
    }
    throw new CompileError(`syntax error at or near ${t === 'ere' ? `/${what}/` : what}`, token.line);
  }

  protected expect(type: string): Token {
    if (this.tok.type !== type) this.fail();
    return this.advance();
  }

  protected skipNewlines(): void {
    while (this.tok.type === 'newline') this.advance();
  }

  /** Records that `name` is used as `kind`; a clash is mawk's "illegal reference". */
  protected use(name: string, kind: 'var' | 'array', line = this.tok.line): void {
    if (this.locals?.has(name)) return;
    const was = SPECIAL_VARS.has(name) ? 'var' : this.kinds.get(name);
    if (was === undefined) this.kinds.set(name, kind);
    else if (was !== kind) {
      throw new CompileError(`illegal reference to ${was === 'var' ? 'variable' : 'array'} ${name}`, line);
    }
  }
}

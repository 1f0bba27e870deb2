// Models the reading side of bash's arithmetic (expr.c): the state of one expression being
// evaluated (EXPR_CONTEXT), its token reader with the look-ahead bash does after a name
// (readtok), a name's value read as a nested expression (expr_streval), and the operands
// `N`, `name`, `name++`, `++name` (exp0).

import { evalError } from './arith-error';
import * as lexer from './arith-lexer';
import { type Lexeme, scan } from './arith-lexer';
import { wrap } from './arith-ops';
import { type ArithScope, type Lvalue, type NameSite, readName, storeName } from './arith-vars';

// NOTE: token kinds are copied to locals once: a test runner's module loader turns each use
// of an imported name into a getter call, and these are read for every token.
const { END, EQ, NUM, OP_ASSIGN, POSTDEC, POSTINC, PREDEC, PREINC, STR } = lexer;

/** One call of evaluate: the variables, and how deep values and subscripts are nested. */
export interface Evaluation {
  readonly scope: ArithScope;
  depth: number;
  /** bash's subexpr: a value or a subscript read inside `caller`, as an expression of its own. */
  subexpr(text: string, caller: Context | null): bigint;
}

/** The state of one expression being read (bash's EXPR_CONTEXT). */
export class Context implements NameSite {
  tp = 0;
  lasttp = -1;
  curtok = END;
  lasttok = END;
  tokval = 0n;
  /** The last name read (bash's tokstr), cleared by an assignment. */
  tokstr: Lexeme | null = null;
  noeval = 0;
  /** The element the last name evaluated to (bash's curlval), for `++` and `op=`. */
  curlval: Lvalue | null = null;
  assigntok = 0;
  readonly scope: ArithScope;

  constructor(
    readonly run: Evaluation,
    readonly expression: string,
  ) {
    this.scope = run.scope;
  }

  /** evalerror: a fatal error at the last token read. */
  fail(detail: string, at = this.lasttp): never {
    throw evalError(this.expression, detail, at);
  }

  /** An indexed array's subscript, evaluated with this expression as the caller. */
  subscript(text: string): bigint {
    return this.run.subexpr(text, this);
  }

  readtok(): void {
    const tok = scan(this.expression, this.tp, this.curtok, this.lasttok);
    if (tok.kind === END) {
      this.lasttok = this.curtok;
      this.curtok = END;
      this.tp = tok.end;
      return;
    }
    this.lasttp = tok.start;
    if (tok.kind === STR) {
      this.tokstr = tok;
      this.curlval = null;
      // bash peeks at the next token: a name about to be assigned with `=` is not read.
      const peek = this.peek(tok.end);
      if (this.lasttok === PREINC || this.lasttok === PREDEC || peek.kind !== EQ) {
        this.tokval = this.streval(tok);
      } else this.tokval = 0n;
    } else if (tok.kind === NUM) this.tokval = tok.value;
    else if (tok.kind === OP_ASSIGN) this.assigntok = tok.assign;
    this.lasttok = this.curtok;
    this.curtok = tok.kind;
    this.tp = tok.end;
  }

  /**
   * The token after a name, read as bash's readtok reads it with evaluation off. A name read
   * that way peeks in turn, so errors further on (`x y 09`) surface here too.
   */
  peek(pos: number): Lexeme {
    const first = scan(this.expression, pos, STR, this.lasttok);
    for (let tok = first; tok.kind === STR;) tok = scan(this.expression, tok.end, STR, this.lasttok);
    return first;
  }

  /** expr_streval: a name's value, evaluated as an expression. */
  streval(tok: Lexeme): bigint {
    if (this.noeval) return 0n;
    let value: string | undefined;
    if (tok.bracket < 0) {
      value = this.scope.get(this.expression.slice(tok.start, tok.end), null);
      this.curlval = { tok, ind: null };
    } else {
      const read = readName(this, tok);
      value = read.value;
      this.curlval = read.lvalue;
    }
    return value ? this.run.subexpr(value, this) : 0n;
  }

  /** `++name` or `--name`. */
  preincdec(): bigint {
    const stok = (this.lasttok = this.curtok);
    this.readtok();
    if (this.curtok !== STR) this.fail('identifier expected after pre-increment or pre-decrement');
    const v2 = wrap(this.tokval + (stok === PREINC ? 1n : -1n));
    if (!this.noeval) this.store(v2);
    this.curtok = NUM; // so that `--x=7` is an error
    this.readtok();
    return v2;
  }

  /** A number, or a name with an optional `++` or `--` after it. */
  operand(): bigint {
    const val = this.tokval;
    if (this.curtok === STR) {
      const next = this.peek(this.tp);
      if (next.kind === POSTINC || next.kind === POSTDEC) {
        this.lasttp = next.start;
        this.tp = next.end;
        this.lasttok = STR;
        if (!this.noeval) this.store(wrap(val + (next.kind === POSTINC ? 1n : -1n)));
        this.curtok = NUM; // so that `x++=7` is an error
      }
    }
    this.readtok();
    return val;
  }

  /** Assigns the name just read, through the element it evaluated to when there is one. */
  private store(value: bigint): void {
    if (this.curlval) storeName(this, this.curlval, value);
    else if (this.tokstr) storeName(this, { tok: this.tokstr, ind: null }, value);
  }
}

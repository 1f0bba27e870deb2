// Models the expression half of mawk's grammar (parse.y) as precedence climbing, lowest first:
// assignment and ?: (right), || , &&, in, ~ !~, relational (left; a bare `>` in print is output),
// concatenation, + -, * / %, unary ! - +, ^ (right), ++ --, $, grouping. Also the symbol checks
// mawk makes while parsing: a name is a variable or an array for the whole program, builtins take
// their own number of arguments. The statement half (parser.ts) extends this class.

import type { Expr, LValue } from './ast';
import { CompileError } from './errors';
import { ARITY, ASSIGN_OPS, CONCAT_START, RELATIONAL, TokenStream } from './parse-base';
import type { Token } from './lexer';
import { compileRegex, RegexError } from './regex';

export class ExprParser extends TokenStream {
  expr(noGt = false): Expr {
    const saved = this.noGt;
    this.noGt = noGt;
    try {
      return this.ternary();
    } finally {
      this.noGt = saved;
    }
  }

  private ternary(): Expr {
    const left = this.or();
    if (ASSIGN_OPS.has(this.tok.type) && isLValue(left)) {
      const op = this.advance().type;
      return { k: 'assign', op, target: left, value: this.ternary() };
    }
    if (this.tok.type !== '?') return left;
    this.advance();
    const yes = this.ternary();
    this.expect(':');
    return { k: 'cond', test: left, yes, no: this.ternary() };
  }

  private or(): Expr {
    let left = this.and();
    while (this.tok.type === '||') {
      this.advance();
      this.skipNewlines();
      left = { k: 'or', left, right: this.and() };
    }
    return left;
  }

  private and(): Expr {
    let left = this.inExpr();
    while (this.tok.type === '&&') {
      this.advance();
      this.skipNewlines();
      left = { k: 'and', left, right: this.inExpr() };
    }
    return left;
  }

  private inExpr(): Expr {
    let left = this.matchExpr();
    while (this.tok.type === 'in') {
      this.advance();
      const name = this.expect('name').text;
      this.use(name, 'array');
      left = { k: 'in', subs: left.k === 'group' ? left.exprs : [left], name };
    }
    return left;
  }

  private matchExpr(): Expr {
    let left = this.relational();
    while (this.tok.type === '~' || this.tok.type === '!~') {
      const negate = this.advance().type === '!~';
      left = { k: 'match', negate, left, re: this.relational() };
    }
    return left;
  }

  private relational(): Expr {
    let left = this.concat();
    while (RELATIONAL.has(this.tok.type) && !(this.noGt && this.tok.type === '>')) {
      const op = this.advance().type;
      left = { k: 'cmp', op, left, right: this.concat() };
    }
    return left;
  }

  private concat(): Expr {
    const first = this.additive();
    const parts = [first];
    while (CONCAT_START.has(this.tok.type)) parts.push(this.additive());
    let e: Expr = parts.length === 1 ? first : { k: 'concat', parts };
    while (this.tok.type === '|' && this.peek2().type === 'getline') {
      this.advance();
      this.advance();
      e = { k: 'getline', from: 'command', source: e, target: this.optionalLValue() };
    }
    return e;
  }

  private additive(): Expr {
    let left = this.multiplicative();
    while (this.tok.type === '+' || this.tok.type === '-') {
      const op = this.advance().type;
      left = { k: 'binary', op, left, right: this.multiplicative() };
    }
    return left;
  }

  private multiplicative(): Expr {
    let left = this.unary();
    while (this.tok.type === '*' || this.tok.type === '/' || this.tok.type === '%') {
      const op = this.advance().type;
      left = { k: 'binary', op, left, right: this.unary() };
    }
    return left;
  }

  private unary(): Expr {
    const t = this.tok.type;
    if (t === '!' || t === '-' || t === '+') {
      this.advance();
      return { k: 'unary', op: t, arg: this.unary() };
    }
    return this.power();
  }

  private power(): Expr {
    const base = this.postfix();
    if (this.tok.type !== '^') return base;
    this.advance();
    const t = this.at();
    if (t === '-' || t === '+' || t === '!') {
      this.advance();
      return { k: 'binary', op: '^', left: base, right: { k: 'unary', op: t, arg: this.power() } };
    }
    return { k: 'binary', op: '^', left: base, right: this.power() };
  }

  private postfix(): Expr {
    const t = this.tok.type;
    if (t === '++' || t === '--') {
      this.advance();
      const target = this.postfix();
      if (!isLValue(target)) this.fail();
      return { k: 'incr', delta: t === '++' ? 1 : -1, prefix: true, target };
    }
    const e = this.primary();
    if ((this.tok.type === '++' || this.tok.type === '--') && isLValue(e)) {
      const delta = this.advance().type === '++' ? 1 : -1;
      return { k: 'incr', delta, prefix: false, target: e };
    }
    return e;
  }

  /** What `$` applies to: a primary, or ++/-- and unary minus on one. */
  private fieldIndex(): Expr {
    const t = this.tok.type;
    if (t === '++' || t === '--' || t === '-' || t === '+' || t === '!') {
      this.advance();
      const arg = this.fieldIndex();
      if (t === '++' || t === '--') {
        if (!isLValue(arg)) this.fail();
        return { k: 'incr', delta: t === '++' ? 1 : -1, prefix: true, target: arg };
      }
      return { k: 'unary', op: t, arg };
    }
    return this.primary();
  }

  protected optionalLValue(): LValue | null {
    const t = this.tok.type;
    if (t === '$') {
      this.advance();
      return { k: 'field', index: this.fieldIndex() };
    }
    if (t !== 'name') return null;
    return this.variable(this.advance());
  }

  private variable(name: Token): LValue {
    if (this.functionNames.has(name.text) && !this.locals?.has(name.text)) this.fail();
    if (this.tok.type !== '[') {
      this.use(name.text, 'var', name.line);
      return { k: 'var', name: name.text };
    }
    this.use(name.text, 'array', name.line);
    this.advance();
    const subs = this.exprList(']');
    return { k: 'elem', name: name.text, subs };
  }

  /** A function's arguments: a bare name may be a scalar or an array, settled when it runs. */
  private callArgs(): Expr[] {
    const args: Expr[] = [];
    if (this.at() === ')') {
      this.advance();
      return args;
    }
    for (;;) {
      this.skipNewlines();
      const next = this.peek2().type;
      if (this.tok.type === 'name' && (next === ',' || next === ')')) {
        args.push({ k: 'var', name: this.advance().text });
      } else args.push(this.expr());
      if (this.tok.type === ')') {
        this.advance();
        return args;
      }
      this.expect(',');
    }
  }

  /** Expressions separated by commas up to `close` (consumed); newlines may follow a comma. */
  protected exprList(close: string): Expr[] {
    const list: Expr[] = [];
    this.skipNewlines();
    if (this.tok.type === close) this.fail();
    for (;;) {
      list.push(this.expr());
      if (this.tok.type === ',') {
        this.advance();
        this.skipNewlines();
        continue;
      }
      this.expect(close);
      return list;
    }
  }

  private primary(): Expr {
    const tok = this.tok;
    switch (tok.type) {
      case 'num':
        this.advance();
        return { k: 'num', v: tok.num };
      case 'str':
        this.advance();
        return { k: 'str', v: tok.text };
      case 'ere':
        this.advance();
        try {
          compileRegex(tok.text);
        } catch (err) {
          if (!(err instanceof RegexError)) throw err;
          throw new CompileError(`regular expression compile failed (${err.message})\n${tok.text}`, tok.line);
        }
        return { k: 'ere', src: tok.text };
      case '$':
        this.advance();
        return { k: 'field', index: this.fieldIndex() };
      case '(': {
        const listOk = this.listOk;
        this.listOk = false;
        this.advance();
        const exprs = this.exprList(')');
        if (exprs.length > 1 && this.tok.type !== 'in' && !listOk) this.fail();
        return { k: 'group', exprs };
      }
      case 'name':
        this.advance();
        return this.variable(tok);
      case 'funcname': {
        this.advance();
        this.calls.push(tok.text);
        this.advance();
        return { k: 'call', name: tok.text, args: this.callArgs(), line: tok.line };
      }
      case 'builtin':
        return this.builtin();
      case 'getline': {
        this.advance();
        const target = this.optionalLValue();
        if (this.tok.type !== '<') {
          this.readsMain = true;
          return { k: 'getline', from: 'main', target, source: null };
        }
        this.advance();
        return { k: 'getline', from: 'file', target, source: this.postfix() };
      }
      case '-':
      case '+':
      case '!':
        return this.unary();
      default:
        return this.fail();
    }
  }

  private builtin(): Expr {
    const name = this.advance().text;
    if (this.tok.type !== '(') {
      if (name !== 'length') this.fail();
      return { k: 'builtin', name, args: [] };
    }
    this.advance();
    if (name === 'split' || name === 'sub' || name === 'gsub') return this.targetBuiltin(name);
    if (name === 'length' && this.at() === 'name' && this.peek2().type === ')') {
      const arg = this.tok.text;
      if (this.kinds.get(arg) === 'array' || this.locals?.has(arg)) {
        this.advance();
        this.advance();
        return { k: 'builtin', name, args: [{ k: 'var', name: arg }] };
      }
    }
    const args = this.at() === ')' ? (this.advance(), []) : this.exprList(')');
    const [least, most] = ARITY[name];
    if (args.length < least || args.length > most) {
      throw new CompileError(`wrong number of arguments in call to ${name}`, this.tok.line);
    }
    return { k: 'builtin', name, args };
  }

  /** split(s, A [, sep]) and sub/gsub(re, repl [, target]): their second or third is a place. */
  private targetBuiltin(name: string): Expr {
    this.skipNewlines();
    const args = [this.expr()];
    this.expect(',');
    this.skipNewlines();
    if (name === 'split') {
      const array = this.expect('name');
      this.use(array.text, 'array', array.line);
      args.push({ k: 'var', name: array.text });
    } else args.push(this.expr());
    if (this.tok.type === ',') {
      this.advance();
      this.skipNewlines();
      if (name === 'split') args.push(this.expr());
      else {
        const target = this.optionalLValue();
        if (!target) this.fail();
        args.push(target);
      }
    }
    this.expect(')');
    return { k: 'builtin', name, args };
  }
}

export function isLValue(e: Expr): e is LValue {
  return e.k === 'var' || e.k === 'field' || e.k === 'elem';
}

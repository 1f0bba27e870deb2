// Models the statement half of mawk's grammar (parse.y): a program of BEGIN and END blocks,
// pattern-action rules (a range `p1, p2`, a pattern alone prints), functions; statements ended by
// `;`, a newline or `}`; the checks mawk makes while compiling: `next` only in main rules, `return`
// only in functions, break/continue only in loops, functions defined once and before the end.

import type { Expr, Func, Output, Program, Rule, Stmt } from './ast';
import { CompileError } from './errors';
import { SPECIAL_VARS } from './parse-base';
import { ExprParser } from './parse-expr';

type Where = 'begin' | 'end' | 'main' | 'function';

class Parser extends ExprParser {
  private where: Where = 'main';
  private loops = 0;
  private readonly functions = new Map<string, Func>();

  constructor(src: string) {
    super(src, new Set());
  }

  program(): Program {
    const begin: Stmt[] = [];
    const end: Stmt[] = [];
    const rules: Rule[] = [];
    this.skipTerminators();
    while (this.tok.type !== 'eof') {
      const t = this.tok.type;
      let braced = true;
      if (t === 'BEGIN' || t === 'END') {
        this.advance();
        this.where = t === 'BEGIN' ? 'begin' : 'end';
        if (this.tok.type !== '{') this.fail();
        (t === 'BEGIN' ? begin : end).push(this.block());
      } else if (t === 'function') this.functionDef();
      else {
        const r = this.rule();
        rules.push(r);
        braced = r.body !== null;
      }
      this.where = 'main';
      if (this.tok.type === ';') this.advance();
      else if (!braced && this.tok.type !== 'newline' && this.tok.type !== 'eof') this.fail();
      this.skipNewlines();
    }
    for (const name of this.calls) {
      if (!this.functions.has(name)) throw new CompileError(`function ${name} never defined`, this.tok.line);
    }
    const arrays = new Set([...this.kinds].filter(([, k]) => k === 'array').map(([n]) => n));
    return { begin, end, rules, functions: this.functions, arrays, readsMain: this.readsMain };
  }

  private skipTerminators(): void {
    while (this.tok.type === 'newline' || this.tok.type === ';') this.advance();
  }

  private rule(): Rule {
    let pattern: Expr | null = null;
    let rangeEnd: Expr | null = null;
    if (this.tok.type !== '{') {
      pattern = this.expr();
      if (this.tok.type === ',') {
        this.advance();
        this.skipNewlines();
        rangeEnd = this.expr();
      }
    }
    const body = this.tok.type === '{' ? this.block() : null;
    return { pattern, rangeEnd, body };
  }

  private functionDef(): void {
    this.advance();
    const nameTok = this.tok.type === 'funcname' || this.tok.type === 'name' ? this.advance() : this.fail();
    const name = nameTok.text;
    if (SPECIAL_VARS.has(name) || this.kinds.has(name)) {
      throw new CompileError(
        `illegal reference to ${this.kinds.get(name) ?? 'variable'} ${name}`,
        nameTok.line,
      );
    }
    if (this.functions.has(name)) throw new CompileError(`redefinition of ${name}`, nameTok.line);
    this.functionNames.add(name);
    this.expect('(');
    const params: string[] = [];
    while (this.tok.type !== ')') {
      if (params.length) {
        this.expect(',');
        this.skipNewlines();
      }
      const p = this.tok.type === 'name' ? this.advance() : this.fail();
      if (params.includes(p.text)) throw new CompileError(`${p.text} is duplicated in argument list`, p.line);
      params.push(p.text);
    }
    this.advance();
    this.skipNewlines();
    const fn: Func = { name, params, body: { k: 'block', body: [] } };
    this.functions.set(name, fn);
    this.where = 'function';
    this.locals = new Set(params);
    if (this.at() !== '{') this.fail();
    fn.body = this.block();
    this.locals = null;
  }

  private block(): Stmt {
    this.expect('{');
    const body: Stmt[] = [];
    this.skipTerminators();
    while (this.tok.type !== '}') {
      body.push(this.statement());
      this.skipTerminators();
    }
    this.advance();
    return { k: 'block', body };
  }

  /** After a simple statement: `;` or a newline (consumed), or a `}` that closes the block. */
  private endSimple(): void {
    const t = this.tok.type;
    if (t === ';' || t === 'newline') this.advance();
    else if (t !== '}' && t !== 'eof') this.fail();
  }

  private body(): Stmt {
    this.skipNewlines();
    if (this.tok.type === ';') {
      this.advance();
      return { k: 'block', body: [] };
    }
    return this.statement();
  }

  private loopBody(): Stmt {
    this.loops++;
    try {
      return this.body();
    } finally {
      this.loops--;
    }
  }

  private condition(): Expr {
    this.expect('(');
    const e = this.expr();
    this.expect(')');
    return e;
  }

  private statement(): Stmt {
    const tok = this.tok;
    switch (tok.type) {
      case '{':
        return this.block();
      case 'if': {
        this.advance();
        const test = this.condition();
        const then = this.body();
        this.skipTerminators();
        if (this.tok.type !== 'else') return { k: 'if', test, then, else: null };
        this.advance();
        return { k: 'if', test, then, else: this.body() };
      }
      case 'while': {
        this.advance();
        const test = this.condition();
        if (this.tok.type === ';') {
          this.advance();
          return { k: 'while', test, body: { k: 'block', body: [] } };
        }
        return { k: 'while', test, body: this.loopBody() };
      }
      case 'do': {
        this.advance();
        const body = this.loopBody();
        this.skipTerminators();
        this.expect('while');
        const test = this.condition();
        this.endSimple();
        return { k: 'do', body, test };
      }
      case 'for':
        return this.forStatement();
      case ';':
        this.advance();
        return { k: 'block', body: [] };
    }
    const s = this.simple();
    this.endSimple();
    return s;
  }

  private forStatement(): Stmt {
    this.advance();
    this.expect('(');
    if (this.tok.type === 'name' && this.peek2().type === 'in') {
      const key = this.advance().text;
      this.use(key, 'var');
      this.advance();
      const name = this.expect('name').text;
      this.use(name, 'array');
      if (this.at() === ')') {
        this.advance();
        return { k: 'forin', key: { k: 'var', name: key }, name, body: this.loopBody() };
      }
      this.fail();
    }
    const init = this.tok.type === ';' ? null : this.expr();
    this.expect(';');
    this.skipNewlines();
    const test = this.tok.type === ';' ? null : this.expr();
    this.expect(';');
    this.skipNewlines();
    const step = this.tok.type === ')' ? null : this.expr();
    this.expect(')');
    if (this.tok.type === ';') {
      this.advance();
      return { k: 'for', init, test, step, body: { k: 'block', body: [] } };
    }
    return { k: 'for', init, test, step, body: this.loopBody() };
  }

  private simple(): Stmt {
    const tok = this.tok;
    switch (tok.type) {
      case 'print':
      case 'printf':
        return this.print();
      case 'next':
      case 'nextfile':
        this.advance();
        if (this.where !== 'main') throw new CompileError(`improper use of ${tok.type}`, tok.line);
        return { k: tok.type };
      case 'break':
      case 'continue':
        this.advance();
        if (!this.loops) throw new CompileError(`${tok.type} statement outside of loop`, tok.line);
        return { k: tok.type };
      case 'exit':
        this.advance();
        return { k: 'exit', code: this.atEnd() ? null : this.expr() };
      case 'return':
        this.advance();
        if (this.where !== 'function') throw new CompileError('return outside function body', tok.line);
        return { k: 'return', value: this.atEnd() ? null : this.expr() };
      case 'delete': {
        this.advance();
        const name = this.expect('name').text;
        this.use(name, 'array');
        if (this.tok.type !== '[') return { k: 'delete', name, subs: null };
        this.advance();
        return { k: 'delete', name, subs: this.exprList(']') };
      }
    }
    return { k: 'expr', e: this.expr() };
  }

  private atEnd(): boolean {
    const t = this.tok.type;
    return t === ';' || t === 'newline' || t === '}' || t === 'eof';
  }

  private print(): Stmt {
    const k = this.advance().type as 'print' | 'printf';
    let args: Expr[] = [];
    if (!this.atEnd() && !['>', '>>', '|'].includes(this.tok.type)) {
      this.listOk = this.tok.type === '(';
      args = [this.expr(true)];
      while (this.tok.type === ',') {
        this.advance();
        this.skipNewlines();
        args.push(this.expr(true));
      }
      const only = args[0];
      if (args.length === 1 && only.k === 'group' && only.exprs.length > 1) args = only.exprs;
    }
    if (k === 'printf' && args.length === 0) {
      throw new CompileError('no arguments in call to printf', this.tok.line);
    }
    let out: Output | null = null;
    const t = this.tok.type;
    if (t === '>' || t === '>>' || t === '|') {
      this.advance();
      out = { mode: t, target: this.expr(true) };
    }
    return { k, args, out };
  }
}

/** Parses program text; a CompileError tells what mawk would say. */
export function parse(src: string): Program {
  return new Parser(src).program();
}

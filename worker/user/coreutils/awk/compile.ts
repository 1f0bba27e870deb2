// Models the statements of an awk program as closures that return how control leaves them (normal,
// break, continue, next, exit, return): print and printf with their redirections, loops, for-in over
// the keys an array has when the loop starts, delete, and the rules with their patterns (a range
// stays on from the record its start matches through the one its end matches).

import type { Program, Rule, Stmt } from './ast';
import { BREAK, compileCall, CONTINUE, EXIT, NEXT, NEXTFILE, NORMAL, RETURN } from './compile-call';
import { arrayOf, compileBool, compileExpr, compilePlace, subscriptOf, type Scope } from './compile-expr';
import { FatalError } from './errors';
import { PrintfError, formatPrintf } from './printf';
import type { Runtime } from './runtime';
import { numToStr, toNum, toStr, type Value } from './value';
import type { Stdio } from '../../stdio';
import { latin1Bytes } from '../../../kernel/lib/utf8';

export type Exec = () => number;

function output(st: Extract<Stmt, { k: 'print' | 'printf' }>, s: Scope): () => Stdio {
  const rt = s.rt;
  if (!st.out) return () => rt.outputs.stdout;
  const target = compileExpr(st.out.target, s);
  const mode = st.out.mode;
  return () => {
    const name = toStr(target(), rt.convfmt);
    if (mode === '|')
      throw new FatalError(`print | "${name}": running commands is not supported in the playground`);
    return rt.outputs.get(name, mode === '>>');
  };
}

function outStr(v: Value, rt: Runtime): string {
  if (typeof v === 'number') return numToStr(v, rt.ofmt);
  return typeof v === 'string' ? v : v.s;
}

function print(st: Extract<Stmt, { k: 'print' | 'printf' }>, s: Scope): Exec {
  const rt = s.rt;
  const dest = output(st, s);
  const args = st.args.map((a) => compileExpr(a, s));
  if (st.k === 'printf') {
    return () => {
      const values = args.map((a) => a());
      const out = dest();
      try {
        out.write(
          latin1Bytes(formatPrintf(toStr(values[0], rt.convfmt), values.slice(1), rt.convfmt, 'printf')),
        );
      } catch (err) {
        if (err instanceof PrintfError) out.write(latin1Bytes(err.partial));
        throw err;
      }
      return NORMAL;
    };
  }
  if (args.length === 0) {
    return () => {
      dest().write(latin1Bytes(rt.recordText() + rt.ors));
      return NORMAL;
    };
  }
  return () => {
    let text = outStr(args[0](), rt);
    for (let i = 1; i < args.length; i++) text += rt.ofs + outStr(args[i](), rt);
    dest().write(latin1Bytes(text + rt.ors));
    return NORMAL;
  };
}

function block(list: Exec[]): Exec {
  if (list.length === 1) return list[0];
  return () => {
    for (const x of list) {
      const c = x();
      if (c !== NORMAL) return c;
    }
    return NORMAL;
  };
}

/** The loop's verdict on its body's result: go on (-1) or leave with this code. */
function afterBody(c: number): number {
  if (c === NORMAL || c === CONTINUE) return -1;
  return c === BREAK ? NORMAL : c;
}

export function compileStmt(st: Stmt, s: Scope): Exec {
  const rt = s.rt;
  switch (st.k) {
    case 'expr': {
      const e = compileExpr(st.e, s);
      return () => (e(), NORMAL);
    }
    case 'print':
    case 'printf':
      return print(st, s);
    case 'block':
      return block(st.body.map((b) => compileStmt(b, s)));
    case 'if': {
      const test = compileBool(st.test, s);
      const then = compileStmt(st.then, s);
      const other = st.else ? compileStmt(st.else, s) : () => NORMAL;
      return () => (test() ? then() : other());
    }
    case 'while':
    case 'do': {
      const test = compileBool(st.test, s);
      const body = compileStmt(st.body, s);
      const first = st.k === 'do';
      return () => {
        for (let go = first; go || test(); go = false) {
          const c = afterBody(body());
          if (c >= 0) return c;
        }
        return NORMAL;
      };
    }
    case 'for': {
      const init = st.init ? compileExpr(st.init, s) : null;
      const test = st.test ? compileBool(st.test, s) : () => true;
      const step = st.step ? compileExpr(st.step, s) : null;
      const body = compileStmt(st.body, s);
      return () => {
        for (init?.(); test(); step?.()) {
          const c = afterBody(body());
          if (c >= 0) return c;
        }
        return NORMAL;
      };
    }
    case 'forin': {
      const arr = arrayOf(st.name, s);
      const key = compilePlace(st.key, s);
      const body = compileStmt(st.body, s);
      return () => {
        for (const k of arr().keys()) {
          key.set(k);
          const c = afterBody(body());
          if (c >= 0) return c;
        }
        return NORMAL;
      };
    }
    case 'next':
      return () => NEXT;
    case 'nextfile':
      return () => NEXTFILE;
    case 'break':
      return () => BREAK;
    case 'continue':
      return () => CONTINUE;
    case 'exit': {
      const code = st.code ? compileExpr(st.code, s) : null;
      return () => {
        if (code) rt.exitCode = Math.trunc(toNum(code())) & 0xff;
        return EXIT;
      };
    }
    case 'return': {
      const value = st.value ? compileExpr(st.value, s) : null;
      return () => {
        if (value) rt.returnValue = value();
        return RETURN;
      };
    }
    case 'delete': {
      const arr = arrayOf(st.name, s);
      if (!st.subs) return () => (arr().clear(), NORMAL);
      const sub = subscriptOf(st.subs, s);
      return () => (arr().delete(sub()), NORMAL);
    }
  }
}

function rule(r: Rule, s: Scope): Exec {
  const rt = s.rt;
  const body: Exec = r.body
    ? compileStmt(r.body, s)
    : () => (rt.outputs.stdout.write(latin1Bytes(rt.recordText() + rt.ors)), NORMAL);
  if (!r.pattern) return body;
  const start = compileBool(r.pattern, s);
  if (!r.rangeEnd) return () => (start() ? body() : NORMAL);
  const end = compileBool(r.rangeEnd, s);
  let inRange = false;
  return () => {
    if (!inRange) {
      if (!start()) return NORMAL;
      inRange = !end();
    } else if (end()) inRange = false;
    return body();
  };
}

export interface Compiled {
  readonly begin: Exec | null;
  readonly rules: Exec | null;
  readonly end: Exec | null;
}

/** Compiles a parsed program against its runtime. */
export function compileProgram(p: Program, rt: Runtime): Compiled {
  const global: Scope = { rt, locals: null, calls: compileCall };
  rt.arrayNames = p.arrays;
  for (const fn of p.functions.values()) {
    const locals = new Map(fn.params.map((name, i) => [name, i]));
    rt.functions.set(fn.name, { params: fn.params.length, body: () => NORMAL });
    const body = compileStmt(fn.body, { rt, locals, calls: compileCall });
    rt.functions.set(fn.name, { params: fn.params.length, body });
  }
  const rules = p.rules.map((r) => rule(r, global));
  const all = (list: Stmt[]) => (list.length ? block(list.map((b) => compileStmt(b, global))) : null);
  return {
    begin: all(p.begin),
    rules: rules.length ? block(rules.map((r) => () => r())) : null,
    end: all(p.end),
  };
}

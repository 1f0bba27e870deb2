// Models the evaluation of awk expressions by turning each node once into a JavaScript closure (mawk
// compiles to its own stack code for the same reason: no re-parsing per record): numbers and strings
// converted as mawk casts them, comparisons by the strnum rules, `$e` and `NF` through the record,
// arrays as maps created on first reference, assignments and ++/-- returning what awk returns.

import type { Expr, LValue } from './ast';
import { RuntimeError } from './errors';
import { compileRegex, dynamicRegex, type Matcher } from './regex';
import { AwkArray, type Key } from './array';
import { dToI } from './builtins';
import type { Runtime } from './runtime';
import { compare, numToStr, toBool, toNum, toStr, UNINIT, type Value } from './value';

export type Ev = () => Value;

/** Where names live while compiling: globals in the runtime, parameters in the current frame. */
export interface Scope {
  readonly rt: Runtime;
  /** Parameter name → index in the frame, inside a function. */
  readonly locals: Map<string, number> | null;
  /** Compiles calls, getline and builtins (compile-call.ts; passed in to keep imports one-way). */
  readonly calls: (e: Expr, s: Scope) => Ev;
}

export interface Place {
  get: Ev;
  set: (v: Value) => Value;
}

/** A regular expression operand: a literal compiled now, anything else converted when evaluated. */
export function regexOf(e: Expr, s: Scope): () => Matcher {
  if (e.k === 'ere') {
    const m = compileRegex(e.src);
    return () => m;
  }
  const ev = compileExpr(e, s);
  const rt = s.rt;
  return () => dynamicRegex(toStr(ev(), rt.convfmt));
}

/** The array a name stands for: a global, or a parameter that holds (or becomes) one. */
export function arrayOf(name: string, s: Scope): () => AwkArray {
  const idx = s.locals?.get(name);
  if (idx === undefined) {
    const a = s.rt.array(name);
    return () => a;
  }
  const rt = s.rt;
  return () => {
    const v = rt.frame[idx];
    if (v instanceof AwkArray) return v;
    const a = new AwkArray();
    rt.frame[idx] = a;
    return a;
  };
}

/** How mawk looks a value up: an integral number by its value, anything else by its text. */
export function keyOf(v: Value, convfmt: string): Key {
  if (typeof v === 'number') {
    const i = dToI(v);
    return i === v ? i : numToStr(v, convfmt);
  }
  return typeof v === 'string' ? v : v.s;
}

/** The subscript of `A[e1, e2]`: one value as it is, several converted by CONVFMT and joined by SUBSEP. */
export function subscriptOf(subs: Expr[], s: Scope): () => Key {
  const rt = s.rt;
  const evs = subs.map((e) => compileExpr(e, s));
  if (evs.length === 1) {
    const ev = evs[0];
    return () => keyOf(ev(), rt.convfmt);
  }
  return () => evs.map((ev) => toStr(ev(), rt.convfmt)).join(toStr(rt.subsep, rt.convfmt));
}

export function compilePlace(e: LValue, s: Scope): Place {
  const rt = s.rt;
  if (e.k === 'field') {
    const index = compileExpr(e.index, s);
    const at = () => rt.fieldIndex(toNum(index()));
    let last = 0;
    return {
      get: () => rt.getField((last = at())),
      set: (v) => rt.setField(last, v),
    };
  }
  if (e.k === 'elem') {
    const arr = arrayOf(e.name, s);
    const sub = subscriptOf(e.subs, s);
    let key: Key = '';
    let a: AwkArray | null = null;
    return {
      get: () => {
        a = arr();
        key = sub();
        return a.get(key, true, UNINIT)!;
      },
      set: (v) => {
        a!.set(key, v);
        return v;
      },
    };
  }
  const idx = s.locals?.get(e.name);
  if (idx !== undefined) {
    return {
      get: () => {
        const v = rt.frame[idx];
        if (v instanceof AwkArray) throw new RuntimeError(`can't use array ${e.name} in scalar context`);
        return v;
      },
      set: (v) => (rt.frame[idx] = v),
    };
  }
  return rt.place(e.name);
}

function numeric(op: string, a: number, b: number): number {
  switch (op) {
    case '+':
      return a + b;
    case '-':
      return a - b;
    case '*':
      return a * b;
    case '/':
      return a / b;
    case '%':
      return a % b;
    default:
      return Math.pow(a, b);
  }
}

const CMP: Record<string, (c: number) => boolean> = {
  '<': (c) => c < 0,
  '<=': (c) => c <= 0,
  '>': (c) => c > 0,
  '>=': (c) => c >= 0,
  '==': (c) => c === 0,
  '!=': (c) => c !== 0,
};

export function compileExpr(e: Expr, s: Scope): Ev {
  const rt = s.rt;
  switch (e.k) {
    case 'num': {
      const v = e.v;
      return () => v;
    }
    case 'str': {
      const v = e.v;
      return () => v;
    }
    case 'ere': {
      const m = compileRegex(e.src);
      return () => (m.re.test(rt.recordText()) ? 1 : 0);
    }
    case 'group':
      return compileExpr(e.exprs[e.exprs.length - 1], s);
    case 'var':
    case 'field':
    case 'elem': {
      if (e.k === 'field' && e.index.k === 'num') {
        const i = rt.fieldIndex(e.index.v);
        return () => rt.getField(i);
      }
      return compilePlace(e, s).get;
    }
    case 'assign': {
      const place = compilePlace(e.target, s);
      const value = compileExpr(e.value, s);
      if (e.op === '=') {
        if (e.target.k === 'var') return () => place.set(value());
        return () => {
          place.get();
          return place.set(value());
        };
      }
      const op = e.op[0];
      return () => {
        const a = toNum(place.get());
        return place.set(numeric(op, a, toNum(value())));
      };
    }
    case 'cond': {
      const [t, y, n] = [compileExpr(e.test, s), compileExpr(e.yes, s), compileExpr(e.no, s)];
      return () => (toBool(t()) ? y() : n());
    }
    case 'and': {
      const [l, r] = [compileExpr(e.left, s), compileExpr(e.right, s)];
      return () => (toBool(l()) && toBool(r()) ? 1 : 0);
    }
    case 'or': {
      const [l, r] = [compileExpr(e.left, s), compileExpr(e.right, s)];
      return () => (toBool(l()) || toBool(r()) ? 1 : 0);
    }
    case 'in': {
      const arr = arrayOf(e.name, s);
      const sub = subscriptOf(e.subs, s);
      return () => (arr().get(sub(), false, UNINIT) === undefined ? 0 : 1);
    }
    case 'match': {
      const left = compileExpr(e.left, s);
      const re = regexOf(e.re, s);
      const yes = e.negate ? 0 : 1;
      return () => (re().re.test(toStr(left(), rt.convfmt)) ? yes : 1 - yes);
    }
    case 'cmp': {
      const [l, r] = [compileExpr(e.left, s), compileExpr(e.right, s)];
      const test = CMP[e.op];
      return () => (test(compare(l(), r(), rt.convfmt)) ? 1 : 0);
    }
    case 'concat': {
      const parts = e.parts.map((p) => compileExpr(p, s));
      if (parts.length === 2) {
        const [a, b] = parts;
        return () => toStr(a(), rt.convfmt) + toStr(b(), rt.convfmt);
      }
      return () => {
        let out = '';
        for (const p of parts) out += toStr(p(), rt.convfmt);
        return out;
      };
    }
    case 'binary': {
      const [l, r] = [compileExpr(e.left, s), compileExpr(e.right, s)];
      const op = e.op;
      if (op === '+') return () => toNum(l()) + toNum(r());
      if (op === '-') return () => toNum(l()) - toNum(r());
      if (op === '*') return () => toNum(l()) * toNum(r());
      return () => numeric(op, toNum(l()), toNum(r()));
    }
    case 'unary': {
      const arg = compileExpr(e.arg, s);
      if (e.op === '!') return () => (toBool(arg()) ? 0 : 1);
      if (e.op === '-') return () => -toNum(arg());
      return () => toNum(arg());
    }
    case 'incr': {
      const place = compilePlace(e.target, s);
      const delta = e.delta;
      if (e.prefix) return () => place.set(toNum(place.get()) + delta);
      return () => {
        const old = toNum(place.get());
        place.set(old + delta);
        return old;
      };
    }
    default:
      return s.calls(e, s);
  }
}

export function compileBool(e: Expr, s: Scope): () => boolean {
  if (e.k === 'ere') {
    const m = compileRegex(e.src);
    const rt = s.rt;
    return () => m.re.test(rt.recordText());
  }
  const ev = compileExpr(e, s);
  return () => toBool(ev());
}

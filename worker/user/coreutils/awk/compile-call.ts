// Models the calls of an awk program: builtins with mawk's argument conversions, getline in its
// three forms (the main input, `< FILE`, and `CMD |`, which the playground cannot run), and calls
// of the program's functions: scalars by value, arrays by reference, a fresh frame per call.

import { AwkArray } from './array';
import type { Expr } from './ast';
import { match, substitute, substr, toLower, toUpper } from './builtins';
import { arrayOf, compileExpr, compilePlace, regexOf, type Ev, type Scope } from './compile-expr';
import { FatalError, Jump, RuntimeError } from './errors';
import { makeSplitter, splitRegex } from './fields';
import { formatPrintf } from './printf';
import { StrNum, toNum, toStr, UNINIT, type Value } from './value';

/** Statement results: how control leaves a statement. */
export const NORMAL = 0;
export const BREAK = 1;
export const CONTINUE = 2;
export const NEXT = 3;
export const EXIT = 4;
export const RETURN = 5;
export const NEXTFILE = 6;

const MATH: Record<string, (x: number) => number> = {
  int: Math.trunc,
  sqrt: Math.sqrt,
  exp: Math.exp,
  log: Math.log,
  sin: Math.sin,
  cos: Math.cos,
};

function notSupported(what: string): never {
  throw new FatalError(`${what}: running commands is not supported in the playground`);
}

function getline(e: Extract<Expr, { k: 'getline' }>, s: Scope): Ev {
  const rt = s.rt;
  const target = e.target ? compilePlace(e.target, s) : null;
  const store = (rec: string) => {
    if (!target) rt.setRecordText(rec);
    else {
      target.get();
      target.set(new StrNum(rec));
    }
  };
  if (e.from === 'command') {
    const cmd = compileExpr(e.source!, s);
    return () => notSupported(`"${toStr(cmd(), rt.convfmt)}" | getline`);
  }
  if (e.from === 'main') {
    return () => {
      const rec = rt.readMain();
      if (rec === null) return 0;
      rt.nr++;
      rt.fnr++;
      store(rec);
      return 1;
    };
  }
  const file = compileExpr(e.source!, s);
  return () => {
    const reader = rt.inputs.get(toStr(file(), rt.convfmt));
    if (!reader) return -1;
    const rec = reader.nextSync(rt.rsMode);
    if (rec === null) return 0;
    store(rec);
    return 1;
  };
}

function userCall(e: Extract<Expr, { k: 'call' }>, s: Scope): Ev {
  const rt = s.rt;
  const args = e.args.map((a): Ev | (() => Value | AwkArray) => {
    if (a.k !== 'var') return compileExpr(a, s);
    const local = s.locals?.get(a.name);
    if (local !== undefined) return () => rt.frame[local];
    if (rt.isArray(a.name)) return arrayOf(a.name, s);
    return compileExpr(a, s);
  });
  return () => {
    const fn = rt.functions.get(e.name)!;
    if (args.length > fn.params) throw new RuntimeError(`too many arguments in call to ${e.name}`);
    const frame: (Value | AwkArray)[] = new Array(fn.params).fill(UNINIT);
    for (let i = 0; i < args.length; i++) frame[i] = args[i]();
    const saved = rt.frame;
    rt.frame = frame;
    let code: number;
    try {
      code = fn.body();
    } finally {
      rt.frame = saved;
    }
    if (code === EXIT) throw new Jump('exit');
    const v = rt.returnValue;
    rt.returnValue = UNINIT;
    return v;
  };
}

function splitCall(args: Expr[], s: Scope): Ev {
  const rt = s.rt;
  const text = compileExpr(args[0], s);
  const arr = arrayOf((args[1] as { name: string }).name, s);
  const sep = args[2];
  let parts: (t: string) => string[];
  if (!sep) parts = (t) => rt.splitDefault(t);
  else if (sep.k === 'ere') {
    const m = regexOf(sep, s);
    parts = (t) => splitRegex(t, m());
  } else {
    const sepEv = compileExpr(sep, s);
    parts = (t) => makeSplitter(toStr(sepEv(), rt.convfmt))(t);
  }
  return () => {
    const list = parts(toStr(text(), rt.convfmt));
    const a = arr();
    a.load(list.map((p) => new StrNum(p)));
    return list.length;
  };
}

function subCall(name: string, args: Expr[], s: Scope): Ev {
  const rt = s.rt;
  const re = regexOf(args[0], s);
  const repl = compileExpr(args[1], s);
  const place = args[2] ? compilePlace(args[2] as Extract<Expr, { k: 'var' }>, s) : null;
  return () => {
    const m = re();
    const r = toStr(repl(), rt.convfmt);
    const old = place ? place.get() : rt.getField(0);
    const [text, n] = substitute(toStr(old, rt.convfmt), m, r, name === 'gsub');
    if (n > 0) {
      if (place) place.set(text);
      else rt.setField(0, text);
    }
    return n;
  };
}

function builtin(e: Extract<Expr, { k: 'builtin' }>, s: Scope): Ev {
  const rt = s.rt;
  const name = e.name;
  if (name === 'split') return splitCall(e.args, s);
  if (name === 'sub' || name === 'gsub') return subCall(name, e.args, s);
  if (name === 'match') {
    const text = compileExpr(e.args[0], s);
    const re = regexOf(e.args[1], s);
    return () => {
      const [start, len] = match(toStr(text(), rt.convfmt), re());
      rt.rstart = start;
      rt.rlength = len;
      return start;
    };
  }
  if (name === 'length' && e.args.length === 1 && e.args[0].k === 'var') {
    const arg = e.args[0];
    const local = s.locals?.get(arg.name);
    if (rt.isArray(arg.name) && local === undefined) {
      const a = arrayOf(arg.name, s);
      return () => a().size;
    }
    if (local !== undefined) {
      return () => {
        const v = rt.frame[local];
        return v instanceof AwkArray ? v.size : toStr(v, rt.convfmt).length;
      };
    }
  }
  const args = e.args.map((a) => compileExpr(a, s));
  const str = (i: number) => toStr(args[i](), rt.convfmt);
  const num = (i: number) => toNum(args[i]());
  if (name in MATH) {
    const f = MATH[name];
    return () => f(num(0));
  }
  switch (name) {
    case 'length':
      return args.length ? () => str(0).length : () => rt.recordText().length;
    case 'substr':
      return args.length === 3 ? () => substr(str(0), num(1), num(2)) : () => substr(str(0), num(1));
    case 'index':
      return () => {
        const t = str(1);
        return t === '' ? 1 : str(0).indexOf(t) + 1;
      };
    case 'sprintf':
      return () =>
        formatPrintf(
          str(0),
          args.slice(1).map((a) => a()),
          rt.convfmt,
          'sprintf',
        );
    case 'tolower':
      return () => toLower(str(0));
    case 'toupper':
      return () => toUpper(str(0));
    case 'atan2':
      return () => Math.atan2(num(0), num(1));
    case 'rand':
      return () => rt.random.next() / 2147483647;
    case 'srand':
      return () => {
        const old = rt.seed;
        rt.seed = args.length ? args[0]() : rt.clockSeed();
        const m = toNum(rt.seed) % 4294967295;
        rt.random.seed(Number.isFinite(m) ? Math.trunc(m) >>> 0 : 0);
        return old;
      };
    case 'close':
      return () => {
        const n = str(0);
        const closed = rt.outputs.close(n) || rt.inputs.close(n);
        return closed ? 0 : -1;
      };
    case 'fflush':
      return () => (rt.outputs.flush(args.length ? str(0) : undefined) ? 0 : -1);
    default:
      return () => notSupported(`system("${str(0)}")`);
  }
}

export function compileCall(e: Expr, s: Scope): Ev {
  switch (e.k) {
    case 'getline':
      return getline(e, s);
    case 'call':
      return userCall(e, s);
    case 'builtin':
      return builtin(e, s);
  }
  throw new Error(`awk: no compiler for ${e.k}`);
}

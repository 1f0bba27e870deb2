// Models bash's parameter expansion (subst.c parameter_brace_expand): special and positional
// parameters, array elements and `[@]`/`[*]` lists, `${#...}` lengths, `${!...}` indirection and
// key/name lists, defaults and assignments (`:-` `:=` `:?` `:+`), pattern removal (`#` `##` `%`
// `%%`), replacement (`/` `//` `/#` `/%`), case changes, substrings (`:offset:length`) and `@Q`-style
// transformations; each applied to every element of a list.

import type { ParamPart } from './ast';
import type { Expander, Gen, Value } from './expand';
import { ExpandError } from './expand-error';
import { shellError } from './builtin-io';
import { patternMatch } from './glob';
import { arrayKeys, type ShellState, type Variable } from './state';
import { ansiC } from './printf';

function swapCase(c: string): string {
  const up = c.toUpperCase();
  return up === c ? c.toLowerCase() : up;
}

function attributeLetters(v: Variable): string {
  const kind = v.array ? (v.assoc ? 'A' : 'a') : '';
  return kind + (v.integer ? 'i' : '') + (v.readonly ? 'r' : '') + (v.exported ? 'x' : '');
}

const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** The value (or list of values) a parameter reference names before any operator. */
function* lookup(x: Expander, name: string, subscript: string | null): Gen<Value | undefined> {
  const sh = x.sh;
  if (name === '@' || name === '*') return [...sh.positional];
  if (subscript === null) return sh.getVar(name);
  if (name === 'PIPESTATUS' && !sh.variable(name)) {
    const all = sh.pipeStatus.map(String);
    if (subscript === '@' || subscript === '*') return all;
    return all[Number(yield* x.arith(x.parseWord(subscript)))];
  }
  if (name === 'FUNCNAME' && !sh.variable(name)) {
    if (subscript === '@' || subscript === '*') return [...sh.funcNames];
    return sh.funcNames[Number(yield* x.arith(x.parseWord(subscript)))];
  }
  const v = sh.variable(name);
  if (subscript === '@' || subscript === '*') {
    if (!v) return [];
    return v.array ? arrayKeys(v).map((k) => v.array!.get(k)!) : [v.value];
  }
  if (!v) return undefined;
  const key = v.assoc ? yield* subscriptKey(x, subscript) : String(yield* indexOf(x, name, subscript, v));
  if (!v.array) return key === '0' ? v.value : undefined;
  return v.array.get(key);
}

function* subscriptKey(x: Expander, sub: string): Gen<string> {
  return yield* x.string(x.parseWord(sub));
}

/** An indexed array's subscript: arithmetic, negative counting from the end. */
function* indexOf(x: Expander, name: string, sub: string, v: Variable): Gen<number> {
  const n = Number(yield* x.arith(x.parseWord(sub)));
  if (n >= 0) return n;
  const keys = arrayKeys(v);
  const top = v.array ? (keys.length ? Number(keys[keys.length - 1]) + 1 : 0) : 1;
  // NOTE: bash warns and reads nothing for a negative index before the first element.
  if (n + top < 0) shellError(x.sh.sys, `${name}: bad array subscript`);
  return n + top;
}

function isList(part: ParamPart): boolean {
  return part.name === '@' || part.name === '*' || part.subscript === '@' || part.subscript === '*';
}

/** `"$*"` and `"${a[*]}"` join with the first character of IFS. */
function joinStar(sh: ShellState, part: ParamPart, v: Value): Value {
  if (typeof v === 'string') return v;
  const star = part.name === '*' || part.subscript === '*';
  if (star && part.quoted) {
    const ifs = sh.getVar('IFS');
    return v.join(ifs === undefined ? ' ' : ifs.slice(0, 1));
  }
  return v;
}

function unbound(x: Expander, part: ParamPart): never {
  const shown = /^[0-9]+$/.test(part.name) ? '$' + part.name : part.name;
  const name = part.subscript === null ? shown : `${part.name}[${part.subscript}]`;
  throw new ExpandError(`${name}: unbound variable`, 1, 127);
}

export function* paramValue(x: Expander, part: ParamPart): Gen<Value> {
  const sh = x.sh;
  if (part.indirect) return yield* indirect(x, part);
  if (part.length) {
    const v = yield* lookup(x, part.name, part.subscript);
    if (v === undefined && sh.options.nounset) unbound(x, part);
    if (Array.isArray(v)) return String(v.length);
    return String([...(v ?? '')].length);
  }
  const v = yield* lookup(x, part.name, part.subscript);
  return yield* applyOp(x, part, v);
}

function* applyOp(x: Expander, part: ParamPart, v: Value | undefined): Gen<Value> {
  const sh = x.sh;
  const op = part.op;
  const isNull =
    v === undefined || v === '' || (Array.isArray(v) && (v.length === 0 || (v.length === 1 && v[0] === '')));
  const unsetOrNull = op.startsWith(':')
    ? isNull
    : v === undefined || (Array.isArray(v) && v.length === 0 && !isList(part));
  switch (op) {
    case '':
      if (v === undefined && sh.options.nounset && part.name !== '@' && part.name !== '*') unbound(x, part);
      return joinStar(sh, part, v ?? '');
    case '-':
    case ':-':
      return unsetOrNull ? yield* x.string(part.arg!) : joinStar(sh, part, v!);
    case '=':
    case ':=': {
      if (!unsetOrNull) return joinStar(sh, part, v!);
      if (!NAME.test(part.name)) throw new ExpandError(`$${part.name}: cannot assign in this way`);
      const value = yield* x.string(part.arg!);
      sh.setVar(part.name, value);
      return value;
    }
    case '?':
    case ':?': {
      if (!unsetOrNull) return joinStar(sh, part, v!);
      const msg = part.arg && part.arg.raw !== '' ? yield* x.string(part.arg) : null;
      const text = msg ?? (op === ':?' ? 'parameter null or not set' : 'parameter not set');
      throw new ExpandError(`${part.name}: ${text}`, 1, 127);
    }
    case '+':
    case ':+':
      return unsetOrNull ? '' : yield* x.string(part.arg!);
  }
  if (v === undefined && sh.options.nounset) unbound(x, part);
  const values = v ?? '';
  const each = function* (f: (s: string) => Gen<string>): Gen<Value> {
    if (typeof values === 'string') return yield* f(values);
    const out: string[] = [];
    for (const s of values) out.push(yield* f(s));
    return joinStar(sh, part, out);
  };
  switch (op) {
    case '#':
    case '##':
    case '%':
    case '%%': {
      const pat = yield* x.pattern(part.arg!);
      return yield* each(function* (s) {
        return removePattern(s, pat, op);
      });
    }
    case '/':
    case '//':
    case '/#':
    case '/%': {
      const pat = yield* x.pattern(part.arg!);
      const rep = part.arg2 ? yield* x.pattern(part.arg2) : '';
      return yield* each(function* (s) {
        return replacePattern(s, pat, rep, op);
      });
    }
    case '^':
    case '^^':
    case ',':
    case ',,':
    case '~':
    case '~~': {
      const all = op.length === 2;
      const pat = part.arg && part.arg.raw !== '' ? yield* x.pattern(part.arg) : '?';
      const convert = (c: string) =>
        op[0] === '^' ? c.toUpperCase() : op[0] === ',' ? c.toLowerCase() : swapCase(c);
      const change = (c: string) => (patternMatch(pat, c) ? convert(c) : c);
      return yield* each(function* (s) {
        if (!all) return change(s.slice(0, 1)) + s.slice(1);
        return [...s].map(change).join('');
      });
    }
    case ':':
      return yield* substring(x, part, values);
    case '@': {
      const how = part.arg!.raw;
      if (!/^[QEPAaKkuUL]$/.test(how)) throw new ExpandError(`\${${part.name}@${how}}: bad substitution`);
      const v = sh.variable(part.name);
      return yield* each(function* (s) {
        return transform(how, s, part.name, v);
      });
    }
  }
  return values;
}

function* substring(x: Expander, part: ParamPart, v: Value): Gen<Value> {
  try {
    return yield* substringOf(x, part, v);
  } catch (e) {
    if (e instanceof ExpandError && !e.message.startsWith(`${part.name}: `))
      throw new ExpandError(`${part.name}: ${e.message}`, e.status);
    throw e;
  }
}

function* substringOf(x: Expander, part: ParamPart, v: Value): Gen<Value> {
  const list = typeof v === 'string' ? null : v;
  const items = list ?? [...v];
  const size = items.length;
  let off = Number(yield* x.arith(part.arg!));
  const arr = list && part.subscript !== null ? x.sh.variable(part.name) : undefined;
  if (arr?.array && !arr.assoc) {
    const keys = arrayKeys(arr).map(Number);
    const top = keys.length ? keys[keys.length - 1] + 1 : 0;
    if (off < 0) off += top;
    if (off < 0) return [];
    const from = keys.findIndex((k) => k >= off);
    return yield* sliceList(x, part, items, from < 0 ? size : from, size);
  }
  if ((list && part.name === '@') || (list && part.name === '*')) {
    off -= 1;
    if (off < -1) off += size + 1;
    else if (off === -1) {
      const withZero = ['bash', ...items];
      return yield* sliceList(x, part, withZero, 0, size + 1);
    }
  }
  return yield* sliceList(x, part, items, off, size, list !== null);
}

function* sliceList(
  x: Expander,
  part: ParamPart,
  items: string[],
  off: number,
  size: number,
  isList = true,
): Gen<Value> {
  if (off < 0) off += size;
  if (off < 0 || off > size) return isList ? [] : '';
  let end = size;
  if (part.arg2) {
    const len = Number(yield* x.arith(part.arg2));
    if (len < 0) {
      end = size + len;
      if (end < off) throw new ExpandError(`${len}: substring expression < 0`);
    } else end = Math.min(size, off + len);
  }
  const slice = items.slice(off, end);
  return isList ? joinStar(x.sh, part, slice) : slice.join('');
}

function* indirect(x: Expander, part: ParamPart): Gen<Value> {
  const sh = x.sh;
  if (part.name.endsWith('*') || part.name.endsWith('@')) {
    const prefix = part.name.slice(0, -1);
    const names = [...sh.vars.keys()].filter((n) => n.startsWith(prefix)).sort();
    return joinStar(sh, { ...part, name: part.name.endsWith('*') ? '*' : '@' }, names);
  }
  if (part.subscript === '@' || part.subscript === '*') {
    const v = sh.variable(part.name);
    const keys = v ? (v.array ? arrayKeys(v) : ['0']) : [];
    return joinStar(sh, part, keys);
  }
  const target = yield* lookup(x, part.name, part.subscript);
  if (target === undefined || Array.isArray(target)) {
    if (sh.options.nounset) unbound(x, part);
    return '';
  }
  const m = /^([A-Za-z_][A-Za-z0-9_]*|[0-9]+|[@*#?$!-])(?:\[(.*)\])?$/.exec(target);
  if (!m) throw new ExpandError(`${target}: invalid indirect expansion`);
  const v = yield* lookup(x, m[1], m[2] ?? null);
  return yield* applyOp(x, { ...part, name: m[1], subscript: m[2] ?? null, indirect: false }, v);
}

function removePattern(s: string, pat: string, op: string): string {
  const n = s.length;
  if (op === '#')
    for (let i = 0; i <= n; i++) {
      if (patternMatch(pat, s.slice(0, i))) return s.slice(i);
    }
  if (op === '##')
    for (let i = n; i >= 0; i--) {
      if (patternMatch(pat, s.slice(0, i))) return s.slice(i);
    }
  if (op === '%')
    for (let i = n; i >= 0; i--) {
      if (patternMatch(pat, s.slice(i))) return s.slice(0, i);
    }
  if (op === '%%')
    for (let i = 0; i <= n; i++) {
      if (patternMatch(pat, s.slice(i))) return s.slice(0, i);
    }
  return s;
}

/** The longest match of `pat` starting at `i`, or -1. */
function longestAt(s: string, i: number, pat: string): number {
  for (let j = s.length; j >= i; j--) if (patternMatch(pat, s.slice(i, j))) return j;
  return -1;
}

function replacePattern(s: string, pat: string, rep: string, op: string): string {
  if (op === '/#') {
    const j = longestAt(s, 0, pat);
    return j < 0 ? s : replacement(rep, s.slice(0, j)) + s.slice(j);
  }
  if (op === '/%') {
    for (let i = 0; i <= s.length; i++) {
      if (patternMatch(pat, s.slice(i))) return s.slice(0, i) + replacement(rep, s.slice(i));
    }
    return s;
  }
  if (pat === '') return s;
  let out = '';
  let i = 0;
  while (i <= s.length) {
    const j = i < s.length ? longestAt(s, i, pat) : -1;
    if (j > i) {
      out += replacement(rep, s.slice(i, j));
      i = j;
      if (op === '/') return out + s.slice(i);
      continue;
    }
    if (i < s.length) out += s[i];
    i++;
  }
  return out;
}

/**
 * bash 5.2's patsub_replacement: an unquoted `&` in the replacement stands for what matched; the
 * replacement arrives as a pattern, quoted characters escaped.
 */
function replacement(rep: string, matched: string): string {
  let out = '';
  for (let i = 0; i < rep.length; i++) {
    if (rep[i] === '\\' && i + 1 < rep.length) out += rep[++i];
    else out += rep[i] === '&' ? matched : rep[i];
  }
  return out;
}

/** `${x@Q}` and friends. */
function transform(op: string, s: string, name: string, v: Variable | undefined): string {
  switch (op) {
    case 'Q':
      return `'${s.replace(/'/g, "'\\''")}'`;
    case 'E':
      return ansiC(s);
    case 'A': {
      const letters = v ? attributeLetters(v) : '';
      return `${letters ? `declare -${letters} ` : ''}${name}='${s.replace(/'/g, "'\\''")}'`;
    }
    case 'a':
      return v ? attributeLetters(v) : '';
    case 'U':
      return s.toUpperCase();
    case 'L':
      return s.toLowerCase();
    case 'u':
      return s.slice(0, 1).toUpperCase() + s.slice(1);
    default:
      return s;
  }
}

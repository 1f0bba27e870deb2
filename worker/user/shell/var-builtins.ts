// Models bash's variable builtins (builtins/declare.def, setattr.def, set.def): `declare`/`typeset`
// and `local` with -a -A -i -r -x -p -f -F, `readonly`, `export` and `unset` (-v -f).

import { encodeText } from '../bytes';
import { output, shellError, type Builtin, type BuiltinContext } from './builtin-io';
import { compareBytes } from './glob';
import { ReadonlyError, arrayKeys, scalar, type Variable } from './state';
import { dq } from './declare-quote';
import { functionText } from './print-cmd';
import { ArithError, arithMessage, evaluate } from './arith';
import { arithScope } from './arith-scope';

const VALID_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

function attrs(v: Variable): string {
  let a = '';
  if (v.array) a += v.assoc ? 'A' : 'a';
  if (v.integer) a += 'i';
  if (v.letterCase === 'lower') a += 'l';
  if (v.readonly) a += 'r';
  if (v.letterCase === 'upper') a += 'u';
  if (v.exported) a += 'x';
  return a === '' ? '--' : '-' + a;
}

/** One `declare -p` line. */
export function declareLine(name: string, v: Variable): string {
  if (v.declaredOnly) return `declare ${attrs(v)} ${name}\n`;
  if (!v.array) return `declare ${attrs(v)} ${name}=${dq(v.value)}\n`;
  const items = arrayKeys(v).map((k) => `[${v.assoc ? k : k}]=${dq(v.array!.get(k)!)}`);
  const body = v.assoc ? items.join(' ') + (items.length ? ' ' : '') : items.join(' ');
  return `declare ${attrs(v)} ${name}=(${body})\n`;
}

function setAttrs(
  b: BuiltinContext,
  flags: Set<string>,
  off: Set<string>,
  arg: string,
  local: boolean,
): number {
  const sh = b.sh;
  const eq = arg.indexOf('=');
  const lhs = eq < 0 ? arg : arg.slice(0, eq);
  const m = /^([A-Za-z_][A-Za-z0-9_]*)(\[.*\])?$/.exec(lhs);
  if (!m) {
    shellError(b.sys, `${b.argv[0]}: \`${arg}': not a valid identifier`);
    return 1;
  }
  const name = m[1];
  let v = sh.variable(name);
  if (v?.readonly && (eq >= 0 || off.has('r') || local)) {
    shellError(b.sys, `${b.argv[0] === 'readonly' ? '' : b.argv[0] + ': '}${name}: readonly variable`);
    return 1;
  }
  if (local) {
    sh.makeLocal(name);
    if (eq < 0 && flags.size === 0) sh.vars.delete(name);
    v = sh.variable(name);
  }
  if (flags.has('a') || flags.has('A')) {
    if (v && v.array && v.assoc !== flags.has('A') && v.array.size > 0) {
      shellError(
        b.sys,
        `${b.argv[0]}: ${name}: cannot convert ${v.assoc ? 'associative' : 'indexed'} to ${v.assoc ? 'indexed' : 'associative'} array`,
      );
      return 1;
    }
    v = sh.arrayOf(name, flags.has('A'));
    v.assoc = flags.has('A');
  }
  if (eq >= 0) {
    let value = arg.slice(eq + 1);
    if (value.startsWith('(') && value.endsWith(')') && (v?.array || flags.has('a') || flags.has('A'))) {
      const arr = sh.arrayOf(name, flags.has('A'));
      arr.array = new Map();
      const items = value.slice(1, -1).trim();
      let i = 0;
      for (const item of items === '' ? [] : items.split(/\s+/)) {
        const kv = /^\[([^\]]*)\]=(.*)$/.exec(item);
        if (kv) arr.array.set(kv[1], kv[2]);
        else arr.array.set(String(i++), item);
      }
    } else {
      if (flags.has('i') || v?.integer) {
        try {
          value = String(evaluate(value, arithScope(sh)));
        } catch (e) {
          if (!(e instanceof ArithError)) throw e;
          shellError(b.sys, arithMessage(e));
          return 1;
        }
      }
      if (!v && (flags.has('l') || flags.has('u'))) sh.setVar(name, '');
      const target = sh.variable(name);
      if (target && flags.has('l')) target.letterCase = 'lower';
      if (target && flags.has('u')) target.letterCase = 'upper';
      if (m[2]) sh.arrayOf(name).array!.set(m[2].slice(1, -1), value);
      else sh.setVar(name, value);
    }
  } else if (!v) {
    sh.vars.set(name, { ...scalar(''), declaredOnly: true });
  }
  v = sh.variable(name);
  if (!v) return 0;
  if (flags.has('l')) v.letterCase = 'lower';
  if (flags.has('u')) v.letterCase = 'upper';
  if (flags.has('x')) v.exported = true;
  if (off.has('x')) v.exported = false;
  if (flags.has('i')) v.integer = true;
  if (off.has('i')) v.integer = false;
  if (flags.has('r')) v.readonly = true;
  return 0;
}

function declareImpl(b: BuiltinContext, local: boolean): number {
  const sh = b.sh;
  const name = b.argv[0];
  if (local && sh.funcNames.length === 0) {
    shellError(b.sys, `${name}: can only be used in a function`);
    return 1;
  }
  const flags = new Set<string>();
  const off = new Set<string>();
  let i = 1;
  for (; i < b.argv.length; i++) {
    const a = b.argv[i];
    if (a === '--') {
      i++;
      break;
    }
    if (!/^[-+][a-zA-Z]+$/.test(a)) break;
    for (const c of a.slice(1)) {
      if (!'aAirxpfFgtlun'.includes(c)) {
        shellError(b.sys, `${name}: -${c}: invalid option`);
        b.sys.write(
          2,
          encodeText(
            `${name}: usage: ${name} [-aAfFgiIlnrtux] [name[=value] ...] or ${name} -p [-aAfFilnrtux] [name ...]\n`,
          ),
        );
        return 2;
      }
      (a[0] === '-' ? flags : off).add(c);
    }
  }
  const args = b.argv.slice(i);
  if (flags.has('f') || flags.has('F')) {
    const names = args.length ? args : [...sh.functions.keys()].sort(compareBytes);
    let text = '';
    let status = 0;
    for (const n of names) {
      const fn = sh.functions.get(n);
      if (!fn) status = 1;
      else if (!flags.has('F')) text += `${functionText(fn)}\n`;
      else text += args.length ? `${n}\n` : `declare -f ${n}\n`;
    }
    return output(b, text) || status;
  }
  if (local && args.length === 0) {
    const scope = sh.scopes[sh.scopes.length - 1];
    const names = [...(scope?.keys() ?? [])].filter((n) => sh.variable(n)).sort(compareBytes);
    return output(b, names.map((n) => declareLine(n, sh.variable(n)!)).join(''));
  }
  if (flags.has('p') || (args.length === 0 && !local)) {
    const names = args.length ? args : [...sh.vars.keys()].sort(compareBytes);
    let text = '';
    let status = 0;
    for (const n of names) {
      const v = sh.variable(n);
      if (!v) {
        if (args.length) {
          output(b, text);
          text = '';
          shellError(b.sys, `${name}: ${n}: not found`);
          status = 1;
        }
        continue;
      }
      if (args.length === 0 && flags.size > 1 && ![...flags].every((f) => f === 'p' || attrs(v).includes(f)))
        continue;
      text += declareLine(n, v);
    }
    return output(b, text) || status;
  }
  let status = 0;
  for (const a of args)
    status =
      setAttrs(
        b,
        flags,
        off,
        a,
        local || (sh.funcNames.length > 0 && !flags.has('g') && name !== 'export' && name !== 'readonly'),
      ) || status;
  return status;
}

const declare: Builtin = (b) => declareImpl(b, false);
const local: Builtin = (b) => declareImpl(b, true);

const readonlyBuiltin: Builtin = (b) => {
  const flags = new Set(['r']);
  for (const a of b.argv.slice(1)) if (/^-[aAf]+$/.test(a)) for (const c of a.slice(1)) flags.add(c);
  const args = b.argv.slice(1).filter((a) => !/^-[aAfp]+$/.test(a) && a !== '--');
  if (args.length === 0) {
    const lines = [...b.sh.vars]
      .filter(([, v]) => v.readonly)
      .sort(([x], [y]) => compareBytes(x, y))
      .map(([k, v]) => declareLine(k, v));
    return output(b, lines.join(''));
  }
  let status = 0;
  for (const a of args) status = setAttrs(b, flags, new Set(), a, false) || status;
  return status;
};

const exportBuiltin: Builtin = (b) => {
  const unexport = b.argv[1] === '-n';
  const args = b.argv.slice(1).filter((a) => a !== '-p' && a !== '-n' && a !== '--');
  if (args.length === 0) {
    const lines = [...b.sh.vars]
      .filter(([, v]) => v.exported)
      .sort(([x], [y]) => compareBytes(x, y))
      .map(([k, v]) => declareLine(k, v));
    return output(b, lines.join(''));
  }
  let status = 0;
  for (const a of args) {
    const set = unexport ? new Set<string>() : new Set(['x']);
    const off = unexport ? new Set(['x']) : new Set<string>();
    const name = a.split('=')[0];
    if (VALID_NAME.test(name) && !b.sh.variable(name) && !a.includes('=')) {
      b.sh.vars.set(name, {
        value: '',
        array: null,
        assoc: false,
        exported: !unexport,
        readonly: false,
        integer: false,
      });
      continue;
    }
    status = setAttrs(b, set, off, a, false) || status;
  }
  return status;
};

const unset: Builtin = (b) => {
  let mode: 'v' | 'f' | null = null;
  let status = 0;
  for (const a of b.argv.slice(1)) {
    if (a === '-f' || a === '-v') {
      mode = a[1] as 'v' | 'f';
      continue;
    }
    if (mode === 'f') {
      b.sh.functions.delete(a);
      continue;
    }
    const m = /^([A-Za-z_][A-Za-z0-9_]*)(?:\[(.*)\])?$/.exec(a);
    if (!m) {
      continue;
    }
    try {
      if (m[2] !== undefined) {
        const v = b.sh.variable(m[1]);
        if (v?.readonly) throw new ReadonlyError(m[1]);
        if (m[2] === '@' || m[2] === '*') b.sh.unsetVar(m[1]);
        else v?.array?.delete(v.assoc ? m[2] : String(Number(m[2])));
      } else if (b.sh.variable(m[1]) || mode === 'v') b.sh.unsetVar(m[1]);
      else b.sh.functions.delete(m[1]);
    } catch (e) {
      if (!(e instanceof ReadonlyError)) throw e;
      shellError(b.sys, `unset: ${e.name}: cannot unset: readonly variable`);
      status = 1;
    }
  }
  return status;
};

export const VAR_BUILTINS: Readonly<Record<string, Builtin>> = {
  declare,
  typeset: declare,
  local,
  readonly: readonlyBuiltin,
  export: exportBuiltin,
  unset,
};

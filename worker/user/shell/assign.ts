// Models bash's variable assignments (execute_cmd.c do_assignment, arrayfunc.c): `NAME=value`,
// `NAME+=value`, integer variables, array elements with an arithmetic (or, for an associative
// array, a string) subscript, `NAME=(...)` lists with `[KEY]=value` members, readonly refusals and
// bad subscripts in bash's words, and `set -x`'s `+ NAME=value` lines.

import { encodeText } from '../bytes';
import type { Assignment } from './ast';
import { shellError } from './builtin-io';
import { xOf } from './context';
import { expandString, expandWords, type Gen } from './expand';
import { ReadonlyError, arrayKeys, type ShellState } from './state';

/** How `set -x` shows a word: as is when it needs no quoting, else in single quotes. */
export function traceQuote(s: string): string {
  if (s !== '' && /^[A-Za-z0-9_@%+=:,./-]+$/.test(s)) return s;
  return `'${s.replace(/'/g, "'\\''")}'`;
}

/** Performs assignments; reports a readonly variable and returns false. `env` collects exports. */
export function* assignAll(
  sh: ShellState,
  list: readonly Assignment[],
  env: Map<string, string> | null,
): Gen<boolean> {
  const x = xOf(sh);
  for (const a of list) {
    try {
      if (a.array) {
        yield* assignArray(sh, a);
        continue;
      }
      let value = a.value ? yield* expandString(x, a.value) : '';
      const v = sh.variable(a.name);
      if (v?.integer) value = String(yield* x.arith(x.parseWord(a.append ? `${v.value}+(${value})` : value)));
      else if (a.append && a.subscript === null) value = (sh.getVar(a.name) ?? '') + value;
      if (a.subscript !== null) {
        const arr = sh.arrayOf(a.name, v?.assoc ?? false);
        let key = arr.assoc
          ? yield* expandString(x, x.parseWord(a.subscript))
          : String(yield* x.arith(x.parseWord(a.subscript)));
        if (!arr.assoc && Number(key) < 0) {
          const keys = arrayKeys(arr);
          key = String(Number(key) + (keys.length ? Number(keys[keys.length - 1]) + 1 : 0));
        }
        if (arr.assoc ? key === '' : Number(key) < 0) {
          shellError(sh.sys, `${a.name}[${a.subscript}]: bad array subscript`);
          return false;
        }
        arr.array!.set(key, a.append ? (arr.array!.get(key) ?? '') + value : value);
      } else sh.setVar(a.name, value);
      env?.set(a.name, value);
      if (sh.options.xtrace) {
        const lhs = a.subscript === null ? a.name : `${a.name}[${a.subscript}]`;
        sh.sys.write(
          2,
          encodeText(`${sh.getVar('PS4') ?? '+ '}${lhs}${a.append ? '+' : ''}=${traceQuote(value)}\n`),
        );
      }
    } catch (e) {
      if (!(e instanceof ReadonlyError)) throw e;
      shellError(sh.sys, `${e.name}: readonly variable`);
      return false;
    }
  }
  return true;
}

export function* assignArray(sh: ShellState, a: Assignment, declared = false): Gen<void> {
  const x = xOf(sh);
  const old = sh.variable(a.name);
  const assoc = old?.assoc ?? false;
  const elements = new Map<string, string>(a.append && old?.array ? old.array : []);
  let next = 0;
  for (const k of elements.keys()) if (!assoc) next = Math.max(next, Number(k) + 1);
  for (const w of a.array!) {
    const m =
      w.parts[0]?.kind === 'text' && !w.parts[0].quoted ? /^\[([^\]]*)\]=/.exec(w.parts[0].text) : null;
    if (m) {
      const rest = {
        parts: [
          { ...w.parts[0], text: w.parts[0].kind === 'text' ? w.parts[0].text.slice(m[0].length) : '' },
          ...w.parts.slice(1),
        ],
        raw: w.raw,
      };
      const key = assoc
        ? yield* expandString(x, x.parseWord(m[1]))
        : String(yield* x.arith(x.parseWord(m[1])));
      elements.set(key, yield* expandString(x, rest));
      if (!assoc) next = Number(key) + 1;
      continue;
    }
    for (const v of yield* expandWords(x, [w])) elements.set(String(next++), v);
  }
  if (old?.readonly && !declared) throw new ReadonlyError(a.name);
  sh.vars.delete(a.name);
  const arr = sh.arrayOf(a.name, assoc);
  arr.array = elements;
  if (old) Object.assign(arr, { exported: old.exported, readonly: old.readonly, integer: old.integer });
}

// How shell arithmetic sees the shell's variables: names and array elements read and assigned
// through the shell state, readonly variables refused as bash refuses them.

import { ArithError, type ArithScope } from './arith';
import { ReadonlyError, arrayKeys, type ShellState } from './state';
import { shellError } from './builtin-io';

function lookup(sh: ShellState, name: string, subscript: string | null): string | undefined {
  if (subscript === null) return sh.getVar(name);
  const v = sh.variable(name);
  if (!v) return undefined;
  if (!v.array) return subscript === '0' ? v.value : undefined;
  if (!v.assoc && subscript.startsWith('-')) {
    const keys = arrayKeys(v);
    const top = keys.length ? Number(keys[keys.length - 1]) + 1 : 0;
    return v.array.get(String(top + Number(subscript)));
  }
  return v.array.get(subscript);
}

export function arithScope(sh: ShellState): ArithScope {
  return {
    warn(message) {
      shellError(sh.sys, message);
    },
    get(name, subscript) {
      const value = lookup(sh, name, subscript);
      if (value === undefined && sh.options.nounset) throw new ArithError(name, 'unbound variable', null);
      return value;
    },
    set(name, subscript, value) {
      try {
        if (subscript === null) sh.setVar(name, value);
        else sh.arrayOf(name).array!.set(subscript, value);
      } catch (e) {
        if (e instanceof ReadonlyError) throw new ArithError(name, 'readonly variable', null);
        throw e;
      }
    },
    isAssoc(name) {
      return sh.variable(name)?.assoc ?? false;
    },
  };
}

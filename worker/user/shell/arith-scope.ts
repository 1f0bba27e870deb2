// How shell arithmetic sees the shell's variables: names and array elements read and assigned
// through the shell state, readonly variables refused as bash refuses them.

import { ArithError, type ArithScope } from './arith';
import { ReadonlyError, type ShellState } from './state';

export function arithScope(sh: ShellState): ArithScope {
  return {
    get(name, subscript) {
      if (subscript === null) return sh.getVar(name);
      const v = sh.variable(name);
      if (!v) return undefined;
      if (!v.array) return subscript === '0' ? v.value : undefined;
      return v.array.get(subscript);
    },
    set(name, subscript, value) {
      try {
        if (subscript === null) sh.setVar(name, value);
        else sh.arrayOf(name).array!.set(subscript, value);
      } catch (e) {
        if (e instanceof ReadonlyError) throw new ArithError(name, `${name}: readonly variable`, null);
        throw e;
      }
    },
    isAssoc(name) {
      return sh.variable(name)?.assoc ?? false;
    },
  };
}

// Models bash's `set` builtin (builtins/set.def): with no arguments the variables, `-o`/`+o` lists,
// the single-letter options (-e -u -x -f -C -m -B) and `-o NAME` (pipefail, noclobber...), and
// `set --` / `set ARGS` for the positional parameters.

import { encodeText } from '../bytes';
import { output, shellError, type Builtin } from './builtin-io';
import { compareBytes } from './glob';
import type { ShellOptions } from './state';
import { declareLine } from './var-builtins';

const OPTION_NAMES: Record<string, keyof ShellOptions> = {
  errexit: 'errexit',
  nounset: 'nounset',
  xtrace: 'xtrace',
  pipefail: 'pipefail',
  noclobber: 'noclobber',
  noglob: 'noglob',
  monitor: 'monitor',
  braceexpand: 'braceexpand',
  histexpand: 'histexpand',
};
const LETTERS: Record<string, keyof ShellOptions> = {
  e: 'errexit',
  u: 'nounset',
  x: 'xtrace',
  C: 'noclobber',
  f: 'noglob',
  m: 'monitor',
  B: 'braceexpand',
  H: 'histexpand',
};

export const set: Builtin = (b) => {
  const sh = b.sh;
  const args = b.argv.slice(1);
  if (args.length === 0) {
    const lines = [...sh.vars]
      .sort(([x], [y]) => compareBytes(x, y))
      .map(([k, v]) =>
        v.array ? declareLine(k, v).replace(/^declare -\S+ /, '') : `${k}=${quoteSet(v.value)}\n`,
      );
    return output(b, lines.join(''));
  }
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--' || a === '-') {
      sh.positional = args.slice(i + 1);
      return 0;
    }
    if (a === '-o' || a === '+o') {
      const name = args[++i];
      if (name === undefined) {
        const lines = Object.keys(OPTION_NAMES)
          .sort()
          .map((n) =>
            a === '-o'
              ? `${n.padEnd(15)}\t${sh.options[OPTION_NAMES[n]] ? 'on' : 'off'}\n`
              : `set ${sh.options[OPTION_NAMES[n]] ? '-o' : '+o'} ${n}\n`,
          );
        return output(b, lines.join(''));
      }
      const key = OPTION_NAMES[name];
      if (!key) {
        shellError(b.sys, `set: ${name}: invalid option name`);
        return 2;
      }
      sh.options[key] = a === '-o';
      continue;
    }
    if (/^[-+][a-zA-Z]+$/.test(a)) {
      for (const c of a.slice(1)) {
        const key = LETTERS[c];
        if (!key) {
          shellError(b.sys, `set: ${a[0]}${c}: invalid option`);
          b.sys.write(
            2,
            encodeText('set: usage: set [-abefhkmnptuvxBCEHPT] [-o option-name] [--] [-] [arg ...]\n'),
          );
          return 2;
        }
        sh.options[key] = a[0] === '-';
      }
      continue;
    }
    sh.positional = args.slice(i);
    return 0;
  }
  return 0;
};

function quoteSet(v: string): string {
  if (/^[A-Za-z0-9_@%+=:,./-]*$/.test(v)) return v;
  return `'${v.replace(/'/g, "'\\''")}'`;
}

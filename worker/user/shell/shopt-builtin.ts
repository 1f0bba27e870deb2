// Models bash's `shopt` (builtins/shopt.def): the list of shell options with bash 5.2's defaults for
// an interactive shell, `-s`/`-u` to set and unset, `-p` to print them as commands, `-q` to ask.
// The playground acts on nullglob, failglob and dotglob (pathname expansion) and on
// expand_aliases; the others are kept and shown but change nothing.

import { output, shellError, type Builtin } from './builtin-io';
import { SHOPT_DEFAULTS } from './shopt-defaults';

export const shopt: Builtin = (b) => {
  const sh = b.sh;
  let args = b.argv.slice(1);
  let mode: 's' | 'u' | null = null;
  let print = false;
  let quiet = false;
  while (args[0]?.startsWith('-') && args[0] !== '--') {
    for (const c of args[0].slice(1)) {
      if (c === 's' || c === 'u') mode = c;
      else if (c === 'p') print = true;
      else if (c === 'q') quiet = true;
      else if (c !== 'o') {
        shellError(b.sys, `shopt: -${c}: invalid option`);
        return output(b, '') || 2;
      }
    }
    args = args.slice(1);
  }
  if (args[0] === '--') args = args.slice(1);
  for (const name of args) {
    if (!SHOPT_DEFAULTS.has(name)) {
      shellError(b.sys, `shopt: ${name}: invalid shell option name`);
      return 1;
    }
  }
  if (mode !== null && args.length > 0) {
    for (const name of args) sh.setShopt(name, mode === 's');
    return 0;
  }
  const names = args.length > 0 ? args : [...SHOPT_DEFAULTS.keys()];
  const shown = names.filter((n) => mode === null || sh.shopts.get(n) === (mode === 's'));
  let status = 0;
  for (const n of names) if (!sh.shopts.get(n)) status = 1;
  if (quiet) return status;
  const text = shown
    .map((n) => {
      const on = sh.shopts.get(n)!;
      return print ? `shopt ${on ? '-s' : '-u'} ${n}\n` : `${n.padEnd(15)}\t${on ? 'on' : 'off'}\n`;
    })
    .join('');
  return output(b, text) || (args.length > 0 ? status : 0);
};

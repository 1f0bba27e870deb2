// Models mawk's do_printf (print.c): the format is copied up to each `%`, whose flags, width and
// precision (`*` takes an argument) and conversion (c d i o x X u with an optional h or l; e E f g G;
// s) format the next argument. Running out of arguments and an unknown conversion are run time
// errors naming the function and the whole format; printf has written what came before by then.

import { RuntimeError } from './errors';
import { convertNumber, convertString, type Spec } from './format';
import { toNum, toStr, type StrNum, type Value } from './value';

export class PrintfError extends RuntimeError {
  constructor(
    message: string,
    /** What printf had written before the error. */
    readonly partial: string,
  ) {
    super(message);
  }
}

function isNumber(v: Value): boolean {
  return (
    typeof v === 'number' || (typeof v !== 'string' && (v as StrNum).looksNumeric && (v as StrNum).s !== '')
  );
}

/** sprintf(fmt, args...) as mawk formats it; `who` names the function in errors. */
export function formatPrintf(fmt: string, args: Value[], convfmt: string, who: string): string {
  let out = '';
  let argi = 0;
  let conversions = 0;
  const fail = (what: string) => {
    throw new PrintfError(`${what} in ${who}("${fmt}")`, out);
  };
  const nextArg = (): Value => {
    if (argi >= args.length) {
      throw new PrintfError(`not enough arguments passed to ${who}("${fmt}")`, out);
    }
    return args[argi++];
  };
  let i = 0;
  while (i < fmt.length) {
    const pct = fmt.indexOf('%', i);
    if (pct < 0) {
      out += fmt.slice(i);
      break;
    }
    out += fmt.slice(i, pct);
    if (fmt[pct + 1] === '%') {
      out += '%';
      i = pct + 2;
      continue;
    }
    conversions++;
    let j = pct + 1;
    const spec: Spec = { flags: '', width: 0, prec: -1, conv: '' };
    while (j < fmt.length && '-+ #0'.includes(fmt[j])) spec.flags += fmt[j++];
    if (fmt[j] === '*') {
      const w = Math.trunc(toNum(nextArg()));
      if (w < 0) spec.flags += '-';
      spec.width = Math.abs(w);
      j++;
    } else while (j < fmt.length && fmt[j] >= '0' && fmt[j] <= '9') spec.width = spec.width * 10 + +fmt[j++];
    if (fmt[j] === '.') {
      j++;
      spec.prec = 0;
      if (fmt[j] === '*') {
        const p = Math.trunc(toNum(nextArg()));
        spec.prec = p < 0 ? -1 : p;
        j++;
      } else while (j < fmt.length && fmt[j] >= '0' && fmt[j] <= '9') spec.prec = spec.prec * 10 + +fmt[j++];
    }
    const modifier = fmt[j] === 'l' || fmt[j] === 'h' ? fmt[j++] : '';
    const conv = fmt[j] ?? '';
    const arg = nextArg();
    spec.conv = conv;
    const improper = () => fail(`improper conversion(number ${conversions})`);
    if (modifier && !'dioxXu'.includes(conv || '?')) improper();
    if (conv === 's') out += convertString(toStr(arg, convfmt), spec);
    else if (conv === 'c') {
      const ch = isNumber(arg)
        ? String.fromCharCode(Math.trunc(toNum(arg)) & 0xff)
        : (toStr(arg, convfmt)[0] ?? '\0');
      out += convertString(ch, spec);
    } else if (conv !== '' && 'dioxXueEfgG'.includes(conv)) out += convertNumber(toNum(arg), spec);
    else improper();
    i = j + 1;
  }
  return out;
}

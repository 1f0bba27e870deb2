// Models gnulib quotearg's shell_escape style under LC_ALL=C, as xargs -t shows each argument: bare
// when every byte is safe, "..." for a lone kind of awkwardness (a single quote), '...' otherwise,
// and $'\ooo' pieces for control and non-ASCII bytes.

import { encodeText } from '../../bytes';

const SAFE = /^[A-Za-z0-9%+,\-./:@^_{}~#]+$/;
const NAMED: Readonly<Record<number, string>> = {
  7: 'a',
  8: 'b',
  9: 't',
  10: 'n',
  11: 'v',
  12: 'f',
  13: 'r',
};

const printable = (c: number) => c >= 0x20 && c < 0x7f;

function dollarEscape(bytes: readonly number[]): string {
  return "$'" + bytes.map((b) => '\\' + (NAMED[b] ?? b.toString(8).padStart(3, '0'))).join('') + "'";
}

export function shellQuote(arg: string): string {
  if (arg === '') return "''";
  if (SAFE.test(arg) && arg[0] !== '~' && arg[0] !== '#') return arg;
  const bytes = encodeText(arg);
  if (bytes.every(printable)) {
    if (arg.includes("'") && !/["$`\\!]/.test(arg)) return `"${arg}"`;
    return `'${arg.replace(/'/g, "'\\''")}'`;
  }
  let out = "'";
  let open = true;
  for (let i = 0; i < bytes.length;) {
    if (printable(bytes[i])) {
      if (!open) out += "'";
      open = true;
      const c = String.fromCharCode(bytes[i++]);
      out += c === "'" ? "'\\''" : c;
      continue;
    }
    const run: number[] = [];
    while (i < bytes.length && !printable(bytes[i])) run.push(bytes[i++]);
    if (open) out += "'";
    open = false;
    out += dollarEscape(run);
  }
  return open ? out + "'" : out;
}

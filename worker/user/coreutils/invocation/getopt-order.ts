// Models glibc getopt_long() with a leading `+` in its optstring (REQUIRE_ORDER), as timeout and sudo
// call it: options end at the first operand, which starts the command to run, so the command's own
// options are left alone. Long options match by any unambiguous prefix; the diagnostics are glibc's.

import { matchLong, type GetoptError, type GetoptSpec, type LongOption, type Parsed } from '../bytes/getopt';

export type { GetoptError, GetoptSpec, LongOption } from '../bytes/getopt';

function shortKind(spec: string, c: string): LongOption['arg'] | null {
  const at = spec.indexOf(c);
  if (at < 0 || c === ':') return null;
  if (spec[at + 1] !== ':') return 'none';
  return spec[at + 2] === ':' ? 'optional' : 'required';
}

/** Parses argv (without argv[0]) up to the first operand; the operands are the rest, as given. */
export function getoptInOrder(spec: GetoptSpec, argv: readonly string[]): Parsed | GetoptError {
  const options: Parsed['options'] = [];
  const long = spec.long ?? {};
  let i = 0;
  for (; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--') {
      i++;
      break;
    }
    if (a.length < 2 || a[0] !== '-') break;
    if (a.startsWith('--')) {
      const eq = a.indexOf('=');
      const hit = matchLong(long, eq < 0 ? a.slice(2) : a.slice(2, eq));
      if ('error' in hit) return hit;
      const { name, opt } = hit;
      let value: string | undefined;
      if (eq >= 0) {
        if (opt.arg === 'none') return { error: `option '--${name}' doesn't allow an argument` };
        value = a.slice(eq + 1);
      } else if (opt.arg === 'required') {
        value = argv[++i];
        if (value === undefined) return { error: `option '--${name}' requires an argument` };
      }
      options.push([opt.key, value, `--${name}`]);
      continue;
    }
    for (let k = 1; k < a.length; k++) {
      const c = a[k];
      const kind = shortKind(spec.short, c);
      if (kind === null) return { error: `invalid option -- '${c}'` };
      if (kind === 'none') {
        options.push([c, undefined, `-${c}`]);
        continue;
      }
      let value: string | undefined = k + 1 < a.length ? a.slice(k + 1) : undefined;
      if (value === undefined && kind === 'required') {
        value = argv[++i];
        if (value === undefined) return { error: `option requires an argument -- '${c}'` };
      }
      options.push([c, value, `-${c}`]);
      break;
    }
  }
  return { options, operands: argv.slice(i) };
}

// Models glibc getopt_long() as od, hexdump, cmp and diff use it: short options in getopt's own
// syntax (`j:` takes an argument, `w::` takes one only when attached), long options matched by any
// unambiguous prefix, operands and options in any order until `--`, and glibc's exact diagnostics
// (`invalid option -- 'z'`, `option '--s' is ambiguous; possibilities: ...`). The caller prints
// them in its own program's usage style.

export type ArgKind = 'none' | 'required' | 'optional';

export interface LongOption {
  /** What the option stands for: its short letter, or a name of its own. */
  readonly key: string;
  readonly arg: ArgKind;
}

export interface GetoptSpec {
  /** getopt's optstring: a letter, `:` after it for a required argument, `::` for an optional one. */
  readonly short: string;
  readonly long?: Readonly<Record<string, LongOption>>;
}

export interface Parsed {
  /** Options in order: [key, argument or undefined, the option as written (`-N` or `--read-bytes`)]. */
  readonly options: [key: string, arg: string | undefined, spelled: string][];
  readonly operands: string[];
}

/** A parse failure: glibc's message, to be printed as `PROG: MESSAGE` and the usage hint. */
export interface GetoptError {
  readonly error: string;
}

function shortKind(spec: string, c: string): ArgKind | null {
  const at = spec.indexOf(c);
  if (at < 0 || c === ':') return null;
  if (spec[at + 1] !== ':') return 'none';
  return spec[at + 2] === ':' ? 'optional' : 'required';
}

/** The long option a `--name` means: exact, or the one all prefix matches agree on. */
function matchLong(
  table: Readonly<Record<string, LongOption>>,
  name: string,
): { name: string; opt: LongOption } | GetoptError {
  if (Object.hasOwn(table, name)) return { name, opt: table[name] };
  const hits = Object.keys(table).filter((k) => k.startsWith(name));
  if (hits.length === 0) return { error: `unrecognized option '--${name}'` };
  const first = table[hits[0]];
  if (hits.every((k) => table[k].key === first.key && table[k].arg === first.arg))
    return { name: hits[0], opt: first };
  return {
    error: `option '--${name}' is ambiguous; possibilities:${hits.map((k) => ` '--${k}'`).join('')}`,
  };
}

/**
 * Parses argv (without argv[0]) the way getopt_long with a permuting optstring does, or with
 * `inOrder` as with a leading `+` (REQUIRE_ORDER): options end at the first operand.
 */
export function getopt(spec: GetoptSpec, argv: readonly string[], inOrder = false): Parsed | GetoptError {
  const options: Parsed['options'] = [];
  const operands: string[] = [];
  const long = spec.long ?? {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--') {
      operands.push(...argv.slice(i + 1));
      break;
    }
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
    if (a.length < 2 || a[0] !== '-') {
      if (inOrder) return { options, operands: argv.slice(i) };
      operands.push(a);
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
  return { options, operands };
}

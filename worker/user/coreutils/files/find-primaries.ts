// Models the primaries of GNU findutils 4.9 find/parser.c that the playground has: the tests
// (-name -iname -path -ipath -wholename -type -empty -newer -size -true -false), the actions
// (-print -print0 -exec ... ; -exec ... {} + -delete -quit -prune) and the global options
// (-maxdepth -mindepth -depth), each with its argument checks and their messages. -newer's reference
// file is followed under -H and -L, as find's xstat for them does.

import { ENOENT, strerror } from '../../../kernel/lib/errno';
import type { Syscalls } from '../../../kernel/syscall-table';
import { quote } from '../tool';
import { compilePattern, type Pattern } from './fnmatch';

export type Primary =
  | { readonly kind: 'name' | 'path'; readonly pattern: Pattern }
  | { readonly kind: 'type'; readonly types: string }
  | { readonly kind: 'empty' | 'delete' | 'quit' | 'prune' }
  | { readonly kind: 'newer'; readonly mtime: number }
  | { readonly kind: 'size'; readonly sign: string; readonly count: number; readonly unit: number }
  | { readonly kind: 'const'; readonly value: boolean }
  | { readonly kind: 'print'; readonly end: string }
  | { readonly kind: 'exec'; readonly argv: readonly string[]; readonly batch: boolean };

/** How symbolic links are treated: never followed (-P), the starting points only (-H), always (-L). */
export type Follow = 'P' | 'H' | 'L';

/** What the parser learns from a global option. */
export interface GlobalOptions {
  /** -H, -L or -P, the last one given before the starting points. */
  readonly follow: Follow;
  maxDepth: number;
  minDepth: number;
  /** -depth given. */
  depth: boolean;
}

/** A parsed primary and how many arguments it took; or the fatal messages. */
export type Parsed = { primary: Primary | null; used: number } | { errors: string[] };

interface ParseContext {
  readonly sys: Syscalls;
  readonly args: readonly string[];
  /** Index of the primary's name in args. */
  readonly at: number;
  readonly options: GlobalOptions;
  /** Prints a warning (only when warnings are on: standard input is a terminal). */
  warn(message: string): void;
}

type Parser = (c: ParseContext) => Parsed;

const fail = (...errors: string[]): Parsed => ({ errors });
const take = (primary: Primary | null, used = 0): Parsed => ({ primary, used });

/** A primary that takes one argument; `missing argument` when there is none. */
function withArg(parse: (arg: string, c: ParseContext) => Parsed): Parser {
  return (c) => {
    const arg = c.args[c.at + 1];
    if (arg === undefined) return fail(`missing argument to \`${c.args[c.at]}'`);
    return parse(arg, c);
  };
}

function pattern(kind: 'name' | 'path', caseFold: boolean): Parser {
  return withArg((arg, c) => {
    if (kind === 'name' && arg.includes('/') && arg !== '/') {
      c.warn(
        `warning: '${c.args[c.at]}' matches against basenames only, but the given pattern contains a ` +
          `directory separator ('/'), thus the expression will evaluate to false all the time.  ` +
          `Did you mean '-wholename'?`,
      );
    }
    return take({ kind, pattern: compilePattern(arg, caseFold) }, 1);
  });
}

const TYPE_LETTERS = 'bcdpflsD';

const parseType = withArg((arg) => {
  if (arg === '') return fail('Arguments to -type should contain at least one letter');
  let types = '';
  for (let i = 0; i < arg.length; i += 2) {
    const c = arg[i];
    if (!TYPE_LETTERS.includes(c)) return fail(`Unknown argument to -type: ${c}`);
    if (types.includes(c)) return fail(`Duplicate file type '${c}' in the argument list to -type.`);
    types += c;
    const sep = arg[i + 1];
    if (sep === undefined) break;
    if (sep !== ',') return fail("Must separate multiple arguments to -type using: ','");
    if (i + 2 >= arg.length)
      return fail("Last file type in list argument to -type is missing, i.e., list is ending on: ','");
  }
  return take({ kind: 'type', types }, 1);
});

const SIZE_UNITS: Readonly<Record<string, number>> = { b: 512, c: 1, w: 2, k: 1024, M: 1 << 20, G: 1 << 30 };

const parseSize = withArg((arg) => {
  if (arg === '') return fail('invalid null argument to -size');
  const last = arg[arg.length - 1];
  const unit = SIZE_UNITS[last];
  if (unit === undefined && !/[0-9]/.test(last)) return fail(`invalid -size type \`${last}'`);
  const m = /^([+-]?)([0-9]+)$/.exec(unit === undefined ? arg : arg.slice(0, -1));
  if (!m) return fail(`Invalid argument \`${arg}' to -size`);
  return take({ kind: 'size', sign: m[1], count: Number(m[2]), unit: unit ?? 512 }, 1);
});

function depthOption(which: 'maxDepth' | 'minDepth'): Parser {
  return withArg((arg, c) => {
    if (!/^[0-9]+$/.test(arg)) {
      return fail(`Expected a positive decimal integer argument to ${c.args[c.at]}, but got ${quote(arg)}`);
    }
    c.options[which] = Number(arg);
    return take(null, 1);
  });
}

/** The reference file of -newer, followed unless -P (a dangling link is taken as itself). */
const parseNewer = withArg((arg, c) => {
  const follow = c.options.follow !== 'P';
  let st = follow ? c.sys.stat(arg) : c.sys.lstat(arg);
  if (follow && !st.ok && st.err === -ENOENT) {
    const lst = c.sys.lstat(arg);
    if (lst.ok) st = lst;
  }
  if (!st.ok) return fail(`${quote(arg)}: ${strerror(st.err)}`);
  return take({ kind: 'newer', mtime: st.value.mtime }, 1);
});

/** -exec CMD ... ; or -exec CMD ... {} + (a `+` ends it only right after an argument with `{}`). */
function parseExec(c: ParseContext): Parsed {
  const name = c.args[c.at];
  const argv: string[] = [];
  for (let i = c.at + 1; i < c.args.length; i++) {
    const a = c.args[i];
    const last = argv[argv.length - 1];
    const batch = a === '+' && last !== undefined && last.includes('{}');
    if (a === ';' || batch) {
      if (argv.length === 0) return fail(`invalid argument \`${a}' to \`${name}'`);
      if (batch && last !== '{}') {
        return fail(`In '${name} ... {} +' the '{}' must appear by itself, but you specified ${quote(last)}`);
      }
      if (batch && argv.slice(0, -1).some((x) => x.includes('{}'))) {
        return fail(`Only one instance of {} is supported with ${name} ... +`);
      }
      return take({ kind: 'exec', argv: batch ? argv.slice(0, -1) : argv, batch }, argv.length + 1);
    }
    argv.push(a);
  }
  return fail(`missing argument to \`${name}'`);
}

/** The primaries by name; global options return no primary. */
export const PRIMARIES: Readonly<Record<string, Parser>> = {
  '-name': pattern('name', false),
  '-iname': pattern('name', true),
  '-path': pattern('path', false),
  '-ipath': pattern('path', true),
  '-wholename': pattern('path', false),
  '-iwholename': pattern('path', true),
  '-type': parseType,
  '-empty': () => take({ kind: 'empty' }),
  '-newer': parseNewer,
  '-size': parseSize,
  '-true': () => take({ kind: 'const', value: true }),
  '-false': () => take({ kind: 'const', value: false }),
  '-print': () => take({ kind: 'print', end: '\n' }),
  '-print0': () => take({ kind: 'print', end: '\0' }),
  '-exec': parseExec,
  '-delete': () => take({ kind: 'delete' }),
  '-quit': () => take({ kind: 'quit' }),
  '-prune': () => take({ kind: 'prune' }),
  '-maxdepth': depthOption('maxDepth'),
  '-mindepth': depthOption('minDepth'),
  '-depth': (c) => {
    c.options.depth = true;
    return take(null);
  },
};

/** The global options: a warning when they follow the expression's first non-option. */
export const GLOBAL_OPTIONS = new Set(['-maxdepth', '-mindepth', '-depth']);

/** Primaries whose presence stops find from adding the default -print. */
export function isAction(p: Primary): boolean {
  return p.kind === 'print' || p.kind === 'exec' || p.kind === 'delete';
}

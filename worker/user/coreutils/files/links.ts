// Models GNU coreutils readlink and realpath. Plain readlink prints what a symbolic link holds
// (readlink(2); anything else fails, silently unless -v); -f, -e, -m and realpath canonicalize
// through gnulib's canonicalize_filename_mode() (../links/canonicalize.ts): -e needs every
// component, -f and realpath's default all but the last, -m none. realpath -s takes names as
// written (CAN_NOLINKS), -L resolves `..` first and links after, -P (the default) links as met;
// --relative-to and --relative-base work on the canonical names.

import { strerror } from '../../../kernel/lib/errno';
import type { Proc, ProcessContext } from '../../process';
import { canonicalizeFileName, relativeTo, type CanonMode } from '../links/canonicalize';
import { Tool } from '../tool';
import { isWithin } from './paths';
import { shellQuote } from './shell-quote';

const MODES: Readonly<Record<string, CanonMode>> = { e: 'existing', f: 'allButLast', m: 'missing' };

/** The last of -e, -f and -m given, if any. */
function modeOf(list: readonly [string, string][]): CanonMode | null {
  let mode: CanonMode | null = null;
  for (const [k] of list) if (MODES[k]) mode = MODES[k];
  return mode;
}

/** readlink(2): what the link holds, or a negative errno (EINVAL when it is not a link). */
function readlinkOf(ctx: ProcessContext, name: string): string | number {
  const link = ctx.sys.readlink(name);
  return link.ok ? link.value : link.err;
}

export function* readlink(ctx: ProcessContext): Proc {
  const t = new Tool(ctx, 'readlink');
  const p = t.options({
    flags: 'efmnqsvz',
    long: {
      canonicalize: 'f',
      'canonicalize-existing': 'e',
      'canonicalize-missing': 'm',
      'no-newline': 'n',
      quiet: 'q',
      silent: 's',
      verbose: 'v',
      zero: 'z',
    },
  });
  if (typeof p === 'number') return p;
  if (p.operands.length === 0) return t.usage('missing operand');
  const verbose = p.list.filter(([k]) => 'qsv'.includes(k)).pop()?.[0] === 'v';
  let newline = !p.has('n');
  if (!newline && p.operands.length > 1) {
    t.error('ignoring --no-newline with multiple arguments', 0);
    newline = true;
  }
  const end = p.has('z') ? '\0' : newline ? '\n' : '';
  const mode = modeOf(p.list);
  let ok = true;
  for (const name of p.operands) {
    const result = mode === null ? readlinkOf(ctx, name) : canonicalizeFileName(ctx.sys, name, mode);
    if (typeof result === 'string') {
      t.out.write(result + end);
      continue;
    }
    ok = false;
    if (verbose) t.error(`${shellQuote(name)}: ${strerror(result)}`);
  }
  return t.finish(ok ? 0 : 1);
}

export function* realpath(ctx: ProcessContext): Proc {
  const t = new Tool(ctx, 'realpath');
  const p = t.options({
    flags: 'emLPqsz',
    withArg: 'RB',
    long: {
      'canonicalize-existing': 'e',
      'canonicalize-missing': 'm',
      logical: 'L',
      physical: 'P',
      quiet: 'q',
      strip: 's',
      'no-symlinks': 's',
      zero: 'z',
      'relative-to=': 'R',
      'relative-base=': 'B',
    },
  });
  if (typeof p === 'number') return p;
  if (p.operands.length === 0) return t.usage('missing operand');
  const mode = modeOf(p.list) ?? 'allButLast';
  const quiet = p.has('q');
  const last = p.list.filter(([k]) => 'sLP'.includes(k)).pop()?.[0];
  const noLinks = last === 's' || last === 'L';
  /** realpath_canon(): with -L, the name without `..` is canonicalized again, links and all. */
  const canon = (name: string): string | number => {
    const once = canonicalizeFileName(ctx.sys, name, mode, noLinks);
    return last === 'L' && typeof once === 'string' ? canonicalizeFileName(ctx.sys, once, mode) : once;
  };
  const resolve = (name: string): string | null => {
    const result = canon(name);
    if (typeof result === 'string') return result;
    if (!quiet) t.error(`${shellQuote(name)}: ${strerror(result)}`);
    return null;
  };
  const toName = p.value('R');
  const baseName = p.value('B');
  const to = toName === undefined ? null : resolve(toName);
  const base = baseName === undefined ? null : resolve(baseName);
  if ((toName !== undefined && to === null) || (baseName !== undefined && base === null)) return t.finish(1);
  const from = to ?? base;
  const end = p.has('z') ? '\0' : '\n';
  let ok = true;
  for (const name of p.operands) {
    const path = resolve(name);
    if (path === null) {
      ok = false;
      t.status = 1;
      continue;
    }
    const relative = from !== null && (base === null || (isWithin(path, base) && isWithin(from, base)));
    t.out.write((relative ? relativeTo(path, from) : path) + end);
  }
  return t.finish(ok ? 0 : 1);
}

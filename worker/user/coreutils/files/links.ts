// Models GNU coreutils readlink and realpath. NOTE: the model has no symbolic links (no symlink or
// readlink system call), so plain readlink finds none (EINVAL: status 1, silent unless -v) and
// canonicalizing is lexical plus the existence checks of -e (all), -f / realpath's default (all but
// the last component) and -m (none). realpath's --relative-to and --relative-base work on the
// canonical names.

import { EINVAL, strerror } from '../../../kernel/lib/errno';
import type { Proc, ProcessContext } from '../../process';
import { Tool } from '../tool';
import { canonicalize, isWithin, relativeName, type CanonMode } from './paths';
import { shellQuote } from './shell-quote';

const MODES: Readonly<Record<string, CanonMode>> = { e: 'existing', f: 'allButLast', m: 'missing' };

/** The last of -e, -f and -m given, if any. */
function modeOf(list: readonly [string, string][]): CanonMode | null {
  let mode: CanonMode | null = null;
  for (const [k] of list) if (MODES[k]) mode = MODES[k];
  return mode;
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
    const st = mode === null ? ctx.sys.stat(name) : null;
    const result = mode === null ? (st && !st.ok ? st.err : -EINVAL) : canonicalize(ctx.sys, name, mode);
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
  const resolve = (name: string): string | null => {
    const result = canonicalize(ctx.sys, name, mode);
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
    t.out.write((relative ? relativeName(from, path) : path) + end);
  }
  return t.finish(ok ? 0 : 1);
}

// Models GNU coreutils cp: files to a file or into a directory, -r/-R/-a for trees, -p (and -a)
// keeping mode and ownership, -f, -n, -u, -v, -t and -T, and symbolic links as cp.c decides: -P,
// -d and -a copy a link as a link, -H follows the operands, -L every link; with none of them, -r
// copies links as links and a plain cp follows them. The copying itself is copy.ts.

import type { Proc, ProcessContext } from '../../process';
import { Tool } from '../tool';
import { copyEntry, type CopyOptions, type Dereference } from './copy';
import { targets } from './targets';

/** The option that last said how to treat links: -a and -d mean -P. */
const DEREFERENCE: Readonly<Record<string, Dereference>> = {
  a: 'never',
  d: 'never',
  P: 'never',
  H: 'commandLine',
  L: 'always',
};

export function* cp(ctx: ProcessContext): Proc {
  const t = new Tool(ctx, 'cp');
  const p = t.options({
    flags: 'aRrpfnuvdTHLPx',
    withArg: 't',
    long: {
      archive: 'a',
      recursive: 'r',
      preserve: 'p',
      force: 'f',
      'no-clobber': 'n',
      update: 'u',
      verbose: 'v',
      'no-dereference': 'P',
      dereference: 'L',
      'one-file-system': 'x',
      'target-directory=': 't',
      'no-target-directory': 'T',
    },
  });
  if (typeof p === 'number') return p;
  const pairs = targets(t, p);
  if (typeof pairs === 'number') return pairs;
  const recursive = p.has('r') || p.has('R') || p.has('a');
  const last = p.list.filter(([k]) => 'adHLP'.includes(k)).pop()?.[0];
  const options: CopyOptions = {
    recursive,
    dereference: DEREFERENCE[last ?? (recursive ? 'P' : 'L')],
    preserve: p.has('p') || p.has('a'),
    force: p.has('f'),
    noClobber: p.has('n'),
    update: p.has('u'),
    verbose: p.has('v'),
    move: false,
  };
  let ok = true;
  for (const [source, dest] of pairs) {
    const run = { t, options, topSource: source, topDest: dest, made: new Set<number>() };
    if (!(yield* copyEntry(run, source, dest))) ok = false;
  }
  return t.finish(ok ? 0 : 1);
}

// Models GNU coreutils mv (-f, -n, -u, -v, -t, -T) on a kernel without rename(2): a file moves the
// way mv moves one across file systems (copy with mode and owner kept, then unlink the source), so
// its inode number changes. A directory is refused with the ENOSYS text the missing system call
// would give, after the checks mv makes before it calls rename (same file, a subdirectory of itself,
// a non-directory in the way).

import { strerror } from '../../../kernel/lib/errno';
import type { Proc, ProcessContext } from '../../process';
import { isDirMode } from '../format';
import { quote, Tool } from '../tool';
import { copyEntry, type CopyOptions } from './copy';
import { canonicalize, isWithin } from './paths';
import { targets } from './targets';

/** glibc's strerror(ENOSYS): what rename(2) gives on a kernel that lacks it. */
const NO_RENAME = 'Function not implemented';

/** A directory: the checks rename's callers make, then the refusal. */
function refuseDir(t: Tool, src: string, dst: string, ino: number): void {
  const to = t.sys.stat(dst);
  if (to.ok && to.value.ino === ino) {
    t.error(`${quote(src)} and ${quote(dst)} are the same file`);
    return;
  }
  const from = canonicalize(t.sys, src, 'missing');
  const into = canonicalize(t.sys, dst, 'missing');
  if (typeof from === 'string' && typeof into === 'string' && isWithin(into, from)) {
    t.error(`cannot move ${quote(src)} to a subdirectory of itself, ${quote(dst)}`);
    return;
  }
  if (to.ok && !isDirMode(to.value.mode)) {
    t.error(`cannot overwrite non-directory ${quote(dst)} with directory ${quote(src)}`);
    return;
  }
  t.error(`cannot move ${quote(src)} to ${quote(dst)}: ${NO_RENAME}`);
}

export function* mv(ctx: ProcessContext): Proc {
  const t = new Tool(ctx, 'mv');
  const p = t.options({
    flags: 'fnuvT',
    withArg: 't',
    long: {
      force: 'f',
      'no-clobber': 'n',
      update: 'u',
      verbose: 'v',
      'target-directory=': 't',
      'no-target-directory': 'T',
    },
  });
  if (typeof p === 'number') return p;
  const pairs = targets(t, p);
  if (typeof pairs === 'number') return pairs;
  const options: CopyOptions = {
    recursive: false,
    preserve: true,
    force: true,
    noClobber: p.has('n'),
    update: p.has('u'),
    verbose: false,
    move: true,
  };
  let ok = true;
  for (const [source, dest] of pairs) {
    const st = ctx.sys.stat(source);
    if (st.ok && isDirMode(st.value.mode)) {
      refuseDir(t, source, dest, st.value.ino);
      ok = false;
      continue;
    }
    const before = ctx.sys.stat(dest);
    const run = { t, options, topSource: source, topDest: dest, made: new Set<number>() };
    if (!(yield* copyEntry(run, source, dest))) {
      ok = false;
      continue;
    }
    const after = ctx.sys.stat(dest);
    if (before.ok && after.ok && before.value.ino === after.value.ino) continue;
    const r = ctx.sys.unlink(source);
    if (r < 0) {
      t.error(`cannot remove ${quote(source)}: ${strerror(r)}`);
      ok = false;
      continue;
    }
    if (p.has('v')) t.out.write(`renamed ${quote(source)} -> ${quote(dest)}\n`);
  }
  return t.finish(ok ? 0 : 1);
}

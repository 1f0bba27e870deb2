// Models GNU coreutils 9.1 mv (-f, -n, -u, -v, -t, -T) as copy.c's move mode does it: rename(2)
// first (as renameat2 RENAME_NOREPLACE, so an existing destination is checked before it is
// replaced: the same file, -n, -u, a directory against a non-directory), then rename again over it.
// A source is taken with lstat, so a symbolic link moves as itself. EINVAL is a directory moved into
// itself; only EXDEV (another mount, a bind mount included) makes mv copy the tree (copy.ts, as
// cp -a would) and then remove the source as rm -r would, each step said by -v.

import { EEXIST, EINVAL, ENOENT, EXDEV, strerror } from '../../../kernel/lib/errno';
import type { Stat } from '../../../kernel/syscall-table';
import type { Proc, ProcessContext, Yielded } from '../../process';
import { isDirMode } from '../format';
import { quoteaf, Tool } from '../tool';
import { copyObject, type CopyOptions, type CopyRun } from './copy';
import { joinPath } from './paths';
import { sameFileOk } from './same-file';
import { targets } from './targets';

/** renameat2(RENAME_NOREPLACE) as far as the model can: EEXIST when the new name is taken. */
function renameNoReplace(t: Tool, src: string, dst: string): number {
  return t.sys.lstat(dst).ok ? -EEXIST : t.sys.rename(src, dst);
}

/** rm -r of the moved source, as mv runs it after a copy across file systems; false on a failure. */
function removeSource(t: Tool, path: string, st: Stat, verbose: boolean): boolean {
  let ok = true;
  if (isDirMode(st.mode)) {
    const entries = t.sys.readdir(path);
    if (entries.ok) {
      for (const e of entries.value) {
        const child = joinPath(path, e.name);
        const cst = t.sys.lstat(child);
        if (cst.ok) ok = removeSource(t, child, cst.value, verbose) && ok;
      }
    }
  }
  const r = isDirMode(st.mode) ? t.sys.rmdir(path) : t.sys.unlink(path);
  if (r < 0) {
    t.error(`cannot remove ${quoteaf(path)}: ${strerror(r)}`);
    return false;
  }
  if (verbose) t.out.write(`removed ${isDirMode(st.mode) ? 'directory ' : ''}${quoteaf(path)}\n`);
  return ok;
}

/** The checks on an existing destination; true to go on, false after a refusal, null to skip. */
function checkExisting(t: Tool, o: CopyOptions, src: string, st: Stat, dst: string): boolean | null {
  const got = t.sys.lstat(dst);
  if (!got.ok) {
    if (got.err === -ENOENT) return true;
    t.error(`cannot stat ${quoteaf(dst)}: ${strerror(got.err)}`);
    return false;
  }
  const dstSt = got.value;
  if (!sameFileOk(t.sys, { dereference: 'never', move: true, src, srcSt: st, dst, dstSt })) {
    t.error(`${quoteaf(src)} and ${quoteaf(dst)} are the same file`);
    return false;
  }
  const srcDir = isDirMode(st.mode);
  if (!srcDir && o.update && dstSt.mtime >= st.mtime) return null;
  if (o.noClobber) return null;
  if (srcDir && !isDirMode(dstSt.mode)) {
    t.error(`cannot overwrite non-directory ${quoteaf(dst)} with directory ${quoteaf(src)}`);
    return false;
  }
  if (!srcDir && isDirMode(dstSt.mode)) {
    t.error(`cannot overwrite directory ${quoteaf(dst)} with non-directory`);
    return false;
  }
  return true;
}

/** One SOURCE to DEST: copy_internal() in move mode, then mv.c's removal after a copy. */
function* moveOne(t: Tool, o: CopyOptions, src: string, dst: string): Generator<Yielded, boolean, void> {
  let err = renameNoReplace(t, src, dst);
  if (err === 0) {
    if (o.verbose) t.out.write(`renamed ${quoteaf(src)} -> ${quoteaf(dst)}\n`);
    return true;
  }
  if (err === -EEXIST && o.noClobber) return true;
  const got = t.sys.lstat(src);
  if (!got.ok) {
    t.error(`cannot stat ${quoteaf(src)}: ${strerror(got.err)}`);
    return false;
  }
  const st = got.value;
  const go = checkExisting(t, o, src, st, dst);
  if (go !== true) return go === null;
  if (err === -EEXIST) err = t.sys.rename(src, dst);
  if (err === 0) {
    if (o.verbose) t.out.write(`renamed ${quoteaf(src)} -> ${quoteaf(dst)}\n`);
    return true;
  }
  if (err === -EINVAL) {
    t.error(`cannot move ${quoteaf(src)} to a subdirectory of itself, ${quoteaf(dst)}`);
    return false;
  }
  if (err !== -EXDEV) {
    t.error(`cannot move ${quoteaf(src)} to ${quoteaf(dst)}: ${strerror(err)}`);
    return false;
  }
  const removed = isDirMode(st.mode) ? t.sys.rmdir(dst) : t.sys.unlink(dst);
  if (removed < 0 && removed !== -ENOENT) {
    t.error(
      `inter-device move failed: ${quoteaf(src)} to ${quoteaf(dst)}; unable to remove target: ${strerror(removed)}`,
    );
    return false;
  }
  const run: CopyRun = { t, options: o, topSource: src, topDest: dst, made: new Set<number>() };
  if (!(yield* copyObject(run, src, dst, st, null, []))) return false;
  return removeSource(t, src, st, o.verbose);
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
  const last = p.list.filter(([k]) => 'fn'.includes(k)).pop()?.[0];
  const options: CopyOptions = {
    recursive: true,
    dereference: 'never',
    preserve: true,
    force: true,
    noClobber: last === 'n',
    update: p.has('u'),
    verbose: p.has('v'),
    move: true,
  };
  let ok = true;
  for (const [source, dest] of pairs) ok = (yield* moveOne(t, options, source, dest)) && ok;
  return t.finish(ok ? 0 : 1);
}

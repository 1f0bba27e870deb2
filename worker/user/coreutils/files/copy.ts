// Models coreutils copy.c, the engine under cp (and mv across file systems): copy_internal() for one
// source and its destination (the source taken with stat or lstat as -L/-H/-P say, same-file and
// overwrite checks, a directory copied into itself, a cyclic link under -L), a symbolic link made
// anew with readlink+symlink, copy_reg() for a file's bytes, and the -p/-a (or mv) preservation of
// mode and ownership. NOTE: the model has no utimensat() or lchown(), so timestamps are never
// preserved and a copied link belongs to whoever copies it; no mknod(): a device or FIFO met by
// -r is copied as its contents, as cp --copy-contents would; hard links inside a tree are copied
// as separate files (no --preserve=links).

import { EEXIST, EISDIR, ENOENT, ENOTDIR, strerror } from '../../../kernel/lib/errno';
import type { Stat } from '../../../kernel/syscall-table';
import { O_CREAT, O_EXCL, O_RDONLY, O_TRUNC, O_WRONLY } from '../../../kernel/syscalls';
import { fileType, readBlocking, S_IFREG, writeAll, type Yielded } from '../../process';
import { isDirMode } from '../format';
import { isLinkMode } from '../links/link-mode';
import { quoteaf, type Tool } from '../tool';
import { joinPath } from './paths';
import { sameFileOk } from './same-file';

/** Which symbolic-link sources are followed: none (-P, -d, -a, -r), operands (-H), all (-L). */
export type Dereference = 'never' | 'commandLine' | 'always';

export interface CopyOptions {
  readonly recursive: boolean;
  readonly dereference: Dereference;
  /** -p, -a, and always for mv: mode and ownership. */
  readonly preserve: boolean;
  /** -f: an existing destination that cannot be opened is removed and made anew. */
  readonly force: boolean;
  /** -n: an existing destination is left alone. */
  readonly noClobber: boolean;
  /** -u: an existing destination at least as new is left alone. */
  readonly update: boolean;
  readonly verbose: boolean;
  /** mv across file systems: -v says `copied` and `created directory`, failures `cannot move`. */
  readonly move: boolean;
}

/** One top-level copy: the names the `into itself` message uses and the directories it made. */
export interface CopyRun {
  readonly t: Tool;
  readonly options: CopyOptions;
  readonly topSource: string;
  readonly topDest: string;
  /** Inodes of the directories this cp made, so a source that is one of them is refused. */
  readonly made: Set<number>;
}

const CHUNK = 65536;

const isRegular = (mode: number) => fileType(mode) === S_IFREG;

/** copy_internal(): copies `src` to `dst`; false (after the message) when it failed. */
export function* copyEntry(
  run: CopyRun,
  src: string,
  dst: string,
  commandLine = true,
  ancestors: readonly number[] = [],
): Generator<Yielded, boolean, void> {
  const { t, options } = run;
  const d = options.dereference;
  const follow = d === 'always' || (d === 'commandLine' && commandLine);
  const st = follow ? t.sys.stat(src) : t.sys.lstat(src);
  if (!st.ok) {
    t.error(`cannot stat ${quoteaf(src)}: ${strerror(st.err)}`);
    return false;
  }
  const srcMode = st.value.mode;
  const srcDir = isDirMode(srcMode);
  if (srcDir && !options.recursive) {
    t.error(`-r not specified; omitting directory ${quoteaf(src)}`);
    return false;
  }
  // Regular files may be written through a link, so their destination is followed.
  const existing = isRegular(srcMode) && !options.move ? t.sys.stat(dst) : t.sys.lstat(dst);
  if (!existing.ok && existing.err !== -ENOENT) {
    t.error(`cannot stat ${quoteaf(dst)}: ${strerror(existing.err)}`);
    return false;
  }
  let dstSt = existing.ok ? existing.value : null;
  if (dstSt) {
    const pair = { dereference: d, move: options.move, src, srcSt: st.value, dst, dstSt };
    if (!sameFileOk(t.sys, pair)) {
      t.error(`${quoteaf(src)} and ${quoteaf(dst)} are the same file`);
      return false;
    }
    if (!srcDir && options.update && dstSt.mtime >= st.value.mtime) return true;
    if (!srcDir && options.noClobber) return true;
    const dstDir = isDirMode(dstSt.mode);
    if (srcDir && !dstDir) {
      t.error(`cannot overwrite non-directory ${quoteaf(dst)} with directory ${quoteaf(src)}`);
      return false;
    }
    if (!srcDir && dstDir) {
      t.error(`cannot overwrite directory ${quoteaf(dst)} with non-directory`);
      return false;
    }
    if (!dstDir && isLinkMode(srcMode) && !options.move) {
      const r = t.sys.unlink(dst);
      if (r < 0 && r !== -ENOENT) {
        t.error(`cannot remove ${quoteaf(dst)}: ${strerror(r)}`);
        return false;
      }
      if (options.verbose) t.out.write(`removed ${quoteaf(dst)}\n`);
      dstSt = null;
    }
  }
  return yield* copyObject(run, src, dst, st.value, dstSt, ancestors);
}

/**
 * The second half of copy_internal(): `src` (described by `st`) made at `dst`, which is `existing`
 * or absent (null). mv calls it directly once it has removed what was in the way.
 */
export function* copyObject(
  run: CopyRun,
  src: string,
  dst: string,
  st: Stat,
  existing: Stat | null,
  ancestors: readonly number[],
): Generator<Yielded, boolean, void> {
  const { t, options } = run;
  if (isDirMode(st.mode)) return yield* copyDir(run, src, dst, st, existing !== null, ancestors);
  if (options.verbose) t.out.write(`${options.move ? 'copied ' : ''}${quoteaf(src)} -> ${quoteaf(dst)}\n`);
  if (isLinkMode(st.mode)) return copyLink(run, src, dst);
  if (!(yield* copyFile(run, src, dst, st, existing !== null))) return false;
  return preserve(run, dst, st);
}

/** A symbolic link copied as one: what it holds, written by symlink(2) at the destination. */
function copyLink(run: CopyRun, src: string, dst: string): boolean {
  const { t } = run;
  const target = t.sys.readlink(src);
  if (!target.ok) {
    t.error(`cannot read symbolic link ${quoteaf(src)}: ${strerror(target.err)}`);
    return false;
  }
  const r = t.sys.symlink(target.value, dst);
  if (r < 0) {
    t.error(`cannot create symbolic link ${quoteaf(dst)}: ${strerror(r)}`);
    return false;
  }
  return true;
}

function* copyDir(
  run: CopyRun,
  src: string,
  dst: string,
  st: Stat,
  exists: boolean,
  ancestors: readonly number[],
): Generator<Yielded, boolean, void> {
  const { t, options } = run;
  if (ancestors.includes(st.ino)) {
    t.error(`cannot copy cyclic symbolic link ${quoteaf(src)}`);
    return false;
  }
  if (run.made.has(st.ino)) {
    t.error(`cannot copy a directory, ${quoteaf(run.topSource)}, into itself, ${quoteaf(run.topDest)}`);
    return false;
  }
  const mode = st.mode & 0o7777;
  if (!exists) {
    const r = t.sys.mkdir(dst, mode | 0o700);
    if (r < 0) {
      t.error(`cannot create directory ${quoteaf(dst)}: ${strerror(r)}`);
      return false;
    }
    const made = t.sys.stat(dst);
    if (made.ok) run.made.add(made.value.ino);
    if (options.verbose) {
      t.out.write(
        options.move ? `created directory ${quoteaf(dst)}\n` : `${quoteaf(src)} -> ${quoteaf(dst)}\n`,
      );
    }
  }
  const entries = t.sys.readdir(src);
  let ok = true;
  if (!entries.ok) {
    t.error(`cannot access ${quoteaf(src)}: ${strerror(entries.err)}`);
    ok = false;
  } else {
    // NOTE: cp reads a directory with savedir(SAVEDIR_SORT_FASTREAD): entries in inode order.
    const sorted = [...entries.value].sort((a, b) => a.ino - b.ino);
    const below = [...ancestors, st.ino];
    for (const e of sorted) {
      if (!(yield* copyEntry(run, joinPath(src, e.name), joinPath(dst, e.name), false, below))) ok = false;
    }
  }
  if (options.preserve) return preserve(run, dst, st) && ok;
  if (!exists && (mode | 0o700) !== mode) t.sys.chmod(dst, mode & ~0o022);
  return ok;
}

/** Opens the destination as copy_reg() does: truncate an existing file, or create a new one. */
function openDest(run: CopyRun, dst: string, mode: number, exists: boolean): number {
  const { t, options } = run;
  if (exists && options.move) t.sys.unlink(dst);
  else if (exists) {
    const fd = t.sys.open(dst, O_WRONLY | O_TRUNC);
    if (fd >= 0 || !options.force) return fd;
    t.sys.unlink(dst);
  }
  const fd = t.sys.open(dst, O_WRONLY | O_CREAT | O_EXCL, mode & 0o777);
  return fd === -EISDIR && dst.endsWith('/') ? -ENOTDIR : fd;
}

function* copyFile(
  run: CopyRun,
  src: string,
  dst: string,
  st: Stat,
  exists: boolean,
): Generator<Yielded, boolean, void> {
  const { t, options } = run;
  const input = t.sys.open(src, O_RDONLY);
  if (input < 0) {
    t.error(`cannot open ${quoteaf(src)} for reading: ${strerror(input)}`);
    return false;
  }
  const output = openDest(run, dst, st.mode, exists);
  if (output < 0) {
    t.sys.close(input);
    const dangling = output === -EEXIST && !exists && !options.move;
    const lst = dangling ? t.sys.lstat(dst) : null;
    if (lst?.ok && isLinkMode(lst.value.mode))
      t.error(`not writing through dangling symlink ${quoteaf(dst)}`);
    else if (options.move) t.error(`cannot move ${quoteaf(src)} to ${quoteaf(dst)}: ${strerror(output)}`);
    else if (exists && !options.force)
      t.error(`cannot open ${quoteaf(dst)} for writing: ${strerror(output)}`);
    else t.error(`cannot create regular file ${quoteaf(dst)}: ${strerror(output)}`);
    return false;
  }
  let ok = true;
  for (;;) {
    const got = yield* readBlocking(t.sys, input, CHUNK);
    if (typeof got === 'number') {
      t.error(`error reading ${quoteaf(src)}: ${strerror(got)}`);
      ok = false;
      break;
    }
    if (got.length === 0) break;
    const w = writeAll(t.sys, output, got);
    if (w < 0) {
      t.error(`error writing ${quoteaf(dst)}: ${strerror(w)}`);
      ok = false;
      break;
    }
  }
  t.sys.close(input);
  t.sys.close(output);
  return ok;
}

/** -p: the source's mode, and its owner where the caller may give it (root, or its own files). */
function preserve(run: CopyRun, dst: string, st: Stat): boolean {
  const { t, options } = run;
  if (!options.preserve) return true;
  if (t.sys.getuid() === 0) t.sys.chown(dst, st.uid, st.gid);
  const r = t.sys.chmod(dst, st.mode & 0o7777);
  if (r < 0) {
    t.error(`preserving permissions for ${quoteaf(dst)}: ${strerror(r)}`);
    return false;
  }
  return true;
}

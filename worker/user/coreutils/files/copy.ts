// Models coreutils copy.c, the engine under cp and mv: copy_internal() for one source and its
// destination (same-file and overwrite checks, a directory copied into itself), copy_reg() for a
// file's bytes, and the -p/-a (or mv) preservation of mode and ownership. NOTE: the model has no
// utimensat(), so timestamps are never preserved, and no mknod(): a device or FIFO met by -r is
// copied as its contents, as cp --copy-contents would.

import { EISDIR, ENOTDIR, strerror } from '../../../kernel/lib/errno';
import type { Stat } from '../../../kernel/syscall-table';
import { O_CREAT, O_EXCL, O_RDONLY, O_TRUNC, O_WRONLY } from '../../../kernel/syscalls';
import { readBlocking, writeAll, type Yielded } from '../../process';
import { isDirMode } from '../format';
import { quote, type Tool } from '../tool';
import { joinPath } from './paths';

export interface CopyOptions {
  readonly recursive: boolean;
  /** -p, -a, and always for mv: mode and ownership. */
  readonly preserve: boolean;
  /** -f: an existing destination that cannot be opened is removed and made anew. */
  readonly force: boolean;
  /** -n: an existing destination is left alone. */
  readonly noClobber: boolean;
  /** -u: an existing destination at least as new is left alone. */
  readonly update: boolean;
  readonly verbose: boolean;
  /** mv: an existing destination is replaced (unlinked first), and names go in `cannot move`. */
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

/** copy_internal(): copies `src` to `dst`; false (after the message) when it failed. */
export function* copyEntry(run: CopyRun, src: string, dst: string): Generator<Yielded, boolean, void> {
  const { t, options } = run;
  const st = t.sys.stat(src);
  if (!st.ok) {
    t.error(`cannot stat ${quote(src)}: ${strerror(st.err)}`);
    return false;
  }
  const srcDir = isDirMode(st.value.mode);
  if (srcDir && !options.recursive) {
    t.error(`-r not specified; omitting directory ${quote(src)}`);
    return false;
  }
  const existing = t.sys.stat(dst);
  if (existing.ok && existing.value.ino === st.value.ino) {
    t.error(`${quote(src)} and ${quote(dst)} are the same file`);
    return false;
  }
  if (existing.ok && srcDir !== isDirMode(existing.value.mode)) {
    t.error(
      srcDir
        ? `cannot overwrite non-directory ${quote(dst)} with directory ${quote(src)}`
        : `cannot overwrite directory ${quote(dst)} with non-directory`,
    );
    return false;
  }
  if (srcDir) return yield* copyDir(run, src, dst, st.value, existing.ok);
  if (existing.ok && options.noClobber) return true;
  if (existing.ok && options.update && existing.value.mtime >= st.value.mtime) return true;
  if (options.verbose && !options.move) t.out.write(`${quote(src)} -> ${quote(dst)}\n`);
  if (!(yield* copyFile(run, src, dst, st.value, existing.ok))) return false;
  return preserve(run, dst, st.value);
}

function* copyDir(
  run: CopyRun,
  src: string,
  dst: string,
  st: Stat,
  exists: boolean,
): Generator<Yielded, boolean, void> {
  const { t, options } = run;
  if (run.made.has(st.ino)) {
    t.error(`cannot copy a directory, ${quote(run.topSource)}, into itself, ${quote(run.topDest)}`);
    return false;
  }
  const mode = st.mode & 0o7777;
  if (!exists) {
    const r = t.sys.mkdir(dst, mode | 0o700);
    if (r < 0) {
      t.error(`cannot create directory ${quote(dst)}: ${strerror(r)}`);
      return false;
    }
    const made = t.sys.stat(dst);
    if (made.ok) run.made.add(made.value.ino);
    if (options.verbose) t.out.write(`${quote(src)} -> ${quote(dst)}\n`);
  }
  const entries = t.sys.readdir(src);
  let ok = true;
  if (!entries.ok) {
    t.error(`cannot access ${quote(src)}: ${strerror(entries.err)}`);
    ok = false;
  } else {
    // NOTE: cp reads a directory with savedir(SAVEDIR_SORT_FASTREAD): entries in inode order.
    const sorted = [...entries.value].sort((a, b) => a.ino - b.ino);
    for (const e of sorted) {
      if (!(yield* copyEntry(run, joinPath(src, e.name), joinPath(dst, e.name)))) ok = false;
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
    t.error(`cannot open ${quote(src)} for reading: ${strerror(input)}`);
    return false;
  }
  const output = openDest(run, dst, st.mode, exists);
  if (output < 0) {
    t.sys.close(input);
    if (options.move) t.error(`cannot move ${quote(src)} to ${quote(dst)}: ${strerror(output)}`);
    else if (exists && !options.force) t.error(`cannot open ${quote(dst)} for writing: ${strerror(output)}`);
    else t.error(`cannot create regular file ${quote(dst)}: ${strerror(output)}`);
    return false;
  }
  let ok = true;
  for (;;) {
    const got = yield* readBlocking(t.sys, input, CHUNK);
    if (typeof got === 'number') {
      t.error(`error reading ${quote(src)}: ${strerror(got)}`);
      ok = false;
      break;
    }
    if (got.length === 0) break;
    const w = writeAll(t.sys, output, got);
    if (w < 0) {
      t.error(`error writing ${quote(dst)}: ${strerror(w)}`);
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
    t.error(`preserving permissions for ${quote(dst)}: ${strerror(r)}`);
    return false;
  }
  return true;
}

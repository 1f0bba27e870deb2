// Models ln.c do_link() and gnulib's force_symlinkat()/force_linkat() for one link: the checks
// that come only after a first attempt failed (a directory as a hard link's source, a directory in
// the way, the same file on both sides, a name ln itself just made), -i's question, the backup by
// rename, then the replacement: the new link is made under a temporary name in the same directory
// and renamed over the old one, so the name never goes missing. Errno values are positive here,
// as ln.c keeps them: -1 is "not tried yet", 0 success. NOTE: the model has no link count limit,
// quota or read-only mount, so EMLINK, EDQUOT and EROFS and their wordings never arise.

import { EEXIST, ENAMETOOLONG, ENOENT, ENOSPC, strerror } from '../../../kernel/lib/errno';
import type { Stat } from '../../../kernel/syscall-table';
import { encodeText } from '../../bytes';
import type { Wait } from '../../process';
import { isDirMode } from '../format';
import { quoteFile } from '../text/quoting';
import type { Tool } from '../tool';
import { backupFileName, type BackupType } from './backup';
import { canonicalizeFileName, relativeTo } from './canonicalize';
import { AnswerReader, dirName, lastComponent } from './names';

export interface LnOptions {
  symbolic: boolean;
  relative: boolean;
  /** -L: a hard link to what a symbolic link source points at. */
  logical: boolean;
  interactive: boolean;
  remove: boolean;
  verbose: boolean;
  hardDirLink: boolean;
  derefDestDirSymlinks: boolean;
  backup: BackupType;
  suffix: string;
  /** The hard links made so far as `name`+inode, so -f never replaces one of them (dest_set). */
  destSet?: Set<string>;
  answers?: AnswerReader;
}

const quoteaf = (name: string) => quoteFile(name, true);
/** quotef(): shell-escaped only when needed, a colon counting as needing it (the `_colon` variant). */
const quotef = (name: string) => quoteFile(name, name.includes(':'));

/** A system call's result as ln.c's errnoize() gives it: 0 or a positive errno. */
const errnoize = (r: number) => (r < 0 ? -r : 0);

/** linkat(AT_FDCWD, source, AT_FDCWD, dest, -L ? AT_SYMLINK_FOLLOW : 0). */
function hardLink(t: Tool, o: LnOptions, source: string, dest: string): number {
  if (!o.logical) return t.sys.link(source, dest);
  const resolved = canonicalizeFileName(t.sys, source, 'existing');
  return typeof resolved === 'string' ? t.sys.link(resolved, dest) : resolved;
}

/** atomic_link(): the plain attempt, when nothing has to be removed first (-1: not attempted). */
export function atomicLink(t: Tool, o: LnOptions, source: string, dest: string): number {
  if (o.symbolic) return o.relative ? -1 : errnoize(t.sys.symlink(source, dest));
  return errnoize(hardLink(t, o, source, dest));
}

/** samedir_template() + try_tempname(): `CuXXXXXX` in `dest`'s directory (the pid and a count). */
function tempName(t: Tool, dest: string, k: number): string {
  const slash = dest.lastIndexOf('/');
  const x = (t.sys.pid * 1296 + k).toString(36).padStart(6, '0').slice(-6);
  return `${dest.slice(0, slash + 1)}Cu${x}`;
}

/** force_symlinkat() / force_linkat(): with `force`, replace an existing `dest` through a rename. */
function forceLink(
  t: Tool,
  o: LnOptions,
  source: string,
  dest: string,
  force: boolean,
  linkErrno: number,
): number {
  const make = (name: string) =>
    errnoize(o.symbolic ? t.sys.symlink(source, name) : hardLink(t, o, source, name));
  if (linkErrno < 0) linkErrno = make(dest);
  if (!force || linkErrno !== EEXIST) return linkErrno;
  let k = 0;
  let temp = tempName(t, dest, k);
  let err = make(temp);
  while (err === EEXIST && k < 1296) err = make((temp = tempName(t, dest, ++k)));
  if (err) return err;
  const renamed = errnoize(t.sys.rename(temp, dest));
  if (renamed || !o.symbolic) t.sys.unlink(temp);
  return renamed || -1;
}

/** same_nameat(): the same last component in the same directory. */
function sameName(t: Tool, a: string, b: string): boolean {
  if (lastComponent(a).replace(/\/+$/, '') !== lastComponent(b).replace(/\/+$/, '')) return false;
  const da = t.sys.stat(dirName(a));
  const db = t.sys.stat(dirName(b));
  return da.ok && db.ok && da.value.ino === db.value.ino;
}

/** The failure's diagnostic, in ln.c's words for a symbolic or a hard link. */
function failure(o: LnOptions, err: number, source: string, dest: string): string {
  const d = quoteaf(dest);
  const s = quoteaf(source);
  if (o.symbolic) {
    const what = err !== ENAMETOOLONG && source !== '' ? d : `${d} -> ${s}`;
    return `failed to create symbolic link ${what}: ${strerror(err)}`;
  }
  if (err === EEXIST || err === ENOSPC) return `failed to create hard link ${d}: ${strerror(err)}`;
  return `failed to create hard link ${d} => ${s}: ${strerror(err)}`;
}

/**
 * do_link(): links `source` as `path` (`dest` is the name shown, which differs only when the base
 * is empty); `linkErrno` is the first attempt's result when main() made one. Returns success.
 */
export function* doLink(
  t: Tool,
  o: LnOptions,
  source: string,
  path: string,
  dest: string,
  linkErrno: number,
): Generator<Wait, boolean, void> {
  if (linkErrno < 0) linkErrno = atomicLink(t, o, source, path);
  let sourceStat: Stat | null = null;
  if ((linkErrno || o.destSet) && !o.symbolic) {
    const st = o.logical ? t.sys.stat(source) : t.sys.lstat(source);
    if (!st.ok) {
      t.error(`failed to access ${quoteaf(source)}: ${strerror(st.err)}`);
      return false;
    }
    sourceStat = st.value;
  }
  let backup: string | null = null;
  if (linkErrno) {
    if (!o.symbolic && !o.hardDirLink && sourceStat && isDirMode(sourceStat.mode)) {
      t.error(`${quotef(source)}: hard link not allowed for directory`);
      return false;
    }
    if (o.relative) source = relativeSource(t, source, dest);
    let force = o.remove || o.interactive || o.backup !== 'none';
    if (force) {
      const dst = t.sys.lstat(path);
      if (!dst.ok) {
        if (-dst.err !== ENOENT) {
          t.error(`failed to access ${quoteaf(dest)}: ${strerror(dst.err)}`);
          return false;
        }
        force = false;
      } else if (isDirMode(dst.value.mode)) {
        t.error(`${quotef(dest)}: cannot overwrite directory`);
        return false;
      } else if (o.destSet?.has(`${dest}\0${dst.value.ino}`)) {
        t.error(`will not overwrite just-created ${quoteaf(dest)} with ${quoteaf(source)}`);
        return false;
      } else {
        if (o.backup !== 'none' ? !o.symbolic : o.remove) {
          if (!sourceStat) {
            const st = t.sys.stat(source);
            sourceStat = st.ok ? st.value : null;
          }
          const same = sourceStat !== null && sourceStat.ino === dst.value.ino;
          if (same && (sourceStat!.nlink === 1 || sameName(t, source, dest))) {
            t.error(`${quoteaf(source)} and ${quoteaf(dest)} are the same file`);
            return false;
          }
        }
        if (linkErrno < 0 || linkErrno === EEXIST) {
          if (o.interactive) {
            t.sys.write(2, encodeText(`${t.name}: replace ${quoteaf(dest)}? `));
            o.answers ??= new AnswerReader(t.sys);
            if (!(yield* o.answers.yes())) return true;
          }
          if (o.backup !== 'none') {
            backup = backupFileName(t.sys, path, o.backup, o.suffix);
            const renamed = t.sys.rename(path, backup);
            if (renamed < 0) {
              backup = null;
              if (-renamed !== ENOENT) {
                t.error(`cannot backup ${quoteaf(dest)}: ${strerror(renamed)}`);
                return false;
              }
              force = false;
            }
          }
        }
      }
    }
    linkErrno = forceLink(t, o, source, path, force, linkErrno);
  }
  if (linkErrno <= 0) {
    if (!o.symbolic && o.destSet && sourceStat) o.destSet.add(`${dest}\0${sourceStat.ino}`);
    if (o.verbose) {
      const shown = backup === null ? '' : `${quoteaf(backup)} ~ `;
      t.out.write(`${shown}${quoteaf(dest)} ${o.symbolic ? '-' : '='}> ${quoteaf(source)}\n`);
    }
    return true;
  }
  t.error(failure(o, linkErrno, source, dest));
  const restored = backup === null ? 0 : t.sys.rename(backup, path);
  if (restored < 0) t.error(`cannot un-backup ${quoteaf(dest)}: ${strerror(restored)}`);
  return false;
}

/** convert_abs_rel(): `source` as a name relative to the directory `dest` will be in (ln -r). */
function relativeSource(t: Tool, source: string, dest: string): string {
  const realDest = canonicalizeFileName(t.sys, dirName(dest), 'missing');
  const realFrom = canonicalizeFileName(t.sys, source, 'missing');
  if (typeof realDest !== 'string' || typeof realFrom !== 'string') return source;
  return relativeTo(realFrom, realDest);
}

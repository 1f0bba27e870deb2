// Models the system calls that make and move names (fs/namei.c do_symlinkat, do_linkat,
// do_renameat2 with vfs_rename's checks; fs/stat.c do_readlinkat): the VFS checks in the kernel's
// order, then the directory's own operation. A file system without the operation refuses with EPERM
// after the permission check, as tracefs does (its directories have no symlink, link or rename).
// NOTE: fs.protected_hardlinks=1 is modelled (may_linkat); fs.protected_symlinks is not.

import {
  EBUSY,
  EEXIST,
  EINVAL,
  EISDIR,
  ENAMETOOLONG,
  ENOENT,
  ENOTDIR,
  ENOTEMPTY,
  EPERM,
  EXDEV,
  fail,
  ok,
  type Result,
} from './lib/errno';
import { utf8Length } from './lib/utf8';
import type { Dentry } from './fs/dentry';
import { isDir, isReg, type Inode } from './fs/inode';
import { isMountpoint } from './fs/mount';
import { lookupParent, lookupPath, PATH_MAX, type ParentLookup } from './fs/namei';
import { inodePermission, MAY_EXEC, MAY_READ, MAY_WRITE, type Cred } from './fs/permission';
import { walkContext } from './syscalls';
import type { Task } from './sched/task';

const S_ISVTX = 0o1000;
const S_ISUID = 0o4000;
const S_ISGID = 0o2000;

/** readlink(2): what a link holds; EINVAL for anything that is not a link. */
export function sysReadlink(task: Task, path: string): Result<string> {
  const found = lookupPath(walkContext(task), path, false);
  if (!found.ok) return found;
  const link = found.value.dentry.inode.link;
  return link === null ? fail(EINVAL) : ok(link);
}

/**
 * filename_create()'s refusals: the new name must not exist (a dangling link counts as existing),
 * and a trailing slash on a missing name is ENOENT (only mkdir may end in a slash).
 */
function filenameCreate(found: ParentLookup): number {
  const { name, child, trailingSlash } = found;
  if (child || name === '.' || name === '..' || name === '/') return -EEXIST;
  return trailingSlash ? -ENOENT : 0;
}

/** may_create(): the directory must still exist, and the caller write and search it. */
function mayCreate(cred: Cred, dir: Dentry): number {
  if (dir.dead) return -ENOENT;
  return inodePermission(cred, dir.inode, MAY_WRITE | MAY_EXEC);
}

/** symlink(2): `linkpath` made a link holding `target`, which is never looked at. */
export function sysSymlink(task: Task, target: string, linkpath: string): number {
  if (target === '') return -ENOENT;
  if (utf8Length(target) >= PATH_MAX) return -ENAMETOOLONG;
  const found = lookupParent(walkContext(task), linkpath);
  if (!found.ok) return found.err;
  const parent = found.value.parent.dentry;
  const err = filenameCreate(found.value) || mayCreate(task.cred, parent);
  if (err) return err;
  const dir = parent.inode;
  if (!dir.iop.symlink) return -EPERM;
  return dir.iop.symlink(dir, found.value.name, target, task.cred);
}

/**
 * may_linkat() under fs.protected_hardlinks=1: besides root, only the owner, or someone who may
 * read and write a regular file that is not set-id, may give it another name.
 */
function mayLink(cred: Cred, inode: Inode): number {
  if (cred.uid === 0 || cred.uid === inode.uid) return 0;
  if (!isReg(inode) || inode.mode & S_ISUID || (inode.mode & (S_ISGID | 0o010)) === (S_ISGID | 0o010)) {
    return -EPERM;
  }
  return inodePermission(cred, inode, MAY_READ | MAY_WRITE) ? -EPERM : 0;
}

/** link(2): another name for `oldpath` (a link in its last component is not followed). */
export function sysLink(task: Task, oldpath: string, newpath: string): number {
  const ctx = walkContext(task);
  const old = lookupPath(ctx, oldpath, false);
  if (!old.ok) return old.err;
  const found = lookupParent(ctx, newpath);
  if (!found.ok) return found.err;
  const parent = found.value.parent;
  const taken = filenameCreate(found.value);
  if (taken) return taken;
  if (old.value.mnt !== parent.mnt) return -EXDEV;
  const inode = old.value.dentry.inode;
  const err = mayLink(task.cred, inode) || mayCreate(task.cred, parent.dentry);
  if (err) return err;
  const dir = parent.dentry.inode;
  if (!dir.iop.link || isDir(inode)) return -EPERM;
  return dir.iop.link(old.value.dentry, dir, found.value.name, task.cred);
}

/** check_sticky(): in a sticky directory only the owner of the file or of the directory, or root. */
function isStickyProtected(cred: Cred, dir: Inode, inode: Inode): boolean {
  return (dir.mode & S_ISVTX) !== 0 && cred.uid !== 0 && cred.uid !== inode.uid && cred.uid !== dir.uid;
}

/** may_delete(): removing `victim` from `dir` as rename does it, for a victim of the source's type. */
function mayDelete(cred: Cred, dir: Dentry, victim: Dentry, sourceIsDir: boolean): number {
  const perm = inodePermission(cred, dir.inode, MAY_WRITE | MAY_EXEC);
  if (perm) return perm;
  if (isStickyProtected(cred, dir.inode, victim.inode)) return -EPERM;
  if (sourceIsDir) {
    if (!isDir(victim.inode)) return -ENOTDIR;
    if (!victim.parent) return -EBUSY;
  } else if (isDir(victim.inode)) return -EISDIR;
  if (dir.dead) return -ENOENT;
  return 0;
}

/** Whether `ancestor` is `dentry` or one of its parents (d_ancestor, inclusive). */
function isAncestor(ancestor: Dentry, dentry: Dentry): boolean {
  for (let d: Dentry | null = dentry; d; d = d.parent) if (d === ancestor) return true;
  return false;
}

/**
 * rename(2) as renameat2() without flags: `oldpath` takes the name `newpath`, replacing what was
 * there (a file by a non-directory, an empty directory by a directory). Neither last component
 * is followed.
 */
export function sysRename(task: Task, oldpath: string, newpath: string): number {
  const ctx = walkContext(task);
  const from = lookupParent(ctx, oldpath);
  if (!from.ok) return from.err;
  const to = lookupParent(ctx, newpath);
  if (!to.ok) return to.err;
  const oldDir = from.value.parent;
  const newDir = to.value.parent;
  if (oldDir.mnt !== newDir.mnt) return -EXDEV;
  const dots = (name: string) => name === '.' || name === '..' || name === '/';
  if (dots(from.value.name) || dots(to.value.name)) return -EBUSY;
  const source = from.value.child;
  if (!source) return -ENOENT;
  const sourceIsDir = isDir(source.dentry.inode);
  if (!sourceIsDir && (from.value.trailingSlash || to.value.trailingSlash)) return -ENOTDIR;
  if (oldDir.dentry !== newDir.dentry) {
    if (isAncestor(source.dentry, newDir.dentry)) return -EINVAL;
    if (to.value.child && isAncestor(to.value.child.dentry, oldDir.dentry)) return -ENOTEMPTY;
  }
  const target = to.value.child;
  if (target && target.dentry.inode === source.dentry.inode) return 0;
  const err = mayRename(task, from.value, to.value, sourceIsDir);
  if (err) return err;
  const mounted = (p: ParentLookup) =>
    p.child !== null && (p.child.mnt !== p.parent.mnt || isMountpoint(task.mntNs, p.child.dentry));
  if (mounted(from.value) || mounted(to.value)) return -EBUSY;
  const dir = oldDir.dentry.inode;
  return dir.iop.rename!(dir, source.dentry, newDir.dentry.inode, to.value.name, target?.dentry ?? null);
}

/** vfs_rename()'s checks before the file system's own: delete, create, EPERM, moving a directory. */
function mayRename(task: Task, from: ParentLookup, to: ParentLookup, sourceIsDir: boolean): number {
  const source = from.child!.dentry;
  let err = mayDelete(task.cred, from.parent.dentry, source, sourceIsDir);
  if (err) return err;
  err = to.child
    ? mayDelete(task.cred, to.parent.dentry, to.child.dentry, sourceIsDir)
    : mayCreate(task.cred, to.parent.dentry);
  if (err) return err;
  if (!from.parent.dentry.inode.iop.rename) return -EPERM;
  if (sourceIsDir && from.parent.dentry !== to.parent.dentry) {
    return inodePermission(task.cred, source.inode, MAY_WRITE);
  }
  return 0;
}

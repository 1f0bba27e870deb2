// Models the path-based system calls (fs/namei.c, fs/stat.c, fs/open.c chmod/chown, fs/readdir.c,
// fs/namespace.c mount/umount, chdir/getcwd): the VFS checks in the kernel's order, then the
// directory's own operation. Every call but lstat and unlink/rmdir follows a link in the last
// component.

import {
  EACCES,
  EBADF,
  EBUSY,
  EEXIST,
  EINVAL,
  EISDIR,
  ENOENT,
  ENOTDIR,
  ENOTEMPTY,
  EPERM,
  fail,
  ok,
  type Result,
} from './lib/errno';
import { linkCount } from './fs/dentry';
import { utf8Length } from './lib/utf8';
import { isDir, S_IFMT } from './fs/inode';
import { attachMount, detachMount, detachMountsOn, hasChildMounts, isMountpoint } from './fs/mount';
import { lookupParent, lookupPath, pathString, type Path } from './fs/namei';
import { inodePermission, mayChmod, mayChown, MAY_EXEC, MAY_READ, MAY_WRITE } from './fs/permission';
import { walkContext } from './syscalls';
import type { Task } from './sched/task';

export interface Stat {
  ino: number;
  mode: number;
  nlink: number;
  uid: number;
  gid: number;
  size: number;
  /** Modification time, wall-clock seconds since the epoch. */
  mtime: number;
}

export interface DirEntry {
  name: string;
  ino: number;
  isDir: boolean;
}

/** Every mount namespace alive, so a removal can detach the mounts that sat on removed entries. */
export type NamespaceList = () => Iterable<Task['mntNs']>;

function statOf(path: Path): Stat {
  const inode = path.dentry.inode;
  const size = inode.link !== null ? utf8Length(inode.link) : inode.data ? inode.data.length : 0;
  return {
    ino: inode.ino,
    mode: inode.mode,
    nlink: linkCount(path.dentry),
    uid: inode.uid,
    gid: inode.gid,
    size,
    mtime: inode.mtime,
  };
}

export function sysStat(task: Task, path: string): Result<Stat> {
  const found = lookupPath(walkContext(task), path);
  return found.ok ? ok(statOf(found.value)) : found;
}

/** lstat(2): a link in the last component is looked at, not followed. */
export function sysLstat(task: Task, path: string): Result<Stat> {
  const found = lookupPath(walkContext(task), path, false);
  return found.ok ? ok(statOf(found.value)) : found;
}

export function sysFstat(task: Task, fd: number): Result<Stat> {
  const file = task.files.get(fd);
  return file ? ok(statOf({ mnt: file.mnt, dentry: file.dentry })) : fail(EBADF);
}

export function sysMkdir(task: Task, path: string, mode = 0o777): number {
  const found = lookupParent(walkContext(task), path);
  if (!found.ok) return found.err;
  const { parent, name, child } = found.value;
  if (child || name === '.' || name === '..' || name === '/') return -EEXIST;
  const dir = parent.dentry.inode;
  if (parent.dentry.dead) return -ENOENT;
  const perm = inodePermission(task.cred, dir, MAY_WRITE | MAY_EXEC);
  if (perm) return perm;
  if (!dir.iop.mkdir) return -EPERM;
  return dir.iop.mkdir(dir, name, mode & ~task.umask & 0o7777, task.cred);
}

export function sysRmdir(task: Task, path: string, namespaces: NamespaceList): number {
  const found = lookupParent(walkContext(task), path);
  if (!found.ok) return found.err;
  const { parent, name, child } = found.value;
  if (name === '.') return -EINVAL;
  if (name === '..') return -ENOTEMPTY;
  if (name === '/') return -EBUSY;
  if (!child) return -ENOENT;
  if (!isDir(child.dentry.inode)) return -ENOTDIR;
  const dir = parent.dentry.inode;
  const perm = inodePermission(task.cred, dir, MAY_WRITE | MAY_EXEC);
  if (perm) return perm;
  if (!dir.iop.rmdir) return -EPERM;
  if (child.dentry === child.mnt.root || isMountpoint(task.mntNs, child.dentry)) return -EBUSY;
  const err = dir.iop.rmdir(dir, child.dentry, task.cred);
  if (err) return err;
  for (const ns of namespaces()) detachMountsOn(ns, (d) => d.dead);
  return 0;
}

export function sysUnlink(task: Task, path: string): number {
  const found = lookupParent(walkContext(task), path);
  if (!found.ok) return found.err;
  const { parent, child, trailingSlash } = found.value;
  if (!child) return -ENOENT;
  if (isDir(child.dentry.inode)) return -EISDIR;
  if (trailingSlash) return -ENOTDIR;
  const dir = parent.dentry.inode;
  const perm = inodePermission(task.cred, dir, MAY_WRITE | MAY_EXEC);
  if (perm) return perm;
  if (!dir.iop.unlink) return -EPERM;
  if (isMountpoint(task.mntNs, child.dentry)) return -EBUSY;
  return dir.iop.unlink(dir, child.dentry, task.cred);
}

export function sysChmod(task: Task, path: string, mode: number): number {
  const found = lookupPath(walkContext(task), path);
  if (!found.ok) return found.err;
  const inode = found.value.dentry.inode;
  const err = mayChmod(task.cred, inode);
  if (err) return err;
  inode.mode = (inode.mode & S_IFMT) | (mode & 0o7777);
  return 0;
}

/** chown(2); -1 leaves the owner or group as it is. */
export function sysChown(task: Task, path: string, uid: number, gid: number): number {
  const found = lookupPath(walkContext(task), path);
  if (!found.ok) return found.err;
  const inode = found.value.dentry.inode;
  const err = mayChown(task.cred, inode, uid, gid);
  if (err) return err;
  if (uid !== -1) inode.uid = uid;
  if (gid !== -1) inode.gid = gid;
  return 0;
}

/** getdents(2) over a whole directory, in the directory's own order, without `.` and `..`. */
export function sysReaddir(task: Task, path: string): Result<DirEntry[]> {
  const found = lookupPath(walkContext(task), path);
  if (!found.ok) return found;
  const inode = found.value.dentry.inode;
  if (!isDir(inode)) return fail(ENOTDIR);
  const perm = inodePermission(task.cred, inode, MAY_READ);
  if (perm) return fail(perm);
  const entries: DirEntry[] = [];
  if (found.value.dentry.dead) return ok(entries);
  for (const child of found.value.dentry.children.values()) {
    entries.push({ name: child.name, ino: child.inode.ino, isDir: isDir(child.inode) });
  }
  return ok(entries);
}

export function sysChdir(task: Task, path: string): number {
  const found = lookupPath(walkContext(task), path);
  if (!found.ok) return found.err;
  if (!isDir(found.value.dentry.inode)) return -ENOTDIR;
  const perm = inodePermission(task.cred, found.value.dentry.inode, MAY_EXEC);
  if (perm) return -EACCES;
  task.cwd = found.value;
  return 0;
}

export function sysGetcwd(task: Task): string {
  return pathString(walkContext(task), task.cwd);
}

/** mount --bind SOURCE TARGET (MS_BIND): root only; the target must exist. */
export function sysBindMount(task: Task, source: string, target: string): number {
  if (task.cred.uid !== 0) return -EPERM;
  const ctx = walkContext(task);
  const src = lookupPath(ctx, source);
  if (!src.ok) return src.err;
  const dst = lookupPath(ctx, target);
  if (!dst.ok) return dst.err;
  if (isDir(src.value.dentry.inode) !== isDir(dst.value.dentry.inode)) return -ENOTDIR;
  const label = pathString(ctx, src.value);
  attachMount(task.mntNs, dst.value.mnt, dst.value.dentry, src.value.dentry, src.value.mnt.fsType, label);
  return 0;
}

export function sysUmount(task: Task, target: string): number {
  if (task.cred.uid !== 0) return -EPERM;
  const found = lookupPath(walkContext(task), target);
  if (!found.ok) return found.err;
  const { mnt, dentry } = found.value;
  if (dentry !== mnt.root || !mnt.parent) return -EINVAL;
  if (hasChildMounts(task.mntNs, mnt)) return -EBUSY;
  detachMount(task.mntNs, mnt);
  return 0;
}

/** The mounts of a task's namespace as /proc/self/mounts lists them. */
export function sysMounts(task: Task): Array<{ source: string; target: string; fsType: string }> {
  const ctx = walkContext(task);
  return task.mntNs.mounts.map((m) => ({
    source: m.source,
    target: m.mountpoint && m.parent ? pathString(ctx, { mnt: m.parent, dentry: m.mountpoint }) : '/',
    fsType: m.fsType,
  }));
}

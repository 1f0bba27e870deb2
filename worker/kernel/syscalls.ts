// Models the system call entry points user space reaches (fs/open.c, fs/read_write.c, fs/ioctl.c,
// mm/mmap.c): descriptor lookup, access-mode checks and dispatch to the file's operations.
// Every call runs as one task, advances the virtual clock, and returns a value or a negative errno.

import { hasPendingWork, runPendingWork } from './lib/workqueue';
import {
  EBADF,
  EEXIST,
  EINVAL,
  EISDIR,
  ENODEV,
  ENOENT,
  ENOTDIR,
  ENOTTY,
  EACCES,
  ELOOP,
  fail,
  ok,
  type Result,
} from './lib/errno';
import {
  canRead,
  canWrite,
  defaultLlseek,
  fileGet,
  filePut,
  iovLength,
  newOpenFile,
  O_ACCMODE,
  O_CREAT,
  O_DIRECTORY,
  O_EXCL,
  O_NOFOLLOW,
  O_RDONLY,
  O_TRUNC,
  O_WRONLY,
  type IoctlArg,
  type OpenFile,
  type PageView,
} from './fs/file';
import { isDir, isLnk, type Inode } from './fs/inode';
import { createPipe } from './fs/pipe';
import { lookupParent, type Path, type WalkContext } from './fs/namei';
import { inodePermission, MAY_EXEC, MAY_READ, MAY_WRITE } from './fs/permission';
import { ramfsTruncate } from './fs/ramfs';
import { setCurrent } from './sched/current';
import { kernelState } from './lib/kernel-state';
import { advanceClock } from './lib/clock';
import { lowestFreeFd, type Task } from './sched/task';

export {
  O_RDONLY,
  O_WRONLY,
  O_RDWR,
  O_CREAT,
  O_EXCL,
  O_TRUNC,
  O_APPEND,
  O_NONBLOCK,
  O_DIRECTORY,
  O_NOFOLLOW,
} from './fs/file';
export { SEEK_SET, SEEK_CUR, SEEK_END, ERESTARTSYS } from './fs/file';
export {
  ESRCH,
  SIGHUP,
  SIGINT,
  SIGQUIT,
  SIGKILL,
  SIGUSR1,
  SIGUSR2,
  SIGPIPE,
  SIGALRM,
  SIGTERM,
  SIGCHLD,
  SIGCONT,
  SIGSTOP,
  SIGTSTP,
  SIGTTIN,
  SIGTTOU,
  NSIG,
} from './sched/signal';

export function walkContext(task: Task): WalkContext {
  return { ns: task.mntNs, cred: task.cred, cwd: task.cwd, root: task.root };
}

/** System call entry: `task` becomes current and the call is charged to the clock. */
export function enterTask(task: Task, tick = true): void {
  setCurrent(task);
  if (tick) advanceClock();
}

export function leaveTask(): void {
  if (hasPendingWork()) runPendingWork();
  setCurrent(null);
}

/** Runs `fn` as `task` between enterTask() and leaveTask(). */
export function asTask<T>(task: Task, fn: () => T, tick = true): T {
  enterTask(task, tick);
  try {
    return fn();
  } finally {
    leaveTask();
  }
}

export function fdGet(task: Task, fd: number): OpenFile | null {
  return task.files.get(fd) ?? null;
}

function accessMask(flags: number): number {
  const acc = flags & O_ACCMODE;
  if (acc === O_RDONLY) return MAY_READ;
  if (acc === O_WRONLY) return MAY_WRITE;
  return MAY_READ | MAY_WRITE;
}

/**
 * open(2): path walk, create if asked, permission, the file's own open, then a new descriptor. A
 * link in the last component is followed, even a dangling one with O_CREAT (the file is made where
 * it points), except with O_NOFOLLOW (ELOOP) or O_CREAT|O_EXCL (EEXIST).
 */
export function sysOpen(task: Task, path: string, flags: number, mode = 0o666): number {
  const ctx = walkContext(task);
  const follow = !(flags & O_NOFOLLOW) && !(flags & O_CREAT && flags & O_EXCL);
  const found = lookupParent(ctx, path, follow || path.endsWith('/'));
  if (!found.ok) return found.err;
  const { parent, name, child, trailingSlash } = found.value;
  let target: Path;
  if (child) {
    if (flags & O_CREAT && flags & O_EXCL) return -EEXIST;
    const inode = child.dentry.inode;
    if (flags & O_DIRECTORY && !isDir(inode)) return -ENOTDIR;
    if (trailingSlash && !isDir(inode)) return -ENOTDIR;
    if (isLnk(inode)) return -ELOOP;
    if (isDir(inode) && (flags & O_ACCMODE) !== O_RDONLY) return -EISDIR;
    const perm = inodePermission(task.cred, inode, accessMask(flags));
    if (perm) return perm;
    target = child;
  } else {
    if (!(flags & O_CREAT) || trailingSlash) return trailingSlash && flags & O_CREAT ? -EISDIR : -ENOENT;
    const dir = parent.dentry.inode;
    if (parent.dentry.dead) return -ENOENT;
    const perm = inodePermission(task.cred, dir, MAY_WRITE | MAY_EXEC);
    if (perm) return perm;
    if (!dir.iop.create) return -EACCES;
    const err = dir.iop.create(dir, name, mode & ~task.umask, task.cred);
    if (err) return err;
    const made = parent.dentry.children.get(name);
    if (!made) return -ENOENT;
    target = { mnt: parent.mnt, dentry: made };
  }
  return installFile(task, target, flags);
}

function installFile(task: Task, target: Path, flags: number): number {
  const inode: Inode = target.dentry.inode;
  if (flags & O_TRUNC && canWriteFlags(flags)) ramfsTruncate(inode);
  const file = newOpenFile(target.dentry, target.mnt, flags, task.cred);
  inode.openCount++;
  const err = inode.fop.open ? inode.fop.open(inode, file) : 0;
  if (err) {
    inode.openCount--;
    return err;
  }
  const fd = lowestFreeFd(task);
  task.files.set(fd, file);
  return fd;
}

function canWriteFlags(flags: number): boolean {
  return (flags & O_ACCMODE) !== O_RDONLY;
}

export function sysClose(task: Task, fd: number): number {
  const file = fdGet(task, fd);
  if (!file) return -EBADF;
  task.files.delete(fd);
  filePut(file);
  return 0;
}

export function sysRead(task: Task, fd: number, count: number): Uint8Array | number {
  const file = fdGet(task, fd);
  if (!file || !canRead(file)) return -EBADF;
  if (isDir(file.inode)) return -EISDIR;
  const read = file.inode.fop.read;
  if (!read) return -EINVAL;
  const ppos = { value: file.pos };
  const got = read(file, count, ppos);
  if (typeof got === 'number') return got;
  file.pos = ppos.value;
  if (got.length > 0) file.hasRead = true;
  return got;
}

export function sysWrite(task: Task, fd: number, data: Uint8Array): number {
  const file = fdGet(task, fd);
  if (!file || !canWrite(file)) return -EBADF;
  const fop = file.inode.fop;
  if (fop.write) {
    const ppos = { value: file.pos };
    const n = fop.write(file, data, ppos);
    if (n >= 0) file.pos = ppos.value;
    return n;
  }
  if (fop.writeIter) return fop.writeIter(file, [data], data.length);
  return -EINVAL;
}

export function sysPwrite(task: Task, fd: number, data: Uint8Array, offset: number): number {
  const file = fdGet(task, fd);
  if (!file || !canWrite(file)) return -EBADF;
  if (offset < 0) return -EINVAL;
  if (!file.inode.fop.write) return -EINVAL;
  return file.inode.fop.write(file, data, { value: offset });
}

/** writev(2): one write_iter call with the iovecs in order, or write() per iovec without one. */
export function sysWritev(task: Task, fd: number, iov: readonly Uint8Array[]): number {
  const file = fdGet(task, fd);
  if (!file || !canWrite(file)) return -EBADF;
  const fop = file.inode.fop;
  if (fop.writeIter) return fop.writeIter(file, iov, iovLength(iov));
  let done = 0;
  for (const b of iov) {
    const n = sysWrite(task, fd, b);
    if (n < 0) return done > 0 ? done : n;
    done += n;
    if (n < b.length) break;
  }
  return done;
}

export function sysLseek(task: Task, fd: number, offset: number, whence: number): number {
  const file = fdGet(task, fd);
  if (!file) return -EBADF;
  return (file.inode.fop.llseek ?? defaultLlseek)(file, offset, whence);
}

export function sysIoctl(task: Task, fd: number, cmd: number, arg: IoctlArg): number {
  const file = fdGet(task, fd);
  if (!file) return -EBADF;
  const ioctl = file.inode.fop.ioctl;
  return ioctl ? ioctl(file, cmd, arg) : -ENOTTY;
}

export function sysDup2(task: Task, oldFd: number, newFd: number): number {
  const file = fdGet(task, oldFd);
  if (!file) return -EBADF;
  if (oldFd === newFd) return newFd;
  const prev = fdGet(task, newFd);
  task.files.set(newFd, fileGet(file));
  if (prev) filePut(prev);
  return newFd;
}

export function sysDup(task: Task, oldFd: number, minFd = 0): number {
  const file = fdGet(task, oldFd);
  if (!file) return -EBADF;
  const fd = lowestFreeFd(task, minFd);
  task.files.set(fd, fileGet(file));
  return fd;
}

/** pipe(2): two new descriptors, read end first. */
export function sysPipe(task: Task): [number, number] {
  const [r, w] = createPipe(task.root.mnt, task.cred);
  const rfd = lowestFreeFd(task);
  task.files.set(rfd, r);
  const wfd = lowestFreeFd(task);
  task.files.set(wfd, w);
  return [rfd, wfd];
}

const maps = kernelState(() => ({ nextId: 1 }));

/** mmap(2) of a file that supports it; the mapping holds the file open until munmap or exit. */
export function sysMmap(task: Task, fd: number, length: number): Result<{ id: number; view: PageView }> {
  const file = fdGet(task, fd);
  if (!file) return fail(EBADF);
  if (length <= 0) return fail(EINVAL);
  const mmap = file.inode.fop.mmap;
  if (!mmap) return fail(ENODEV);
  const page = mmap(file, length);
  if (typeof page === 'number') return fail(page);
  fileGet(file);
  const id = maps.nextId++;
  task.mappings.set(id, {
    view: page.view,
    unmap() {
      page.unmap();
      filePut(file);
    },
  });
  return ok({ id, view: page.view });
}

export function sysMunmap(task: Task, id: number): number {
  const page = task.mappings.get(id);
  if (!page) return -EINVAL;
  task.mappings.delete(id);
  page.unmap();
  return 0;
}

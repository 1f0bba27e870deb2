// The system call surface user space is given: one object per task whose methods are the calls,
// each run as that task (current set, clock advanced). User space imports nothing else from the
// kernel but this file's types and the errno values.

import type { Result } from './lib/errno';
import type { IoctlArg, PageView } from './fs/file';
import type { DirEntry, NamespaceList, Stat } from './syscalls-path';
import * as path from './syscalls-path';
import * as link from './syscalls-link';
import * as io from './syscalls';
import * as nsc from './syscalls-ns';
import type { ProcessInfo } from './syscalls-ns';
import type { Task } from './sched/task';
import type { TaskTable } from './sched/tasks';
import { advanceClock, ktimeNs } from './lib/clock';
import { mmapAnon, mmRead, mmWrite, munmapAnon } from './mm/mm';
import { sysUname, type UtsName } from './utsname';

export type { Stat, DirEntry } from './syscalls-path';
export type { IoctlArg, PageView } from './fs/file';
export type { ProcessInfo } from './syscalls-ns';
export type { UtsName } from './utsname';
/** The user_events uapi (include/linux/user_events.h): visible to user space like any uapi header. */
export { DIAG_IOCSREG, DIAG_IOCSDEL, USER_REG_SIZE, MAX_EVENT_DESC, type UserReg } from './user-events/abi';
/** The same header as Linux 6.4 and later have it (the enable-bit ABI). */
export {
  DIAG_IOCSUNREG,
  USER_EVENT_REG_PERSIST,
  USER_EVENT_REG_MULTI_FORMAT,
  USER_REG_SIZE as USER_REG_SIZE_V2,
  USER_UNREG_SIZE,
  type UserReg as UpstreamUserReg,
  type UserUnreg,
} from './user-events/upstream/abi';

export interface Syscalls {
  readonly pid: number;
  getpid(): number;
  getppid(): number;
  /** The real uid: who ran the program (the same as geteuid but in a set-user-ID program). */
  getuid(): number;
  /** umask(2): sets the file mode creation mask (its low 9 bits) and returns the old one. */
  umask(mask: number): number;
  /** The effective uid, the one permission checks use. */
  geteuid(): number;
  getgid(): number;
  getgroups(): readonly number[];
  comm(): string;
  open(path: string, flags: number, mode?: number): number;
  close(fd: number): number;
  read(fd: number, count: number): Uint8Array | number;
  write(fd: number, data: Uint8Array): number;
  pwrite(fd: number, data: Uint8Array, offset: number): number;
  writev(fd: number, iov: readonly Uint8Array[]): number;
  lseek(fd: number, offset: number, whence: number): number;
  ioctl(fd: number, cmd: number, arg: IoctlArg): number;
  dup(fd: number, minFd?: number): number;
  dup2(oldFd: number, newFd: number): number;
  pipe(): [number, number];
  isOpen(fd: number): boolean;
  openFds(): number[];
  mmap(fd: number, length: number): Result<{ id: number; view: PageView }>;
  munmap(id: number): number;
  stat(path: string): Result<Stat>;
  /** lstat(2): a symbolic link in the last component is described, not followed. */
  lstat(path: string): Result<Stat>;
  /** readlink(2): what a symbolic link holds; -EINVAL for anything else. */
  readlink(path: string): Result<string>;
  symlink(target: string, linkpath: string): number;
  /** link(2): a hard link; a symbolic link in `oldpath` is linked itself, not followed. */
  link(oldpath: string, newpath: string): number;
  rename(oldpath: string, newpath: string): number;
  fstat(fd: number): Result<Stat>;
  readdir(path: string): Result<DirEntry[]>;
  mkdir(path: string, mode?: number): number;
  rmdir(path: string): number;
  unlink(path: string): number;
  chmod(path: string, mode: number): number;
  chown(path: string, uid: number, gid: number): number;
  chdir(path: string): number;
  getcwd(): string;
  bindMount(source: string, target: string): number;
  umount(target: string): number;
  mounts(): Array<{ source: string; target: string; fsType: string }>;
  /** fork(): a child sharing this task's open files; returns the child's surface. */
  fork(): Syscalls;
  /** execve() as far as the model sees it: the comm changes, and argv (default [comm]) is recorded. */
  exec(comm: string, argv?: readonly string[]): void;
  /**
   * execve() of a set-user-ID-root file (/usr/bin/sudo): as exec, and the effective uid becomes 0
   * while the real uid stays. The model has no binaries to carry the mode bit: the program the
   * shell runs makes this call first, standing for the kernel's look at its file.
   */
  execSetuid(comm: string, argv?: readonly string[]): void;
  exit(): void;
  /** uname(2). */
  uname(): UtsName;
  /** mmap(2) of private anonymous memory: the address of `length` zeroed bytes (whole pages). */
  mmapAnon(length: number): Result<number>;
  /** munmap(2) of anonymous memory. */
  munmapAnon(addr: number, length: number): number;
  /** The process reading its own memory (a load, not a system call): EFAULT where unmapped. */
  load(addr: number, length: number): Result<Uint8Array>;
  /** The process writing its own memory (a store, not a system call): -EFAULT where unmapped. */
  store(addr: number, bytes: Uint8Array): number;
  /** Time passes without a system call (sleep), in nanoseconds. */
  nanosleep(ns: number): void;
  /** clock_gettime(CLOCK_MONOTONIC) in nanoseconds; a vDSO read, so the clock does not move. */
  clock(): number;
  /** setresuid + setresgid + setgroups: root only (EPERM). */
  setcred(uid: number, gid: number, groups: readonly number[]): number;
  /** kill(2) of one pid; -ESRCH when nobody has it, -EPERM for another user's task. */
  kill(pid: number, sig: number): number;
  /** signal(2) with SIG_DFL (`default`), SIG_IGN (`ignore`) or a handler (`catch`). */
  signal(sig: number, disposition: 'default' | 'ignore' | 'catch'): number;
  /** The caught signals delivered since the last call (the handlers' turn), oldest first. */
  takeSignals(): number[];
  /** The signal that ended this task (WTERMSIG of its wait status), 0 while it runs. */
  termSignal(): number;
  /** Every live task, as /proc lists them. */
  processes(): ProcessInfo[];
  /** unshare(CLONE_NEWNS): root only. */
  unshareMounts(): number;
  /** mount -t ramfs|tmpfs|proc SOURCE TARGET: root only. */
  mount(source: string, target: string, fsType: string): number;
  /** pivot_root to a mount's root, the old root detached at once: root only. */
  pivotRoot(newRoot: string): number;
  /** setns() into the mount namespace of task `pid`, at its root: root only. */
  setns(pid: number): number;
}

/**
 * The system calls of `task`; `enter` switches the kernel's globals to the task's own kernel. A
 * `quiet` surface does not move the clock: it is how the page looks at the kernel (tree, file
 * view, completion) without changing what a session records.
 */
export function bindSyscalls(
  task: Task,
  tasks: TaskTable,
  namespaces: NamespaceList,
  enter: () => void,
  quiet = false,
): Syscalls {
  const tick = !quiet;
  const run = <T>(fn: () => T): T => {
    enter();
    return io.asTask(task, fn, tick);
  };
  /** The hot calls (read, write, writev) without a closure per call. */
  const direct = <A, B, R>(fn: (t: Task, a: A, b: B) => R, a: A, b: B): R => {
    enter();
    io.enterTask(task, tick);
    try {
      return fn(task, a, b);
    } finally {
      io.leaveTask();
    }
  };
  const sys: Syscalls = {
    pid: task.pid,
    getpid: () => task.pid,
    getppid: () => task.ppid,
    getuid: () => task.ruid,
    umask: (mask) =>
      run(() => {
        const old = task.umask;
        task.umask = mask & 0o777;
        return old;
      }),
    geteuid: () => task.cred.uid,
    getgid: () => task.cred.gid,
    getgroups: () => task.cred.groups,
    comm: () => task.comm,
    open: (p, flags, mode) => run(() => io.sysOpen(task, p, flags, mode)),
    close: (fd) => run(() => io.sysClose(task, fd)),
    read: (fd, count) => direct(io.sysRead, fd, count),
    write: (fd, data) => direct(io.sysWrite, fd, data),
    pwrite: (fd, data, offset) => run(() => io.sysPwrite(task, fd, data, offset)),
    writev: (fd, iov) => direct(io.sysWritev, fd, iov),
    lseek: (fd, offset, whence) => run(() => io.sysLseek(task, fd, offset, whence)),
    ioctl: (fd, cmd, arg) => run(() => io.sysIoctl(task, fd, cmd, arg)),
    dup: (fd, minFd) => run(() => io.sysDup(task, fd, minFd)),
    dup2: (oldFd, newFd) => run(() => io.sysDup2(task, oldFd, newFd)),
    pipe: () => run(() => io.sysPipe(task)),
    isOpen: (fd) => task.files.has(fd),
    openFds: () => [...task.files.keys()].sort((a, b) => a - b),
    mmap: (fd, length) => run(() => io.sysMmap(task, fd, length)),
    munmap: (id) => run(() => io.sysMunmap(task, id)),
    stat: (p) => run(() => path.sysStat(task, p)),
    lstat: (p) => run(() => path.sysLstat(task, p)),
    readlink: (p) => run(() => link.sysReadlink(task, p)),
    symlink: (target, p) => run(() => link.sysSymlink(task, target, p)),
    link: (oldpath, newpath) => run(() => link.sysLink(task, oldpath, newpath)),
    rename: (oldpath, newpath) => run(() => link.sysRename(task, oldpath, newpath)),
    fstat: (fd) => run(() => path.sysFstat(task, fd)),
    readdir: (p) => run(() => path.sysReaddir(task, p)),
    mkdir: (p, mode) => run(() => path.sysMkdir(task, p, mode)),
    rmdir: (p) => run(() => path.sysRmdir(task, p, namespaces)),
    unlink: (p) => run(() => path.sysUnlink(task, p)),
    chmod: (p, mode) => run(() => path.sysChmod(task, p, mode)),
    chown: (p, uid, gid) => run(() => path.sysChown(task, p, uid, gid)),
    chdir: (p) => run(() => path.sysChdir(task, p)),
    getcwd: () => path.sysGetcwd(task),
    bindMount: (s, t) => run(() => path.sysBindMount(task, s, t)),
    umount: (t) => run(() => path.sysUmount(task, t)),
    mounts: () => path.sysMounts(task),
    fork: () =>
      bindSyscalls(
        run(() => tasks.fork(task)),
        tasks,
        namespaces,
        enter,
      ),
    exec: (comm, argv) => run(() => tasks.exec(task, comm, argv)),
    execSetuid: (comm, argv) => run(() => tasks.execSetuid(task, comm, argv)),
    exit: () => run(() => tasks.exit(task)),
    uname: () => {
      enter();
      return sysUname();
    },
    mmapAnon: (length) => run(() => mmapAnon(task.mm, length)),
    munmapAnon: (addr, length) => run(() => munmapAnon(task.mm, addr, length)),
    load: (addr, length) => mmRead(task.mm, addr, length),
    store: (addr, bytes) => mmWrite(task.mm, addr, bytes),
    nanosleep: (ns) => {
      enter();
      advanceClock(ns);
    },
    clock: () => {
      enter();
      return ktimeNs();
    },
    setcred: (uid, gid, groups) => run(() => nsc.sysSetcred(task, uid, gid, groups)),
    kill: (pid, sig) => run(() => nsc.sysKill(task, tasks, pid, sig)),
    signal: (sig, disposition) => run(() => nsc.sysSignal(task, sig, disposition)),
    termSignal: () => task.exitSignal,
    takeSignals: () => task.sigPending.splice(0),
    processes: () => run(() => nsc.sysProcesses(tasks)),
    unshareMounts: () => run(() => nsc.sysUnshareMounts(task)),
    mount: (source, target, fsType) => run(() => nsc.sysMount(task, source, target, fsType, namespaces)),
    pivotRoot: (newRoot) => run(() => nsc.sysPivotRoot(task, tasks, newRoot)),
    setns: (pid) => run(() => nsc.sysSetns(task, tasks, pid)),
  };
  return sys;
}

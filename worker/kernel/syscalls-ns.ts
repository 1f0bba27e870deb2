// Models the system calls a container runtime is made of (kernel/nsproxy.c, fs/namespace.c,
// kernel/sys.c, kernel/signal.c): unshare(CLONE_NEWNS), mount of a fresh ramfs or of procfs,
// pivot_root, setns into another task's mount namespace, setresuid/setresgid/setgroups in one call,
// kill and signal.
// Each needs root where the kernel needs a capability (CAP_SYS_ADMIN, CAP_SETUID, CAP_KILL).

import { EBUSY, EINVAL, ENODEV, ENOTDIR, EPERM } from './lib/errno';
import { isDir } from './fs/inode';
import type { Dentry } from './fs/dentry';
import {
  attachMount,
  cloneMountNamespace,
  pivotMountNamespace,
  type Mount,
  type MountNamespace,
} from './fs/mount';
import { lookupPath, type Path } from './fs/namei';
import { ramfsMkdir } from './fs/ramfs';
import { ESRCH, mayKill, SIGKILL, SIGSTOP, validSignal } from './sched/signal';
import type { Task } from './sched/task';
import type { TaskTable } from './sched/tasks';
import { walkContext } from './syscalls';

/** One line of what /proc shows about a task (ps). */
export interface ProcessInfo {
  pid: number;
  ppid: number;
  comm: string;
  uid: number;
  gid: number;
  /** The mount namespace's id, as readlink /proc/PID/ns/mnt shows `mnt:[ID]`. */
  mntNs: number;
}

/** The file system types `mount -t` knows: both are the model's ramfs. */
const RAM_FS_TYPES = new Set(['ramfs', 'tmpfs']);

function remap(path: Path, map: Map<Mount, Mount>, fallback: Path): Path {
  const mnt = map.get(path.mnt);
  return mnt ? { mnt, dentry: path.dentry } : fallback;
}

/** unshare(CLONE_NEWNS): the task gets a private copy of its mount tree. */
export function sysUnshareMounts(task: Task): number {
  if (task.cred.uid !== 0) return -EPERM;
  const map = new Map<Mount, Mount>();
  const ns = cloneMountNamespace(task.mntNs, map);
  const top: Path = { mnt: ns.root, dentry: ns.root.root };
  task.mntNs = ns;
  task.root = remap(task.root, map, top);
  task.cwd = remap(task.cwd, map, task.root);
  return 0;
}

/** The root of procfs, as mounted at boot (the model has one pid namespace, so one procfs). */
function procRoot(namespaces: Iterable<MountNamespace>): Dentry | null {
  for (const ns of namespaces)
    for (const m of ns.mounts) if (m.fsType === 'proc' && !m.root.parent) return m.root;
  return null;
}

/**
 * mount -t ramfs SOURCE TARGET: an empty ramfs (root directory 0755, root-owned) on a directory;
 * mount -t proc: the machine's procfs (what a container runtime mounts on its /proc).
 */
export function sysMount(
  task: Task,
  source: string,
  target: string,
  fsType: string,
  namespaces: () => Iterable<MountNamespace> = () => [],
): number {
  if (task.cred.uid !== 0) return -EPERM;
  if (!RAM_FS_TYPES.has(fsType) && fsType !== 'proc') return -ENODEV;
  const dst = lookupPath(walkContext(task), target);
  if (!dst.ok) return dst.err;
  if (!isDir(dst.value.dentry.inode)) return -ENOTDIR;
  const root = fsType === 'proc' ? procRoot(namespaces()) : ramfsMkdir(null, '', 0o755, 0, 0);
  if (!root) return -ENODEV;
  attachMount(task.mntNs, dst.value.mnt, dst.value.dentry, root, fsType, source);
  return 0;
}

/**
 * pivot_root(NEW_ROOT, put_old) + umount2(put_old, MNT_DETACH): NEW_ROOT, the root of a mount,
 * becomes the namespace's `/`; what is not below it leaves the namespace. Every task of the
 * namespace gets the new root, and a working directory outside it becomes `/`.
 */
export function sysPivotRoot(task: Task, tasks: TaskTable, newRoot: string): number {
  if (task.cred.uid !== 0) return -EPERM;
  const found = lookupPath(walkContext(task), newRoot);
  if (!found.ok) return found.err;
  const { mnt, dentry } = found.value;
  if (!isDir(dentry.inode)) return -ENOTDIR;
  if (dentry !== mnt.root || !task.mntNs.mounts.includes(mnt)) return -EINVAL;
  if (mnt === task.root.mnt) return -EBUSY;
  const ns = task.mntNs;
  const map = pivotMountNamespace(ns, mnt);
  const top: Path = { mnt: ns.root, dentry: ns.root.root };
  for (const t of tasks.tasks.values()) {
    if (t.mntNs !== ns) continue;
    t.root = top;
    t.cwd = remap(t.cwd, map, top);
  }
  return 0;
}

/** setns(fd of /proc/PID/ns/mnt, CLONE_NEWNS): join that namespace, at its root. */
export function sysSetns(task: Task, tasks: TaskTable, pid: number): number {
  if (task.cred.uid !== 0) return -EPERM;
  const target = tasks.get(pid);
  if (!target) return -ESRCH;
  task.mntNs = target.mntNs;
  task.root = { mnt: target.mntNs.root, dentry: target.mntNs.root.root };
  task.cwd = task.root;
  return 0;
}

/**
 * setresuid + setresgid + setgroups as su, sudo and a runtime use them: root only (the effective
 * uid, so a set-user-ID-root program may), ids 0..2^32-2; real and effective ids become the same.
 */
export function sysSetcred(task: Task, uid: number, gid: number, groups: readonly number[]): number {
  if (task.cred.uid !== 0) return -EPERM;
  const valid = (id: number) => Number.isInteger(id) && id >= 0 && id < 0xffffffff;
  if (!valid(uid) || !valid(gid) || !groups.every(valid)) return -EINVAL;
  task.cred = { uid, gid, groups: [...groups] };
  task.ruid = uid;
  return 0;
}

/** kill(2) of one pid (no process groups); signal 0 only checks that the target may be signalled. */
export function sysKill(task: Task, tasks: TaskTable, pid: number, sig: number): number {
  if (sig !== 0 && !validSignal(sig)) return -EINVAL;
  const target = pid > 0 ? tasks.get(pid) : null;
  if (!target) return -ESRCH;
  if (!mayKill(task.cred, target.cred)) return -EPERM;
  return sig === 0 ? 0 : tasks.deliver(target, sig);
}

/** signal(2) with SIG_DFL, SIG_IGN or a handler; SIGKILL and SIGSTOP cannot be caught or ignored. */
export function sysSignal(task: Task, sig: number, disposition: 'default' | 'ignore' | 'catch'): number {
  if (!validSignal(sig) || sig === SIGKILL || sig === SIGSTOP) return -EINVAL;
  task.sigIgnored.delete(sig);
  task.sigCaught.delete(sig);
  if (disposition === 'ignore') task.sigIgnored.add(sig);
  else if (disposition === 'catch') task.sigCaught.add(sig);
  return 0;
}

/** Every live task, by pid (the model has one pid namespace: a container sees the host's pids). */
export function sysProcesses(tasks: TaskTable): ProcessInfo[] {
  return [...tasks.tasks.values()]
    .sort((a, b) => a.pid - b.pid)
    .map((t) => ({
      pid: t.pid,
      ppid: t.ppid,
      comm: t.comm,
      uid: t.cred.uid,
      gid: t.cred.gid,
      mntNs: t.mntNs.id,
    }));
}

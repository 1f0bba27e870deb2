// Models fs/proc/base.c: the /proc/PID directory of one task (tgid_base_stuff, in its order: fd, ns,
// status, comm, cmdline, stat, cwd, root, mounts). Every entry's inode takes the task's current
// uid and gid when it is looked up (pid_update_inode); once the task has exited the directory is
// empty and a file still open on it reads ESRCH.
// NOTE: a forked task's cmdline is its parent's until it execs (the model has no address space,
// so the argv of the last exec stands for the memory /proc/PID/cmdline reads).

import { EINVAL, ESRCH } from '../lib/errno';
import { BOOT_EPOCH_SECONDS } from '../lib/clock';
import { decodeUtf8 } from '../lib/utf8';
import type { Dentry } from '../fs/dentry';
import type { FileOperations, OpenFile } from '../fs/file';
import { current } from '../sched/current';
import type { Task } from '../sched/task';
import { showStat, showStatus } from './array';
import { fdDir, pathForReader } from './fd';
import { showMounts } from './mounts';
import { procDir, procFile, procIno, procLink, seqFops, staticSource, type ProcContext } from './inode';

/** Inode slots inside a pid's block; descriptors take FD_SLOT + fd. */
const SLOT = {
  dir: 0,
  fd: 1,
  ns: 2,
  status: 3,
  comm: 4,
  cmdline: 5,
  stat: 6,
  cwd: 7,
  root: 8,
  mounts: 9,
  mnt: 10,
};
const FD_SLOT = 16;

/** What each /proc/PID file is about: resolved again at every read. */
interface PidFile {
  readonly ctx: ProcContext;
  readonly pid: number;
}

/** The task a /proc/PID file is about, or null once it has exited. */
function taskOf(file: OpenFile): Task | null {
  const { ctx, pid } = file.inode.private as PidFile;
  return ctx.tasks.get(pid);
}

/** A read-only /proc/PID text file: ESRCH once the task is gone. */
function pidSeq(show: (task: Task, file: OpenFile) => string | Uint8Array): FileOperations {
  return seqFops((file) => {
    const task = taskOf(file);
    return task ? show(task, file) : -ESRCH;
  });
}

const statusFops = pidSeq((task) => showStatus(task));
const statFops = pidSeq((task) => showStat(task));
const cmdlineFops = pidSeq((task) => task.cmdline.map((arg) => arg + '\0').join(''));
const mountsFops = pidSeq((task, file) => showMounts(task, (file.inode.private as PidFile).ctx.namespaces()));

/** comm: reads `COMM\n`; a write by the task itself renames it (first 15 bytes, as written). */
const commFops: FileOperations = {
  ...pidSeq((task) => task.comm + '\n'),
  write(file: OpenFile, data: Uint8Array) {
    const task = taskOf(file);
    if (!task) return -ESRCH;
    if (task.pid !== current().pid) return -EINVAL;
    (file.inode.private as PidFile).ctx.tasks.setComm(task, decodeUtf8(data.subarray(0, 15)));
    return data.length;
  },
};

/** The inode number /proc/PID/ns/mnt shows for a mount namespace (the initial one as on Linux). */
export function mntNsInum(id: number): number {
  return id === 1 ? 4026531841 : 4026532200 + id;
}

/** The wall-clock second a task started, for its /proc entries' dates. */
function startSeconds(task: Task): number {
  return BOOT_EPOCH_SECONDS + Math.floor(task.startNs / 1e9);
}

/** A task's /proc/PID directory, its entries made once and kept while the task lives. */
export function pidDir(ctx: ProcContext, parent: Dentry, task: Task): Dentry {
  const pid = task.pid;
  const alive = () => ctx.tasks.get(pid);
  const mtime = startSeconds(task);
  const ino = (slot: number) => procIno(pid, slot);
  const entries: Dentry[] = [];
  const dir = procDir(
    String(pid),
    ino(SLOT.dir),
    parent,
    {
      lookup: (name) => (alive() ? refresh(entries.find((d) => d.name === name) ?? null) : null),
      list: () => (alive() ? entries.map((d) => refresh(d)!) : []),
    },
    0o555,
    mtime,
  );
  const refresh = (d: Dentry | null): Dentry | null => {
    const t = alive();
    if (d && t) {
      d.inode.uid = t.cred.uid;
      d.inode.gid = t.cred.gid;
    }
    return d;
  };
  const file = (name: string, slot: number, fop: FileOperations, mode = 0o444) => {
    const d = procFile(name, ino(slot), dir, fop, mode, mtime);
    d.inode.private = { ctx, pid } satisfies PidFile;
    return d;
  };
  const link = (under: Dentry, name: string, slot: number, target: (t: Task) => string | null) => {
    const now = () => {
      const t = alive();
      return t ? target(t) : null;
    };
    return procLink(name, ino(slot), under, now, 0o777, mtime);
  };
  const nsEntries = staticSource(() => [link(ns, 'mnt', SLOT.mnt, (t) => `mnt:[${mntNsInum(t.mntNs.id)}]`)]);
  const ns = procDir('ns', ino(SLOT.ns), dir, nsEntries, 0o511, mtime);
  entries.push(
    fdDir(ctx, dir, task, ino(SLOT.fd), (fd) => ino(FD_SLOT + fd), mtime),
    ns,
    file('status', SLOT.status, statusFops),
    file('comm', SLOT.comm, commFops, 0o644),
    file('cmdline', SLOT.cmdline, cmdlineFops),
    file('stat', SLOT.stat, statFops),
    link(dir, 'cwd', SLOT.cwd, (t) => pathForReader(ctx, t.cwd)),
    link(dir, 'root', SLOT.root, (t) => pathForReader(ctx, t.root)),
    file('mounts', SLOT.mounts, mountsFops),
  );
  return refreshPidDir(dir, task);
}

/** Keeps the pid directory's own inode owned by the task, as its entries are. */
export function refreshPidDir(dir: Dentry, task: Task): Dentry {
  dir.inode.uid = task.cred.uid;
  dir.inode.gid = task.cred.gid;
  return dir;
}

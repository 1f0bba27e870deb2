// Models fs/proc/root.c and the pid half of fs/proc/base.c (proc_pid_lookup, proc_pid_readdir): the
// /proc directory, mounted at boot. It holds `sys/kernel/pid_max` and the registered sysctls, `stat`, the `mounts` link
// (to self/mounts), `self` (a link naming the caller's own pid) and one directory per live task,
// in pid order. A pid directory is made at its first lookup and dropped once its task is gone.
// NOTE: the model has one pid namespace, so a container's /proc (if it had one) lists the host's
// tasks too. /proc/stat has only the lines the model knows (no CPU times, interrupts or counts):
// the boot time and the running and blocked tasks.

import { BOOT_EPOCH_SECONDS } from '../lib/clock';
import type { Dentry } from '../fs/dentry';
import { current } from '../sched/current';
import { pidDir, refreshPidDir } from './base';
import type { FileOperations } from '../fs/file';
import { kernelSysctls, parseUintWrite, type UintSysctl } from '../lib/sysctl';
import { procDir, procFile, procIno, procLink, seqFops, staticSource, type ProcContext } from './inode';

/** A registered `kernel.NAME` (proc_douintvec): mode 0644, `%u\n` read, one number written. */
function sysctlFile(entry: UintSysctl, inoNumber: number, parent: Dentry): Dentry {
  const fops: FileOperations = {
    ...seqFops(() => `${entry.get()}\n`),
    write(_file, data) {
      const value = parseUintWrite(data);
      if (value < 0) return value;
      entry.set(value);
      return data.length;
    },
  };
  return procFile(entry.name, inoNumber, parent, fops, 0o644);
}

/** The largest pid plus one, as /proc/sys/kernel/pid_max reads on a 64-bit machine. */
export const PID_MAX = 4194304;

const SLOT = { root: 0, mounts: 1, self: 2, sys: 3, kernel: 4, pidMax: 5, stat: 6, sysctls: 7 };

/** name_to_int(): a pid directory's name is decimal digits without a leading zero. */
function pidOf(name: string): number | null {
  return /^[1-9]\d{0,9}$/.test(name) ? Number(name) : null;
}

/** Makes the /proc tree for a kernel's tasks; the caller mounts the returned root. */
export function procfsCreate(ctx: ProcContext): Dentry {
  const pids = new Map<number, Dentry>();
  const ino = (slot: number) => procIno(0, slot);

  /** The directory of a live task (made once), or null; a dead task's directory is dropped. */
  const lookupPid = (pid: number): Dentry | null => {
    const task = ctx.tasks.get(pid);
    const cached = pids.get(pid);
    if (!task) {
      if (cached) {
        cached.dead = true;
        pids.delete(pid);
      }
      return null;
    }
    if (cached) return refreshPidDir(cached, task);
    const dir = pidDir(ctx, root, task);
    pids.set(pid, dir);
    return dir;
  };

  const fixed: Dentry[] = [];
  const root: Dentry = procDir('', ino(SLOT.root), null, {
    lookup(name) {
      const pid = pidOf(name);
      return pid === null ? (fixed.find((d) => d.name === name) ?? null) : lookupPid(pid);
    },
    list() {
      for (const pid of [...pids.keys()]) if (!ctx.tasks.get(pid)) lookupPid(pid);
      return [...fixed, ...[...ctx.tasks.tasks.keys()].map((pid) => lookupPid(pid)!)];
    },
  });
  const sys = procDir(
    'sys',
    ino(SLOT.sys),
    root,
    staticSource(() => [kernel]),
  );
  const kernel = procDir(
    'kernel',
    ino(SLOT.kernel),
    sys,
    staticSource(() =>
      [pidMax, ...kernelSysctls().map((entry, i) => sysctlFile(entry, ino(SLOT.sysctls + i), kernel))].sort(
        (a, b) => (a.name < b.name ? -1 : 1),
      ),
    ),
  );
  const pidMax = procFile(
    'pid_max',
    ino(SLOT.pidMax),
    kernel,
    seqFops(() => `${PID_MAX}\n`),
    0o644,
  );
  const stat = seqFops(() => `btime ${BOOT_EPOCH_SECONDS}\nprocs_running 1\nprocs_blocked 0\n`);
  fixed.push(
    sys,
    procFile('stat', ino(SLOT.stat), root, stat),
    procLink('mounts', ino(SLOT.mounts), root, () => 'self/mounts'),
    procLink('self', ino(SLOT.self), root, () => String(current().pid)),
  );
  return root;
}

// Models include/linux/sched.h task_struct as far as the playground sees it: pid, comm, credentials
// (cred.uid is the effective uid, the one every permission check uses; `ruid` the real one),
// root and working directory, mount namespace, the descriptor table, live status-page mappings, its memory,
// the signals it ignores and the signal that ended it, and what /proc shows of it: the argv of its
// last exec, when it started, its controlling terminal and session.

import type { MappedPage, OpenFile } from '../fs/file';
import type { MountNamespace } from '../fs/mount';
import type { Path } from '../fs/namei';
import type { Cred } from '../fs/permission';
import type { CurrentTask } from './current';
import { ktimeNs } from '../lib/clock';
import { newMm, type MmStruct } from '../mm/mm';

export const TASK_COMM_LEN = 16;

export interface Task extends CurrentTask {
  readonly ppid: number;
  /**
   * The real uid (getuid): the same as cred.uid except after the exec of a set-user-ID file, which
   * changes only the effective one. Simplified: the saved uid is not kept apart; it follows cred.uid.
   */
  ruid: number;
  root: Path;
  cwd: Path;
  mntNs: MountNamespace;
  readonly files: Map<number, OpenFile>;
  readonly mappings: Map<number, MappedPage>;
  /** Its anonymous memory: a copy of the parent's after fork, fresh after exec. */
  mm: MmStruct;
  /** Signals whose disposition is SIG_IGN; inherited across fork. */
  readonly sigIgnored: Set<number>;
  /**
   * Signals the task catches (a handler: the shell's `trap`), and those delivered but not yet
   * taken. Simplified: the handler is the task's own business; the kernel only keeps them pending.
   */
  readonly sigCaught: Set<number>;
  readonly sigPending: number[];
  exited: boolean;
  /** The signal that killed the task (its wait status' WTERMSIG), 0 while it lives or after exit(). */
  exitSignal: number;
  /** The argv of its last exec (/proc/PID/cmdline); a fork shares its parent's. */
  cmdline: readonly string[];
  /** When fork made it (start_time), nanoseconds since boot. */
  readonly startNs: number;
  /** The controlling terminal, as the index N of /dev/pts/N; null for none. */
  tty: number | null;
  /** The session id: the pid of the session's leader (a login shell). */
  sid: number;
  /** The file mode creation mask (fs->umask): its bits are cleared from a new file's mode. */
  umask: number;
}

export function newTask(
  pid: number,
  ppid: number,
  comm: string,
  cred: Cred,
  root: Path,
  cwd: Path,
  mntNs: MountNamespace,
): Task {
  return {
    pid,
    ppid,
    comm: truncateComm(comm),
    cred,
    ruid: cred.uid,
    root,
    cwd,
    mntNs,
    files: new Map(),
    mappings: new Map(),
    mm: newMm(),
    sigIgnored: new Set(),
    sigCaught: new Set(),
    sigPending: [],
    exited: false,
    exitSignal: 0,
    cmdline: [comm],
    startNs: ktimeNs(),
    tty: null,
    sid: pid,
    umask: 0o022,
  };
}

/** comm keeps at most 15 bytes, as set_task_comm() does. */
export function truncateComm(name: string): string {
  return name.slice(0, TASK_COMM_LEN - 1);
}

/** The lowest free descriptor number at or above `from` (alloc_fd). */
export function lowestFreeFd(task: Task, from = 0): number {
  let fd = from;
  while (task.files.has(fd)) fd++;
  return fd;
}

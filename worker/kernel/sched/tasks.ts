// Models kernel/fork.c, kernel/exit.c and the delivery half of kernel/signal.c for the playground:
// deterministic pid allocation, fork (descriptors, directories, namespace and ignored signals shared
// or copied as a real fork would), exec's reset of dispositions, the exec of a set-user-ID-root
// file (fs/exec.c begin_new_exec with bprm->cred from bprm_fill_uid), exit (every descriptor closed,
// every mapping dropped) and a signal's default action.

import { EINVAL } from '../lib/errno';
import { fileGet, filePut } from '../fs/file';
import type { MountNamespace } from '../fs/mount';
import type { Path } from '../fs/namei';
import type { Cred } from '../fs/permission';
import { defaultAction, SIGKILL } from './signal';
import { newTask, type Task } from './task';
import { mmFork, mmRelease, newMm } from '../mm/mm';

/** The first pid handed to a user task: low pids look like early boot, so start where a session would. */
export const FIRST_USER_PID = 1000;

export class TaskTable {
  readonly tasks = new Map<number, Task>();
  /** Every comm a pid ever had, newest last: the trace output prints a writer by pid (Q28). */
  readonly comms = new Map<number, string>();
  private nextPid = FIRST_USER_PID;

  spawn(comm: string, cred: Cred, root: Path, cwd: Path, ns: MountNamespace, ppid = 1): Task {
    const task = newTask(this.nextPid++, ppid, comm, cred, root, cwd, ns);
    this.tasks.set(task.pid, task);
    this.comms.set(task.pid, task.comm);
    return task;
  }

  /**
   * fork(): a new pid with the parent's credentials, directories, namespace, descriptors, SIG_IGNs,
   * argv, terminal and session, and a copy of its memory.
   */
  fork(parent: Task): Task {
    const child = this.spawn(parent.comm, parent.cred, parent.root, parent.cwd, parent.mntNs, parent.pid);
    child.cmdline = parent.cmdline;
    child.ruid = parent.ruid;
    child.tty = parent.tty;
    child.sid = parent.sid;
    child.umask = parent.umask;
    for (const [fd, file] of parent.files) child.files.set(fd, fileGet(file));
    for (const sig of parent.sigIgnored) child.sigIgnored.add(sig);
    child.mm = mmFork(parent.mm);
    return child;
  }

  setComm(task: Task, comm: string): void {
    task.comm = comm.slice(0, 15);
    this.comms.set(task.pid, task.comm);
  }

  /**
   * execve() as far as the model sees it: the comm and argv change (argv defaults to the comm alone)
   * the memory starts afresh and every disposition is default again.
   * NOTE: a real execve keeps SIG_IGN; bash puts back what it ignored (restore_original_signals)
   * just before it, and the playground's programs ignore nothing themselves, so the result is the same.
   */
  exec(task: Task, comm: string, argv: readonly string[] = [comm]): void {
    this.setComm(task, comm);
    task.cmdline = [...argv];
    mmRelease(task.mm);
    task.mm = newMm();
    task.sigIgnored.clear();
    task.sigCaught.clear();
    task.sigPending.length = 0;
  }

  /**
   * execve() of a set-user-ID file owned by root (/usr/bin/sudo): as exec, and the effective uid
   * becomes 0 while the real uid stays, so the program knows who ran it. The groups do not change.
   */
  execSetuid(task: Task, comm: string, argv: readonly string[] = [comm]): void {
    this.exec(task, comm, argv);
    task.cred = { ...task.cred, uid: 0 };
  }

  /** exit(): closes every descriptor and drops every mapping and the memory; the pid is not reused. */
  exit(task: Task, signal = 0): void {
    if (task.exited) return;
    for (const file of task.files.values()) filePut(file);
    task.files.clear();
    for (const page of task.mappings.values()) page.unmap();
    task.mappings.clear();
    mmRelease(task.mm);
    task.exited = true;
    task.exitSignal = signal;
    this.tasks.delete(task.pid);
  }

  /**
   * Delivers `sig` to `task`: ignored (by default or by SIG_IGN) it does nothing; otherwise the
   * default action ends the task at once, as do_exit() from the signal would. Returns -EINVAL for
   * the stop signals, which the model does not have.
   */
  deliver(task: Task, sig: number): number {
    const action = defaultAction(sig);
    if (action === 'stop') return -EINVAL;
    if (action === 'ignore' || (sig !== SIGKILL && task.sigIgnored.has(sig))) return 0;
    if (sig !== SIGKILL && task.sigCaught.has(sig)) {
      if (!task.sigPending.includes(sig)) task.sigPending.push(sig);
      return 0;
    }
    this.exit(task, sig);
    return 0;
  }

  get(pid: number): Task | null {
    return this.tasks.get(pid) ?? null;
  }
}

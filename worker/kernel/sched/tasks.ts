// Models kernel/fork.c and kernel/exit.c for the playground: deterministic pid allocation, fork
// (descriptors, directories and namespace shared or copied as a real fork would) and exit (every
// descriptor closed, every mapping dropped).

import { fileGet, filePut } from '../fs/file';
import type { MountNamespace } from '../fs/mount';
import type { Path } from '../fs/namei';
import type { Cred } from '../fs/permission';
import { newTask, type Task } from './task';

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

  /** fork(): a new pid with the parent's credentials, directories, namespace and descriptors. */
  fork(parent: Task): Task {
    const child = this.spawn(parent.comm, parent.cred, parent.root, parent.cwd, parent.mntNs, parent.pid);
    for (const [fd, file] of parent.files) child.files.set(fd, fileGet(file));
    return child;
  }

  setComm(task: Task, comm: string): void {
    task.comm = comm.slice(0, 15);
    this.comms.set(task.pid, task.comm);
  }

  /** exit(): closes every descriptor and drops every mapping; the pid is not reused. */
  exit(task: Task): void {
    if (task.exited) return;
    for (const file of task.files.values()) filePut(file);
    task.files.clear();
    for (const page of task.mappings.values()) page.unmap();
    task.mappings.clear();
    task.exited = true;
    this.tasks.delete(task.pid);
  }

  get(pid: number): Task | null {
    return this.tasks.get(pid) ?? null;
  }
}

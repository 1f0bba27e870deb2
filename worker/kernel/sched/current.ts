// Models the kernel's `current`: who is making the system call now.

import { ROOT_CRED, type Cred } from '../fs/permission';
import { kernelState } from '../lib/kernel-state';
import type { MmStruct } from '../mm/mm';

export interface CurrentTask {
  readonly pid: number;
  comm: string;
  cred: Cred;
  /** The task's memory; kernel threads have none. */
  readonly mm?: MmStruct;
}

const kernelTask: CurrentTask = { pid: 0, comm: 'swapper/0', cred: ROOT_CRED };

const cur = kernelState(() => ({ task: kernelTask }));

export function current(): CurrentTask {
  return cur.task;
}

export function setCurrent(task: CurrentTask | null): void {
  cur.task = task ?? kernelTask;
}

/**
 * Runs `fn` with the kernel's own credentials (override_creds(kernel_cred)): for work the kernel
 * does on its own behalf, whoever's system call triggered it.
 */
export function withKernelCred<T>(fn: () => T): T {
  const task = cur.task;
  const saved = task.cred;
  task.cred = ROOT_CRED;
  try {
    return fn();
  } finally {
    task.cred = saved;
  }
}

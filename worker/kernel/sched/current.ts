// Models the kernel's `current`: who is making the system call now.

import { ROOT_CRED, type Cred } from '../fs/permission';

export interface CurrentTask {
  readonly pid: number;
  comm: string;
  cred: Cred;
}

const kernelTask: CurrentTask = { pid: 0, comm: 'swapper/0', cred: ROOT_CRED };

let currentTask: CurrentTask = kernelTask;

export function current(): CurrentTask {
  return currentTask;
}

export function setCurrent(task: CurrentTask | null): void {
  currentTask = task ?? kernelTask;
}

/**
 * Runs `fn` with the kernel's own credentials (override_creds(kernel_cred)): for work the kernel
 * does on its own behalf, whoever's system call triggered it.
 */
export function withKernelCred<T>(fn: () => T): T {
  const task = currentTask;
  const saved = task.cred;
  task.cred = ROOT_CRED;
  try {
    return fn();
  } finally {
    task.cred = saved;
  }
}

export function resetCurrent(): void {
  currentTask = kernelTask;
}

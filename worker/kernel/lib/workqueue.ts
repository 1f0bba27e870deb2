// Models schedule_work() on the system workqueue as the model needs it: work the kernel defers
// past the system call that queued it (user_events' delayed destroy of an event whose last
// reference went, which cannot run inside the unregister callback that dropped it). The model has
// no kworker threads: pending work runs, in queue order, as the system call returns.

import { kernelState } from './kernel-state';

const queue = kernelState(() => ({ pending: [] as Array<() => void> }));

export function scheduleWork(work: () => void): void {
  queue.pending.push(work);
}

/** Runs the pending work, including work that work queues. */
export function runPendingWork(): void {
  while (queue.pending.length > 0) queue.pending.shift()!();
}

export function hasPendingWork(): boolean {
  return queue.pending.length > 0;
}

// Models the part of kernel/signal.c the playground needs: signal numbers (x86-64), what each one
// does by default, and kill(2)'s permission rule. Simplified: a task has no handlers, only the
// dispositions "default" and "ignore"; stop signals are not modelled (job control lives in the
// shell), and there are no process groups.

import type { Cred } from '../fs/permission';

export const SIGHUP = 1;
export const SIGINT = 2;
export const SIGQUIT = 3;
export const SIGKILL = 9;
export const SIGUSR1 = 10;
export const SIGUSR2 = 12;
export const SIGPIPE = 13;
export const SIGALRM = 14;
export const SIGTERM = 15;
export const SIGCHLD = 17;
export const SIGCONT = 18;
export const SIGSTOP = 19;
export const SIGTSTP = 20;
export const SIGTTIN = 21;
export const SIGTTOU = 22;
export const SIGURG = 23;
export const SIGWINCH = 28;
/** Signals are numbered 1..NSIG. */
export const NSIG = 64;

export { ESRCH } from '../lib/errno';

export type SignalAction = 'terminate' | 'ignore' | 'stop';

const IGNORED_BY_DEFAULT = new Set([SIGCHLD, SIGCONT, SIGURG, SIGWINCH]);
const STOPPING = new Set([SIGSTOP, SIGTSTP, SIGTTIN, SIGTTOU]);

/** What a signal does to a task that has not changed its disposition (sig_kernel_*). */
export function defaultAction(sig: number): SignalAction {
  if (IGNORED_BY_DEFAULT.has(sig)) return 'ignore';
  if (STOPPING.has(sig)) return 'stop';
  return 'terminate';
}

export function validSignal(sig: number): boolean {
  return Number.isInteger(sig) && sig >= 1 && sig <= NSIG;
}

/** kill_ok_by_cred(): root, or a sender whose uid is the target's. */
export function mayKill(sender: Cred, target: Cred): boolean {
  return sender.uid === 0 || sender.uid === target.uid;
}

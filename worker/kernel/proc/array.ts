// Models fs/proc/array.c: /proc/PID/status (proc_pid_status) and /proc/PID/stat (do_task_stat), in the
// kernel's field order and format. The model knows a task's ids, credentials, descriptors, ignored
// signals, terminal, session and start time; everything else reads as an idle single-threaded
// task would: no memory, no CPU time, no pending signals.
// NOTE: status prints the lines up to NSpid, then Threads and the signal masks; the memory lines
// (Vm*, Rss*), NSpgid/NSsid, capabilities and the rest are left out. The state is R (running) for
// the task reading the file and S (sleeping) for every other: the model does not say which of
// them is runnable, and it has no stopped or zombie tasks (a task is gone once it exits).

import { current } from '../sched/current';
import { NSIG } from '../sched/signal';
import type { Task } from '../sched/task';

/** USER_HZ: clock ticks per second in /proc/PID/stat. */
export const USER_HZ = 100;
/** Major number of the Unix98 pty slaves (/dev/pts/N). */
const UNIX98_PTY_SLAVE_MAJOR = 136;
/** A user task's flags after exec, as stat shows them (PF_RANDOMIZE). */
const PF_RANDOMIZE = 0x00400000;
const SIGCHLD = 17;

function stateOf(task: Task): { char: string; name: string } {
  return task.pid === current().pid ? { char: 'R', name: 'running' } : { char: 'S', name: 'sleeping' };
}

/** The smallest fd table size (a multiple of BITS_PER_LONG, power of two) holding every open fd. */
function fdSize(task: Task): number {
  let max = -1;
  for (const fd of task.files.keys()) if (fd > max) max = fd;
  let size = 64;
  while (size <= max) size *= 2;
  return size;
}

/** A signal set as the kernel prints it: 16 hex digits, bit N-1 for signal N. */
function sigset(signals: Iterable<number>): bigint {
  let mask = 0n;
  for (const sig of signals) if (sig >= 1 && sig <= NSIG) mask |= 1n << BigInt(sig - 1);
  return mask;
}

function hex16(mask: bigint): string {
  return mask.toString(16).padStart(16, '0');
}

/** The text of /proc/PID/status; the name escapes a newline and a backslash (proc_task_name). */
export function showStatus(task: Task): string {
  const { uid, gid, groups } = task.cred;
  const state = stateOf(task);
  const ignored = hex16(sigset(task.sigIgnored));
  const zero = hex16(0n);
  return (
    `Name:\t${task.comm.replace(/[\\\n]/g, (c) => (c === '\n' ? '\\n' : '\\\\'))}\n` +
    `Umask:\t${task.umask.toString(8).padStart(4, '0')}\n` +
    `State:\t${state.char} (${state.name})\n` +
    `Tgid:\t${task.pid}\n` +
    `Ngid:\t0\n` +
    `Pid:\t${task.pid}\n` +
    `PPid:\t${task.ppid}\n` +
    `TracerPid:\t0\n` +
    `Uid:\t${uid}\t${uid}\t${uid}\t${uid}\n` +
    `Gid:\t${gid}\t${gid}\t${gid}\t${gid}\n` +
    `FDSize:\t${fdSize(task)}\n` +
    `Groups:\t${groups.join(' ')} \n` +
    `NStgid:\t${task.pid}\n` +
    `NSpid:\t${task.pid}\n` +
    `Threads:\t1\n` +
    `SigPnd:\t${zero}\nShdPnd:\t${zero}\nSigBlk:\t${zero}\nSigIgn:\t${ignored}\nSigCgt:\t${zero}\n`
  );
}

/** new_encode_dev() of /dev/pts/N: what tty_nr holds; 0 for no controlling terminal. */
export function ttyNr(tty: number | null): number {
  if (tty === null) return 0;
  return (tty & 0xff) | (UNIX98_PTY_SLAVE_MAJOR << 8) | ((tty & ~0xff) << 12);
}

/** The task's start time in clock ticks since boot (start_time / (NSEC_PER_SEC / USER_HZ)). */
export function startTicks(task: Task): number {
  return Math.floor(task.startNs / (1e9 / USER_HZ));
}

/**
 * The text of /proc/PID/stat: 52 fields after `pid (comm)`. The model has no process groups, so the
 * group is the session; the terminal's foreground group (tpgid) is -1.
 */
export function showStat(task: Task): string {
  const fields: Array<number | string | bigint> = [
    stateOf(task).char,
    task.ppid,
    task.sid,
    task.sid,
    ttyNr(task.tty),
    -1,
    PF_RANDOMIZE,
    ...[0, 0, 0, 0], // minflt cminflt majflt cmajflt
    ...[0, 0, 0, 0], // utime stime cutime cstime
    20, // priority
    0, // nice
    1, // num_threads
    0, // itrealvalue
    startTicks(task),
    0, // vsize
    0, // rss
    '18446744073709551615', // rsslim: RLIM_INFINITY
    ...[0, 0, 0, 0, 0], // startcode endcode startstack kstkesp kstkeip
    0, // signal
    0, // blocked
    sigset(task.sigIgnored),
    0, // sigcatch
    ...[0, 0, 0], // wchan nswap cnswap
    SIGCHLD, // exit_signal
    ...[0, 0, 0, 0, 0, 0], // processor rt_priority policy delayacct_blkio_ticks guest_time cguest_time
    ...[0, 0, 0, 0, 0, 0, 0], // start_data end_data start_brk arg_start arg_end env_start env_end
    0, // exit_code
  ];
  return `${task.pid} (${task.comm}) ${fields.join(' ')}\n`;
}

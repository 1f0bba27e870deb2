// Models what a user-space process sees of the kernel: a task's system calls, its argument vector and
// environment, and the points where it gives the processor away. A program is a generator that
// yields a Wait whenever a read would block (the kernel's -ERESTARTSYS), a Sleep while it sleeps on
// the virtual clock, and, for an interactive shell started by su or container exec, a request to the
// terminal's shell; the driver resumes it when it may go on, or interrupts it.

import type { Syscalls } from '../kernel/syscall-table';
import { ERESTARTSYS } from '../kernel/syscalls';
import { ENOSPC } from '../kernel/lib/errno';

/** A blocked read: the task and descriptor it sleeps on. The driver retries when input may have come. */
export interface Wait {
  readonly pid: number;
  readonly fd: number;
}

/** A sleep on the virtual clock: the task may go on once the clock reads `until` (ns). */
export interface Sleep {
  readonly pid: number;
  readonly until: number;
}

/**
 * The program has become an interactive shell on the terminal (su, container exec): the terminal's
 * shell reads the next lines for it until it exits, then sets `status` and resumes the program.
 */
export interface ShellRequest {
  readonly kind: 'shell';
  /** The task that runs the new shell. */
  readonly sys: Syscalls;
  /** Variables the new shell starts with (HOSTNAME in a container). */
  readonly vars: Readonly<Record<string, string>>;
  /** The command that asked, for job control (`su alice`); set by the shell that runs it. */
  command?: string;
  /** The new shell's exit status, once it has exited. */
  status: number;
}

/** The `suspend` builtin: the shell stops until its parent shell continues it (fg). */
export interface SuspendRequest {
  readonly kind: 'suspend';
}

/**
 * The shell has run its slice of commands (a long or endless loop): the driver may let other
 * things happen (a Ctrl-C arrive) before it resumes the shell. Nothing waits.
 */
export interface Preempt {
  readonly kind: 'preempt';
}

export const PREEMPT: Preempt = { kind: 'preempt' };

/** What a program yields when it gives the processor away. */
export type Yielded = Wait | Sleep | ShellRequest | SuspendRequest | Preempt;

/** A running program: yields while blocked, returns its exit status. */
export type Proc = Generator<Yielded, number, void>;

export function isRead(y: Yielded): y is Wait {
  return 'fd' in y;
}

export function isSleep(y: Yielded): y is Sleep {
  return 'until' in y;
}

export function isShellRequest(y: Yielded): y is ShellRequest {
  return 'kind' in y && y.kind === 'shell';
}

export function isSuspend(y: Yielded): y is SuspendRequest {
  return 'kind' in y && y.kind === 'suspend';
}

export function isPreempt(y: Yielded): y is Preempt {
  return 'kind' in y && y.kind === 'preempt';
}

/**
 * execvp(3) as the playground has it: the program (or a builtin that also exists as a program) of
 * that name, run in the calling task; null when there is none.
 */
export type Execvp = (
  sys: Syscalls,
  argv: readonly string[],
  env: ReadonlyMap<string, string>,
) => Proc | null;

export interface ProcessContext {
  readonly sys: Syscalls;
  /** argv[0] is the command name as typed. */
  readonly argv: readonly string[];
  /** The exported variables the program was started with. */
  readonly env: ReadonlyMap<string, string>;
  /** How this program can run another one in its own task (container exec CMD). */
  readonly execvp?: Execvp;
}

export type Program = (ctx: ProcessContext) => Proc;

const S_IFMT = 0o170000;
export const S_IFDIR = 0o040000;
export const S_IFREG = 0o100000;
export const S_IFCHR = 0o020000;
export const S_IFIFO = 0o010000;

export function fileType(mode: number): number {
  return mode & S_IFMT;
}

/** read(2) that sleeps: yields a Wait while the kernel says "would block", then retries. */
export function* readBlocking(
  sys: Syscalls,
  fd: number,
  count: number,
): Generator<Wait, Uint8Array | number, void> {
  for (;;) {
    const got = sys.read(fd, count);
    if (got !== -ERESTARTSYS) return got;
    yield { pid: sys.pid, fd };
  }
}

/** nanosleep(2): yields until the virtual clock has moved `ns` on. */
export function* sleepFor(sys: Syscalls, ns: number): Generator<Sleep, void, void> {
  const until = sys.clock() + ns;
  while (sys.clock() < until) yield { pid: sys.pid, until };
}

/** gnulib full_write(): writes until everything went or a write fails; returns 0 or a negative errno. */
export function writeAll(sys: Syscalls, fd: number, data: Uint8Array): number {
  let rest = data;
  while (rest.length > 0) {
    const n = sys.write(fd, rest);
    if (n < 0) return n;
    if (n === 0) return -ENOSPC;
    rest = rest.subarray(n);
  }
  return 0;
}

/** isatty(3) as the model allows: a character device that is one of the terminals in /dev/pts. */
export function isatty(sys: Syscalls, fd: number): boolean {
  const st = sys.fstat(fd);
  if (!st.ok || fileType(st.value.mode) !== S_IFCHR) return false;
  const pts = sys.readdir('/dev/pts');
  return pts.ok && pts.value.some((e) => e.ino === st.value.ino);
}

/** Reads a whole file that never blocks (a regular file such as /etc/passwd); null when it cannot. */
export function readFileSync(sys: Syscalls, path: string): Uint8Array | null {
  const fd = sys.open(path, 0);
  if (fd < 0) return null;
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const got = sys.read(fd, 65536);
    if (typeof got === 'number') {
      sys.close(fd);
      return null;
    }
    if (got.length === 0) break;
    chunks.push(got);
    total += got.length;
  }
  sys.close(fd);
  return concatBytes(chunks, total);
}

export function concatBytes(
  chunks: readonly Uint8Array[],
  total = chunks.reduce((n, c) => n + c.length, 0),
): Uint8Array {
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

// One terminal of the playground (session.ts): its login task, its interactive shell, the quiet
// system calls the page looks through, and the bytes it printed that the page has not been given
// yet; and the two shapes of a reply the session's calls give.

import { TRACEFS_PATH, type Kernel } from './kernel/boot';
import type { Syscalls } from './kernel/syscall-table';
import type { Tty } from './kernel/tty';
import { decodeUtf8 } from './kernel/lib/utf8';
import { Shell } from './user/shell/shell';
import type { Scheduler } from './user/shell/jobs';
import { concatBytes } from './user/process';
import type { Reply, ShellState } from './protocol';

export interface Session {
  shell: Shell;
  sys: Syscalls;
  /** The login task's quiet system calls: the inspectors and the host view look through them. */
  look: Syscalls;
  /** The foreground shell's quiet calls (it changes with `su` and `container exec`), and its pid. */
  view: { pid: number; sys: Syscalls } | null;
  tty: Tty;
  readonly out: Uint8Array[];
  /** Where its shell stood after its last step. */
  state: ShellState;
}

/** What a login makes of a terminal (its shell's state comes with its first step). */
export type Login = Pick<Session, 'shell' | 'sys' | 'look' | 'view' | 'tty' | 'out'>;

/** A root (or `uid`) login in /sys/kernel/tracing, its output collected for the page. */
export function login(kernel: Kernel, uid: number, scheduler: Scheduler): Login {
  const out: Uint8Array[] = [];
  const { sys, tty } = kernel.login({ uid, cwd: TRACEFS_PATH, output: (b) => out.push(b) });
  const look = kernel.observe(sys.pid) ?? sys;
  return { shell: new Shell(sys, {}, scheduler), sys, look, view: null, tty, out };
}

/** What the terminal printed since the last time, as text; the terminal keeps none of it. */
export function drain(s: Session): string {
  if (s.out.length === 0) return '';
  const text = decodeUtf8(concatBytes(s.out));
  s.out.length = 0;
  return text;
}

export function ok<T>(value: T): Reply<T> {
  return { ok: true, value };
}

export function missing<T>(): Reply<T> {
  return { ok: false, error: { kind: 'no-session', message: 'no such terminal (restart the playground)' } };
}

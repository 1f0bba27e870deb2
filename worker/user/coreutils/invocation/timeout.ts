// Models GNU coreutils 9.1 timeout: `timeout [-s SIG] [-k DUR] [-v] [--preserve-status] [--foreground]
// DUR CMD [ARG]...` runs CMD in a forked child and, once the virtual clock has moved DUR on, sends it
// SIG (default TERM), then KILL after -k's DUR if it still runs. Statuses: CMD's own; 124 when it timed
// out (CMD's with --preserve-status); 125 for timeout's own trouble, 126 and 127 when CMD cannot run;
// 137 when KILL was sent, timeout then dying of it too unless --foreground (the KILL reaches its whole
// process group). A child a signal killed before the timeout takes timeout down with the same signal.
// timeout drives the child's program itself: a sleep of the child longer than the time left is cut
// at the deadline, and a read that blocks is retried in short sleeps until the deadline, so input
// that comes meanwhile (a pipe, trace_pipe) is read as it comes.
// Simplified: there are no process groups, so the signal goes to the child task alone.

import { ENOENT, strerror } from '../../../kernel/lib/errno';
import type { Syscalls } from '../../../kernel/syscall-table';
import { SIGKILL, SIGTERM } from '../../../kernel/syscalls';
import { encodeText } from '../../bytes';
import { isRead, isSleep, PREEMPT, type Proc, type ProcessContext, type Yielded } from '../../process';
import { usageError } from '../bytes/usage';
import { quote, Tool } from '../tool';
import { commandPath, execError } from './command-path';
import { getoptInOrder, type GetoptSpec } from './getopt-order';
import { durationNs, operandToSignal, parseDuration, signalName } from './timeout-args';

const EXIT_TIMEDOUT = 124;
const EXIT_CANCELED = 125;
const EXIT_CANNOT_INVOKE = 126;
const EXIT_ENOENT = 127;

/** The shortest sleep between two retries of a blocked read: 10 ms of virtual time. */
const MIN_POLL_NS = 10_000_000;
/** A blocked read is retried at most about this many times before a deadline. */
const POLLS_PER_TIMER = 1000;

const VERSION =
  'timeout (GNU coreutils) 9.1\nCopyright (C) 2022 Free Software Foundation, Inc.\n' +
  'License GPLv3+: GNU GPL version 3 or later <https://gnu.org/licenses/gpl.html>.\n' +
  'This is free software: you are free to change and redistribute it.\n' +
  'There is NO WARRANTY, to the extent permitted by law.\n\nWritten by Padraig Brady.\n';

const SPEC: GetoptSpec = {
  short: 'k:s:v',
  long: {
    foreground: { key: 'foreground', arg: 'none' },
    'kill-after': { key: 'k', arg: 'required' },
    'preserve-status': { key: 'preserve-status', arg: 'none' },
    signal: { key: 's', arg: 'required' },
    verbose: { key: 'v', arg: 'none' },
    help: { key: 'help', arg: 'none' },
    version: { key: 'version', arg: 'none' },
  },
};

interface Settings {
  signal: number;
  /** Nanoseconds; 0 is no timer. */
  duration: number;
  killAfter: number;
  preserveStatus: boolean;
  foreground: boolean;
  verbose: boolean;
}

export function* timeout(ctx: ProcessContext): Proc {
  const t = new Tool(ctx, 'timeout', EXIT_CANCELED);
  const p = getoptInOrder(SPEC, ctx.argv.slice(1));
  if ('error' in p) return usageError(t, p.error);
  const s: Settings = {
    signal: SIGTERM,
    duration: 0,
    killAfter: 0,
    preserveStatus: false,
    foreground: false,
    verbose: false,
  };
  for (const [key, arg = ''] of p.options) {
    if (key === 'help') return usageError(t, null, 0);
    if (key === 'version') {
      t.out.write(VERSION);
      return t.finish(0);
    }
    if (key === 'k') {
      const seconds = parseDuration(arg);
      if (seconds === null) return usageError(t, `invalid time interval ${quote(arg)}`);
      s.killAfter = durationNs(seconds);
    } else if (key === 's') {
      const sig = operandToSignal(arg);
      if (sig === null) return usageError(t, `${quote(arg)}: invalid signal`);
      s.signal = sig;
    } else if (key === 'v') s.verbose = true;
    else if (key === 'foreground') s.foreground = true;
    else s.preserveStatus = true;
  }
  if (p.operands.length < 2) return usageError(t, null);
  const seconds = parseDuration(p.operands[0]);
  if (seconds === null) return usageError(t, `invalid time interval ${quote(p.operands[0])}`);
  s.duration = durationNs(seconds);
  return yield* supervise(ctx, p.operands.slice(1), s);
}

/** How the child ended: the status it exited with, or the signal that killed it. */
type Ended = { readonly status: number; readonly signal: number };

/** fork + execvp + the timers: runs argv in a child until it ends; returns timeout's status. */
function* supervise(ctx: ProcessContext, argv: readonly string[], s: Settings): Proc {
  const { sys } = ctx;
  const name = argv[0];
  const child = sys.fork();
  let proc: Proc | null = null;
  let done = false;
  try {
    proc = commandPath(name) === null ? null : (ctx.execvp?.(child, argv, ctx.env) ?? null);
    if (!proc) {
      const err = execError(child, name);
      sys.write(2, encodeText(`timeout: failed to run command ${quote(name)}: ${strerror(err)}\n`));
      return err === -ENOENT ? EXIT_ENOENT : EXIT_CANNOT_INVOKE;
    }
    const timers = new Timers(sys, s, child, name);
    const ended = yield* drive(sys, child, proc, timers);
    done = true;
    const status = outcome(sys, s, timers.timedOut, ended);
    // NOTE: a task a signal killed ends at its next scheduling point, where its parent learns how.
    if (sys.termSignal()) yield PREEMPT;
    return status;
  } finally {
    if (proc && !done) proc.return(EXIT_CANCELED);
    child.exit();
  }
}

/** The timeout, then the kill-after timer: when each is due and what it sends. */
class Timers {
  timedOut = false;
  /** When timeout acts next (ns on the virtual clock), Infinity for never. */
  alarm: number;
  /** How long a blocked read sleeps before it is retried. */
  poll: number;

  constructor(
    private readonly sys: Syscalls,
    private readonly s: Settings,
    private readonly child: Syscalls,
    private readonly name: string,
  ) {
    this.alarm = Infinity;
    this.poll = MIN_POLL_NS;
    this.arm(s.duration);
  }

  private arm(ns: number): void {
    this.alarm = ns > 0 ? this.sys.clock() + ns : Infinity;
    this.poll = Math.max(MIN_POLL_NS, Math.floor(ns / POLLS_PER_TIMER));
  }

  /** Sends what is due now: the signal at the timeout, KILL when -k's time has passed too. */
  fire(): void {
    if (this.sys.clock() < this.alarm) return;
    const sig = this.timedOut ? SIGKILL : this.s.signal;
    if (this.timedOut) this.alarm = Infinity;
    else {
      this.timedOut = true;
      this.arm(this.s.killAfter);
    }
    if (this.s.verbose) {
      const text = `timeout: sending signal ${signalName(sig)} to command ${quote(this.name)}\n`;
      this.sys.write(2, encodeText(text));
    }
    this.sys.kill(this.child.pid, sig);
  }
}

/** Runs the child's program, its sleeps and blocked reads bounded by the timers, until it ends. */
function* drive(sys: Syscalls, child: Syscalls, proc: Proc, timers: Timers): Generator<Yielded, Ended, void> {
  let pending: Yielded | null = null;
  for (;;) {
    timers.fire();
    const killed = child.termSignal();
    if (killed) {
      proc.return(128 + killed);
      return { status: 128 + killed, signal: killed };
    }
    if (pending && isSleep(pending) && sys.clock() < pending.until) {
      yield { pid: sys.pid, until: Math.min(pending.until, timers.alarm) };
      continue;
    }
    const r = proc.next();
    if (r.done) return { status: r.value & 0xff, signal: child.termSignal() };
    pending = r.value;
    if (isSleep(pending)) continue;
    if (isRead(pending) && timers.alarm !== Infinity) {
      yield { pid: sys.pid, until: Math.min(timers.alarm, sys.clock() + timers.poll) };
    } else yield pending;
  }
}

/** timeout's exit status, killing itself as the real one is killed or kills itself. */
function outcome(sys: Syscalls, s: Settings, timedOut: boolean, ended: Ended): number {
  if (!ended.signal) return timedOut && !s.preserveStatus ? EXIT_TIMEDOUT : ended.status;
  const status = 128 + ended.signal;
  if (ended.signal === SIGKILL && timedOut) {
    // NOTE: the KILL went to timeout's process group too, itself included, unless --foreground.
    if (!s.foreground) sys.kill(sys.pid, SIGKILL);
    return status;
  }
  if (!timedOut) {
    sys.kill(sys.pid, ended.signal);
    return status;
  }
  return s.preserveStatus ? status : EXIT_TIMEDOUT;
}

// Models bash's job control (jobs.c) over the model's cooperative processes: every background job
// is a generator the scheduler resumes round-robin at each scheduling point (a prompt, a blocked
// read, a sleep of the foreground, `wait`). Time passes only when the foreground sleeps or waits:
// then the clock jumps to the next wake-up of a sleeping job, which runs, and so on, so the same
// input gives the same interleaving and the same timestamps on every run.
// A Scheduler holds every job of one machine's terminals (the page's several terminals share one,
// so a job started in one runs while another terminal's foreground sleeps); each shell (a login
// shell, su and container shells) numbers its own jobs in a JobTable (job-table.ts), as bash does.
// Jobs outlive the shell that started them; a terminal's hangup ends the jobs started on it.

import type { Syscalls } from '../../kernel/syscall-table';
import { SIGHUP } from '../../kernel/syscalls';
import { isPreempt, isRead, isShellRequest, isSleep, type Proc, type Yielded } from '../process';
import type { JobTable } from './job-table';

export type JobState = 'running' | 'stopped' | 'done';

export class Job {
  state: JobState = 'running';
  /** What the job yielded last: the read, sleep or shell request it waits on. */
  pending: Yielded | null = null;
  status = 0;
  /** The signal that ended the job, 0 when it exited by itself. */
  signal = 0;
  /** A change (stopped, done) not yet reported at a prompt or by `jobs`. */
  changed = false;
  /** Called once when the job ends, for what the shell keeps beside it (a stopped shell's frame). */
  onEnd: (() => void) | null = null;
  /** Order of the last launch or stop: the highest is bash's current job `+`. */
  seq = 0;
  /** The terminal the job was started on (its hangup ends the job). */
  readonly terminal: object | null;

  constructor(
    readonly id: number,
    /** The job's first process: its pid is the job's, its death ends the job. */
    readonly leader: Syscalls,
    readonly command: string,
    readonly proc: Proc,
    public owner: JobTable | null,
  ) {
    this.terminal = owner?.terminal ?? null;
  }

  get pid(): number {
    return this.leader.pid;
  }
}

/** bash's j_strsignal() texts for the signals that usually end a job. */
const SIGNAL_TEXT: Readonly<Record<number, string>> = {
  1: 'Hangup',
  2: 'Interrupt',
  3: 'Quit',
  9: 'Killed',
  10: 'User defined signal 1',
  12: 'User defined signal 2',
  13: 'Broken pipe',
  14: 'Alarm clock',
  15: 'Terminated',
};

export function signalText(sig: number): string {
  return SIGNAL_TEXT[sig] ?? `Unknown signal ${sig}`;
}

export class Scheduler {
  /** Every live job of the terminal, in launch order. */
  private readonly jobs: Job[] = [];
  private seq = 0;

  add(job: Job): void {
    job.seq = ++this.seq;
    this.jobs.push(job);
  }

  /** The job leaves the scheduler: it ended, or `fg` runs it in the foreground. */
  remove(job: Job): void {
    const i = this.jobs.indexOf(job);
    if (i >= 0) this.jobs.splice(i, 1);
  }

  touch(job: Job): void {
    job.seq = ++this.seq;
  }

  get idle(): boolean {
    return !this.jobs.some((j) => j.state === 'running');
  }

  /** Ends a job whose leader was killed; true when it was. */
  private reap(job: Job): boolean {
    const sig = job.leader.termSignal();
    if (!sig || job.state === 'done') return false;
    job.proc.return(128 + sig);
    this.finish(job, 128 + sig, sig);
    return true;
  }

  finish(job: Job, status: number, signal: number): void {
    job.state = 'done';
    job.status = status;
    job.signal = signal;
    job.pending = null;
    job.changed = true;
    job.onEnd?.();
    job.onEnd = null;
    if (!job.owner) this.remove(job);
  }

  /** One slice of a job, up to its next yield; false when it only blocked again on the same read. */
  private step(job: Job): boolean {
    if (this.reap(job)) return true;
    if (job.state !== 'running') return false;
    const before = job.pending;
    if (before && isSleep(before) && job.leader.clock() < before.until) return false;
    if (before && isShellRequest(before)) return this.stop(job);
    const r = job.proc.next();
    if (r.done) {
      this.finish(job, r.value, 0);
      return true;
    }
    if (isPreempt(r.value)) {
      job.pending = null;
      return true;
    }
    job.pending = r.value;
    if (!isRead(r.value) && !isSleep(r.value)) return this.stop(job);
    return !(before && isRead(before) && isRead(r.value) && before.fd === r.value.fd);
  }

  /** A background job wants the terminal (an interactive shell): it stops, as with SIGTTIN. */
  private stop(job: Job): boolean {
    job.state = 'stopped';
    job.changed = true;
    this.touch(job);
    return true;
  }

  /** Ends the jobs whose leader was killed since the last look (bash reaps them before a prompt). */
  reapAll(): void {
    for (const job of [...this.jobs]) this.reap(job);
  }

  /** Every job that can run now runs once, in launch order; true when one of them got on. */
  pass(): boolean {
    let progress = false;
    for (const job of [...this.jobs]) {
      if (job.state === 'stopped' && this.reap(job)) progress = true;
      else if (this.step(job)) progress = true;
    }
    return progress;
  }

  /** The earliest moment a sleeping job wakes up, or null. */
  private nextWake(): number | null {
    let next: number | null = null;
    for (const job of this.jobs) {
      const p = job.pending;
      if (job.state === 'running' && p && isSleep(p) && (next === null || p.until < next)) next = p.until;
    }
    return next;
  }

  /** The foreground sleeps until `until`: jobs run at their own wake-ups meanwhile. */
  advanceTo(sys: Syscalls, until: number): void {
    for (;;) {
      this.pass();
      const wake = this.nextWake();
      if (wake === null || wake > until) break;
      if (wake > sys.clock()) sys.nanosleep(wake - sys.clock());
    }
    if (until > sys.clock()) sys.nanosleep(until - sys.clock());
  }

  /**
   * The foreground waits (a blocked read, `wait`): run the jobs; if none can go on now, let time
   * pass to the next wake-up. False when nothing can happen without outside input.
   */
  waitForProgress(sys: Syscalls): boolean {
    if (this.jobs.length === 0) return false;
    if (this.pass()) return true;
    const wake = this.nextWake();
    if (wake === null) return false;
    if (wake > sys.clock()) sys.nanosleep(wake - sys.clock());
    this.pass();
    return true;
  }

  /** A terminal's session ends: every job started on it gets SIGHUP, as the tty hangup does. */
  hangupAll(terminal: object | null): void {
    for (const job of [...this.jobs]) {
      if (job.state === 'done' || job.terminal !== terminal) continue;
      job.leader.kill(job.pid, SIGHUP);
      this.reap(job);
    }
  }
}

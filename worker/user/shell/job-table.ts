// Models one bash process's job table (jobs.c): jobs numbered %1, %2 ... from 1 + the highest in
// use, bash's current (`+`) and previous (`-`) job, the lines of `jobs` and of the notices printed
// at a prompt (`[1]+  Done                    CMD`), and what happens to the jobs when the shell exits.

import type { Syscalls } from '../../kernel/syscall-table';
import { SIGHUP } from '../../kernel/syscalls';
import { encodeText } from '../bytes';
import type { Proc, Yielded } from '../process';
import { Job, Scheduler, signalText } from './jobs';

/** bash pads the status to LONGEST_SIGNAL_DESC columns. */
const STATUS_WIDTH = 24;

/** One shell's numbered jobs (`%1`, `%2` ...) and what it reports about them. */
export class JobTable {
  readonly jobs: Job[] = [];
  /** `exit` with stopped jobs warns once, as bash does. */
  warnedStopped = false;

  constructor(
    readonly scheduler: Scheduler = new Scheduler(),
    /** The terminal the shell reads from: its jobs end when the terminal hangs up. */
    readonly terminal: object | null = null,
    /** An interactive shell says `[N] PID` for each job it starts; a script does not. */
    readonly announce = true,
  ) {}

  private nextId(): number {
    return this.jobs.reduce((max, j) => Math.max(max, j.id), 0) + 1;
  }

  /** A new background job; bash's `[N] PID` goes to the shell's stderr. */
  launch(sys: Syscalls, leader: Syscalls, command: string, proc: Proc, announce = this.announce): Job {
    const job = new Job(this.nextId(), leader, command, proc, this);
    this.jobs.push(job);
    this.scheduler.add(job);
    if (announce) sys.write(2, encodeText(`[${job.id}] ${job.pid}\n`));
    return job;
  }

  /** A foreground job that stopped (a suspended shell), waiting on `pending`. */
  addStopped(leader: Syscalls, command: string, proc: Proc, pending: Yielded): Job {
    const job = new Job(this.nextId(), leader, command, proc, this);
    job.state = 'stopped';
    job.pending = pending;
    this.jobs.push(job);
    this.scheduler.add(job);
    return job;
  }

  /** The job leaves the table and the scheduler (fg takes it, or it was reported done). */
  drop(job: Job): void {
    const i = this.jobs.indexOf(job);
    if (i >= 0) this.jobs.splice(i, 1);
    this.scheduler.remove(job);
  }

  /** bash's `+` (current) and `-` (previous): the last stopped jobs first, then the last started. */
  private marks(): Map<Job, string> {
    const order = [...this.jobs].sort(
      (a, b) => Number(b.state === 'stopped') - Number(a.state === 'stopped') || b.seq - a.seq,
    );
    return new Map(this.jobs.map((j) => [j, j === order[0] ? '+' : j === order[1] ? '-' : ' ']));
  }

  current(): Job | null {
    return [...this.marks()].find(([, m]) => m === '+')?.[0] ?? null;
  }

  previous(): Job | null {
    return [...this.marks()].find(([, m]) => m === '-')?.[0] ?? null;
  }

  /** One line of `jobs` (with `-l`, the pid too). */
  line(job: Job, withPid = false): string {
    const mark = this.marks().get(job) ?? ' ';
    const status =
      job.state === 'running'
        ? 'Running'
        : job.state === 'stopped'
          ? 'Stopped'
          : job.signal
            ? signalText(job.signal)
            : job.status === 0
              ? 'Done'
              : `Exit ${job.status}`;
    const pid = withPid ? ` ${job.pid}` : ' ';
    const tail = job.state === 'running' ? ' &' : '';
    return `[${job.id}]${mark}${pid} ${status.padEnd(STATUS_WIDTH)}${job.command}${tail}\n`;
  }

  /** The lines of `jobs`; done jobs are reported once and forgotten. */
  /** `jobs`: the lines of every job, or of `only`; those are reported now. */
  list(withPid: boolean, only: readonly Job[] = this.jobs): string {
    const text = only.map((j) => this.line(j, withPid)).join('');
    this.forgetReported(only);
    return text;
  }

  private forgetReported(only: readonly Job[]): void {
    for (const job of [...only]) {
      job.changed = false;
      if (job.state === 'done') this.drop(job);
    }
  }

  /**
   * At a prompt: what changed since the last one, on the shell's stderr (bash's
   * notify_of_job_status). Without job control (`set +m`) a job that exited is not reported.
   */
  notify(sys: Syscalls, monitor = true): void {
    const changed = this.jobs.filter((j) => j.changed);
    if (changed.length === 0) return;
    const shown = changed.filter((j) => monitor || j.state !== 'done' || j.signal !== 0);
    const text = shown.map((j) => this.line(j)).join('');
    for (const job of changed) {
      job.changed = false;
      if (job.state === 'done') this.drop(job);
    }
    if (text) sys.write(2, encodeText(text));
  }

  /** The shell exits: running jobs go on without it, stopped ones are hung up (bash's hangup_all_jobs). */
  orphan(): void {
    for (const job of [...this.jobs]) {
      if (job.state === 'stopped') {
        job.leader.kill(job.pid, SIGHUP);
        if (job.leader.termSignal()) {
          job.proc.return(128 + SIGHUP);
          this.scheduler.finish(job, 128 + SIGHUP, SIGHUP);
        }
      }
      job.owner = null;
      if (job.state === 'done') this.scheduler.remove(job);
    }
    this.jobs.length = 0;
  }

  hasStopped(): boolean {
    return this.jobs.some((j) => j.state === 'stopped');
  }

  /** A jobspec: `%N`, `%%`, `%+`, `%-`, `%NAME` (a command that starts with NAME). */
  resolve(spec: string): Job | 'none' | 'ambiguous' {
    const s = spec.startsWith('%') ? spec.slice(1) : spec;
    if (s === '' || s === '%' || s === '+') return this.current() ?? 'none';
    if (s === '-') return this.previous() ?? 'none';
    if (/^\d+$/.test(s)) return this.jobs.find((j) => j.id === Number(s)) ?? 'none';
    // NOTE: `%?TEXT` names the job whose command contains TEXT, `%TEXT` the one that starts with it.
    const matches = s.startsWith('?')
      ? this.jobs.filter((j) => j.command.includes(s.slice(1)))
      : this.jobs.filter((j) => j.command.startsWith(s));
    return matches.length === 1 ? matches[0] : matches.length === 0 ? 'none' : 'ambiguous';
  }
}

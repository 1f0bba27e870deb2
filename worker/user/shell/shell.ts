// Models an interactive bash session as a driver sees it: lines typed at the prompt go in; a command
// runs until it finishes or its read would block, and a blocked command is resumed when input may
// have arrived or ended by Ctrl-C. Lines that leave a quote open wait for the next line (PS2).
// The terminal may hold a stack of shells: `su` and `container exec` start a shell that reads the
// lines until it exits (or `suspend`s, becoming a stopped job of the shell below). Background jobs
// of every shell on the terminal share one scheduler (jobs.ts), which the terminals of one machine
// may share too.

import type { Syscalls } from '../../kernel/syscall-table';
import { SIGQUIT, SIGTERM } from '../../kernel/syscalls';
import { encodeText } from '../bytes';
import {
  isPreempt,
  isShellRequest,
  isSleep,
  isSuspend,
  type Proc,
  type ShellRequest,
  type Wait,
  type Yielded,
} from '../process';
import { interpreter } from './interpreter';
import { shellError } from './builtin-io';
import { Scheduler } from './jobs';
import { JobTable } from './job-table';
import { ShellState, Ticker } from './state';
import { historyEntry } from './history-entry';
import { expandHistory } from './history-expand';

/** Where the shell stands after a call. */
export type ShellStep =
  | { readonly state: 'done'; readonly status: number }
  | { readonly state: 'blocked'; readonly wait: Wait }
  | { readonly state: 'more' }
  /** The command has run its slice (a long loop): call resume() to go on, or interrupt(). */
  | { readonly state: 'running' };

/** How many times a foreground that waits lets background jobs run before it gives the caller a turn. */
const WAIT_PASSES = 1000;

/** Status of a command ended by Ctrl-C (128 + SIGINT). */
export const STATUS_INTERRUPTED = 130;

/** One interactive shell on the terminal. */
interface Frame {
  readonly sh: ShellState;
  running: Proc | null;
  pending: string[];
  /** Lines this shell has read (bash's line number, for the here-doc warning). */
  linesRead: number;
  /** What started it (su, container exec); null for the login shell. */
  readonly request: ShellRequest | null;
}

export class Shell {
  private readonly frames: Frame[] = [];
  /** The frame of each shell started on request, also while it is a stopped job. */
  private readonly frameOf = new WeakMap<ShellRequest, Frame>();
  /** Tags the jobs started on this terminal. */
  private readonly terminal = {};

  /**
   * `sys` is the session's first task (the login shell); `vars` are extra exported variables;
   * `scheduler` is shared with the other terminals of the machine, if any.
   */
  constructor(
    sys: Syscalls,
    vars: Record<string, string> = {},
    private readonly scheduler = new Scheduler(),
  ) {
    this.frames.push(this.newFrame(sys, vars, null));
  }

  private newFrame(
    sys: Syscalls,
    vars: Readonly<Record<string, string>>,
    request: ShellRequest | null,
  ): Frame {
    const sh = new ShellState(sys, [], undefined, sys.pid, new JobTable(this.scheduler, this.terminal));
    sh.loginShell = request === null;
    sh.initLogin({ ...vars });
    return { sh, running: null, pending: [], linesRead: 0, request };
  }

  private get top(): Frame {
    return this.frames[this.frames.length - 1];
  }

  /** The task of the shell that reads the next line (the innermost su or container shell). */
  get sys(): Syscalls {
    return this.top.sh.sys;
  }

  get status(): number {
    return this.top.sh.status;
  }

  /** True while a command is blocked and waits for resume() or interrupt(). */
  get busy(): boolean {
    return this.top.running !== null;
  }

  /** True while a line left a construct open and the shell waits for its continuation. */
  get continuing(): boolean {
    return this.top.pending.length > 0;
  }

  /** The status `exit` asked for in the login shell (128 + N when signal N killed it), or null while it lives. */
  get exitStatus(): number | null {
    const login = this.frames[0].sh;
    const sig = login.sys.termSignal();
    return login.exitStatus ?? (sig ? 128 + sig : null);
  }

  /** The numbered history of the shell reading lines, as `history` prints it. */
  get history(): readonly string[] {
    return this.top.sh.history;
  }

  /** bash's PS1 `\u@\h:\w\$ ` (PS2 `> ` while a line continues). */
  prompt(): string {
    if (this.continuing) return '> ';
    const sh = this.top.sh;
    const user = sh.getVar('USER') ?? '';
    const home = sh.getVar('HOME');
    let cwd = sh.sys.getcwd();
    if (home && home !== '/' && (cwd === home || cwd.startsWith(home + '/')))
      cwd = '~' + cwd.slice(home.length);
    const host = sh.getVar('HOSTNAME') ?? 'playground';
    return `${user}@${host}:${cwd}${sh.sys.getuid() === 0 ? '#' : '$'} `;
  }

  /** Feeds one typed line (without its newline) and runs it as far as it goes. */
  input(line: string): ShellStep {
    if (this.reapFrames() && this.top.running) this.drive();
    const f = this.top;
    if (f.running) throw new Error('Shell.input: a command is still running');
    if (f.sh.options.histexpand) {
      const h = expandHistory(line, f.sh.history);
      if ('error' in h) {
        shellError(f.sh.sys, h.error);
        f.pending = [];
        return this.prompted(f);
      }
      // NOTE: bash shows a line that history expansion changed before it runs it.
      if (h.changed) f.sh.sys.write(1, encodeText(h.line + '\n'));
      line = h.line;
    }
    f.pending.push(line);
    f.linesRead++;
    const text = f.pending.join('\n');
    const parsed = interpreter().parse(text);
    if (parsed.kind === 'incomplete') return { state: 'more' };
    f.pending = [];
    if (text.trim() !== '') f.sh.history.push(historyEntry(text.split('\n')));
    if (parsed.kind === 'error') {
      shellError(f.sh.sys, parsed.message);
      f.sh.status = 2;
      return this.prompted(f);
    }
    if (parsed.list.length === 0) return this.prompted(f);
    f.sh.ticker.count = 0;
    f.sh.ticker.limit = Ticker.SLICE;
    f.running = interpreter().runTop(f.sh, parsed.list);
    return this.drive();
  }

  /** Retries the blocked read: call when input arrived or the file may have data. */
  resume(): ShellStep {
    this.reapFrames();
    if (!this.top.running) return { state: 'done', status: this.status };
    return this.drive();
  }

  /**
   * Ctrl-C: ends the running command (its children exit, its descriptors close) with status 130,
   * or drops a half-typed continuation. Echoing `^C` is the terminal's part, not the shell's.
   */
  interrupt(): ShellStep {
    const f = this.top;
    f.pending = [];
    if (f.running) {
      const proc = f.running;
      f.running = null;
      proc.return(STATUS_INTERRUPTED);
    }
    f.sh.status = STATUS_INTERRUPTED;
    // NOTE: the shell gets the terminal's SIGINT too: a `trap ... INT` action runs.
    const action = f.sh.traps.get('INT');
    if (action) {
      f.running = interpreter().runTrap(f.sh, action);
      return this.drive();
    }
    return this.prompted(f);
  }

  /**
   * End of input: in a line that continues, bash's `unexpected EOF` diagnostic (status 2); at the
   * prompt of an su or container shell, that shell exits, as after `exit`.
   */
  endOfInput(): ShellStep {
    const f = this.top;
    if (!this.continuing) {
      if (!f.request || f.running) return { state: 'done', status: f.sh.status };
      f.sh.sys.write(2, encodeText('exit\n'));
      this.leave(f, f.sh.status);
      return this.drive();
    }
    const text = f.pending.join('\n');
    const parsed = interpreter().parse(text, { lineOffset: f.linesRead - f.pending.length });
    f.pending = [];
    if (parsed.kind === 'ok') {
      // NOTE: a here-doc cut short by the end of input still runs, after bash's warning.
      for (const w of parsed.warnings ?? []) shellError(f.sh.sys, w);
      f.sh.history.push(historyEntry(text.split('\n')));
      f.sh.ticker.count = 0;
      f.sh.ticker.limit = Ticker.SLICE;
      f.running = interpreter().runTop(f.sh, parsed.list);
      return this.drive();
    }
    shellError(f.sh.sys, parsed.message);
    f.sh.status = 2;
    return { state: 'done', status: 2 };
  }

  /** Lets background jobs run that can (a page calls it for terminals that are not typing). */
  runJobs(): void {
    this.scheduler.pass();
  }

  /** The terminal hangs up (it is closed): its jobs get SIGHUP, its shells end. */
  hangup(): void {
    this.scheduler.hangupAll(this.terminal);
  }

  /** How many commands the running foreground command has run (a replay stops it at a count). */
  get ticks(): number {
    return this.top.sh.ticker.count;
  }

  /**
   * Runs the foreground command on until it has run `ticks` commands in all (or ends, or blocks);
   * a replay takes the steps a person took while it ran at the same point.
   */
  resumeTo(ticks: number): ShellStep {
    const t = this.top.sh.ticker;
    t.stopAt = ticks;
    try {
      let step = this.resume();
      while (step.state === 'running' && t.count < ticks) step = this.resume();
      return step;
    } finally {
      t.stopAt = Infinity;
    }
  }

  /** Runs the innermost shell's command until it finishes or blocks, serving what it yields. */
  private drive(): ShellStep {
    let passes = 0;
    for (;;) {
      this.reapFrames();
      const f = this.top;
      if (!f.running) return this.prompted(f);
      let r: IteratorResult<Yielded, number>;
      try {
        r = f.running.next();
      } catch (e) {
        f.running = null;
        throw e;
      }
      if (r.done) {
        f.running = null;
        if (f.request && f.sh.sys.termSignal()) continue;
        if (f.sh.exitStatus === null) return this.prompted(f);
        if (f.request) {
          this.leave(f, f.sh.exitStatus);
          continue;
        }
        this.scheduler.hangupAll(this.terminal);
        return { state: 'done', status: f.sh.exitStatus };
      }
      const y = r.value;
      if (isShellRequest(y)) this.enter(y);
      else if (isSuspend(y)) {
        if (f.request) this.suspend(f);
      } else if (isPreempt(y)) return { state: 'running' };
      else if (isSleep(y)) this.scheduler.advanceTo(f.sh.sys, y.until);
      else if (!this.scheduler.waitForProgress(f.sh.sys)) return { state: 'blocked', wait: y };
      else if (++passes >= WAIT_PASSES) return { state: 'running' };
    }
  }

  /**
   * Back at the prompt: bash reports the jobs that changed while the command ran (a job a signal
   * killed included), then the jobs that can run take their turn; what they finish now is
   * reported at the next prompt, as a real job that ends while the user types.
   */
  private prompted(f: Frame): ShellStep {
    if (this.exitStatus !== null) {
      this.scheduler.hangupAll(this.terminal);
      return { state: 'done', status: this.exitStatus };
    }
    this.scheduler.reapAll();
    f.sh.jobs.notify(f.sh.sys, f.sh.options.monitor);
    this.scheduler.pass();
    return { state: 'done', status: f.sh.status };
  }

  /** A program became an interactive shell, or `fg` continues a suspended one. */
  private enter(request: ShellRequest): void {
    const known = this.frameOf.get(request);
    if (known) {
      this.frames.push(known);
      return;
    }
    request.sys.signal(SIGTERM, 'ignore');
    request.sys.signal(SIGQUIT, 'ignore');
    const frame = this.newFrame(request.sys, request.vars, request);
    this.frameOf.set(request, frame);
    this.frames.push(frame);
  }

  /** A nested shell exits: its running jobs go on as orphans, the program that started it resumes. */
  private leave(f: Frame, status: number): void {
    this.frames.splice(this.frames.indexOf(f), 1);
    this.frameOf.delete(f.request!);
    f.request!.status = status;
    f.sh.jobs.orphan();
  }

  /** `suspend`: the shell stops; the command that started it becomes a stopped job of the shell below. */
  private suspend(f: Frame): void {
    const request = f.request!;
    this.frames.pop();
    const parent = this.top;
    const proc = parent.running!;
    parent.running = null;
    const command = request.command ?? 'bash';
    const job = parent.sh.jobs.addStopped(request.sys, command, proc, request);
    job.onEnd = () => {
      this.frameOf.delete(request);
      f.running?.return(STATUS_INTERRUPTED);
      f.running = null;
      f.sh.jobs.orphan();
    };
    // NOTE: suspend stops the shell with SIGSTOP, so the stopped command's status is 128 + 19.
    parent.sh.status = 147;
    parent.sh.sys.write(2, encodeText('\n' + parent.sh.jobs.line(job)));
  }

  /** Nested shells whose task was killed end, as if they had exited; true when one did. */
  private reapFrames(): boolean {
    let reaped = false;
    for (let f = this.top; f.request && f.sh.sys.termSignal(); f = this.top) {
      const proc = f.running;
      f.running = null;
      proc?.return(STATUS_INTERRUPTED);
      const sig = f.sh.sys.termSignal();
      this.leave(f, 128 + sig);
      // NOTE: the shell below reports the signal when the command that became this shell returns.
      reaped = true;
    }
    return reaped;
  }
}

// The machine the page drives: one booted kernel and its terminals, each a login task with its tty
// and an interactive shell, plus the read-only looks the page takes at the kernel (tree, file
// view, Tab completion, the inspectors of session-inspect.ts), all made through system calls, as
// `ls` in the shell would. Every step a person takes (a line, Ctrl-C, Ctrl-D, a terminal opened or
// closed) is recorded in the session log (session-log.ts) with the kernel profile the machine
// booted; `replay` boots that profile afresh and takes the same steps, which gives the same bytes.
// The terminals share one job scheduler, so a background job started in one runs while another's
// foreground sleeps; what it prints is handed back with the step that ran it, for the terminal it
// belongs to.
// No worker globals, so the same code runs in the browser worker and in Node tests. NOTE: the
// looks are quiet system calls (Kernel.observe): they never move the virtual clock, so what the
// page looks at does not change the timestamps a session records.

import { boot, type Kernel } from './kernel/boot';
import { DEFAULT_PROFILE, type KernelProfile } from './kernel/profile';
import type { Syscalls } from './kernel/syscall-table';
import { encodeUtf8 } from './kernel/lib/utf8';
import { Scheduler } from './user/shell/jobs';
import { BUILTIN_NAMES } from './user/shell/builtin-names';
import { PROGRAM_NAMES } from './user/program-names';
import { SessionRecorder, stepEcho } from './session-log';
import { drain, login, missing, ok, type Login, type Session } from './session-terminal';
import { PageLooks, type LookedTerminal } from './session-looks';
import { replaySteps } from './session-replay';
import { checkLesson } from './session-lessons';
import { BANNERS, knownProfile } from './session-profile';
import { SIMULATOR_VERSION } from './version';
import type {
  Completion,
  FileContents,
  InspectSnapshot,
  LessonCheck,
  LessonCheckResult,
  LogStep,
  ReplayResult,
  Reply,
  SessionInfo,
  SessionLog,
  ShellState,
  TerminalStep,
  TraceSnapshot,
  TreeSnapshot,
  ViewInfo,
  ViewSpec,
} from './protocol';

export { readFile } from './session-files';
export { createApi } from './session-api';
export { BANNERS } from './session-profile';

/** The greeting of an rfc-v2 terminal (BANNERS has every profile's). */
export const BANNER = BANNERS['rfc-v2'];

/** Every command the shell knows: its builtins and the programs in /usr/bin. */
export const COMMANDS: readonly string[] = [...new Set([...BUILTIN_NAMES, ...PROGRAM_NAMES])]
  .filter((name) => /^[a-z]/.test(name))
  .sort();

const TERMINAL_VIEW: ViewSpec = { kind: 'terminal' };

/** A replay runs a command that ended by itself for at most this many commands. */
const REPLAY_RUN_LIMIT = 50_000_000;

/** At most this many terminals are open at once. */
export const MAX_TERMINALS = 8;

export interface PlaygroundOptions {
  /** Boots each kernel, of the profile asked for (tests pass one with debug systems registered). */
  bootKernel?: (profile: KernelProfile) => Kernel;
  /** Keep what each terminal's screen shows (tests; a replay always does). */
  screens?: boolean;
}

export class Playground {
  private kernel: Kernel | null = null;
  private readonly sessions = new Map<number, Session>();
  private nextId = 1;
  private scheduler = new Scheduler();
  private recorder: SessionRecorder;
  private looks: PageLooks;
  private readonly bootKernel: (profile: KernelProfile) => Kernel;
  private screens: boolean;

  constructor(options: PlaygroundOptions | ((profile: KernelProfile) => Kernel) = {}) {
    const o = typeof options === 'function' ? { bootKernel: options } : options;
    this.bootKernel = o.bootKernel ?? ((profile) => boot({ profile }));
    this.screens = o.screens ?? false;
    this.recorder = new SessionRecorder(DEFAULT_PROFILE, this.screens);
    this.looks = this.newLooks();
  }

  private newLooks(): PageLooks {
    return new PageLooks(
      {
        kernel: () => this.machine(),
        terminal: (id) => this.terminal(id),
        first: () => this.terminal(this.sessions.keys().next().value ?? 0),
      },
      COMMANDS,
    );
  }

  /** The kernel profile the machine runs (the one its log records). */
  get profile(): KernelProfile {
    return this.machine().profile;
  }

  /**
   * Boots a fresh kernel of `profile` (a new, empty session log) and opens terminal 1. A profile
   * this playground does not have is refused, and the machine is left as it was.
   */
  boot(profile: KernelProfile = DEFAULT_PROFILE): Reply<SessionInfo> {
    const known = knownProfile(profile);
    if (!known.ok) return known;
    this.kernel = this.bootKernel(known.value);
    this.sessions.clear();
    this.nextId = 1;
    this.scheduler = new Scheduler();
    this.recorder = new SessionRecorder(this.kernel.profile, this.screens);
    this.looks = this.newLooks();
    return ok(this.open(0));
  }

  /** Opens another root terminal on the host (a recorded step). */
  openTerminal(): Reply<SessionInfo> {
    if (this.sessions.size >= MAX_TERMINALS) {
      return { ok: false, error: { kind: 'no-session', message: `at most ${MAX_TERMINALS} terminals` } };
    }
    const info = this.open(0);
    this.recorder.record({ term: info.id, op: 'open' }, info.greeting);
    return ok(info);
  }

  /**
   * Opens a terminal for `uid` without recording it: for tests that need a user's login, since a
   * session log opens root terminals only.
   */
  openAs(uid: number): Reply<SessionInfo> {
    return ok(this.open(uid));
  }

  /** Closes a terminal: its shells and the jobs started on it get a hangup (a recorded step). */
  closeTerminal(id: number): Reply<true> {
    const s = this.sessions.get(id);
    if (!s) return missing();
    s.shell.hangup();
    s.sys.exit();
    this.sessions.delete(id);
    this.recorder.record({ term: id, op: 'close' }, '');
    this.afterStep(id);
    return ok(true);
  }

  /** A line for the shell, or, while a command is blocked, typed input for the terminal it reads. */
  input(id: number, line: string): Reply<TerminalStep> {
    return this.run(id, { term: id, op: 'line', text: line }, (s) => {
      if (!s.shell.busy) return s.shell.input(line).state;
      s.tty.input(encodeUtf8(line + '\n'));
      return s.shell.resume().state;
    });
  }

  interrupt(id: number): Reply<TerminalStep> {
    return this.run(id, { term: id, op: 'interrupt' }, (s) => s.shell.interrupt().state);
  }

  /** Retries a blocked command (something else may have produced its data); not a person's step. */
  resume(id: number): Reply<TerminalStep> {
    return this.run(id, null, (s) => s.shell.resume().state);
  }

  /**
   * Replay, before a step: the commands that were running when it was taken run as far as they
   * had got (`ticks`), and those that ended by themselves meanwhile run to their end.
   */
  catchUp(ticks: readonly [number, number][] = []): void {
    const at = new Map(ticks);
    for (const [id, s] of this.sessions) {
      if (s.state !== 'running') continue;
      const target = at.get(id) ?? REPLAY_RUN_LIMIT;
      this.run(id, null, (t) => t.shell.resumeTo(Math.min(target, REPLAY_RUN_LIMIT)).state);
    }
  }

  /** Ctrl-D: end of input for a blocked command's terminal, or for a line that continues. */
  endOfInput(id: number): Reply<TerminalStep> {
    return this.run(id, { term: id, op: 'eof' }, (s) => {
      if (!s.shell.busy) return s.shell.endOfInput().state;
      s.tty.hangup();
      return s.shell.resume().state;
    });
  }

  log(): Reply<SessionLog> {
    return ok(this.recorder.log());
  }

  /**
   * Boots the log's profile afresh and takes the first `upTo` steps of `log`; recording goes on
   * from there. A log naming a profile this playground does not have is refused, changing nothing.
   */
  replay(log: SessionLog, upTo = log.steps.length): Reply<ReplayResult> {
    const known = knownProfile(log.profile);
    if (!known.ok) return known;
    const screens = this.screens;
    this.screens = true;
    try {
      this.boot(known.value);
      this.recorder.title = log.title;
      return ok(replaySteps(this, log.steps.slice(0, Math.max(0, upTo))));
    } finally {
      this.screens = screens;
      this.recorder.keepScreens(screens);
    }
  }

  /** What replay needs of the machine after its steps: each terminal's screen and versions. */
  replayState(): Omit<ReplayResult, 'steps' | 'diverged' | 'checks' | 'error'> {
    const terminals = [...this.sessions].map(([id, s]) => ({
      id,
      text: this.recorder.screen(id),
      prompt: s.state === 'blocked' ? '' : s.shell.prompt(),
      state: s.state,
      cwd: this.view(s).getcwd(),
      open: true,
    }));
    return { simulator: SIMULATOR_VERSION, profile: this.profile, terminals, ...this.looks.versions() };
  }

  /** A replayed step keeps the output its log expected. */
  keepExpect(index: number, expect: string): void {
    this.recorder.keepExpect(index, expect);
  }

  /** Makes a recorded step self-checking or not: null when done, else why it cannot be. */
  expect(index: number, on: boolean): Reply<string | null> {
    return ok(this.recorder.setExpect(index, on));
  }

  /** A lesson's checks, as root on the host (the first terminal's login task) sees the machine. */
  checkLesson(checks: LessonCheck[]): Reply<LessonCheckResult[]> {
    const first = this.terminal(this.sessions.keys().next().value ?? 0);
    if (!first) return missing();
    return ok(checkLesson(first.look, this.recorder.ranSteps(), checks));
  }

  complete(id: number, line: string, cursor: number): Reply<Completion> {
    const t = this.terminal(id);
    return t ? ok(this.looks.complete(t, line, cursor)) : missing();
  }

  views(id: number): Reply<ViewInfo[]> {
    const t = this.terminal(id);
    return t ? ok(this.looks.views(t)) : missing();
  }

  tree(id: number, paths: string[], watch: string[], view: ViewSpec = TERMINAL_VIEW): Reply<TreeSnapshot> {
    const t = this.terminal(id);
    return t ? ok(this.looks.tree(id, t, paths, watch, view)) : missing();
  }

  readFile(id: number, path: string, maxBytes: number, view: ViewSpec = TERMINAL_VIEW): Reply<FileContents> {
    const t = this.terminal(id);
    return t ? ok(this.looks.readFile(t, path, maxBytes, view)) : missing();
  }

  inspect(id: number): Reply<InspectSnapshot> {
    return this.sessions.has(id) ? ok(this.looks.inspect()) : missing();
  }

  traceRows(id: number, sinceSeq: number, max: number): Reply<TraceSnapshot> {
    return this.sessions.has(id) ? ok(this.looks.traceRows(sinceSeq, max)) : missing();
  }

  /**
   * The session `log` (else this one) as a bash script for a real kernel, replayed on a fresh
   * machine of its profile. worker/export is loaded on the first call: the first paint does without it.
   */
  async exportScript(log?: SessionLog): Promise<Reply<string>> {
    const session = log ?? this.recorder.log();
    const known = knownProfile(session.profile);
    if (!known.ok) return known;
    const [{ exportScript }, { BUNDLED_SOURCES }] = await Promise.all([
      import('./export/index'),
      import('./export/sources-bundled'),
    ]);
    return ok(exportScript(session, { bootKernel: this.bootKernel, sources: BUNDLED_SOURCES }));
  }

  /** Terminal `id` as the page's looks see it. */
  private terminal(id: number): LookedTerminal | undefined {
    const s = this.sessions.get(id);
    return s && { look: s.look, foreground: () => this.view(s) };
  }

  private machine(): Kernel {
    return (this.kernel ??= this.bootKernel(DEFAULT_PROFILE));
  }

  /**
   * The tree, file view and completion see what the foreground shell sees: the login shell, or a
   * shell started by `su` or `container exec` (its own mount namespace), through quiet calls.
   */
  private view(s: Session): Syscalls {
    const fg = s.shell.sys;
    if (s.view?.pid !== fg.pid) s.view = { pid: fg.pid, sys: this.kernel?.observe(fg.pid) ?? fg };
    return s.view.sys;
  }

  private open(uid: number): SessionInfo {
    const id = this.nextId++;
    const s: Session = { ...this.login(uid), state: 'done' };
    this.sessions.set(id, s);
    const greeting = BANNERS[this.profile] + drain(s);
    const prompt = s.shell.prompt();
    this.recorder.show(id, greeting + prompt);
    return {
      id,
      profile: this.profile,
      greeting,
      prompt,
      cwd: this.view(s).getcwd(),
      treeVersion: 0,
      inspectVersion: 0,
      traceVersion: 0,
    };
  }

  private login(uid: number): Login {
    return login(this.machine(), uid, this.scheduler);
  }

  /** One step of a terminal (recorded unless `logged` is null), then what it did elsewhere. */
  private run(
    id: number,
    logged: LogStep | null,
    step: (s: Session) => TerminalStep['state'],
  ): Reply<TerminalStep> {
    const s = this.sessions.get(id);
    if (!s) return missing();
    const before = s.state;
    if (logged) {
      const ticks = [...this.sessions]
        .filter(([, o]) => o.state === 'running' && o.shell.busy)
        .map(([other, o]) => [other, o.shell.ticks] as [number, number]);
      if (ticks.length > 0) logged.ticks = ticks;
    }
    const state = step(s);
    let output = '';
    if (s.shell.exitStatus !== null) {
      // NOTE: `exit` ends the login task (closing its descriptors); a new login shell takes the terminal.
      output = drain(s);
      s.shell.hangup();
      s.sys.exit();
      Object.assign(s, this.login(s.sys.getuid()));
    }
    output += drain(s);
    const blocked = (state === 'blocked' || state === 'running') && s.shell.busy;
    s.state = blocked ? state : s.shell.continuing ? 'more' : 'done';
    const prompt = blocked ? '' : s.shell.prompt();
    const index = logged ? this.recorder.record(logged, output) : this.recorder.steps.length - 1;
    this.recorder.show(id, (logged ? stepEcho(logged, before) : '') + output + prompt);
    const elsewhere = this.afterStep(id);
    return ok({
      output,
      state: s.state,
      status: s.shell.status,
      prompt,
      cwd: this.view(s).getcwd(),
      ...this.looks.versions(),
      step: index,
      elsewhere,
    });
  }

  /**
   * After a step: the other terminals' blocked commands try again, what they and the jobs started
   * on them printed goes to their screens, and watched directories and inspectors are checked.
   */
  private afterStep(id: number): TerminalStep['elsewhere'] {
    const elsewhere: TerminalStep['elsewhere'] = [];
    for (const [other, o] of this.sessions) {
      // NOTE: a running command goes on only when its own terminal resumes it, so replay can
      // stop it where it was when each step came.
      if (other === id || o.state === 'running') continue;
      const state = o.shell.busy ? o.shell.resume().state : o.state;
      const blocked = state === 'blocked' && o.shell.busy;
      const now: ShellState = blocked ? 'blocked' : o.shell.continuing ? 'more' : 'done';
      const output = drain(o);
      if (output === '' && now === o.state) continue;
      const prompt = now === 'blocked' || o.state !== 'blocked' ? '' : o.shell.prompt();
      o.state = now;
      this.recorder.show(other, output + prompt);
      elsewhere.push({ id: other, output, state: now, prompt });
    }
    this.looks.check();
    return elsewhere;
  }
}

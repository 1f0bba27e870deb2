// The page's state and the only owner of the kernel client: the machine in the worker and its
// terminals, which one is active (the tree, file view and completion look through it, from the
// point of view the user chose), the session log and its autosave, and what the page says after a
// replay. Every worker answer passes through here: a step's tree, inspect and trace versions decide
// whether the tree, the registry and status bits, and the trace table are read again (once per
// command, whatever it did); output other terminals got meanwhile goes to them; a failed call
// stops the terminals and offers a restart instead of leaving the page blank. Going back in time
// (session.svelte.ts) is a replay of the log's first steps into a fresh kernel; where the session
// starts is start.ts. The kernel profile is the session's: a boot names it, a replay boots the
// log's (one this playground does not have runs on the default, and the notice says so), and
// switching starts a fresh session on another, keeping the one left as an earlier timeline.
import type {
  KernelProfile,
  LessonCheck,
  LessonCheckResult,
  ReplayResult,
  Reply,
  SessionInfo,
  SessionLog,
  StepCheck,
  TerminalStep,
  ViewInfo,
  ViewSpec,
  WorkerError,
} from '../../worker/protocol';
import { KernelClient } from '../kernel-client';
import type { ConsoleBackend } from '../terminal/console';
import { History, type HistoryStorage } from '../terminal/history';
import { FileViewState } from './file-view.svelte';
import { InspectorState } from './inspector.svelte';
import type { Notice } from './notice';
import { DEFAULT_PROFILE, isProfile } from './profiles';
import { SessionState } from './session.svelte';
import { notices, startSession } from './start';
import { TerminalSession, type FirstScreen } from './terminal.svelte';
import { TreeState } from './tree.svelte';

export type Phase = 'booting' | 'ready' | 'failed';

/**
 * A line that may be one of the page's commands (`share`, `undo`): page-commands.ts, loaded then,
 * says whether it is; any other goes to the shell without loading it.
 */
const MAYBE_PAGE_COMMAND = /^\s*["']?(share|undo)\b/;

function browserStorage(): HistoryStorage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

export interface PlaygroundOptions {
  /** Keep the session and the command history in memory only (embeds). */
  memoryOnly?: boolean;
  /** Give the keyboard to the terminal when it appears (default true; an embed does not). */
  autofocus?: boolean;
  /** The address fragment to start from (a shared link), default the page's. */
  hash?: string;
  /** Start from this log instead (an embed's), replayed into a fresh kernel. */
  log?: SessionLog;
  /** The kernel profile of a fresh session (default rfc-v2); a log brings its own. */
  profile?: KernelProfile;
  /** Each step a terminal took, with what it printed (an embed tells its host page). */
  onStep?: (step: { terminal: number; output: string; status: number; index: number }) => void;
  /** A replay finished (a restore, a link, undo, a log set by an embed's host). */
  onReplay?: (result: ReplayResult) => void;
}

export class PlaygroundState {
  phase = $state<Phase>('booting');
  failure = $state<string | null>(null);
  /** The kernel profile the machine runs (the one it is booting, while it boots). */
  profile = $state<KernelProfile>(DEFAULT_PROFILE);
  terminals = $state.raw<TerminalSession[]>([]);
  /** The terminal the tree, file view and completion look through. */
  active = $state(1);
  view = $state.raw<ViewSpec>({ kind: 'terminal' });
  views = $state.raw<ViewInfo[]>([]);
  notice = $state.raw<Notice | null>(null);
  checks = $state.raw<StepCheck[]>([]);
  /** Replays run: a terminal's xterm is made anew for each, so keyed blocks use it. */
  generation = $state(0);
  /** Bumped after every step, boot and replay: what reads the machine's state reads it again. */
  changes = $state(0);
  readonly tree: TreeState;
  readonly file: FileViewState;
  readonly inspector: InspectorState;
  readonly session: SessionState;
  readonly history: History;
  readonly autofocus: boolean;
  private readonly client = new KernelClient();
  private treeVersion = 0;
  private inspectVersion = 0;
  private traceVersion = 0;
  /** Bumped by every boot or replay: answers to calls made before it are dropped. */
  private epoch = 0;
  private readonly options: PlaygroundOptions;

  constructor(options: PlaygroundOptions = {}) {
    this.options = options;
    this.profile = options.profile ?? DEFAULT_PROFILE;
    this.history = new History(options.memoryOnly ? null : browserStorage());
    this.autofocus = options.autofocus ?? true;
    const id = () => this.active;
    this.tree = new TreeState({
      list: (paths, watch) => this.unwrap(this.client.api.tree(id(), paths, watch, this.view)),
    });
    this.file = new FileViewState({
      read: (path, max) => this.unwrap(this.client.api.readFile(id(), path, max, this.view)),
    });
    this.inspector = new InspectorState({
      inspect: () => this.unwrap(this.client.api.inspect(id())),
      traceRows: (since, max) => this.unwrap(this.client.api.traceRows(id(), since, max)),
    });
    this.session = new SessionState(
      {
        log: () => this.unwrap(this.client.api.log()),
        boot: (profile) => this.boot(profile),
        replay: (log, upTo) => this.replay(log, upTo),
      },
      options,
    );
    // NOTE: terminal 1 exists at once, so its xterm is made while the worker boots.
    this.terminals = [new TerminalSession(1, this.backend(1), this.history, null)];
    if (options.log) void this.session.replaceLog(options.log);
    else startSession(this, options.hash ?? window.location.hash);
  }

  /** Types `line` and Enter into the active terminal, as a person would. */
  type(line: string): void {
    this.activeTerminal?.keys(line.replace(/[\r\n]+/g, ' ') + '\r');
  }

  get activeTerminal(): TerminalSession | undefined {
    return this.terminals.find((t) => t.id === this.active);
  }

  /** The terminal's steps so far (the first prompt is step 1), for the page's readiness. */
  get steps(): number {
    return this.terminals.reduce((n, t) => n + t.status.steps, 0);
  }

  /** Opens another root terminal, or one inside container `name` (as its user). */
  async openTerminal(container?: string): Promise<void> {
    const info = await this.unwrap(this.client.api.openTerminal());
    if (!info) return;
    this.addTerminal(info.id, {
      text: info.greeting + info.prompt,
      prompt: info.prompt,
      state: 'done',
      cwd: info.cwd,
    });
    this.focus(info.id);
    this.session.changed();
    if (container) this.terminals.at(-1)?.keys(`container exec ${container}\r`);
  }

  async closeTerminal(id: number): Promise<void> {
    if (this.terminals.length <= 1) return;
    if (!(await this.unwrap(this.client.api.closeTerminal(id)))) return;
    this.terminals = this.terminals.filter((t) => t.id !== id);
    if (this.active === id) this.focus(this.terminals[0].id);
    this.session.changed();
    this.afterChange({});
  }

  /** The tree, file view and completion look through terminal `id` from now on. */
  focus(id: number): void {
    if (this.active === id) return;
    this.active = id;
    void this.tree.refresh();
    void this.file.refresh();
  }

  async setView(view: ViewSpec): Promise<void> {
    this.view = view;
    await this.tree.refresh();
    await this.file.refresh();
  }

  async refreshViews(): Promise<void> {
    this.views = (await this.unwrap(this.client.api.views(this.active))) ?? this.views;
  }

  /** A lesson's checks against the machine and the session log, now. */
  checkLesson(checks: LessonCheck[]): Promise<LessonCheckResult[] | null> {
    return this.unwrap(this.client.api.checkLesson(checks));
  }

  /** Makes step `index` self-checking or not; null when done, else why it cannot be. */
  async check(index: number, on: boolean): Promise<string | null> {
    const answer = await this.unwrap(this.client.api.expect(index, on));
    await this.session.flush();
    return answer ?? null;
  }

  /**
   * A fresh session on `profile`, unless it runs already: the session left is kept as an earlier
   * timeline, and the notice says where.
   */
  async switchProfile(profile: KernelProfile): Promise<void> {
    if (profile === this.profile && this.phase === 'ready') return;
    const [left, sentences] = await Promise.all([this.session.reset(profile), notices()]);
    if (this.phase === 'ready' && this.profile === profile)
      this.notice = sentences?.profileNotice(profile, left) ?? null;
  }

  /** A fresh worker and a fresh kernel: the way out of a failure (the log so far is replayed). */
  async restart(): Promise<void> {
    const log = this.session.log;
    this.client.restart();
    if (log && log.steps.length > 0) await this.replay(log, log.steps.length);
    else await this.boot();
  }

  /** A fresh kernel of `profile` (else the one running) and terminal 1; the notice goes. */
  async boot(profile = this.profile): Promise<void> {
    this.notice = null;
    const epoch = this.begin(profile);
    const booted = await this.client.api.boot(profile);
    if (epoch !== this.epoch) return;
    if (!booted.ok) return this.fail(booted.error);
    const info: SessionInfo = booted.value;
    this.profile = info.profile;
    this.checks = [];
    this.setTerminals([
      { id: info.id, text: info.greeting + info.prompt, prompt: info.prompt, state: 'done', cwd: info.cwd },
    ]);
    this.ready(info);
  }

  /**
   * Boots the log's profile afresh and replays `log` up to `upTo`: every terminal shows what it
   * showed then. A log naming a profile this playground does not have runs on the default.
   */
  async replay(log: SessionLog, upTo: number): Promise<ReplayResult | null> {
    const profile = isProfile(log.profile) ? log.profile : DEFAULT_PROFILE;
    const epoch = this.begin(profile);
    const [replayed, sentences] = await Promise.all([
      this.client.api.replay({ ...log, profile }, upTo),
      notices(),
    ]);
    if (epoch !== this.epoch) return null;
    if (!replayed.ok) {
      this.fail(replayed.error);
      return null;
    }
    const result = replayed.value;
    this.profile = result.profile;
    this.setTerminals(result.terminals);
    this.checks = result.checks;
    this.notice = sentences?.travelNotice(log, result) ?? null;
    this.ready(result);
    this.session.changed();
    this.options.onReplay?.(result);
    return result;
  }

  private begin(profile: KernelProfile): number {
    this.profile = profile;
    this.phase = 'booting';
    this.failure = null;
    this.file.close();
    this.tree.reset();
    this.inspector.reset();
    return ++this.epoch;
  }

  /**
   * The terminals after a boot or replay: the first boot fills the terminal made while it ran;
   * otherwise every terminal (and its xterm) is made anew.
   */
  private setTerminals(screens: (FirstScreen & { id: number })[]): void {
    const waiting = this.terminals.length === 1 && this.terminals[0].waiting ? this.terminals[0] : null;
    if (waiting && screens[0]?.id === waiting.id) {
      waiting.show(screens[0]);
      this.terminals = [waiting];
      screens = screens.slice(1);
    } else {
      this.terminals = [];
      this.generation++;
    }
    for (const s of screens) this.addTerminal(s.id, s);
  }

  private ready(v: Pick<ReplayResult, 'treeVersion' | 'inspectVersion' | 'traceVersion'>): void {
    this.treeVersion = v.treeVersion;
    this.inspectVersion = v.inspectVersion;
    this.traceVersion = v.traceVersion;
    this.active = this.terminals[0]?.id ?? 1;
    this.view = { kind: 'terminal' };
    this.phase = 'ready';
    this.changes++;
    // NOTE: the prompt first: the tree and the inspectors render after it takes keys.
    setTimeout(() => {
      void Promise.all([
        this.tree.refresh(),
        this.inspector.refreshRegistry(),
        this.inspector.refreshTrace(),
      ]);
      void this.refreshViews();
    }, 0);
  }

  private addTerminal(id: number, first: FirstScreen): void {
    const term = new TerminalSession(id, this.backend(id), this.history, first);
    this.terminals = [...this.terminals, term];
  }

  private backend(id: number): ConsoleBackend {
    const api = this.client.api;
    return {
      input: (line) => {
        const term = this.terminals.find((t) => t.id === id);
        const shell = () => this.step(id, api.input(id, line), line);
        if (!term?.atPrompt || !MAYBE_PAGE_COMMAND.test(line)) return shell();
        return import('./page-commands').then(
          ({ pageCommand }) => pageCommand(this.session, line, term, this) ?? shell(),
          shell,
        );
      },
      interrupt: () => this.step(id, api.interrupt(id)),
      endOfInput: () => this.step(id, api.endOfInput(id)),
      resume: () => this.step(id, api.resume(id)),
      complete: (line, cursor) => this.unwrap(api.complete(id, line, cursor)),
    };
  }

  private async step(
    id: number,
    call: Promise<Reply<TerminalStep>>,
    line?: string,
  ): Promise<TerminalStep | null> {
    const step = await this.unwrap(call);
    if (!step) return null;
    const term = this.terminals.find((t) => t.id === id);
    term?.stepped(step, term.atPrompt ? line : undefined);
    if (id === this.active) this.tree.cwd = step.cwd;
    for (const e of step.elsewhere)
      this.terminals.find((t) => t.id === e.id)?.notice(e.output, e.state, e.prompt);
    this.afterChange(step);
    this.changes++;
    this.session.changed();
    this.options.onStep?.({ terminal: id, output: step.output, status: step.status, index: step.step });
    return step;
  }

  /** Reads again what a step changed, once each. */
  private afterChange(
    step: Partial<Pick<TerminalStep, 'treeVersion' | 'inspectVersion' | 'traceVersion'>>,
  ): void {
    if (step.treeVersion !== undefined && step.treeVersion !== this.treeVersion) {
      this.treeVersion = step.treeVersion;
      void this.tree.refresh();
    }
    if (step.inspectVersion !== undefined && step.inspectVersion !== this.inspectVersion) {
      this.inspectVersion = step.inspectVersion;
      void this.inspector.refreshRegistry();
    }
    if (step.traceVersion !== undefined && step.traceVersion !== this.traceVersion) {
      this.traceVersion = step.traceVersion;
      void this.inspector.refreshTrace();
    }
    void this.file.refresh();
    void this.refreshViews();
  }

  /** The session (or `log`) as a bash script for a real kernel (docs/export.md); null when the worker failed. */
  exportScript(log?: SessionLog): Promise<string | null> {
    return this.unwrap(this.client.api.exportScript(log));
  }

  private async unwrap<T>(call: Promise<Reply<T>>): Promise<T | null> {
    const epoch = this.epoch;
    const reply = await call;
    if (epoch !== this.epoch) return null;
    if (reply.ok) return reply.value;
    if (this.phase !== 'failed') this.fail(reply.error);
    return null;
  }

  private fail(error: WorkerError): void {
    this.phase = 'failed';
    if (this.terminals.length === 0)
      this.terminals = [new TerminalSession(1, this.backend(1), this.history, null)];
    this.failure = error.message;
    for (const t of this.terminals) t.stop(`playground: ${error.message}. Press Restart for a fresh kernel.`);
  }
}

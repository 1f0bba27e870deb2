// The page's state and the only owner of the kernel client: the session in the worker, whether it
// is up, the terminal's status, and the tree, file view and inspectors fed from the same session.
// Every worker answer passes through here: a step's tree, inspect and trace versions decide
// whether the tree, the registry and status bits, and the trace table are read again (once per
// command, whatever it did), and a failed call stops the terminal and offers a restart instead of
// leaving the page blank.
import type { Reply, SessionInfo, TerminalStep, WorkerError } from '../../worker/protocol';
import { KernelClient } from '../kernel-client';
import { Console, type ConsoleBackend, type ConsoleStatus, type Screen } from '../terminal/console';
import { History, type HistoryStorage } from '../terminal/history';
import { FileViewState } from './file-view.svelte';
import { InspectorState } from './inspector.svelte';
import { TreeState } from './tree.svelte';

export type Phase = 'booting' | 'ready' | 'failed';

function browserStorage(): HistoryStorage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

export class PlaygroundState {
  phase = $state<Phase>('booting');
  failure = $state<string | null>(null);
  cwd = $state('/');
  terminal = $state<ConsoleStatus>({ state: 'stopped', steps: 0 });
  readonly tree: TreeState;
  readonly file: FileViewState;
  readonly inspector: InspectorState;
  readonly history = new History(browserStorage());
  private readonly client = new KernelClient();
  private console: Console | null = null;
  private session = 0;
  private treeVersion = 0;
  private inspectVersion = 0;
  private traceVersion = 0;
  /** Bumped by restart(): answers to calls made before it are dropped, failures included. */
  private epoch = 0;
  /** The first boot, asked for as the page starts so the worker loads while the page mounts. */
  private firstBoot: Promise<Reply<SessionInfo>> | null;

  private readonly backend: ConsoleBackend = {
    input: (line) => this.step(this.client.api.input(this.session, line)),
    interrupt: () => this.step(this.client.api.interrupt(this.session)),
    endOfInput: () => this.step(this.client.api.endOfInput(this.session)),
    complete: (line, cursor) => this.unwrap(this.client.api.complete(this.session, line, cursor)),
  };

  constructor() {
    this.tree = new TreeState({
      list: (paths, watch) => this.unwrap(this.client.api.tree(this.session, paths, watch)),
    });
    this.file = new FileViewState({
      read: (path, max) => this.unwrap(this.client.api.readFile(this.session, path, max)),
    });
    this.inspector = new InspectorState({
      inspect: () => this.unwrap(this.client.api.inspect(this.session)),
      traceRows: (since, max) => this.unwrap(this.client.api.traceRows(this.session, since, max)),
    });
    this.firstBoot = this.client.api.boot();
  }

  /** The terminal hands over its screen; the kernel's greeting is shown once there is somewhere to show it. */
  attach(screen: Screen): Console {
    this.console = new Console(this.backend, screen, this.history, (status) => (this.terminal = status));
    void this.boot();
    return this.console;
  }

  /** A fresh worker and a fresh kernel: the way out of a failure. */
  async restart(): Promise<void> {
    this.epoch++;
    this.firstBoot = null;
    this.client.restart();
    this.file.close();
    this.tree.reset();
    this.inspector.reset();
    await this.boot();
  }

  /** Types `text` into the prompt's line at the cursor. */
  insert(text: string): void {
    this.console?.insert(text);
  }

  /** Keys from the page's own controls (the phone's compose box and special keys). */
  keys(data: string): void {
    this.console?.key(data);
  }

  private async boot(): Promise<void> {
    this.phase = 'booting';
    this.failure = null;
    const epoch = this.epoch;
    const booted = await (this.firstBoot ?? this.client.api.boot());
    this.firstBoot = null;
    if (epoch !== this.epoch) return;
    if (!booted.ok) return this.fail(booted.error);
    const info = booted.value;
    this.session = info.id;
    this.cwd = info.cwd;
    this.treeVersion = info.treeVersion;
    this.inspectVersion = info.inspectVersion;
    this.traceVersion = info.traceVersion;
    this.phase = 'ready';
    // NOTE: the prompt first: the tree and the inspectors render after it takes keys.
    await this.console?.start(info.greeting, info.prompt);
    await Promise.all([this.tree.refresh(), this.inspector.refreshRegistry(), this.inspector.refreshTrace()]);
  }

  private async step(call: Promise<Reply<TerminalStep>>): Promise<TerminalStep | null> {
    const step = await this.unwrap(call);
    if (!step) return null;
    this.cwd = step.cwd;
    this.tree.cwd = step.cwd;
    if (step.treeVersion !== this.treeVersion) {
      this.treeVersion = step.treeVersion;
      void this.tree.refresh();
    }
    if (step.inspectVersion !== this.inspectVersion) {
      this.inspectVersion = step.inspectVersion;
      void this.inspector.refreshRegistry();
    }
    if (step.traceVersion !== this.traceVersion) {
      this.traceVersion = step.traceVersion;
      void this.inspector.refreshTrace();
    }
    void this.file.refresh();
    return step;
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
    this.failure = error.message;
    this.console?.stop(`playground: ${error.message}. Press Restart for a fresh kernel.`);
  }
}

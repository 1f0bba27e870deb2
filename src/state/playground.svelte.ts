// The page's state and the only owner of the kernel client: the session in the worker, whether it
// is up, the terminal's status, and the tree and file views fed from the same session. Every
// worker answer passes through here: a step's tree version decides whether the tree is listed
// again (once per command, whatever it did), and a failed call stops the terminal and offers a
// restart instead of leaving the page blank.
import type { Reply, TerminalStep, WorkerError } from '../../worker/protocol';
import { KernelClient } from '../kernel-client';
import { Console, type ConsoleBackend, type ConsoleStatus, type Screen } from '../terminal/console';
import { History, type HistoryStorage } from '../terminal/history';
import { FileViewState } from './file-view.svelte';
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
  readonly history = new History(browserStorage());
  private readonly client = new KernelClient();
  private console: Console | null = null;
  private session = 0;
  private treeVersion = 0;
  /** Bumped by restart(): answers to calls made before it are dropped, failures included. */
  private epoch = 0;

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
  }

  /** The terminal hands over its screen; the kernel boots once there is somewhere to show it. */
  attach(screen: Screen): Console {
    this.console = new Console(this.backend, screen, this.history, (status) => (this.terminal = status));
    void this.boot();
    return this.console;
  }

  /** A fresh worker and a fresh kernel: the way out of a failure. */
  async restart(): Promise<void> {
    this.epoch++;
    this.client.restart();
    this.file.close();
    this.tree.reset();
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
    const booted = await this.client.api.boot();
    if (epoch !== this.epoch) return;
    if (!booted.ok) return this.fail(booted.error);
    const info = booted.value;
    this.session = info.id;
    this.cwd = info.cwd;
    this.treeVersion = info.treeVersion;
    this.phase = 'ready';
    await Promise.all([this.console?.start(info.greeting, info.prompt), this.tree.refresh()]);
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

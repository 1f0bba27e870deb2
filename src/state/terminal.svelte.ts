// One terminal of the page: its number in the worker's machine, the console that talks to its
// shell, and what the page shows of it (status, who and where its prompt says it is). What it is
// to show first (a greeting, or a replayed screen) waits until its xterm attaches.
import type { ShellState, TerminalStep } from '../../worker/protocol';
import { Console, type ConsoleBackend, type ConsoleStatus, type Screen } from '../terminal/console';
import type { History } from '../terminal/history';
import { explainHint } from '../terminal/explain-hint';

/** What a terminal shows first: a greeting and prompt, or a replayed screen (ending with its prompt). */
export interface FirstScreen {
  text: string;
  prompt: string;
  state: ShellState;
  cwd: string;
}

/** `alice@c1:/isolated$ ` -> `alice@c1:/isolated`: who and where, for the terminal's tab. */
export function promptTitle(prompt: string): string {
  const title = prompt.replace(/[#$]\s*$/, '').trim();
  return title || 'terminal';
}

export class TerminalSession {
  status = $state<ConsoleStatus>({ state: 'stopped', steps: 0 });
  /** The last full prompt (not `> ` of a continued line): the tab's title. */
  title = $state('terminal');
  cwd = $state('/');
  /** The `explain` command for the line that just failed, offered beside the terminal. */
  explain = $state<string | null>(null);
  /** The prompt shown last and where the shell stands (a page command answers with them). */
  prompt = '';
  shell: ShellState = 'done';
  private console: Console | null = null;
  private first: FirstScreen | null = null;
  /** Shown once the screen is there, when the terminal stopped before (a worker that never came up). */
  private stopped: string | null = null;
  private shown = false;
  /** Keys typed before the screen was there (a command a new terminal starts with). */
  private early = '';

  /** `first` null: the machine is still booting; show() gives the screen when it is up. */
  constructor(
    readonly id: number,
    private readonly backend: ConsoleBackend,
    private readonly history: History,
    first: FirstScreen | null,
  ) {
    if (first) this.show(first);
  }

  /** True until the terminal has something to show (it was made before the machine was up). */
  get waiting(): boolean {
    return !this.shown;
  }

  /** What the terminal shows first: a greeting and prompt, or a replayed screen. */
  show(first: FirstScreen): void {
    this.shown = true;
    this.shell = first.state;
    this.cwd = first.cwd;
    this.setPrompt(first.prompt);
    if (this.console) void this.console.restore(first.text, first.prompt, first.state);
    else this.first = first;
  }

  /** At a fresh prompt: neither a blocked command nor a continued line waits for the line. */
  get atPrompt(): boolean {
    return this.shell === 'done';
  }

  /** A step of this terminal came back (`line` when it was a typed line). */
  stepped(step: TerminalStep, line?: string): void {
    if (line !== undefined && step.state === 'done')
      this.explain = explainHint(line, step.output, step.status);
    this.shell = step.state;
    this.cwd = step.cwd;
    this.setPrompt(step.prompt);
  }

  /** The xterm hands over its screen: what the terminal is to show first is shown there. */
  attach(screen: Screen): Console {
    const console = new Console(this.backend, screen, this.history, (status) => (this.status = status));
    this.console = console;
    const first = this.first;
    this.first = null;
    const shown = first ? console.restore(first.text, first.prompt, first.state) : Promise.resolve();
    if (this.stopped) console.stop(this.stopped);
    const early = this.early;
    this.early = '';
    if (early) void shown.then(() => console.key(early));
    return console;
  }

  private setPrompt(prompt: string): void {
    if (!prompt || prompt === '> ') return;
    this.prompt = prompt;
    this.title = promptTitle(prompt);
  }

  /** Output that arrived for this terminal while another one stepped. */
  notice(output: string, state: ShellState, prompt: string): void {
    this.shell = state;
    this.setPrompt(prompt);
    if (this.console) void this.console.notice(output, state, prompt);
    else if (this.first) this.first = { ...this.first, text: this.first.text + output + prompt, state };
  }

  insert(text: string): void {
    this.console?.insert(text);
  }

  keys(data: string): void {
    if (this.console) this.console.key(data);
    else this.early += data;
  }

  stop(message: string): void {
    if (this.console) this.console.stop(message);
    else this.stopped = message;
  }
}

// One terminal's conversation with its shell in the worker, without the DOM: keys go through the
// line editor, whole lines go to the backend one at a time, and what comes back is written to the
// screen followed by the prompt. Input that arrives while a line runs (type-ahead, a multi-line
// paste) waits and is edited and sent line by line after the prompt returns, as a terminal's
// line discipline does; so does input typed before the first prompt (the worker still booting or
// replaying a link), which waits for that prompt. While a command is blocked, lines typed go to the
// command (the tty) and Ctrl-C ends it.

import type { Completion, ShellState, TerminalStep } from '../../worker/protocol';
import type { History } from './history';
import { LineEditor, type EditorEvent } from './line-editor';

/** The shell as the console reaches it; null means the call failed (the owner reports it). */
export interface ConsoleBackend {
  input(line: string): Promise<TerminalStep | null>;
  interrupt(): Promise<TerminalStep | null>;
  endOfInput(): Promise<TerminalStep | null>;
  /** Lets a running command (a long loop) run its next slice. */
  resume(): Promise<TerminalStep | null>;
  complete(line: string, cursor: number): Promise<Completion | null>;
}

/** The terminal the console draws on. */
export interface Screen {
  write(text: string): void;
  /** Writes a restored screen (all a replayed terminal showed); a long one may finish later. */
  restore?(text: string): void;
  /** Resolves with the cursor's column once everything written so far is on the screen. */
  column(): Promise<number>;
  readonly cols: number;
}

/** idle: at a prompt; running: a call is in flight; blocked: a command waits; stopped: no shell. */
export type ConsoleState = 'idle' | 'running' | 'blocked' | 'stopped';

export interface ConsoleStatus {
  state: ConsoleState;
  /** Steps finished so far (each one ends with a prompt or a blocked command). */
  steps: number;
}

/** A command is running or waits: typed lines go to it, Ctrl-C ends it. */
function busy(state: ShellState): boolean {
  return state === 'blocked' || state === 'running';
}

/** What Ctrl-D on an empty line says (bash with `ignoreeof`): the page has nothing to log out to. */
export const EOF_HINT = 'Use "exit" to leave the shell.';

const MAX_LISTED = 200;

/** A bracketed paste as typed input: lines end with Enter, tabs become spaces, other controls go. */
export function pasteAsInput(text: string): string {
  return text
    .replace(/\x1b\[20[01]~/g, '')
    .replace(/\r\n|\n/g, '\r')
    .replace(/\t/g, ' ')
    .replace(/[\x00-\x0c\x0e-\x1f\x7f]/g, '');
}

/** Names laid out in columns, top to bottom then left to right, as bash lists completions. */
export function columns(names: readonly string[], width: number): string {
  const shown = names.slice(0, MAX_LISTED);
  const cell = Math.max(...shown.map((n) => n.length)) + 2;
  const perRow = Math.max(1, Math.floor(width / cell));
  const rows = Math.ceil(shown.length / perRow);
  const lines: string[] = [];
  for (let r = 0; r < rows; r++) {
    let line = '';
    for (let c = r; c < shown.length; c += rows) line += shown[c].padEnd(cell);
    lines.push(line.trimEnd());
  }
  if (names.length > shown.length) lines.push(`... and ${names.length - shown.length} more`);
  return lines.join('\r\n') + '\r\n';
}

export class Console {
  private readonly editor: LineEditor;
  private pending = '';
  private state: ConsoleState = 'stopped';
  private shell: ShellState = 'done';
  private prompt = '';
  private steps = 0;
  /** A first screen was shown: before it, typed input waits for it; after a stop, it is dropped. */
  private opened = false;
  private chain: Promise<void> = Promise.resolve();

  constructor(
    private readonly backend: ConsoleBackend,
    private readonly screen: Screen,
    private readonly history: History,
    private readonly onChange: (status: ConsoleStatus) => void,
  ) {
    this.editor = new LineEditor(history);
    this.editor.resize(screen.cols);
  }

  /** Shows a fresh session's greeting and first prompt, then runs what was typed before it. */
  start(greeting: string, prompt: string): Promise<void> {
    this.open();
    return this.enqueue(async () => {
      await this.show({ output: greeting, prompt, state: 'done' });
      await this.drain();
    });
  }

  /**
   * Shows a replayed terminal: `text` is all its screen showed, already ending with `prompt` (or
   * with a blocked command's output, `state` 'blocked').
   */
  restore(text: string, prompt: string, state: ShellState): Promise<void> {
    this.open();
    return this.enqueue(async () => {
      await this.show({ output: text, prompt: '', state }, true);
      if (!busy(state)) this.prompt = prompt;
      await this.drain();
    });
  }

  /** Input typed before the first screen is kept for it; any later screen starts with none. */
  private open(): void {
    if (this.opened) this.pending = '';
    this.opened = true;
  }

  /**
   * Output that arrived while this terminal was not stepping (a background job printed, or the
   * blocked command went on) and, when it finished, its prompt. A line being typed is drawn again
   * after it.
   */
  notice(output: string, state: ShellState, prompt: string): Promise<void> {
    return this.enqueue(async () => {
      if (this.state === 'stopped' || (output === '' && prompt === '')) return;
      const typed = this.state === 'idle' || this.state === 'blocked' ? this.editor.text : '';
      if (typed) this.screen.write(this.editor.abandon().replace('^C\r\n', '\r\n'));
      this.screen.write(output + prompt);
      this.shell = state;
      if (!busy(state) && prompt) this.prompt = prompt;
      this.editor.begin(await this.screen.column());
      if (this.state !== 'running') this.setState(busy(state) ? 'blocked' : 'idle');
      if (typed) this.screen.write(this.editor.insert(typed));
      if (state === 'running') this.scheduleResume();
    });
  }

  /** Raw input from the terminal: a key, a typed burst, or a bracketed paste. */
  key(data: string): void {
    if (this.state === 'stopped' && this.opened) return;
    if (data === '\x03') {
      this.pending = '';
      void this.enqueue(() => this.interrupt());
      return;
    }
    this.pending += data.startsWith('\x1b[200~') ? pasteAsInput(data) : data;
    void this.enqueue(() => this.drain());
  }

  /** Text pasted from the clipboard (right click): run line by line like typed input. */
  paste(text: string): void {
    this.key('\x1b[200~' + text + '\x1b[201~');
  }

  /** Puts `text` into the line being edited, at the cursor (the tree view's "insert path"). */
  insert(text: string): void {
    void this.enqueue(async () => {
      if (this.state === 'idle' || this.state === 'blocked') this.screen.write(this.editor.insert(text));
    });
  }

  resize(cols: number): void {
    this.editor.resize(cols);
  }

  /** The shell is gone (the worker failed): say why and take no more input. */
  stop(message: string): void {
    this.opened = true;
    this.pending = '';
    this.screen.write(`\r\n\x1b[1;31m${message}\x1b[0m\r\n`);
    this.setState('stopped');
  }

  private enqueue(task: () => Promise<void>): Promise<void> {
    this.chain = this.chain.then(task, task);
    return this.chain;
  }

  private async drain(): Promise<void> {
    while (this.pending && this.state !== 'stopped') {
      const { events, rest } = this.editor.feed(this.pending);
      this.pending = rest;
      for (const event of events) await this.handle(event);
    }
  }

  private async handle(event: EditorEvent): Promise<void> {
    switch (event.kind) {
      case 'echo':
        this.screen.write(event.text);
        return;
      case 'submit':
        if (this.state === 'idle' && this.shell === 'more') this.history.continueLast(event.line);
        else if (this.state === 'idle') this.history.add(event.line);
        this.setState(this.state === 'blocked' ? 'blocked' : 'running');
        return this.show(await this.backend.input(event.line));
      case 'complete':
        if (this.state === 'idle') await this.complete(event.line, event.cursor);
        return;
      case 'eof':
        if (this.state === 'blocked' || this.shell === 'more') {
          this.screen.write(this.state === 'blocked' ? '' : '\r\n');
          return this.show(await this.backend.endOfInput());
        }
        return this.show({ output: EOF_HINT + '\n', prompt: this.prompt, state: this.shell });
      case 'clear-screen':
        this.screen.write('\x1b[H\x1b[2J' + (this.state === 'blocked' ? '' : this.prompt));
        return this.redraw();
    }
  }

  private async interrupt(): Promise<void> {
    if (this.state === 'stopped') return;
    this.screen.write(this.editor.abandon());
    this.setState('running');
    await this.show(await this.backend.interrupt());
  }

  private async complete(line: string, cursor: number): Promise<void> {
    const c = await this.backend.complete(line, cursor);
    if (!c || this.editor.text !== line) return;
    if (c.replacement !== line.slice(c.start, c.end)) {
      this.screen.write(this.editor.replace(c.start, c.end, c.replacement));
    } else if (c.candidates.length > 1) {
      this.screen.write(this.editor.leave() + '\r\n' + columns(c.candidates, this.screen.cols) + this.prompt);
      await this.redraw();
    }
  }

  /** Draws the line being edited again after the screen was cleared or a list was printed. */
  private async redraw(): Promise<void> {
    this.editor.rebase(await this.screen.column());
    this.screen.write(this.editor.render());
  }

  private async show(
    step: Pick<TerminalStep, 'output' | 'prompt' | 'state'> | null,
    restored = false,
  ): Promise<void> {
    if (!step) {
      this.setState('stopped');
      return;
    }
    if (restored && this.screen.restore) this.screen.restore(step.output + step.prompt);
    else this.screen.write(step.output + step.prompt);
    this.shell = step.state;
    if (!busy(step.state)) this.prompt = step.prompt;
    this.editor.begin(await this.screen.column());
    this.steps++;
    this.setState(busy(step.state) ? 'blocked' : 'idle');
    if (step.state === 'running') this.scheduleResume();
  }

  /**
   * A running command (a long loop) gets its next slice after a macrotask, so a Ctrl-C pressed
   * meanwhile is queued first and ends it.
   */
  private scheduleResume(): void {
    setTimeout(() => {
      void this.enqueue(async () => {
        if (this.shell !== 'running' || this.state === 'stopped') return;
        const step = await this.backend.resume();
        if (this.shell === 'running') await this.show(step);
      });
    }, 0);
  }

  private setState(state: ConsoleState): void {
    this.state = state;
    this.onChange({ state, steps: this.steps });
  }
}

// Terminal sessions over one booted kernel: each is a login task with its tty and an interactive
// shell. Output is collected per session and handed back with each step. No worker globals, so
// the same code runs in the browser worker and in Node tests.

import { boot, TRACEFS_PATH, type Kernel } from './kernel/boot';
import { decodeUtf8 } from './kernel/lib/utf8';
import { Shell } from './user/shell/shell';
import type { SessionInfo, TerminalStep } from './protocol';

export const BANNER =
  'tracefs playground: a model of Linux tracefs with tracing namespaces (RFC v2) and user_events.\n' +
  "Type 'help' for the commands, 'ls' to look around.\n";

interface Session {
  readonly shell: Shell;
  readonly out: Uint8Array[];
}

export class Playground {
  private kernel: Kernel | null = null;
  private readonly sessions = new Map<number, Session>();
  private nextId = 1;

  boot(): SessionInfo {
    this.kernel = boot();
    this.sessions.clear();
    this.nextId = 1;
    return this.open(0);
  }

  /** Opens a terminal for `uid` in the tracefs directory (or its home if it may not enter it). */
  open(uid: number): SessionInfo {
    if (!this.kernel) this.kernel = boot();
    const out: Uint8Array[] = [];
    const { sys } = this.kernel.login({ uid, cwd: TRACEFS_PATH, output: (b) => out.push(b) });
    const id = this.nextId++;
    const shell = new Shell(sys);
    this.sessions.set(id, { shell, out });
    return { id, greeting: BANNER + this.drain(id), prompt: shell.prompt() };
  }

  input(id: number, line: string): TerminalStep {
    const s = this.session(id);
    if (!s) return this.missing();
    if (s.shell.busy) return this.step(id, s.shell.resume().state);
    return this.step(id, s.shell.input(line).state);
  }

  interrupt(id: number): TerminalStep {
    const s = this.session(id);
    return s ? this.step(id, s.shell.interrupt().state) : this.missing();
  }

  resume(id: number): TerminalStep {
    const s = this.session(id);
    return s ? this.step(id, s.shell.resume().state) : this.missing();
  }

  private session(id: number): Session | null {
    return this.sessions.get(id) ?? null;
  }

  private drain(id: number): string {
    const s = this.sessions.get(id);
    if (!s) return '';
    const text = s.out.map((b) => decodeUtf8(b)).join('');
    s.out.length = 0;
    return text;
  }

  private step(id: number, state: TerminalStep['state']): TerminalStep {
    const s = this.sessions.get(id)!;
    return {
      output: this.drain(id),
      state,
      status: s.shell.status,
      prompt: state === 'blocked' ? '' : s.shell.prompt(),
    };
  }

  private missing(): TerminalStep {
    return { output: 'playground: no such terminal\n', state: 'done', status: 1, prompt: '' };
  }
}

// The pure part of the headless runner (docs CI, tests): logs a shell in on a booted kernel, runs
// input lines as interactive bash would, without prompts, and collects exactly what the terminal
// shows. A command that blocks and that no background job can wake gets Ctrl-C: `^C` and a newline
// on the terminal, status 130. With `echo`, each line is shown first after the notation of
// SCENARIOS.md for the shell that reads it: `# ` for root, `NAME$ ` for a user (after `su alice`
// or in `container exec`), `> ` for a continuation.

import type { Syscalls } from '../kernel/syscall-table';
import { encodeText } from './bytes';
import { concatBytes } from './process';
import { Shell, type ShellStep } from './shell/shell';

/** What the runner needs of a kernel: a login that returns the session's first task. */
export interface LoginProvider {
  login(options: {
    uid?: number;
    gid?: number;
    groups?: number[];
    cwd?: string;
    output?: (bytes: Uint8Array) => void;
  }): { sys: Syscalls };
}

export interface HeadlessOptions {
  /** Print each input line as `# LINE` (`USER$ LINE` when a user's shell reads it, `> LINE` for continuations). */
  echo?: boolean;
  uid?: number;
  gid?: number;
  groups?: number[];
  /** Working directory; default /sys/kernel/tracing. */
  cwd?: string;
  /** Receives terminal bytes as they are produced (the CLI streams them). */
  onOutput?: (bytes: Uint8Array) => void;
}

export interface RunResult {
  /** stdout and stderr interleaved, as the terminal received them. */
  readonly output: Uint8Array;
  readonly status: number;
}

export const DEFAULT_CWD = '/sys/kernel/tracing';

/** One logged-in shell fed line by line; `run` may be called again to continue the session. */
export class HeadlessSession {
  readonly shell: Shell;
  readonly sys: Syscalls;
  private chunks: Uint8Array[] = [];

  constructor(
    kernel: LoginProvider,
    private readonly options: HeadlessOptions = {},
  ) {
    const { uid, gid, groups } = options;
    const session = kernel.login({
      uid,
      gid,
      groups,
      cwd: options.cwd ?? DEFAULT_CWD,
      output: (b) => this.emit(b),
    });
    this.sys = session.sys;
    this.shell = new Shell(session.sys);
  }

  private emit(bytes: Uint8Array): void {
    this.chunks.push(bytes);
    this.options.onOutput?.(bytes);
  }

  private echoLine(line: string): void {
    if (!this.options.echo) return;
    const prompt = this.shell.continuing
      ? '> '
      : this.shell.sys.getuid() === 0
        ? '# '
        : `${this.shell.prompt().split('@')[0]}$ `;
    this.emit(encodeText(`${prompt}${line}\n`));
  }

  /** Runs a started command on: a slice ends, it resumes; a read no job can wake gets Ctrl-C. */
  private finish(first: ShellStep): void {
    let step = first;
    while (step.state === 'blocked' || step.state === 'running') {
      if (step.state === 'running') {
        step = this.shell.resume();
        continue;
      }
      this.emit(encodeText('^C\n'));
      step = this.shell.interrupt();
    }
  }

  /** Runs the lines of `text`; returns what the terminal showed meanwhile and the last status. */
  run(text: string): RunResult {
    this.chunks = [];
    const lines = text.split('\n');
    if (lines[lines.length - 1] === '') lines.pop();
    for (const line of lines) {
      if (this.shell.exitStatus !== null) break;
      const trimmed = line.trim();
      if (!this.shell.continuing && (trimmed === '' || trimmed.startsWith('#'))) continue;
      this.echoLine(line);
      this.finish(this.shell.input(line));
    }
    if (this.shell.continuing) this.finish(this.shell.endOfInput());
    return { output: concatBytes(this.chunks), status: this.shell.exitStatus ?? this.shell.status };
  }
}

/** Boots nothing itself: logs in on `kernel`, runs `text`, returns the terminal output and status. */
export function runScript(kernel: LoginProvider, text: string, options: HeadlessOptions = {}): RunResult {
  return new HeadlessSession(kernel, options).run(text);
}

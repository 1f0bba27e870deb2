// Models an interactive bash session as a driver sees it: lines typed at the prompt go in; a command
// runs until it finishes or its read would block, and a blocked command is resumed when input may
// have arrived or ended by Ctrl-C. Lines that leave a quote open wait for the next line (PS2).

import type { Syscalls } from '../../kernel/syscall-table';
import type { Proc, Wait } from '../process';
import { parse } from './parser';
import { runList } from './runner';
import { shellError } from './builtins';
import { ShellState } from './state';

/** Where the shell stands after a call. */
export type ShellStep =
  | { readonly state: 'done'; readonly status: number }
  | { readonly state: 'blocked'; readonly wait: Wait }
  | { readonly state: 'more' };

/** Status of a command ended by Ctrl-C (128 + SIGINT). */
export const STATUS_INTERRUPTED = 130;

export class Shell {
  private readonly sh: ShellState;
  private running: Proc | null = null;
  private pending: string[] = [];

  /** `sys` is the session's first task (the login shell); `vars` are extra exported variables. */
  constructor(sys: Syscalls, vars: Record<string, string> = {}) {
    this.sh = new ShellState(sys, []);
    this.sh.initLogin(vars);
  }

  get status(): number {
    return this.sh.status;
  }

  /** True while a command is blocked and waits for resume() or interrupt(). */
  get busy(): boolean {
    return this.running !== null;
  }

  /** True while a line left a construct open and the shell waits for its continuation. */
  get continuing(): boolean {
    return this.pending.length > 0;
  }

  /** The status `exit` asked for, or null while the shell lives. */
  get exitStatus(): number | null {
    return this.sh.exitStatus;
  }

  /** The numbered history, as `history` prints it. */
  get history(): readonly string[] {
    return this.sh.history;
  }

  /** bash's PS1 `\u@\h:\w\$ ` (PS2 `> ` while a line continues). */
  prompt(): string {
    if (this.continuing) return '> ';
    const user = this.sh.getVar('USER') ?? '';
    const home = this.sh.getVar('HOME');
    let cwd = this.sh.sys.getcwd();
    if (home && home !== '/' && (cwd === home || cwd.startsWith(home + '/')))
      cwd = '~' + cwd.slice(home.length);
    return `${user}@playground:${cwd}${this.sh.sys.getuid() === 0 ? '#' : '$'} `;
  }

  /** Feeds one typed line (without its newline) and runs it as far as it goes. */
  input(line: string): ShellStep {
    if (this.running) throw new Error('Shell.input: a command is still running');
    this.pending.push(line);
    const text = this.pending.join('\n');
    const parsed = parse(text);
    if (parsed.kind === 'incomplete') return { state: 'more' };
    this.pending = [];
    if (text.trim() !== '') this.sh.history.push(text);
    if (parsed.kind === 'error') {
      shellError(this.sh.sys, parsed.message);
      this.sh.status = 2;
      return { state: 'done', status: 2 };
    }
    if (parsed.list.length === 0) return { state: 'done', status: this.sh.status };
    this.running = runList(this.sh, parsed.list);
    return this.step();
  }

  /** Retries the blocked read: call when input arrived or the file may have data. */
  resume(): ShellStep {
    if (!this.running) return { state: 'done', status: this.sh.status };
    return this.step();
  }

  /**
   * Ctrl-C: ends the running command (its children exit, its descriptors close) with status 130,
   * or drops a half-typed continuation. Echoing `^C` is the terminal's part, not the shell's.
   */
  interrupt(): ShellStep {
    this.pending = [];
    if (this.running) {
      const proc = this.running;
      this.running = null;
      proc.return(STATUS_INTERRUPTED);
    }
    this.sh.status = STATUS_INTERRUPTED;
    return { state: 'done', status: STATUS_INTERRUPTED };
  }

  /** End of input while a line continues: bash's `unexpected EOF` diagnostic, status 2. */
  endOfInput(): ShellStep {
    if (!this.continuing) return { state: 'done', status: this.sh.status };
    const parsed = parse(this.pending.join('\n'));
    this.pending = [];
    if (parsed.kind === 'incomplete') shellError(this.sh.sys, parsed.message);
    this.sh.status = 2;
    return { state: 'done', status: 2 };
  }

  private step(): ShellStep {
    let r: IteratorResult<Wait, number>;
    try {
      r = this.running!.next();
    } catch (e) {
      this.running = null;
      throw e;
    }
    if (!r.done) return { state: 'blocked', wait: r.value };
    this.running = null;
    return { state: 'done', status: this.sh.status };
  }
}

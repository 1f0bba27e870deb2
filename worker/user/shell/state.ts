// Models the state one bash process keeps between commands: shell variables and which are
// exported, `$?`, `$!`, the history list, its job table, and a pending `exit`. A pipeline element
// that runs a builtin gets a copy (a subshell), so its `cd` or assignment does not reach the parent.

import type { Syscalls } from '../../kernel/syscall-table';
import { UserDb } from '../passwd';
import type { ExpandEnv } from './expand';
import { JobTable } from './job-table';

interface Variable {
  value: string;
  exported: boolean;
}

export class ShellState implements ExpandEnv {
  readonly vars: Map<string, Variable>;
  status = 0;
  /** Set by the `exit` builtin: the shell should end with this status. */
  exitStatus: number | null = null;
  /** `$!`: the pid of the last background job. */
  lastBackground: number | null = null;
  /** The terminal's first shell, which `suspend` may not stop. */
  loginShell = false;

  constructor(
    readonly sys: Syscalls,
    readonly history: string[],
    vars?: Map<string, Variable>,
    /** `$$`: the pid of the interactive shell, also inside subshells. */
    readonly shellPid = sys.pid,
    readonly jobs = new JobTable(),
  ) {
    this.vars = vars ?? new Map();
  }

  /** A subshell: the same history and jobs, a copy of the variables, another task. */
  subshell(sys: Syscalls): ShellState {
    const vars = new Map([...this.vars].map(([k, v]) => [k, { ...v }]));
    const sub = new ShellState(sys, this.history, vars, this.shellPid, this.jobs);
    sub.status = this.status;
    sub.loginShell = this.loginShell;
    return sub;
  }

  getVar(name: string): string | undefined {
    switch (name) {
      case '?':
        return String(this.status);
      case '$':
        return String(this.shellPid);
      case '#':
        return '0';
      case '0':
        return 'bash';
      case '-':
        return 'himBHs';
      case '!':
        return this.lastBackground === null ? '' : String(this.lastBackground);
      case '@':
      case '*':
        return '';
    }
    return this.vars.get(name)?.value;
  }

  setVar(name: string, value: string, exported?: boolean): void {
    const old = this.vars.get(name);
    this.vars.set(name, { value, exported: exported ?? old?.exported ?? false });
  }

  unsetVar(name: string): void {
    this.vars.delete(name);
  }

  homeOf(user: string): string | null {
    return new UserDb(this.sys).userByName(user)?.home ?? null;
  }

  /** The environment a started program receives: exported variables plus the command's assignments. */
  environment(extra: ReadonlyMap<string, string> = new Map()): Map<string, string> {
    const env = new Map<string, string>();
    for (const [k, v] of this.vars) if (v.exported) env.set(k, v.value);
    for (const [k, v] of extra) env.set(k, v);
    return env;
  }

  /** The variables a login shell starts with. */
  initLogin(extra: Record<string, string> = {}): void {
    const db = new UserDb(this.sys);
    const uid = this.sys.getuid();
    const user = db.userById(uid);
    const name = user?.name ?? String(uid);
    const exported: Record<string, string> = {
      HOME: user?.home ?? '/',
      LOGNAME: name,
      USER: name,
      SHELL: user?.shell ?? '/bin/bash',
      PATH: '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin',
      PWD: this.sys.getcwd(),
      LC_ALL: 'C',
      TERM: 'xterm-256color',
      ...extra,
    };
    for (const [k, v] of Object.entries(exported)) this.setVar(k, v, true);
    this.setVar('UID', String(uid));
    // NOTE: bash's \h asks gethostname(); there are no UTS namespaces, so a container's shell
    // is started with HOSTNAME set to the container's name instead.
    if (!('HOSTNAME' in extra)) this.setVar('HOSTNAME', 'playground');
  }
}

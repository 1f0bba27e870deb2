// Models the state one bash process keeps between commands: variables (scalars, indexed and
// associative arrays, with their export, readonly and integer attributes), positional parameters,
// functions, `set` options, the dynamic scopes of `local`, `$?`, `$!`, the history list, its job
// table, a pending `exit` and a pending break/continue/return. A subshell (a forked child, a
// pipeline element, a command substitution) gets a copy, so nothing it changes reaches the parent.

import type { Syscalls } from '../../kernel/syscall-table';
import { UserDb } from '../passwd';
import { encodeText } from '../bytes';
import type { FunctionDef } from './ast';
import { JobTable } from './job-table';
import { setDiagnostics } from './builtin-io';
import { SHOPT_DEFAULTS } from './shopt-defaults';

/** bash's `shopt` defaults, shared by every shell until one changes an option. */
const DEFAULT_SHOPTS: ReadonlyMap<string, boolean> = new Map(SHOPT_DEFAULTS);

export interface Variable {
  value: string;
  /** Elements of an indexed (numeric keys) or associative array; null for a scalar. */
  array: Map<string, string> | null;
  assoc: boolean;
  exported: boolean;
  readonly: boolean;
  integer: boolean;
  /** `declare -l` / `declare -u`: values are converted on assignment. */
  letterCase?: 'lower' | 'upper';
  /** Declared (`readonly y`, `local x`) but given no value: still unset. */
  declaredOnly?: boolean;
}

/** What a `break`, `continue` or `return` asks of the commands around it. */
export type Flow = { kind: 'break' | 'continue'; levels: number } | { kind: 'return' } | null;

/** A readonly variable was assigned: bash's `NAME: readonly variable`. */
export class ReadonlyError {
  constructor(readonly name: string) {}
}

/**
 * Counts the commands a shell and its subshells run: every `SLICE` commands the shell yields the
 * processor (see Preempt), and a replay can stop a command at the exact count it had reached.
 */
export class Ticker {
  static readonly SLICE = 4000;
  count = 0;
  limit = Ticker.SLICE;
  /** A replay's stop: the count at which the recorded Ctrl-C (or other step) came. */
  stopAt = Infinity;
}

export interface ShellOptions {
  errexit: boolean;
  nounset: boolean;
  xtrace: boolean;
  pipefail: boolean;
  noclobber: boolean;
  noglob: boolean;
  monitor: boolean;
  braceexpand: boolean;
  histexpand: boolean;
}

/**
 * An array's keys in the order bash lists them: indexed arrays by number; associative arrays in
 * the order of bash's hash table (hashlib.c: FNV-1 of the key, 1024 buckets, four times as many
 * once it holds more than two entries a bucket), the newest first within a bucket.
 */
export function arrayKeys(v: Variable): string[] {
  if (!v.array) return [];
  const keys = [...v.array.keys()];
  if (!v.assoc) return keys.sort((a, b) => Number(a) - Number(b));
  let buckets = 1024;
  while (keys.length > buckets * 2) buckets *= 4;
  const order = keys.map((k, i) => ({ k, i, b: fnv1(k) & (buckets - 1) }));
  return order.sort((x, y) => x.b - y.b || y.i - x.i).map((o) => o.k);
}

/** bash's hash_string(): 32-bit FNV-1 over the key's bytes. */
function fnv1(key: string): number {
  let h = 2166136261;
  for (const byte of encodeText(key)) h = (Math.imul(h, 16777619) ^ byte) >>> 0;
  return h;
}

function copyVar(v: Variable): Variable {
  return { ...v, array: v.array ? new Map(v.array) : null };
}

export function scalar(value: string, exported = false): Variable {
  return { value, array: null, assoc: false, exported, readonly: false, integer: false };
}

export class ShellState {
  readonly vars: Map<string, Variable>;
  functions: Map<string, FunctionDef>;
  positional: string[] = [];
  options: ShellOptions = {
    errexit: false,
    nounset: false,
    xtrace: false,
    pipefail: false,
    noclobber: false,
    noglob: false,
    monitor: true,
    braceexpand: true,
    histexpand: true,
  };
  aliases: Map<string, string>;
  /** The aliases being expanded now (an alias is not expanded inside itself). */
  aliasing = new Set<string>();
  /**
   * `shopt` options and their values (bash's defaults until changed). Never changed in place
   * (setShopt makes a new map), so a subshell shares its parent's.
   */
  shopts: ReadonlyMap<string, boolean> = DEFAULT_SHOPTS;
  /** Builtins turned off with `enable -n`. */
  disabled = new Set<string>();
  traps: Map<string, string>;
  /** Saved variables of each running function's `local`s, innermost last. */
  scopes: Map<string, Variable | undefined>[] = [];
  /** The names of the running functions, innermost first ($FUNCNAME). */
  funcNames: string[] = [];
  /** Nesting depth of loops, for `break` and `continue`. */
  loopDepth = 0;
  /** Inside a condition (if, while, left of && or ||, after !): `set -e` and ERR do not apply. */
  condDepth = 0;
  /** `${PIPESTATUS[@]}`: the statuses of the last pipeline's commands. */
  pipeStatus: number[] = [0];
  /** Command substitutions run so far (a command of only substitutions takes the last one's status). */
  substitutions = 0;
  /** The last `[[ =~ ]]` had an invalid regular expression (status 2). */
  condError = false;
  flow: Flow = null;
  status = 0;
  /** Set by the `exit` builtin: the shell should end with this status. */
  exitStatus: number | null = null;
  /** `$!`: the pid of the last background job. */
  lastBackground: number | null = null;
  /** `$_`: the last argument of the previous command. */
  lastArg = '';
  /** False for a script (`bash FILE`, `bash -c`): no job announcements, `exit` says nothing. */
  interactive = true;
  /** `$0`. */
  scriptName = 'bash';
  /** The script came from `-c` (`$-` shows `c`). */
  commandText = false;
  /** Debian's `sh` (dash) rather than bash: its diagnostics differ. */
  dash = false;
  /** The line of the script where the command being run was parsed from begins. */
  lineOffset = 0;
  /** The terminal's first shell, which `suspend` may not stop. */
  loginShell = false;
  /** True in a subshell or a command substitution. */
  forked = false;
  /** `$BASH_SUBSHELL`: how many subshells deep this state is. */
  subshellDepth = 0;
  /** The line being run, for $LINENO. */
  lineNo = 1;
  /** The state of $RANDOM (seeded per boot: replays give the same numbers). */
  randomSeed = 1;
  /** How deep `source` is nested (`return` ends a sourced file). */
  sourceDepth = 0;
  /** Shared with the subshells of one foreground command; a background job has its own. */
  ticker = new Ticker();
  /** Where `getopts` stands in the current argument (its `nextchar`). */
  optChar = 0;
  /** The OPTIND `getopts` last set (a different one restarts it). */
  optIndSeen = 1;

  constructor(
    readonly sys: Syscalls,
    readonly history: string[],
    vars?: Map<string, Variable>,
    /** `$$`: the pid of the interactive shell, also inside subshells. */
    readonly shellPid = sys.pid,
    readonly jobs = new JobTable(),
  ) {
    this.vars = vars ?? new Map();
    this.functions = new Map();
    this.aliases = new Map();
    this.traps = new Map();
  }

  /** `shopt -s NAME` / `shopt -u NAME`. */
  setShopt(name: string, on: boolean): void {
    const next = new Map(this.shopts);
    next.set(name, on);
    this.shopts = next;
  }

  /** A subshell: the same history and jobs, a copy of everything else, another task. */
  subshell(sys: Syscalls): ShellState {
    const vars = new Map([...this.vars].map(([k, v]) => [k, copyVar(v)]));
    // NOTE: a subshell's jobs are its own: the shell that forked it neither lists nor reports them.
    const jobs = new JobTable(this.jobs.scheduler, this.jobs.terminal, false);
    const sub = new ShellState(sys, this.history, vars, this.shellPid, jobs);
    sub.functions = new Map(this.functions);
    sub.positional = [...this.positional];
    sub.options = { ...this.options };
    sub.aliases = new Map(this.aliases);
    sub.disabled = new Set(this.disabled);
    sub.shopts = this.shopts;
    sub.traps = new Map([...this.traps].filter(([k]) => k !== 'EXIT'));
    sub.funcNames = [...this.funcNames];
    sub.status = this.status;
    sub.loginShell = this.loginShell;
    sub.lastBackground = this.lastBackground;
    sub.lineNo = this.lineNo;
    sub.randomSeed = this.randomSeed;
    sub.ticker = this.ticker;
    sub.forked = true;
    sub.subshellDepth = this.subshellDepth + 1;
    sub.interactive = this.interactive;
    sub.scriptName = this.scriptName;
    sub.dash = this.dash;
    sub.commandText = this.commandText;
    sub.lineOffset = this.lineOffset;
    if (!this.interactive) sub.markScript();
    return sub;
  }

  /** A script shell's diagnostics carry its name and the line being run. */
  markScript(): void {
    setDiagnostics(this.sys, {
      prefix: () =>
        this.dash ? `${this.scriptName}: ${this.lineNo}: ` : `${this.scriptName}: line ${this.lineNo}: `,
      dash: this.dash,
    });
  }

  /** `$-`: the letters of the options that are on, in bash's order. */
  flags(): string {
    const o = this.options;
    const on: [boolean, string][] = [
      [o.errexit, 'e'],
      [o.noglob, 'f'],
      [true, 'h'],
      [this.interactive, 'i'],
      [o.monitor, 'm'],
      [o.nounset, 'u'],
      [o.xtrace, 'x'],
      [o.braceexpand, 'B'],
      [o.noclobber, 'C'],
      [o.histexpand, 'H'],
      [this.interactive, 's'],
      [this.commandText, 'c'],
    ];
    return on
      .filter(([b]) => b)
      .map(([, c]) => c)
      .join('');
  }

  getVar(name: string): string | undefined {
    switch (name) {
      case '?':
        return String(this.status);
      case '$':
        return String(this.shellPid);
      case '#':
        return String(this.positional.length);
      case '0':
        return this.scriptName;
      case '-':
        return this.flags();
      case '!':
        return this.lastBackground === null ? undefined : String(this.lastBackground);
      case '_':
        return this.lastArg;
      case '@':
      case '*':
        return this.positional.join(' ');
      case 'LINENO':
        return this.dash ? undefined : String(this.lineNo);
      case 'RANDOM':
        return String(this.nextRandom());
      case 'FUNCNAME':
        return this.funcNames[0];
      case 'BASHPID':
        return String(this.sys.pid);
      case 'BASH_SUBSHELL':
        return String(this.subshellDepth);
    }
    if (/^[1-9][0-9]*$/.test(name)) return this.positional[Number(name) - 1];
    const v = this.vars.get(name);
    if (!v || v.declaredOnly) return undefined;
    return v.array ? v.array.get('0') : v.value;
  }

  /** bash's random number generator (variables.c brand): a 16-bit LCG over the seed. */
  private nextRandom(): number {
    this.randomSeed = (this.randomSeed * 1103515245 + 12345) >>> 0;
    return (this.randomSeed >>> 16) & 0x7fff;
  }

  setVar(name: string, value: string, exported?: boolean): void {
    const old = this.vars.get(name);
    if (old?.readonly) throw new ReadonlyError(name);
    if (name === 'RANDOM') this.randomSeed = Number(value) >>> 0;
    if (old?.letterCase) value = old.letterCase === 'lower' ? value.toLowerCase() : value.toUpperCase();
    if (old) old.declaredOnly = false;
    if (old?.array) {
      old.array.set('0', value);
      if (exported !== undefined) old.exported = exported;
      return;
    }
    if (old) {
      old.value = value;
      if (exported !== undefined) old.exported = exported;
      return;
    }
    this.vars.set(name, scalar(value, exported ?? false));
  }

  unsetVar(name: string): void {
    if (this.vars.get(name)?.readonly) throw new ReadonlyError(name);
    this.vars.delete(name);
  }

  /** The variable itself (arrays included), or undefined. */
  variable(name: string): Variable | undefined {
    return this.vars.get(name);
  }

  /** Makes NAME an array (indexed or associative), keeping a scalar's value as element 0. */
  arrayOf(name: string, assoc = false): Variable {
    let v = this.vars.get(name);
    if (v?.readonly) throw new ReadonlyError(name);
    if (!v) {
      v = { ...scalar(''), array: new Map(), assoc };
      this.vars.set(name, v);
    } else if (!v.array) {
      v.array = new Map(v.value === '' && !assoc ? [] : [['0', v.value]]);
      v.assoc = assoc;
    }
    return v;
  }

  /** `local NAME`: saves the outer variable for the innermost function's return. */
  makeLocal(name: string): void {
    const scope = this.scopes[this.scopes.length - 1];
    if (!scope || scope.has(name)) return;
    const v = this.vars.get(name);
    scope.set(name, v ? copyVar(v) : undefined);
  }

  /** Ends a function's scope: its locals give the outer variables back. */
  popScope(): void {
    const scope = this.scopes.pop();
    if (!scope) return;
    for (const [name, v] of scope) {
      if (v) this.vars.set(name, v);
      else this.vars.delete(name);
    }
  }

  homeOf(user: string): string | null {
    return new UserDb(this.sys).userByName(user)?.home ?? null;
  }

  /** The environment a started program receives: exported variables plus the command's assignments. */
  environment(extra: ReadonlyMap<string, string> = new Map()): Map<string, string> {
    const env = new Map<string, string>();
    for (const [k, v] of this.vars) if (v.exported && !v.array && !v.declaredOnly) env.set(k, v.value);
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
    this.randomSeed = this.sys.pid;
    // NOTE: bash's \h asks gethostname(); there are no UTS namespaces, so a container's shell
    // is started with HOSTNAME set to the container's name instead.
    if (!('HOSTNAME' in extra)) this.setVar('HOSTNAME', 'playground');
  }
}

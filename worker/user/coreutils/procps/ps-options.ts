// Models procps-ng 4.0.2 ps/parser.c for the options the model has: Unix (-e -A -a -d -f -p -o -u -U
// -w), BSD (a u x r w p o U, a bare pid list) and GNU (--pid --user --format --no-headers --help
// --version) syntax. When the Unix reading of the arguments fails, they are read again as BSD
// options (so `ps -aux` means `ps aux`), and only if that fails too is the first error reported.
// Then the format (ps/sortformat.c): a -o list (which -f and u do not change), or the SysV default (pid,tname,time,ucmd; with -f
// uid_hack,pid,ppid,c,stime,tname,time,cmd), or the BSD one (pid,tname,stat,bsdtime,args; with u
// user,pid,pcpu,pmem,vsz,rss,tname,stat,start_time,bsdtime,args).

import type { UserDb } from '../../passwd';
import type { Column } from './ps-layout';
import { SPECS } from './ps-columns';

export interface Selection {
  /** -e, -A, or BSD ax. */
  all: boolean;
  /** -a: processes with a terminal, except session leaders. */
  ttyNotLeaders: boolean;
  /** -d: every process except session leaders. */
  notLeaders: boolean;
  /** BSD a: processes with a terminal (any user). */
  bsdA: boolean;
  /** BSD x: the user's processes, with or without a terminal. */
  bsdX: boolean;
  /** BSD r: running processes only. */
  running: boolean;
  pids: number[];
  /** Effective (-u, --user) and real (-U, U) user ids. */
  euids: number[];
  ruids: number[];
}

export interface PsOptions {
  readonly select: Selection;
  readonly columns: Column[];
  readonly headers: boolean;
  /** -w given once (at least 132 columns) or more (unlimited). */
  readonly wide: number;
  readonly help: boolean;
  readonly version: boolean;
}

/** A parse failure: the message after `error: `. */
export class PsError {
  constructor(readonly message: string) {}
}

interface State {
  select: Selection;
  formats: string[];
  formatFlagF: boolean;
  formatFlagU: boolean;
  preferBsd: boolean;
  headers: boolean;
  wide: number;
  help: boolean;
  version: boolean;
}

function fresh(): State {
  return {
    select: {
      all: false,
      ttyNotLeaders: false,
      notLeaders: false,
      bsdA: false,
      bsdX: false,
      running: false,
      pids: [],
      euids: [],
      ruids: [],
    },
    formats: [],
    formatFlagF: false,
    formatFlagU: false,
    preferBsd: false,
    headers: true,
    wide: 0,
    help: false,
    version: false,
  };
}

/** parse_pid(): a list of pids separated by commas or blanks. */
function pidList(text: string): number[] {
  const out: number[] = [];
  for (const item of text.split(/[ ,\t]+/)) {
    if (item === '') continue;
    if (!/^\d+$/.test(item)) throw new PsError('process ID list syntax error');
    const n = Number(item);
    if (n < 1 || n > 0x7fffffff) throw new PsError('process ID out of range');
    out.push(n);
  }
  if (out.length === 0) throw new PsError('process ID list syntax error');
  return out;
}

/** parse_uid(): names or numbers separated by commas or blanks. */
function userList(text: string, users: UserDb): number[] {
  const out: number[] = [];
  for (const item of text.split(/[ ,\t]+/)) {
    if (item === '') continue;
    if (/^\d+$/.test(item)) out.push(Number(item));
    else {
      const u = users.userByName(item);
      if (!u) throw new PsError('user name does not exist');
      out.push(u.uid);
    }
  }
  if (out.length === 0) throw new PsError('user name does not exist');
  return out;
}

class Parser {
  private i = 0;
  readonly s = fresh();

  constructor(
    private readonly args: readonly string[],
    private readonly users: UserDb,
    private readonly forceBsd: boolean,
  ) {}

  /** The argument of an option: the rest of this word, or the next word; null when there is none. */
  private optarg(rest: string): string | null {
    if (rest !== '') return rest;
    if (this.i + 1 >= this.args.length) return null;
    return this.args[++this.i] || null;
  }

  /** The list after -p, -o, -u or -U (p, o, U; --pid ...), `name` as errors call the option. */
  private list(c: string, name: string, arg: string | null): void {
    const s = this.s;
    if (c === 'p') {
      if (arg === null) throw new PsError(`list of process IDs must follow ${name}`);
      s.select.pids.push(...pidList(arg));
    } else if (c === 'o') {
      if (arg === null) throw new PsError(`format specification must follow ${name}`);
      s.formats.push(arg);
    } else {
      if (arg === null) throw new PsError(`list of users must follow ${name}`);
      (c === 'u' ? s.select.euids : s.select.ruids).push(...userList(arg, this.users));
    }
  }

  parse(): State {
    for (this.i = 0; this.i < this.args.length; this.i++) {
      const a = this.args[this.i];
      if (a.startsWith('--')) this.gnu(a.slice(2));
      else if (a.startsWith('-') && a.length > 1 && !this.forceBsd) this.sysv(a.slice(1));
      else this.bsd(a.startsWith('-') ? a.slice(1) : a);
    }
    return this.s;
  }

  private sysv(flags: string): void {
    const s = this.s;
    for (let k = 0; k < flags.length; k++) {
      const c = flags[k];
      const rest = flags.slice(k + 1);
      if (c === 'A' || c === 'e') s.select.all = true;
      else if (c === 'a') s.select.ttyNotLeaders = true;
      else if (c === 'd') s.select.notLeaders = true;
      else if (c === 'f') s.formatFlagF = true;
      else if (c === 'w') s.wide++;
      else if (c === 'V') s.version = true;
      else if (c === 'p' || c === 'o' || c === 'u' || c === 'U') {
        this.list(c, `-${c}`, this.optarg(rest));
        return;
      } else throw new PsError('unsupported SysV option');
    }
  }

  private bsd(flags: string): void {
    const s = this.s;
    s.preferBsd = true;
    if (/^\d/.test(flags)) {
      s.select.pids.push(...pidList(flags));
      return;
    }
    for (let k = 0; k < flags.length; k++) {
      const c = flags[k];
      if (c === 'a') s.select.bsdA = true;
      else if (c === 'x') s.select.bsdX = true;
      else if (c === 'u') s.formatFlagU = true;
      else if (c === 'r') s.select.running = true;
      else if (c === 'w') s.wide++;
      else if (c === 'V') s.version = true;
      else if (c === 'p' || c === 'o' || c === 'U') {
        this.list(c, c, this.optarg(flags.slice(k + 1)));
        return;
      } else throw new PsError('unsupported option (BSD syntax)');
    }
  }

  private gnu(text: string): void {
    const s = this.s;
    const eq = text.indexOf('=');
    const name = eq < 0 ? text : text.slice(0, eq);
    const value = () => {
      if (eq >= 0) return text.slice(eq + 1) || null;
      return this.i + 1 < this.args.length ? this.args[++this.i] || null : null;
    };
    if (/^no-?headings?$|^no-?headers?$/.test(name)) s.headers = false;
    else if (name === 'help') {
      s.help = true;
      const section = this.args[this.i + 1];
      if (section !== undefined && /^(simple|list|output|threads|misc|all|[sloatm])$/.test(section)) this.i++;
    } else if (name === 'version') s.version = true;
    else if (name === 'pid') this.list('p', '--pid', value());
    else if (name === 'format') this.list('o', '--format', value());
    else if (name === 'user' || name === 'User') this.list(name[0], `--${name}`, value());
    else throw new PsError('unknown gnu long option');
  }
}

/**
 * format_parse(): items `spec[:width][=HEADER]` separated by one comma or blank (a header ends at
 * the next separator); an empty item is an error, a trailing separator is not.
 */
function parseFormat(text: string, pidDigits: number): Column[] {
  if (/^[ ,\t\n]|[ ,\t\n]{2}/.test(text)) throw new PsError('improper format list');
  const out: Column[] = [];
  for (const item of text.split(/[ ,\t\n]/)) {
    if (item === '') continue;
    const eq = item.indexOf('=');
    const head = eq < 0 ? null : item.slice(eq + 1);
    const [name, widthText] = (eq < 0 ? item : item.slice(0, eq)).split(/:(.*)/s);
    if (widthText !== undefined && !/^\d+$/.test(widthText)) {
      throw new PsError('column widths must be unsigned decimal numbers');
    }
    const spec = Object.hasOwn(SPECS, name) ? SPECS[name] : undefined;
    if (!spec) throw new PsError(`unknown user-defined format specifier "${name}"`);
    let width = spec.pidMax ? Math.max(pidDigits, spec.head.length) : spec.width;
    if (head !== null) width = Math.max(width, head.length);
    if (widthText !== undefined) width = Number(widthText);
    out.push({ spec, head: head ?? spec.head, width });
  }
  return out;
}

function columnsOf(s: State, pidDigits: number): Column[] {
  if (s.formats.length > 0) return s.formats.flatMap((f) => parseFormat(f, pidDigits));
  let list: string;
  if (s.formatFlagU) list = 'user,pid,pcpu,pmem,vsz,rss,tname,stat,start_time,bsdtime,args';
  else if (s.formatFlagF) list = 'uid_hack,pid,ppid,c,stime,tname,time,cmd';
  else if (s.preferBsd) list = 'pid,tname,stat,bsdtime,args';
  else list = 'pid,tname,time,ucmd';
  return parseFormat(list, pidDigits);
}

/** The whole command line read (Unix, then BSD), or the error of the first reading. */
export function parseArgs(args: readonly string[], users: UserDb, pidDigits: number): PsOptions {
  let s: State;
  try {
    s = new Parser(args, users, false).parse();
  } catch (first) {
    if (!(first instanceof PsError)) throw first;
    try {
      s = new Parser(args, users, true).parse();
    } catch (second) {
      if (!(second instanceof PsError)) throw second;
      throw first;
    }
  }
  return {
    select: s.select,
    columns: columnsOf(s, pidDigits),
    headers: s.headers,
    wide: s.wide,
    help: s.help,
    version: s.version,
  };
}

// Models procps-ng 4.0.2 ps/output.c's format table for the columns the model can fill: each spec's
// header, width, justification and printer (pr_procs, pr_euser, pr_args, pr_comm, pr_tty8,
// pr_time, pr_stime, pr_stat, ...). Memory and CPU figures are the model's: every process uses no
// memory and no CPU time, so they print as an idle process's would.

import type { UserDb } from '../../passwd';
import { HERTZ, ttyName, type ProcInfo } from './ps-proc';

/** How a column is justified (CF_LEFT, CF_RIGHT, CF_USER: left unless numeric, CF_UNLIMITED). */
export type Justify = 'left' | 'right' | 'user' | 'unlimited';

/** What every printer may need besides the process: the clock and the users. */
export interface Env {
  /** Seconds since the epoch now (time(NULL)). */
  readonly now: number;
  /** Seconds since boot now (the uptime). */
  readonly uptime: number;
  /** The boot moment, seconds since the epoch (btime). */
  readonly boot: number;
  readonly users: UserDb;
}

export interface Spec {
  readonly head: string;
  readonly width: number;
  readonly justify: Justify;
  /** The width follows pid_max (CF_PIDMAX). */
  readonly pidMax?: boolean;
  /** The cell's text; `room` is how many cells it may take (text columns are cut to it). */
  pr(p: ProcInfo, env: Env, room: number): string;
}

/** escape_str() in the C locale: unprintable bytes as `?`, cut to `room` cells. */
function escape(text: string, room: number): string {
  let out = '';
  for (const c of text) {
    if (out.length >= room) break;
    const code = c.codePointAt(0)!;
    out += code >= 0x20 && code < 0x7f ? c : '?';
  }
  return out;
}

function args(p: ProcInfo, room: number): string {
  return escape(p.cmdline.length > 0 ? p.cmdline.join(' ') : `[${p.comm}]`, room);
}

function comm(p: ProcInfo, _env: Env, room: number): string {
  return escape(p.comm, room);
}

/** do_pr_name(): the name when it fits the column, else the number. */
function named(name: string | undefined, id: number, room: number): string {
  return name !== undefined && name.length <= room ? name : String(id);
}

const two = (n: number) => String(n).padStart(2, '0');
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function started(p: ProcInfo, env: Env): number {
  return env.boot + Math.floor(p.startTicks / HERTZ);
}

/** pr_stime(): `%H:%M` today, `%b%d` this year, `%Y` before (TZ=UTC). */
function stime(p: ProcInfo, env: Env): string {
  const t = new Date(started(p, env) * 1000);
  const now = new Date(env.now * 1000);
  const dayOfYear = (d: Date) => Math.floor((d.getTime() - Date.UTC(d.getUTCFullYear(), 0, 1)) / 86400e3);
  if (t.getUTCFullYear() !== now.getUTCFullYear()) return String(t.getUTCFullYear());
  if (dayOfYear(t) !== dayOfYear(now)) return `${MONTHS[t.getUTCMonth()]}${two(t.getUTCDate())}`;
  return `${two(t.getUTCHours())}:${two(t.getUTCMinutes())}`;
}

/** pr_start(): `%H:%M:%S` within a day, else eight spaces and `Mon DD` from ctime(). */
function start(p: ProcInfo, env: Env): string {
  const secs = started(p, env);
  const t = new Date(secs * 1000);
  if (secs + 86400 > env.now)
    return `${two(t.getUTCHours())}:${two(t.getUTCMinutes())}:${two(t.getUTCSeconds())}`;
  return `        ${MONTHS[t.getUTCMonth()]} ${two(t.getUTCDate())}`;
}

function elapsed(p: ProcInfo, env: Env): number {
  return Math.max(0, Math.floor(env.uptime - p.startTicks / HERTZ));
}

/** pr_etime(): `[[dd-]hh:]mm:ss`. */
function etime(p: ProcInfo, env: Env): string {
  let t = elapsed(p, env);
  const ss = t % 60;
  t = Math.floor(t / 60);
  const mm = t % 60;
  t = Math.floor(t / 60);
  const hh = t % 24;
  const dd = Math.floor(t / 24);
  return (dd ? `${dd}-` : '') + (dd || hh ? `${two(hh)}:` : '') + `${two(mm)}:${two(ss)}`;
}

/** pr_stat(): the state letter, then `<`/`N` for niceness, `s` session leader, `l` threads, `+` foreground. */
function stat(p: ProcInfo): string {
  let s = p.state;
  if (p.nice < 0) s += '<';
  else if (p.nice > 0) s += 'N';
  if (p.sid === p.pid) s += 's';
  if (p.threads > 1) s += 'l';
  if (p.pgrp === p.tpgid) s += '+';
  return s;
}

const right = (head: string, width: number, pr: Spec['pr'], pidMax = false): Spec => ({
  head,
  width,
  justify: 'right',
  pidMax,
  pr,
});
const left = (head: string, width: number, pr: Spec['pr']): Spec => ({ head, width, justify: 'left', pr });
const user = (head: string, pr: Spec['pr']): Spec => ({ head, width: 8, justify: 'user', pr });
const unlimited = (head: string, width: number, pr: Spec['pr']): Spec => ({
  head,
  width,
  justify: 'unlimited',
  pr,
});

const pid = right('PID', 5, (p) => String(p.pid), true);
const sess = (head: string) => right(head, 5, (p) => String(p.sid), true);
const pgid = (head: string) => right(head, 5, (p) => String(p.pgrp), true);
const euser = (head: string) =>
  user(head, (p, env, room) => named(env.users.userById(p.euid)?.name, p.euid, room));
const tty = (head: string) => left(head, 8, (p) => ttyName(p.ttyNr));
const time = right('TIME', 8, () => '00:00:00');
const ucomm = (head: string) => unlimited(head, 15, comm);
const command = (head: string) => unlimited(head, 27, (p, _env, room) => args(p, room));

/** The specs ps knows, by name (format_array). */
export const SPECS: Readonly<Record<string, Spec>> = {
  pid,
  tgid: { ...pid, head: 'TGID' },
  ppid: right('PPID', 5, (p) => String(p.ppid), true),
  pgid: pgid('PGID'),
  pgrp: pgid('PGRP'),
  sid: sess('SID'),
  sess: sess('SESS'),
  session: sess('SESS'),
  tpgid: right('TPGID', 5, (p) => String(p.tpgid), true),
  uid: right('UID', 5, (p) => String(p.euid)),
  euid: right('EUID', 5, (p) => String(p.euid)),
  ruid: right('RUID', 5, (p) => String(p.ruid)),
  gid: right('GID', 5, (p) => String(p.egid)),
  egid: right('EGID', 5, (p) => String(p.egid)),
  rgid: right('RGID', 5, (p) => String(p.rgid)),
  user: euser('USER'),
  euser: euser('EUSER'),
  uname: euser('USER'),
  uid_hack: euser('UID'),
  ruser: user('RUSER', (p, env, room) => named(env.users.userById(p.ruid)?.name, p.ruid, room)),
  group: user('GROUP', (p, env, room) => named(env.users.groupById(p.egid)?.name, p.egid, room)),
  egroup: user('EGROUP', (p, env, room) => named(env.users.groupById(p.egid)?.name, p.egid, room)),
  rgroup: user('RGROUP', (p, env, room) => named(env.users.groupById(p.rgid)?.name, p.rgid, room)),
  comm: ucomm('COMMAND'),
  ucmd: ucomm('CMD'),
  ucomm: ucomm('COMMAND'),
  cmd: command('CMD'),
  args: command('COMMAND'),
  command: command('COMMAND'),
  fname: left('COMMAND', 8, (p) => escape(p.comm, 8)),
  tty: tty('TT'),
  tt: tty('TT'),
  tname: tty('TTY'),
  time,
  cputime: time,
  bsdtime: right('TIME', 6, () => '  0:00'),
  etime: right('ELAPSED', 11, etime),
  etimes: right('ELAPSED', 7, (p, env) => String(elapsed(p, env))),
  stime: right('STIME', 5, stime),
  start_time: right('START', 5, stime),
  start: right('STARTED', 8, start),
  c: right('C', 2, () => '0'),
  pcpu: right('%CPU', 4, () => '0.0'),
  '%cpu': right('%CPU', 4, () => '0.0'),
  pmem: right('%MEM', 4, () => '0.0'),
  '%mem': right('%MEM', 4, () => '0.0'),
  vsz: right('VSZ', 6, () => '0'),
  vsize: right('VSZ', 6, () => '0'),
  rss: right('RSS', 5, () => '0'),
  rssize: right('RSS', 5, () => '0'),
  rsz: right('RSZ', 5, () => '0'),
  s: left('S', 1, (p) => p.state),
  state: left('S', 1, (p) => p.state),
  stat: left('STAT', 4, stat),
  nlwp: right('NLWP', 4, (p) => String(p.threads)),
  ni: right('NI', 3, (p) => String(p.nice)),
  nice: right('NI', 3, (p) => String(p.nice)),
};

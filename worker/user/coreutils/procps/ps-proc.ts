// What procps-ng's library (readproc.c, stat.c) reads of each process for ps: /proc/PID/stat (state,
// parent, session, terminal, start time), /proc/PID/status (the effective user and group) and
// /proc/PID/cmdline, for the pids /proc lists, plus the boot time from /proc/stat and the width of
// a pid from /proc/sys/kernel/pid_max. A process that exits while it is read is skipped, as
// readproc does.

import type { Syscalls } from '../../../kernel/syscall-table';
import { decodeUtf8 } from '../../../kernel/lib/utf8';
import { readFileSync } from '../../process';

/** Clock ticks per second of /proc/PID/stat's times (sysconf(_SC_CLK_TCK)). */
export const HERTZ = 100;

export interface ProcInfo {
  readonly pid: number;
  readonly ppid: number;
  readonly pgrp: number;
  readonly sid: number;
  readonly ttyNr: number;
  readonly tpgid: number;
  readonly state: string;
  readonly comm: string;
  /** argv as /proc/PID/cmdline holds it; empty for a task without one (a kernel thread). */
  readonly cmdline: readonly string[];
  readonly startTicks: number;
  readonly euid: number;
  readonly egid: number;
  readonly ruid: number;
  readonly rgid: number;
  readonly threads: number;
  readonly nice: number;
}

function readText(sys: Syscalls, path: string): string | null {
  const bytes = readFileSync(sys, path);
  return bytes ? decodeUtf8(bytes) : null;
}

/** stat2proc(): `pid (comm) S ppid pgrp session tty_nr tpgid ...`; comm may hold spaces and `)`. */
function parseStat(text: string): Omit<ProcInfo, 'cmdline' | 'euid' | 'egid' | 'ruid' | 'rgid'> | null {
  const open = text.indexOf('(');
  const close = text.lastIndexOf(')');
  if (open < 0 || close < open) return null;
  const f = text
    .slice(close + 2)
    .trim()
    .split(' ');
  if (f.length < 20) return null;
  const n = (i: number) => Number(f[i]);
  return {
    pid: Number(text.slice(0, open)),
    comm: text.slice(open + 1, close),
    state: f[0],
    ppid: n(1),
    pgrp: n(2),
    sid: n(3),
    ttyNr: n(4),
    tpgid: n(5),
    nice: n(16),
    threads: n(17),
    startTicks: n(19),
  };
}

/** The real and effective ids of a `Uid:` or `Gid:` line of /proc/PID/status. */
function ids(status: string, key: string): [number, number] {
  const m = new RegExp(`^${key}:\\t(\\d+)\\t(\\d+)`, 'm').exec(status);
  return m ? [Number(m[1]), Number(m[2])] : [0, 0];
}

/** One process as ps sees it, or null when it is gone (or its files cannot be read). */
export function readProc(sys: Syscalls, pid: number | 'self'): ProcInfo | null {
  const stat = readText(sys, `/proc/${pid}/stat`);
  const status = readText(sys, `/proc/${pid}/status`);
  const cmdline = readText(sys, `/proc/${pid}/cmdline`);
  if (stat === null || status === null || cmdline === null) return null;
  const parsed = parseStat(stat);
  if (!parsed) return null;
  const [ruid, euid] = ids(status, 'Uid');
  const [rgid, egid] = ids(status, 'Gid');
  const args = cmdline === '' ? [] : cmdline.replace(/\0$/, '').split('\0');
  return { ...parsed, cmdline: args, euid, egid, ruid, rgid };
}

/** Every process /proc lists, in pid order. */
export function readAllProcs(sys: Syscalls): ProcInfo[] {
  const dir = sys.readdir('/proc');
  if (!dir.ok) return [];
  const pids = dir.value
    .map((e) => e.name)
    .filter((name) => /^[1-9]\d*$/.test(name))
    .map(Number)
    .sort((a, b) => a - b);
  const out: ProcInfo[] = [];
  for (const pid of pids) {
    const p = readProc(sys, pid);
    if (p) out.push(p);
  }
  return out;
}

/** The boot time, seconds since the epoch (`btime` of /proc/stat); 0 when it cannot be read. */
export function bootTime(sys: Syscalls): number {
  const m = /^btime (\d+)$/m.exec(readText(sys, '/proc/stat') ?? '');
  return m ? Number(m[1]) : 0;
}

/** procps_pid_length(): the digits of pid_max (5 when it cannot be read). */
export function pidLength(sys: Syscalls): number {
  const text = readText(sys, '/proc/sys/kernel/pid_max');
  if (text === null || text === '') return 5;
  return text.endsWith('\n') ? text.length - 1 : text.length;
}

/** The name of a terminal from its tty_nr: `pts/N` for a Unix98 pty, `?` for none. */
export function ttyName(ttyNr: number): string {
  if (ttyNr === 0) return '?';
  const major = (ttyNr >> 8) & 0xfff;
  const minor = (ttyNr & 0xff) | ((ttyNr >> 12) & 0xfff00);
  return major === 136 ? `pts/${minor}` : '?';
}

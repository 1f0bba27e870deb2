// Shared helpers for the syscall-level kernel tests: boot a fresh kernel, read and write tracefs
// files as a program would, drive the user_events ioctls, and build the exact bytes the spec shows.

import { expect } from 'vitest';
import { boot, type Kernel } from '../../worker/kernel/boot';
import type { PageView, Syscalls } from '../../worker/kernel/syscall-table';
import { O_APPEND, O_RDONLY, O_TRUNC, O_WRONLY } from '../../worker/kernel/fs/file';
import { DIAG_IOCSDEL, DIAG_IOCSREG, type UserReg } from '../../worker/kernel/user-events/abi';
import { decodeUtf8, encodeUtf8, latin1Bytes, latin1String } from '../../worker/kernel/lib/utf8';

export const TRACING = '/sys/kernel/tracing';

/** A freshly booted kernel and a root task whose cwd is the tracefs mount. */
export function bootRoot(): { k: Kernel; sys: Syscalls } {
  const k = boot();
  const { sys } = k.login({ cwd: TRACING });
  return { k, sys };
}

/** Reads an open descriptor to end of file; a negative errno if any read fails. */
export function readFd(sys: Syscalls, fd: number): string | number {
  const parts: Uint8Array[] = [];
  for (;;) {
    const got = sys.read(fd, 4096);
    if (typeof got === 'number') return got;
    if (got.length === 0) break;
    parts.push(got.slice());
  }
  const total = parts.reduce((n, p) => n + p.length, 0);
  const all = new Uint8Array(total);
  let at = 0;
  for (const p of parts) {
    all.set(p, at);
    at += p.length;
  }
  return decodeUtf8(all);
}

/** cat PATH: the whole contents as a string, or the negative errno of open or read. */
export function readAll(sys: Syscalls, path: string, flags = O_RDONLY): string | number {
  const fd = sys.open(path, flags);
  if (fd < 0) return fd;
  const text = readFd(sys, fd);
  sys.close(fd);
  return text;
}

/** echo -n TEXT >> PATH (one write()); returns the write's result, or the open's errno. */
export function writeText(sys: Syscalls, path: string, text: string, flags = O_WRONLY | O_APPEND): number {
  const fd = sys.open(path, flags);
  if (fd < 0) return fd;
  const ret = sys.write(fd, encodeUtf8(text));
  sys.close(fd);
  return ret;
}

/** echo TEXT > PATH (open with O_TRUNC, one write of TEXT + newline). */
export function echoTrunc(sys: Syscalls, path: string, text: string): number {
  return writeText(sys, path, text + '\n', O_WRONLY | O_TRUNC);
}

/** echo TEXT >> PATH (one write of TEXT + newline). */
export function echo(sys: Syscalls, path: string, text: string): number {
  return writeText(sys, path, text + '\n');
}

/** A 4-byte little-endian integer (an s32 write index or a u32 payload field). */
export function le32(n: number): Uint8Array {
  const b = new Uint8Array(4);
  new DataView(b.buffer).setUint32(0, n >>> 0, true);
  return b;
}

/** Bytes of a string whose characters are all below 0x100 (binary-safe). */
export function bytes(text: string): Uint8Array {
  return latin1Bytes(text);
}

/** Concatenates byte arrays. */
export function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

export interface RegResult {
  ret: number;
  statusBit: number | undefined;
  writeIndex: number | undefined;
}

/** ioctl(fd, DIAG_IOCSREG, {size, name_args: cmd, tail}) and what the kernel wrote back. */
export function register(
  sys: Syscalls,
  fd: number,
  cmd: string | null,
  size = 20,
  tail?: Uint8Array,
): RegResult {
  const reg: UserReg = { size, nameArgs: cmd };
  if (tail) reg.tail = tail;
  const ret = sys.ioctl(fd, DIAG_IOCSREG, reg);
  return { ret, statusBit: reg.statusBit, writeIndex: reg.writeIndex };
}

/** ioctl(fd, DIAG_IOCSDEL, name). */
export function unregister(sys: Syscalls, fd: number, name: string | null): number {
  return sys.ioctl(fd, DIAG_IOCSDEL, name);
}

/** Whether status bit `bit` is set in a mapped status page (§c.5). */
export function bitSet(page: PageView, bit: number): boolean {
  return ((page.at(bit >> 3) ?? 0) & (1 << (bit & 7))) !== 0;
}

/** The names in a directory, in the order readdir gives them, or a negative errno. */
export function ls(sys: Syscalls, path: string): string[] | number {
  const r = sys.readdir(path);
  return r.ok ? r.value.map((e) => e.name) : r.err;
}

/** Sorted names (C-locale `ls -1` order). */
export function lsSorted(sys: Syscalls, path: string): string[] | number {
  const names = ls(sys, path);
  return typeof names === 'number' ? names : [...names].sort();
}

/** `stat -c '%a %u:%g'` of a path, or a negative errno. */
export function modeOwner(sys: Syscalls, path: string): string | number {
  const st = sys.stat(path);
  if (!st.ok) return st.err;
  return `${(st.value.mode & 0o7777).toString(8)} ${st.value.uid}:${st.value.gid}`;
}

/** The text of a group's user_events_status (§c.5) for the given event lines and counters. */
export function statusText(lines: string[], busy: number, limit = 32767): string {
  const body = lines.map((l) => l + '\n').join('');
  return `${body}\nActive: ${lines.length}\nBusy: ${busy}\nMax: 32768\nLimit: ${limit}\n`;
}

const LEGEND =
  '#                                _-----=> irqs-off/BH-disabled\n' +
  '#                               / _----=> need-resched\n' +
  '#                              | / _---=> hardirq/softirq\n' +
  '#                              || / _--=> preempt-depth\n' +
  '#                              ||| / _-=> migrate-disable\n' +
  '#                              |||| /     delay\n' +
  '#           TASK-PID     CPU#  |||||  TIMESTAMP  FUNCTION\n' +
  '#              | |         |   |||||     |         |\n';

/** The `trace` header of §e.3 with default options. */
export function traceHeader(entries: number, written: number): string {
  return `# tracer: nop\n#\n# entries-in-buffer/entries-written: ${entries}/${written}   #P:2\n#\n` + LEGEND;
}

/** The first three lines of `trace` (what `head -3 trace` shows). */
export function head3(entries: number, written: number): string {
  return `# tracer: nop\n#\n# entries-in-buffer/entries-written: ${entries}/${written}   #P:2\n`;
}

/** `%16s-%-7d [000] ..... ` — the context prefix up to the timestamp (§e.4). */
export function contextHead(comm: string, pid: number): string {
  return `${comm.padStart(16)}-${String(pid).padEnd(7)} [000] ..... `;
}

/** The hex dump rows of §e.5 for an entry, padded with zero bytes to a multiple of 4. */
export function hexRows(entry: Uint8Array): string {
  const len = (entry.length + 3) & ~3;
  const padded = new Uint8Array(len);
  padded.set(entry);
  let out = '';
  for (let row = 0; row < len; row += 16) {
    const chunk = [...padded.subarray(row, Math.min(len, row + 16))];
    const hex = chunk.map((b) => b.toString(16).padStart(2, '0')).join(' ');
    const ascii = chunk.map((b) => (b >= 0x20 && b <= 0x7e ? String.fromCharCode(b) : '.')).join('');
    out += `${row.toString(16).padStart(8, '0')}: ${hex.padEnd(49)}${ascii}\n`;
  }
  return out;
}

/** A user event entry: u16 id, flags 0, preempt 0, s32 pid, payload (§d.1). */
export function userEntry(id: number, pid: number, payload: Uint8Array): Uint8Array {
  const e = new Uint8Array(8 + payload.length);
  const dv = new DataView(e.buffer);
  dv.setUint16(0, id, true);
  dv.setInt32(4, pid, true);
  e.set(payload, 8);
  return e;
}

/** One rendered user event: context, `\n`, hex rows, NUL (§e.5). `ts` is the `secs.usecs` text. */
export function renderedEntry(comm: string, pid: number, ts: string, entry: Uint8Array): string {
  return `${contextHead(comm, pid)}${ts.padStart(12)}: \n${hexRows(entry)}\0`;
}

/** The `secs.usecs` timestamps of the entries in a `trace` text, in order. */
export function timestamps(traceText: string): string[] {
  return [...traceText.matchAll(/\[000\] \.\.\.\.\. +(\d+\.\d{6}): /g)].map((m) => m[1]);
}

/**
 * A program as the scenarios run it: a child of `sys` that exec()ed `comm`. With `pid`, children are
 * forked (and reaped) until one gets that pid, so outputs can match a scenario's bytes exactly.
 */
export function spawnProgram(sys: Syscalls, comm: string, pid?: number): Syscalls {
  for (;;) {
    const child = sys.fork();
    if (pid === undefined || child.pid >= pid) {
      expect(pid === undefined || child.pid === pid).toBe(true);
      child.exec(comm);
      return child;
    }
    child.exit();
  }
}

/** Opens a file, asserting success; returns the descriptor. */
export function mustOpen(sys: Syscalls, path: string, flags: number): number {
  const fd = sys.open(path, flags);
  expect(fd, `open(${path})`).toBeGreaterThanOrEqual(0);
  return fd;
}

/** latin1 view of bytes, for comparisons that must keep NULs and high bytes. */
export function latin1(b: Uint8Array): string {
  return latin1String(b);
}

/**
 * The end state every test reaches once it has closed what it opened: only the terminal's three
 * descriptors remain, every namespace and instance can be removed (nothing pins or busies them),
 * opening `dynamic_events` with O_TRUNC succeeds (no event is referenced) and leaves no event,
 * and the root group's status reads as at boot.
 */
export function expectNothingReferenced(sys: Syscalls): void {
  expect(sys.openFds()).toEqual([0, 1, 2]);
  for (const dir of ['namespaces', 'instances']) {
    const names = ls(sys, `${TRACING}/${dir}`);
    expect(Array.isArray(names)).toBe(true);
    for (const name of names as string[])
      expect(sys.rmdir(`${TRACING}/${dir}/${name}`), `rmdir ${name}`).toBe(0);
    expect(ls(sys, `${TRACING}/${dir}`)).toEqual([]);
  }
  const fd = sys.open(`${TRACING}/dynamic_events`, O_WRONLY | O_TRUNC);
  expect(fd, 'open dynamic_events O_TRUNC').toBeGreaterThanOrEqual(0);
  sys.close(fd);
  expect(readAll(sys, `${TRACING}/dynamic_events`)).toBe('');
  expect(readAll(sys, `${TRACING}/available_events`)).toBe('');
  expect(readAll(sys, `${TRACING}/user_events_status`)).toBe(statusText([], 0));
  expect(sys.openFds()).toEqual([0, 1, 2]);
}

export { O_APPEND, O_RDONLY, O_TRUNC, O_WRONLY };
export { O_RDWR, O_NONBLOCK, O_CREAT, O_EXCL, O_DIRECTORY, SEEK_SET } from '../../worker/kernel/fs/file';
export { DIAG_IOCSDEL, DIAG_IOCSREG };
export type { Syscalls, Kernel };

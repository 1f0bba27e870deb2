// The kernel selftest tools/testing/selftests/user_events/ftrace_test.c (status-bit ABI, 6.0–6.3) at
// syscall level, and the program-level scenarios S6–S10, S15, S18, S24, S25: registering through
// DIAG_IOCSREG, the mapped status page, writing events, validators, deleting, and what `trace` shows.

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  E2BIG,
  EAGAIN,
  EBADF,
  EBUSY,
  EFAULT,
  EINVAL,
  EMFILE,
  ENODEV,
  ENOENT,
  ENOTTY,
  ERANGE,
  ESPIPE,
} from '../../../worker/kernel/lib/errno';
import type { UserReg } from '../../../worker/kernel/user-events/abi';
import {
  bitSet,
  bootRoot,
  bytes,
  concat,
  DIAG_IOCSDEL,
  DIAG_IOCSREG,
  echo,
  expectNothingReferenced,
  head3,
  hexRows,
  le32,
  mustOpen,
  O_NONBLOCK,
  O_RDONLY,
  O_RDWR,
  O_TRUNC,
  O_WRONLY,
  readAll,
  register,
  renderedEntry,
  SEEK_SET,
  spawnProgram,
  statusText,
  timestamps,
  traceHeader,
  TRACING,
  unregister,
  userEntry,
  writeText,
  type Syscalls,
} from '../helpers';

const DATA = `${TRACING}/user_events_data`;
const STATUS = `${TRACING}/user_events_status`;
const DYN = `${TRACING}/dynamic_events`;
const TRACE = `${TRACING}/trace`;

let sys: Syscalls;
/** The program under test: a forked child that exec()ed `uevent-demo`. */
let prog: Syscalls;

beforeEach(() => {
  sys = bootRoot().sys;
  prog = sys.fork();
  prog.exec('uevent-demo');
});

afterEach(() => {
  prog.exit();
});

function enablePath(name: string, system = 'user_events', tr = TRACING): string {
  return `${tr}/events/${system}/${name}/enable`;
}

/** The bytes `trace` should show for the given entries (hex dumps), with their timestamps from `text`. */
function expectTrace(
  text: string | number,
  entries: Uint8Array[],
  comm = 'uevent-demo',
  pid = prog.pid,
): void {
  expect(typeof text).toBe('string');
  const ts = timestamps(text as string);
  expect(ts.length).toBe(entries.length);
  const body = entries.map((e, i) => renderedEntry(comm, pid, ts[i], e)).join('');
  expect(text).toBe(traceHeader(entries.length, entries.length) + body);
}

describe('ftrace_test.c register_events (§c.5, §c.7, §c.8)', () => {
  it('registers, flips the status bit with enable, refuses delete while the fd holds it', () => {
    const statusFd = mustOpen(prog, STATUS, O_RDONLY);
    const dataFd = mustOpen(prog, DATA, O_RDWR);
    const map = prog.mmap(statusFd, 4096);
    expect(map.ok).toBe(true);
    if (!map.ok) return;
    const page = map.value.view;
    expect(page.length).toBe(4096);
    expect(page.slice().every((b) => b === 0)).toBe(true);

    const cmd = '__test_event u32 field1; u32 field2';
    expect(register(prog, dataFd, cmd)).toEqual({ ret: 0, statusBit: 1, writeIndex: 0 });
    // multiple registers give the same index
    expect(register(prog, dataFd, cmd)).toEqual({ ret: 0, statusBit: 1, writeIndex: 0 });

    const enableFd = mustOpen(sys, enablePath('__test_event'), O_RDWR);
    expect(sys.write(enableFd, bytes('0\0'))).toBe(2);
    expect(bitSet(page, 1)).toBe(false);
    expect(sys.write(enableFd, bytes('1\0'))).toBe(2);
    expect(bitSet(page, 1)).toBe(true);
    expect(page.at(0)).toBe(0x02);
    expect(sys.write(enableFd, bytes('0\0'))).toBe(2);
    expect(bitSet(page, 1)).toBe(false);
    expect(page.at(0)).toBe(0x00);
    sys.close(enableFd);

    // the open data fd still holds the event
    expect(unregister(prog, dataFd, '__test_event')).toBe(-EBUSY);
    expect(prog.close(dataFd)).toBe(0);
    const again = mustOpen(prog, DATA, O_RDWR);
    expect(unregister(prog, again, '__test_event')).toBe(0);
    expect(unregister(prog, again, '__test_event')).toBe(-ENOENT);
    expect(prog.munmap(map.value.id)).toBe(0);
    expect(prog.munmap(map.value.id)).toBe(-EINVAL);
    prog.close(again);
    prog.close(statusFd);
    expectNothingReferenced(sys);
  });

  it('S6: two events, system and global enable, the page tracks every change', () => {
    expect(echo(sys, DYN, 'u:hello u32 count')).toBe(18);
    expect(echo(sys, DYN, 'u:bye')).toBe(6);
    const statusFd = mustOpen(prog, STATUS, O_RDONLY);
    const map = prog.mmap(statusFd, 4096);
    if (!map.ok) throw new Error('mmap');
    const v = map.value.view;
    expect(v.at(0)).toBe(0x00);
    expect(readAll(sys, `${TRACING}/events/user_events/enable`)).toBe('0\n');
    expect(echo(sys, enablePath('hello'), '1')).toBe(2);
    expect(readAll(sys, enablePath('hello'))).toBe('1\n');
    expect(v.at(0)).toBe(0x02);
    expect(readAll(sys, `${TRACING}/events/user_events/enable`)).toBe('X\n');
    expect(readAll(sys, `${TRACING}/events/enable`)).toBe('X\n');
    expect(readAll(sys, `${TRACING}/set_event`)).toBe('user_events:hello\n');
    expect(readAll(sys, STATUS)).toBe(statusText(['1:hello # Used by ftrace', '2:bye'], 1));
    expect(readAll(sys, `${TRACING}/buffer_size_kb`)).toBe('1410\n');
    expect(readAll(sys, `${TRACING}/buffer_total_size_kb`)).toBe('2820\n');
    expect(echo(sys, `${TRACING}/events/user_events/enable`, '1')).toBe(2);
    expect(v.at(0)).toBe(0x06);
    expect(readAll(sys, `${TRACING}/events/user_events/enable`)).toBe('1\n');
    expect(readAll(sys, STATUS)).toBe(statusText(['1:hello # Used by ftrace', '2:bye # Used by ftrace'], 2));
    expect(echo(sys, `${TRACING}/events/enable`, '0')).toBe(2);
    expect(v.at(0)).toBe(0x00);
    expect(readAll(sys, `${TRACING}/events/user_events/enable`)).toBe('0\n');
    expect(echo(sys, enablePath('hello'), '2')).toBe(-EINVAL);
    expect(echo(sys, enablePath('hello'), 'on')).toBe(-EINVAL);
    expect(echo(sys, enablePath('hello'), '99999999999999999999')).toBe(-ERANGE);
    expect(v.at(0)).toBe(0x00);
    expect(prog.munmap(map.value.id)).toBe(0);
    prog.close(statusFd);
    expectNothingReferenced(sys);
  });

  it('mmap length: 1 … 4096 map the page, 0 and more than a page are EINVAL (§c.5, S24)', () => {
    const statusFd = mustOpen(prog, STATUS, O_RDONLY);
    const cases: Array<[number, number]> = [
      [0, -EINVAL],
      [1, 0],
      [4095, 0],
      [4096, 0],
      [4097, -EINVAL],
      [8192, -EINVAL],
    ];
    for (const [length, want] of cases) {
      const r = prog.mmap(statusFd, length);
      if (want === 0) {
        expect(r.ok, `mmap ${length}`).toBe(true);
        if (r.ok) {
          expect(r.value.view.length).toBe(4096);
          expect(prog.munmap(r.value.id)).toBe(0);
        }
      } else {
        expect(r, `mmap ${length}`).toEqual({ ok: false, err: want });
      }
    }
    prog.close(statusFd);
    expectNothingReferenced(sys);
  });
});

describe('ftrace_test.c write_events (§c.9, §e.5, S7, S8)', () => {
  it('writes reach the buffer only once enabled; a wrong index is ENOENT', () => {
    const dataFd = mustOpen(prog, DATA, O_RDWR);
    const reg = register(prog, dataFd, '__test_event u32 field1; u32 field2');
    expect(reg).toEqual({ ret: 0, statusBit: 1, writeIndex: 0 });
    const payload = concat(le32(1), le32(2));
    // index = field2 (2): not registered on this fd
    expect(prog.writev(dataFd, [le32(2), le32(1), le32(2)])).toBe(-ENOENT);
    // not enabled: accepted, nothing recorded (Q4)
    expect(prog.writev(dataFd, [le32(0), payload])).toBe(12);
    expect(readAll(sys, TRACE)).toBe(traceHeader(0, 0));
    expect(echo(sys, enablePath('__test_event'), '1')).toBe(2);
    expect(prog.writev(dataFd, [le32(0), le32(1), le32(2)])).toBe(12);
    expectTrace(readAll(sys, TRACE), [userEntry(20, prog.pid, payload)]);
    expect(echo(sys, enablePath('__test_event'), '0')).toBe(2);
    prog.close(dataFd);
    expectNothingReferenced(sys);
  });

  it('S7: two writes, the exact hex dumps, trace_pipe consumes, O_TRUNC clears', () => {
    const demo = spawnProgram(sys, 'uevent-demo', 1200);
    expect(echo(sys, DYN, 'u:hello u32 count')).toBe(18);
    expect(echo(sys, enablePath('hello'), '1')).toBe(2);
    const fd = mustOpen(demo, DATA, O_RDWR);
    expect(fd).toBe(3);
    expect(register(demo, fd, 'hello u32 count')).toEqual({ ret: 0, statusBit: 1, writeIndex: 0 });
    demo.nanosleep(100_000_000_000);
    expect(demo.writev(fd, [le32(0), le32(1)])).toBe(8);
    demo.nanosleep(100_000);
    expect(demo.writev(fd, [le32(0), le32(2)])).toBe(8);
    const text = readAll(sys, TRACE) as string;
    const [t1, t2] = timestamps(text);
    expect(text).toBe(
      traceHeader(2, 2) +
        `     uevent-demo-1200    [000] ..... ${t1.padStart(12)}: \n` +
        '00000000: 14 00 00 00 b0 04 00 00 01 00 00 00              ............\n\0' +
        `     uevent-demo-1200    [000] ..... ${t2.padStart(12)}: \n` +
        '00000000: 14 00 00 00 b0 04 00 00 02 00 00 00              ............\n\0',
    );
    expect(Number(t1)).toBeGreaterThanOrEqual(105);
    expect(Math.round((Number(t2) - Number(t1)) * 1e6)).toBeGreaterThanOrEqual(100);
    expect(readAll(sys, STATUS)).toBe(statusText(['1:hello # Used by ftrace'], 1));

    const pipe = mustOpen(sys, `${TRACING}/trace_pipe`, O_RDONLY | O_NONBLOCK);
    const got = sys.read(pipe, 65536);
    expect(got instanceof Uint8Array ? new TextDecoder().decode(got) : got).toBe(
      text.slice(traceHeader(2, 2).length),
    );
    expect(sys.read(pipe, 65536)).toBe(-EAGAIN);
    sys.close(pipe);
    expect(readAll(sys, TRACE)).toBe(traceHeader(0, 0));

    expect(demo.writev(fd, [le32(0), le32(3)])).toBe(8);
    expect((readAll(sys, TRACE) as string).startsWith(head3(1, 1))).toBe(true);
    expect(writeText(sys, TRACE, '\n', O_WRONLY | O_TRUNC)).toBe(1);
    expect(readAll(sys, TRACE)).toBe(traceHeader(0, 0));
    expect(echo(sys, enablePath('hello'), '0')).toBe(2);
    demo.exit();
    expectNothingReferenced(sys);
  });

  it('the helper hex dump reproduces the spec literals (§e.5, S9, S13, S25)', () => {
    expect(hexRows(userEntry(20, 1200, le32(1)))).toBe(
      '00000000: 14 00 00 00 b0 04 00 00 01 00 00 00              ............\n',
    );
    expect(hexRows(userEntry(20, 1300, concat(le32(0x00050000), bytes('Test\0'))))).toBe(
      '00000000: 14 00 00 00 14 05 00 00 00 00 05 00 54 65 73 74  ............Test\n' +
        '00000010: 00 00 00 00                                      ....\n',
    );
    expect(hexRows(userEntry(20, 4321, concat(le32(1000), bytes('pts/0\0\0\0'))))).toBe(
      '00000000: 14 00 00 00 e1 10 00 00 e8 03 00 00 70 74 73 2f  ............pts/\n' +
        '00000010: 30 00 00 00                                      0...\n',
    );
    expect(hexRows(userEntry(20, 1900, bytes('\x2a\x00\x00\x00\xff\xff\xff\xff')))).toBe(
      '00000000: 14 00 00 00 6c 07 00 00 2a 00 00 00 ff ff ff ff  ....l...*.......\n',
    );
  });

  it('trace_pipe returns the entries without a header, then EAGAIN when non-blocking (§e.8)', () => {
    expect(echo(sys, DYN, 'u:hello u32 count')).toBe(18);
    expect(echo(sys, enablePath('hello'), '1')).toBe(2);
    const fd = mustOpen(prog, DATA, O_RDWR);
    expect(register(prog, fd, 'hello').ret).toBe(0);
    expect(prog.writev(fd, [le32(0), le32(1)])).toBe(8);
    expect(prog.writev(fd, [le32(0), le32(2)])).toBe(8);
    const ts = timestamps(readAll(sys, TRACE) as string);
    const pipe = mustOpen(sys, `${TRACING}/trace_pipe`, O_RDONLY | O_NONBLOCK);
    const first = sys.read(pipe, 65536);
    expect(first instanceof Uint8Array).toBe(true);
    const text = new TextDecoder().decode(first as Uint8Array);
    expect(text).toBe(
      renderedEntry('uevent-demo', prog.pid, ts[0], userEntry(20, prog.pid, le32(1))) +
        renderedEntry('uevent-demo', prog.pid, ts[1], userEntry(20, prog.pid, le32(2))),
    );
    expect(sys.read(pipe, 65536)).toBe(-EAGAIN);
    sys.close(pipe);
    expect(readAll(sys, TRACE)).toBe(traceHeader(0, 0));
    expect(echo(sys, enablePath('hello'), '0')).toBe(2);
    prog.close(fd);
    expectNothingReferenced(sys);
  });

  it('S8: not enabled, or tracing_on 0: accepted, not recorded', () => {
    expect(echo(sys, DYN, 'u:hello u32 count')).toBe(18);
    const fd = mustOpen(prog, DATA, O_RDWR);
    expect(register(prog, fd, 'hello')).toEqual({ ret: 0, statusBit: 1, writeIndex: 0 });
    expect(prog.writev(fd, [le32(0), le32(1)])).toBe(8);
    expect(readAll(sys, TRACE)).toBe(traceHeader(0, 0));
    expect(echo(sys, enablePath('hello'), '1')).toBe(2);
    expect(echo(sys, `${TRACING}/tracing_on`, '0')).toBe(2);
    expect(prog.writev(fd, [le32(0), le32(2)])).toBe(8);
    expect(readAll(sys, STATUS)).toBe(statusText(['1:hello # Used by ftrace'], 1));
    expect(readAll(sys, TRACE)).toBe(traceHeader(0, 0));
    expect(echo(sys, `${TRACING}/tracing_on`, 'abc')).toBe(-EINVAL);
    expect(echo(sys, `${TRACING}/tracing_on`, '5')).toBe(2);
    expect(readAll(sys, `${TRACING}/tracing_on`)).toBe('1\n');
    expect(echo(sys, enablePath('hello'), '0')).toBe(2);
    prog.close(fd);
    expectNothingReferenced(sys);
  });

  it('comm is `bash` for a task that never exec()ed', () => {
    expect(echo(sys, DYN, 'u:hello u32 count')).toBe(18);
    expect(echo(sys, enablePath('hello'), '1')).toBe(2);
    const fd = mustOpen(sys, DATA, O_RDWR);
    expect(register(sys, fd, 'hello').ret).toBe(0);
    expect(sys.write(fd, concat(le32(0), le32(7)))).toBe(8);
    expectTrace(readAll(sys, TRACE), [userEntry(20, sys.pid, le32(7))], 'bash', sys.pid);
    expect(echo(sys, enablePath('hello'), '0')).toBe(2);
    sys.close(fd);
    expectNothingReferenced(sys);
  });
});

describe('who wrote it (§e.4, Q28)', () => {
  it('comm is cut to 15 characters and is remembered after the writer exits', () => {
    const p = spawnProgram(sys, 'a-very-long-program-name');
    expect(p.comm()).toBe('a-very-long-pro');
    expect(echo(sys, DYN, 'u:hello u32 count')).toBe(18);
    expect(echo(sys, enablePath('hello'), '1')).toBe(2);
    const fd = mustOpen(p, DATA, O_RDWR);
    expect(register(p, fd, 'hello').ret).toBe(0);
    expect(p.writev(fd, [le32(0), le32(1)])).toBe(8);
    const pid = p.pid;
    p.exit();
    expectTrace(readAll(sys, TRACE), [userEntry(20, pid, le32(1))], 'a-very-long-pro', pid);
    expect(echo(sys, enablePath('hello'), '0')).toBe(2);
    expectNothingReferenced(sys);
  });
});

describe('the data file: descriptors, indexes, write-path errors (§c.7, §c.9, S24, S25)', () => {
  it('S25: per-descriptor write indexes, payload length, extra bytes recorded', () => {
    const fd3 = mustOpen(prog, DATA, O_RDWR);
    expect(register(prog, fd3, 'ev u32 a')).toEqual({ ret: 0, statusBit: 1, writeIndex: 0 });
    expect(register(prog, fd3, 'other')).toEqual({ ret: 0, statusBit: 2, writeIndex: 1 });
    expect(register(prog, fd3, 'ev u64 zzz')).toEqual({ ret: 0, statusBit: 1, writeIndex: 0 });
    const fd4 = mustOpen(prog, DATA, O_RDWR);
    expect(register(prog, fd4, 'other')).toEqual({ ret: 0, statusBit: 2, writeIndex: 0 });
    expect(prog.writev(fd4, [le32(1)])).toBe(-ENOENT);
    expect(readAll(sys, DYN)).toBe('u:ev u32 a\nu:other\n');
    expect(echo(sys, enablePath('ev'), '1')).toBe(2);
    expect(prog.writev(fd3, [le32(0), bytes('\x2a\x00')])).toBe(-EINVAL);
    const payload = bytes('\x2a\x00\x00\x00\xff\xff\xff\xff');
    expect(prog.writev(fd3, [le32(0), payload])).toBe(12);
    expectTrace(readAll(sys, TRACE), [userEntry(20, prog.pid, payload)]);
    expect(echo(sys, enablePath('ev'), '0')).toBe(2);
    prog.close(fd3);
    prog.close(fd4);
    expectNothingReferenced(sys);
  });

  it('S24: the ioctl and data-file edge cases in order', () => {
    const fd3 = mustOpen(prog, DATA, O_RDWR);
    expect(register(prog, fd3, 'a', 16).ret).toBe(-EINVAL);
    expect(register(prog, fd3, 'a', 8192).ret).toBe(-E2BIG);
    expect(register(prog, fd3, 'a', 24, new Uint8Array([0, 0, 0, 0]))).toEqual({
      ret: 0,
      statusBit: 1,
      writeIndex: 0,
    });
    expect(register(prog, fd3, 'b', 24, new Uint8Array([1, 0, 0, 0])).ret).toBe(-E2BIG);
    expect(register(prog, fd3, 'x'.repeat(600)).ret).toBe(-EINVAL);
    expect(register(prog, fd3, null).ret).toBe(-EFAULT);
    expect(prog.ioctl(fd3, 0x1234, 0)).toBe(-ENOTTY);
    expect(prog.ioctl(fd3, DIAG_IOCSREG, 0)).toBe(-EFAULT);
    expect(prog.ioctl(fd3, DIAG_IOCSREG, null)).toBe(-EFAULT);
    expect(prog.ioctl(fd3, DIAG_IOCSDEL, 0)).toBe(-EFAULT);
    const fd4 = mustOpen(prog, STATUS, O_RDONLY);
    expect(register(prog, fd4, 'a').ret).toBe(-ENOTTY);
    expect(prog.mmap(fd4, 8192)).toEqual({ ok: false, err: -EINVAL });
    expect(unregister(prog, fd3, 'nosuch')).toBe(-ENOENT);
    expect(prog.lseek(fd3, 4, SEEK_SET)).toBe(-ESPIPE);
    expect(prog.pwrite(fd3, le32(0), 4)).toBe(-EFAULT);
    const fd5 = mustOpen(prog, DATA, O_RDONLY);
    expect(register(prog, fd5, 'a')).toEqual({ ret: 0, statusBit: 1, writeIndex: 0 });
    expect(prog.write(fd5, le32(0))).toBe(-EBADF);
    expect(prog.writev(fd5, [le32(0)])).toBe(-EBADF);
    expect(prog.read(fd3, 16)).toBe(-EINVAL);
    expect(readAll(sys, DYN)).toBe('u:a\n');
    for (const fd of [fd3, fd4, fd5]) expect(prog.close(fd)).toBe(0);
    expectNothingReferenced(sys);
  });

  // [label, size, tail, nameArgs, expected]
  const regCases: Array<[string, number, Uint8Array | undefined, string | null, number]> = [
    ['size checked before the address (small)', 16, undefined, null, -EINVAL],
    ['size checked before the address (big)', 8192, undefined, null, -E2BIG],
    ['tail checked before the address', 24, new Uint8Array([0, 0, 0, 9]), null, -E2BIG],
    ['size 0', 0, undefined, 'a', -EINVAL],
    ['size 19', 19, undefined, 'a', -EINVAL],
    ['size 20', 20, undefined, 'a', 0],
    ['size 4096, all-zero tail', 4096, new Uint8Array(4076), 'a', 0],
    ['size 4097', 4097, new Uint8Array(4077), 'a', -E2BIG],
    ['unreadable command', 20, undefined, null, -EFAULT],
    ['command of 511 characters', 20, undefined, 'y'.repeat(511), 0],
    ['command of 512 characters', 20, undefined, 'y'.repeat(512), -EINVAL],
    ['command of 256 characters, 512 bytes (counted in bytes)', 20, undefined, 'é'.repeat(256), -EINVAL],
    ['command of 255 two-byte characters, 510 bytes', 20, undefined, 'é'.repeat(255), 0],
    ['field syntax error', 20, undefined, 'a u32', -EINVAL],
    ['unknown type', 20, undefined, 'a long x', -EINVAL],
    ['bad array length', 20, undefined, 'a char[0] x', -EINVAL],
    ['struct without size', 20, undefined, 'a struct s x', -EINVAL],
    ['size on non-struct', 20, undefined, 'a u32 x 4', -EINVAL],
    ['struct size 0', 20, undefined, 'a struct s x 0', -EINVAL],
  ];
  it.each(regCases)('DIAG_IOCSREG: %s', (_label, size, tail, cmd, want) => {
    const fd = mustOpen(prog, DATA, O_RDWR);
    const r = register(prog, fd, cmd, size, tail);
    expect(r.ret).toBe(want);
    if (want === 0) {
      expect(r).toEqual({ ret: 0, statusBit: 1, writeIndex: 0 });
      expect(readAll(sys, STATUS)).toBe(statusText([`1:${(cmd as string).split(' ')[0]}`], 0));
    } else {
      expect(r.statusBit).toBeUndefined();
      expect(readAll(sys, DYN)).toBe('');
    }
    prog.close(fd);
    expectNothingReferenced(sys);
  });

  it('DIAG_IOCSREG ignores the input status_bit and write_index', () => {
    const fd = mustOpen(prog, DATA, O_RDWR);
    const reg: UserReg = { size: 20, nameArgs: 'hello u32 count', statusBit: 77, writeIndex: 9 };
    expect(prog.ioctl(fd, DIAG_IOCSREG, reg)).toBe(0);
    expect(reg.statusBit).toBe(1);
    expect(reg.writeIndex).toBe(0);
    prog.close(fd);
    expectNothingReferenced(sys);
  });

  it('DIAG_IOCSDEL: address and length checks (§c.8)', () => {
    const fd = mustOpen(prog, DATA, O_RDWR);
    expect(unregister(prog, fd, null)).toBe(-EFAULT);
    expect(unregister(prog, fd, 'z'.repeat(512))).toBe(-EINVAL);
    expect(unregister(prog, fd, 'z'.repeat(511))).toBe(-ENOENT);
    expect(unregister(prog, fd, 'é'.repeat(256))).toBe(-EINVAL);
    expect(echo(sys, DYN, 'u:dyn u32 a')).toBe(12);
    // registered through dynamic_events: reference count 1, not busy
    expect(unregister(prog, fd, 'dyn')).toBe(0);
    expect(readAll(sys, DYN)).toBe('');
    prog.close(fd);
    expectNothingReferenced(sys);
  });

  it('the write path: checks in order (§c.9 steps 1–5)', () => {
    const fd = mustOpen(prog, DATA, O_RDWR);
    expect(register(prog, fd, 'hello u32 count').ret).toBe(0);
    // step 1: pwrite at an offset
    expect(prog.pwrite(fd, concat(le32(0), le32(1)), 1)).toBe(-EFAULT);
    expect(prog.pwrite(fd, concat(le32(0), le32(1)), 0)).toBe(8);
    // step 2: fewer than 4 bytes
    expect(prog.write(fd, bytes('\0\0'))).toBe(-EFAULT);
    expect(prog.writev(fd, [bytes('\0'), bytes('\0\0')])).toBe(-EFAULT);
    // step 3: negative index, even with a short payload
    expect(prog.writev(fd, [le32(-1), le32(0)])).toBe(-EINVAL);
    expect(prog.writev(fd, [le32(0x80000000)])).toBe(-EINVAL);
    // step 4: index not registered on this fd
    expect(prog.writev(fd, [le32(1), le32(0)])).toBe(-ENOENT);
    expect(prog.writev(fd, [le32(5)])).toBe(-ENOENT);
    // step 5: payload shorter than the fields
    expect(prog.writev(fd, [le32(0)])).toBe(-EINVAL);
    expect(prog.writev(fd, [le32(0), bytes('abc')])).toBe(-EINVAL);
    // the index split over two iovecs
    expect(prog.writev(fd, [bytes('\0\0'), bytes('\0\0'), le32(1)])).toBe(8);
    // a separate fd on the same file has its own (empty) list
    const other = mustOpen(prog, DATA, O_WRONLY);
    expect(prog.writev(other, [le32(0), le32(1)])).toBe(-ENOENT);
    // S22: `echo hello` is the index `hell`
    expect(prog.write(other, bytes('hello\n'))).toBe(-ENOENT);
    expect(prog.write(other, bytes('hi\n'))).toBe(-EFAULT);
    prog.close(other);
    prog.close(fd);
    expectNothingReferenced(sys);
  });

  it('files without the handler: read data EINVAL, write status EINVAL, ioctl elsewhere ENOTTY', () => {
    expect(readAll(sys, DATA)).toBe(-EINVAL);
    expect(writeText(sys, STATUS, '1\n')).toBe(-EINVAL);
    const fd = mustOpen(sys, TRACE, O_RDONLY);
    expect(register(sys, fd, 'a').ret).toBe(-ENOTTY);
    expect(unregister(sys, fd, 'a')).toBe(-ENOTTY);
    sys.close(fd);
    expectNothingReferenced(sys);
  });

  it('closing the last descriptor keeps the event registered (§c.2)', () => {
    const fd = mustOpen(prog, DATA, O_RDWR);
    expect(register(prog, fd, 'hello u32 count').ret).toBe(0);
    expect(echo(sys, DYN, '!u:hello')).toBe(-EBUSY);
    prog.close(fd);
    expect(readAll(sys, DYN)).toBe('u:hello u32 count\n');
    expect(readAll(sys, STATUS)).toBe(statusText(['1:hello'], 0));
    expect(echo(sys, DYN, '!u:hello')).toBe(9);
    expectNothingReferenced(sys);
  });

  it('exit closes the program’s descriptors and unmaps its page', () => {
    const fd = mustOpen(prog, DATA, O_RDWR);
    expect(register(prog, fd, 'hello u32 count').ret).toBe(0);
    const sfd = mustOpen(prog, STATUS, O_RDONLY);
    expect(prog.mmap(sfd, 4096).ok).toBe(true);
    expect(echo(sys, DYN, '!u:hello')).toBe(-EBUSY);
    prog.exit();
    expect(echo(sys, DYN, '!u:hello')).toBe(9);
    expectNothingReferenced(sys);
  });
});

describe('ftrace_test.c write_validator, S9 (§c.9 validators)', () => {
  it('S9: __rel_loc char[] data, exact results and the one recorded entry', () => {
    const p = sys.fork();
    p.exec('validator');
    const fd = mustOpen(p, DATA, O_RDWR);
    expect(register(p, fd, 'x __rel_loc char[] data')).toEqual({ ret: 0, statusBit: 1, writeIndex: 0 });
    expect(readAll(sys, `${TRACING}/events/user_events/x/format`)).toBe(
      'name: x\nID: 20\nformat:\n' +
        '\tfield:unsigned short common_type;\toffset:0;\tsize:2;\tsigned:0;\n' +
        '\tfield:unsigned char common_flags;\toffset:2;\tsize:1;\tsigned:0;\n' +
        '\tfield:unsigned char common_preempt_count;\toffset:3;\tsize:1;\tsigned:0;\n' +
        '\tfield:int common_pid;\toffset:4;\tsize:4;\tsigned:1;\n\n' +
        '\tfield:__rel_loc char data[];\toffset:8;\tsize:4;\tsigned:1;\n\n' +
        'print fmt: "data=%s", __get_rel_str(data)\n',
    );
    const test = bytes('Test\0');
    expect(p.write(fd, bytes('\0\0'))).toBe(-EFAULT);
    expect(p.writev(fd, [le32(5), le32(0)])).toBe(-ENOENT);
    expect(p.writev(fd, [le32(-1), le32(0)])).toBe(-EINVAL);
    expect(p.writev(fd, [le32(0)])).toBe(-EINVAL);
    expect(p.writev(fd, [le32(0), le32(0x00050400), test])).toBe(13);
    expect(echo(sys, enablePath('x'), '1')).toBe(2);
    const bad: Array<[number, Uint8Array]> = [
      [0x00050400, test],
      [0x00050001, test],
      [0x04050000, test],
      [0x00060000, test],
      [0x00050000, bytes('AAAAA')],
    ];
    for (const [loc, data] of bad) {
      expect(p.writev(fd, [le32(0), le32(loc), data]), loc.toString(16)).toBe(-EFAULT);
    }
    expect(readAll(sys, TRACE)).toBe(traceHeader(0, 0));
    expect(p.writev(fd, [le32(0), le32(0x00050000), test])).toBe(13);
    const text = readAll(sys, TRACE);
    expectTrace(text, [userEntry(20, p.pid, concat(le32(0x00050000), test))], 'validator', p.pid);
    expect(text).toContain('00 00 05 00 54 65 73 74  ');
    expect(text).toContain('\n00000010: 00 00 00 00                                      ....\n\0');
    expect(echo(sys, enablePath('x'), '0')).toBe(2);
    p.exit();
    expectNothingReferenced(sys);
  });

  // __data_loc offsets count from the start of the entry (header included).
  const dataLoc: Array<[string, number, string, number]> = [
    ['in bounds', 0x0005000c, 'Test\0', 13],
    ['shorter string inside', 0x0003000c, 'ab\0\0\0', 13],
    ['one byte past the end', 0x0005000d, 'Test\0', -EFAULT],
    ['length one too long', 0x0006000c, 'Test\0', -EFAULT],
    ['not NUL-terminated', 0x0005000c, 'TestX', -EFAULT],
    ['offset 0 length 0 (byte before the entry)', 0x00000000, 'Test\0', -EFAULT],
  ];
  it.each(dataLoc)('__data_loc char[]: %s', (_label, loc, data, want) => {
    const fd = mustOpen(prog, DATA, O_RDWR);
    expect(register(prog, fd, 'd __data_loc char[] path').ret).toBe(0);
    expect(echo(sys, enablePath('d'), '1')).toBe(2);
    expect(prog.writev(fd, [le32(0), le32(loc), bytes(data)])).toBe(want);
    const text = readAll(sys, TRACE);
    if (want > 0) expectTrace(text, [userEntry(20, prog.pid, concat(le32(loc), bytes(data)))]);
    else expect(text).toBe(traceHeader(0, 0));
    expect(echo(sys, enablePath('d'), '0')).toBe(2);
    prog.close(fd);
    expectNothingReferenced(sys);
  });

  it('validators do not run while nothing is recorded (tracing_on 0)', () => {
    const fd = mustOpen(prog, DATA, O_RDWR);
    expect(register(prog, fd, 'x __rel_loc char[] data').ret).toBe(0);
    expect(echo(sys, enablePath('x'), '1')).toBe(2);
    expect(echo(sys, `${TRACING}/tracing_on`, '0')).toBe(2);
    expect(prog.writev(fd, [le32(0), le32(0x00050400), bytes('Test\0')])).toBe(13);
    expect(echo(sys, `${TRACING}/tracing_on`, '1')).toBe(2);
    expect(prog.writev(fd, [le32(0), le32(0x00050400), bytes('Test\0')])).toBe(-EFAULT);
    expect(echo(sys, enablePath('x'), '0')).toBe(2);
    prog.close(fd);
    expectNothingReferenced(sys);
  });

  it('an empty payload faults only when recorded (§c.9)', () => {
    const fd = mustOpen(prog, DATA, O_RDWR);
    expect(register(prog, fd, 'empty').ret).toBe(0);
    expect(prog.write(fd, le32(0))).toBe(4);
    expect(echo(sys, enablePath('empty'), '1')).toBe(2);
    expect(prog.write(fd, le32(0))).toBe(-EFAULT);
    expect(readAll(sys, TRACE)).toBe(traceHeader(0, 0));
    expect(echo(sys, `${TRACING}/tracing_on`, '0')).toBe(2);
    expect(prog.write(fd, le32(0))).toBe(4);
    expect(echo(sys, `${TRACING}/tracing_on`, '1')).toBe(2);
    expect(prog.write(fd, concat(le32(0), bytes('z')))).toBe(5);
    expectTrace(readAll(sys, TRACE), [userEntry(20, prog.pid, bytes('z'))]);
    expect(echo(sys, enablePath('empty'), '0')).toBe(2);
    prog.close(fd);
    expectNothingReferenced(sys);
  });

  it('entry size limits: > 4072 bytes skipped silently; too big to print is [LINE TOO BIG] (§c.9, §e.5)', () => {
    const fd = mustOpen(prog, DATA, O_RDWR);
    expect(register(prog, fd, 'big').ret).toBe(0);
    expect(echo(sys, enablePath('big'), '1')).toBe(2);
    expect(prog.writev(fd, [le32(0), new Uint8Array(4065)])).toBe(4069);
    expect(readAll(sys, TRACE)).toBe(traceHeader(0, 0));
    // 848 bytes of entry still fit one 4096-byte trace_seq with a 51-byte context
    expect(prog.writev(fd, [le32(0), new Uint8Array(840)])).toBe(844);
    expectTrace(readAll(sys, TRACE), [userEntry(20, prog.pid, new Uint8Array(840))]);
    expect(writeText(sys, TRACE, '', O_WRONLY | O_TRUNC)).toBe(0);
    expect(prog.writev(fd, [le32(0), new Uint8Array(844)])).toBe(848);
    const text = readAll(sys, TRACE) as string;
    const [ts] = timestamps(text);
    expect(text).toBe(
      traceHeader(1, 1) +
        `     uevent-demo-${String(prog.pid).padEnd(7)} [000] ..... ${ts.padStart(12)}: \n[LINE TOO BIG]\n`,
    );
    expect(prog.writev(fd, [le32(0), new Uint8Array(4064)])).toBe(4068);
    expect((readAll(sys, TRACE) as string).startsWith(head3(2, 2))).toBe(true);
    expect(echo(sys, enablePath('big'), '0')).toBe(2);
    prog.close(fd);
    expectNothingReferenced(sys);
  });
});

describe('deleting events (S10, §c.8, §e.6, §e.11)', () => {
  it('S10: DIAG_IOCSDEL busy and ENOENT; stale entries until a dynamic_events delete line', () => {
    const fd3 = mustOpen(prog, DATA, O_RDWR);
    expect(register(prog, fd3, 'hello u32 count')).toEqual({ ret: 0, statusBit: 1, writeIndex: 0 });
    expect(echo(sys, enablePath('hello'), '1')).toBe(2);
    expect(prog.writev(fd3, [le32(0), le32(7)])).toBe(8);
    const fd4 = mustOpen(prog, DATA, O_RDWR);
    expect(unregister(prog, fd4, 'hello')).toBe(-EBUSY);
    expect(echo(sys, enablePath('hello'), '0')).toBe(2);
    expect(unregister(prog, fd3, 'hello')).toBe(-EBUSY);
    expect(prog.close(fd3)).toBe(0);
    expect(unregister(prog, fd4, 'hello u32 count')).toBe(-ENOENT);
    expect(unregister(prog, fd4, 'hello')).toBe(0);
    expect(unregister(prog, fd4, 'hello')).toBe(-ENOENT);
    expect(sys.stat(`${TRACING}/events/user_events`)).toEqual({ ok: false, err: -ENOENT });
    expect(readAll(sys, STATUS)).toBe(statusText([], 0));
    const text = readAll(sys, TRACE) as string;
    const [ts] = timestamps(text);
    expect(text).toBe(
      traceHeader(1, 1) +
        `     uevent-demo-${String(prog.pid).padEnd(7)} [000] ..... ${ts.padStart(12)}: Unknown type 20\n`,
    );
    expect(echo(sys, DYN, '!u:nothing')).toBe(-ENOENT);
    expect(readAll(sys, TRACE)).toBe(traceHeader(0, 0));
    prog.close(fd4);
    expectNothingReferenced(sys);
  });

  it('a malformed delete line does not perform the pending reset (§e.11)', () => {
    const fd = mustOpen(prog, DATA, O_RDWR);
    expect(register(prog, fd, 'hello u32 count').ret).toBe(0);
    expect(echo(sys, enablePath('hello'), '1')).toBe(2);
    expect(prog.writev(fd, [le32(0), le32(7)])).toBe(8);
    expect(echo(sys, enablePath('hello'), '0')).toBe(2);
    prog.close(fd);
    const del = mustOpen(prog, DATA, O_RDWR);
    expect(unregister(prog, del, 'hello')).toBe(0);
    expect(echo(sys, DYN, '!x')).toBe(-EINVAL);
    expect((readAll(sys, TRACE) as string).startsWith(head3(1, 1))).toBe(true);
    expect(echo(sys, DYN, '')).toBe(1);
    expect((readAll(sys, TRACE) as string).startsWith(head3(1, 1))).toBe(true);
    // an O_TRUNC open of dynamic_events resets too
    expect(writeText(sys, DYN, '', O_WRONLY | O_TRUNC)).toBe(0);
    expect(readAll(sys, TRACE)).toBe(traceHeader(0, 0));
    prog.close(del);
    expectNothingReferenced(sys);
  });

  it('per-event files of a deleted event fail with ENODEV through open descriptors (§d)', () => {
    expect(echo(sys, DYN, 'u:hello u32 count')).toBe(18);
    const files = ['enable', 'filter', 'format', 'id', 'trigger'];
    const fds = files.map((f) => mustOpen(sys, `${TRACING}/events/user_events/hello/${f}`, O_RDONLY));
    const enableW = mustOpen(sys, enablePath('hello'), O_WRONLY);
    expect(echo(sys, DYN, '-:hello')).toBe(8);
    for (const fd of fds) expect(sys.read(fd, 100)).toBe(-ENODEV);
    expect(sys.write(enableW, bytes('1\n'))).toBe(-ENODEV);
    for (const fd of [...fds, enableW]) sys.close(fd);
    expectNothingReferenced(sys);
  });
});

describe('instances (S18, §f.3)', () => {
  it('a write is recorded only where enabled; the bit stays set while any trace array enables it', () => {
    const inst = `${TRACING}/instances/inst1`;
    expect(echo(sys, DYN, 'u:hello u32 count')).toBe(18);
    expect(sys.mkdir(inst)).toBe(0);
    expect(readAll(sys, `${inst}/buffer_size_kb`)).toBe('1410 (expanded: 1408)\n');
    expect(echo(sys, enablePath('hello', 'user_events', inst), '1')).toBe(2);
    expect(readAll(sys, `${inst}/buffer_size_kb`)).toBe('1410\n');
    expect(readAll(sys, enablePath('hello'))).toBe('0\n');
    expect(readAll(sys, STATUS)).toBe(statusText(['1:hello # Used by ftrace'], 1));
    const sfd = mustOpen(prog, STATUS, O_RDONLY);
    const map = prog.mmap(sfd, 4096);
    if (!map.ok) throw new Error('mmap');
    const v = map.value.view;
    expect(v.at(0)).toBe(0x02);

    const fd = mustOpen(prog, DATA, O_RDWR);
    expect(register(prog, fd, 'hello')).toEqual({ ret: 0, statusBit: 1, writeIndex: 0 });
    expect(prog.writev(fd, [le32(0), le32(5)])).toBe(8);
    expect(readAll(sys, TRACE)).toBe(traceHeader(0, 0));
    const five = userEntry(20, prog.pid, le32(5));
    expectTrace(readAll(sys, `${inst}/trace`), [five]);

    expect(echo(sys, enablePath('hello'), '1')).toBe(2);
    expect(prog.writev(fd, [le32(0), le32(6)])).toBe(8);
    expectTrace(readAll(sys, TRACE), [userEntry(20, prog.pid, le32(6))]);
    expect((readAll(sys, `${inst}/trace`) as string).startsWith(head3(2, 2))).toBe(true);
    expect(echo(sys, enablePath('hello'), '0')).toBe(2);
    expect(readAll(sys, STATUS)).toBe(statusText(['1:hello # Used by ftrace'], 1));
    expect(v.at(0)).toBe(0x02);

    const pin = mustOpen(sys, `${inst}/trace`, O_RDONLY);
    expect(sys.rmdir(inst)).toBe(-EBUSY);
    sys.close(pin);
    expect(sys.rmdir(inst)).toBe(0);
    expect(readAll(sys, STATUS)).toBe(statusText(['1:hello'], 0));
    expect(v.at(0)).toBe(0x00);
    expect(prog.munmap(map.value.id)).toBe(0);
    prog.close(sfd);
    prog.close(fd);
    expectNothingReferenced(sys);
  });

  it('a validator failure in any recording trace array makes the write EFAULT (§f.3)', () => {
    const inst = `${TRACING}/instances/i`;
    expect(sys.mkdir(inst)).toBe(0);
    const fd = mustOpen(prog, DATA, O_RDWR);
    expect(register(prog, fd, 'x __rel_loc char[] data').ret).toBe(0);
    expect(echo(sys, enablePath('x'), '1')).toBe(2);
    expect(echo(sys, enablePath('x', 'user_events', inst), '1')).toBe(2);
    expect(prog.writev(fd, [le32(0), le32(0x00050000), bytes('AAAAA')])).toBe(-EFAULT);
    expect(readAll(sys, TRACE)).toBe(traceHeader(0, 0));
    expect(readAll(sys, `${inst}/trace`)).toBe(traceHeader(0, 0));
    expect(prog.writev(fd, [le32(0), le32(0x00050000), bytes('Test\0')])).toBe(13);
    const entry = userEntry(20, prog.pid, concat(le32(0x00050000), bytes('Test\0')));
    expectTrace(readAll(sys, TRACE), [entry]);
    expectTrace(readAll(sys, `${inst}/trace`), [entry]);
    // tracing off in the top level only: the instance still records
    expect(echo(sys, `${TRACING}/tracing_on`, '0')).toBe(2);
    expect(prog.writev(fd, [le32(0), le32(0x00050000), bytes('Test\0')])).toBe(13);
    expect((readAll(sys, TRACE) as string).startsWith(head3(1, 1))).toBe(true);
    expect((readAll(sys, `${inst}/trace`) as string).startsWith(head3(2, 2))).toBe(true);
    expect(echo(sys, `${TRACING}/tracing_on`, '1')).toBe(2);
    expect(echo(sys, enablePath('x'), '0')).toBe(2);
    prog.close(fd);
    // removing the instance drops its enable: the event is idle again
    expect(sys.rmdir(inst)).toBe(0);
    expectNothingReferenced(sys);
  });

  it('per-event files do not pin an instance; they fail with ENODEV afterwards (§f.2)', () => {
    const inst = `${TRACING}/instances/i`;
    expect(echo(sys, DYN, 'u:hello u32 count')).toBe(18);
    expect(sys.mkdir(inst)).toBe(0);
    const efd = mustOpen(sys, enablePath('hello', 'user_events', inst), O_RDWR);
    expect(sys.rmdir(inst)).toBe(0);
    expect(sys.read(efd, 10)).toBe(-ENODEV);
    sys.close(efd);
    expect(sys.mkdir(inst)).toBe(0);
    const sysEnable = mustOpen(sys, `${inst}/events/user_events/enable`, O_RDONLY);
    expect(sys.rmdir(inst)).toBe(-EBUSY);
    sys.close(sysEnable);
    expectNothingReferenced(sys);
  });
});

describe('S15: reaching the limit, EMFILE (§c.4 step 3, §c.11)', () => {
  it('limit 1, malformed new names are EMFILE, existing names still register', () => {
    const ns = `${TRACING}/namespaces/small`;
    expect(sys.mkdir(ns)).toBe(0);
    expect(echo(sys, `${ns}/options`, 'user_events_limit=1')).toBe(20);
    const fd = mustOpen(prog, `${ns}/root/user_events_data`, O_RDWR);
    expect(register(prog, fd, 'first u32 a')).toEqual({ ret: 0, statusBit: 1, writeIndex: 0 });
    expect(register(prog, fd, 'second u32 a').ret).toBe(-EMFILE);
    expect(register(prog, fd, 'second this is not valid').ret).toBe(-EMFILE);
    expect(register(prog, fd, 'first u64 other')).toEqual({ ret: 0, statusBit: 1, writeIndex: 0 });
    expect(readAll(sys, `${ns}/root/user_events_status`)).toBe(statusText(['1:first'], 0, 1));
    expect(echo(sys, `${ns}/options`, 'user_events_limit=2')).toBe(20);
    expect(register(prog, fd, 'second u32 a')).toEqual({ ret: 0, statusBit: 2, writeIndex: 1 });
    expect(echo(sys, `${ns}/options`, 'user_events_limit=1')).toBe(20);
    expect(register(prog, fd, 'third').ret).toBe(-EMFILE);
    expect(readAll(sys, `${ns}/root/user_events_status`)).toBe(statusText(['2:second', '1:first'], 0, 1));
    // the root group is unaffected by the namespace's limit
    const root = mustOpen(prog, DATA, O_RDWR);
    expect(register(prog, root, 'third')).toEqual({ ret: 0, statusBit: 1, writeIndex: 0 });
    prog.close(root);
    prog.close(fd);
    expectNothingReferenced(sys);
  });

  it('a freed bit below the limit is reused', () => {
    const ns = `${TRACING}/namespaces/small`;
    expect(sys.mkdir(ns)).toBe(0);
    expect(echo(sys, `${ns}/options`, 'user_events_limit=2')).toBe(20);
    const fd = mustOpen(prog, `${ns}/root/user_events_data`, O_RDWR);
    expect(register(prog, fd, 'a').statusBit).toBe(1);
    expect(register(prog, fd, 'b').statusBit).toBe(2);
    expect(register(prog, fd, 'c').ret).toBe(-EMFILE);
    prog.close(fd);
    const del = mustOpen(prog, `${ns}/root/user_events_data`, O_RDWR);
    expect(unregister(prog, del, 'a')).toBe(0);
    expect(register(prog, del, 'c')).toEqual({ ret: 0, statusBit: 1, writeIndex: 0 });
    prog.close(del);
    expectNothingReferenced(sys);
  });
});

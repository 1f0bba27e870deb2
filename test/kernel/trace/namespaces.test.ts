// The tracing-namespace registry of RFC v2 (spec §b, §c.11–c.13) at syscall level: mkdir/rmdir of
// namespaces/NAME, the `options` file, every reason rmdir is refused (S16), what removal deletes,
// isolation of same-named events in several groups (S14), and the non-root rules of §b.5.

import { beforeEach, describe, expect, it } from 'vitest';
import {
  EACCES,
  EBUSY,
  EEXIST,
  EINVAL,
  ENAMETOOLONG,
  ENOENT,
  ENOMEM,
  ENOTDIR,
  ENOTTY,
  EPERM,
} from '../../../worker/kernel/lib/errno';
import {
  bootRoot,
  contextHead,
  echo,
  echoTrunc,
  expectNothingReferenced,
  le32,
  ls,
  lsSorted,
  modeOwner,
  mustOpen,
  O_RDONLY,
  O_RDWR,
  O_TRUNC,
  O_WRONLY,
  readAll,
  readFd,
  register,
  spawnProgram,
  statusText,
  timestamps,
  traceHeader,
  TRACING,
  unregister,
  writeText,
  type Kernel,
  type Syscalls,
} from '../helpers';

const NS = `${TRACING}/namespaces`;
const DYN = `${TRACING}/dynamic_events`;

let k: Kernel;
let sys: Syscalls;

beforeEach(() => {
  ({ k, sys } = bootRoot());
});

function optionsOf(name: string): string {
  return `${NS}/${name}/options`;
}

describe('mkdir / rmdir namespaces/NAME (§b.4–b.6, S2, S3)', () => {
  it('S2: layout, modes, contents; re-creating starts from scratch', () => {
    expect(sys.mkdir(`${NS}/ns1`)).toBe(0);
    expect(ls(sys, NS)).toEqual(['ns1']);
    expect(lsSorted(sys, `${NS}/ns1`)).toEqual(['options', 'root']);
    expect(lsSorted(sys, `${NS}/ns1/root`)).toEqual(['user_events_data', 'user_events_status']);
    const modes: Array<[string, string]> = [
      ['ns1', '750 0:0'],
      ['ns1/options', '640 0:0'],
      ['ns1/root', '750 0:0'],
      ['ns1/root/user_events_data', '640 0:0'],
      ['ns1/root/user_events_status', '640 0:0'],
    ];
    for (const [path, want] of modes) expect(modeOwner(sys, `${NS}/${path}`), path).toBe(want);
    expect(sys.stat(`${NS}/ns1`).ok && sys.stat(`${NS}/ns1`)).toMatchObject({ value: { nlink: 3 } });
    expect(readAll(sys, optionsOf('ns1'))).toBe('user_events_limit=32767\n');
    expect(readAll(sys, `${NS}/ns1/root/user_events_status`)).toBe(statusText([], 0));
    expect(lsSorted(sys, `${TRACING}/events`)).toEqual(['enable', 'header_event', 'header_page']);
    expect(echo(sys, optionsOf('ns1'), 'user_events_limit=5')).toBe(20);
    expect(sys.rmdir(`${NS}/ns1`)).toBe(0);
    expect(ls(sys, NS)).toEqual([]);
    expect(sys.mkdir(`${NS}/ns1`)).toBe(0);
    expect(readAll(sys, optionsOf('ns1'))).toBe('user_events_limit=32767\n');
    expectNothingReferenced(sys);
  });

  // [path relative to namespaces/, mkdir result]
  const mkdirs: Array<[string, number]> = [
    ['team a.b', 0],
    ['a:b', 0],
    ['.hidden', 0],
    ['..x', 0],
    ['-', 0],
    ['x'.repeat(255), 0],
    ['x'.repeat(256), -ENAMETOOLONG],
    ['ns1', -EEXIST],
    ['ns1/extra', -EPERM],
    ['ns1/root/extra', -EPERM],
    ['nosuch/x', -ENOENT],
    ['.', -EEXIST],
    ['..', -EEXIST],
  ];
  it.each(mkdirs)('mkdir namespaces/%s', (name, want) => {
    expect(sys.mkdir(`${NS}/ns1`)).toBe(0);
    expect(sys.mkdir(`${NS}/${name}`)).toBe(want);
    const expected = want === 0 ? ['ns1', name].sort() : ['ns1'];
    expect(lsSorted(sys, NS)).toEqual(expected);
    if (want === 0) {
      expect(readAll(sys, `${NS}/${name}/options`)).toBe('user_events_limit=32767\n');
      expect(sys.rmdir(`${NS}/${name}`)).toBe(0);
    }
    expectNothingReferenced(sys);
  });

  // [path, rmdir result] with namespaces/ns1 present
  const rmdirs: Array<[string, number]> = [
    [`${NS}/nosuch`, -ENOENT],
    [`${NS}/ns1/root`, -EPERM],
    [`${NS}/ns1/options`, -ENOTDIR],
    [`${TRACING}/events`, -EPERM],
    [NS, -EPERM],
    [`${TRACING}/instances`, -EPERM],
    [`${NS}/ns1`, 0],
  ];
  it.each(rmdirs)('rmdir %s', (path, want) => {
    expect(sys.mkdir(`${NS}/ns1`)).toBe(0);
    expect(sys.rmdir(path)).toBe(want);
    expectNothingReferenced(sys);
  });

  it('S3: a namespace is not required to be empty; names are only checked by the VFS', () => {
    expect(sys.mkdir(`${NS}/ns1`)).toBe(0);
    expect(sys.mkdir(`${NS}/team a.b`)).toBe(0);
    expect(lsSorted(sys, NS)).toEqual(['ns1', 'team a.b']);
    const fd = mustOpen(sys, `${NS}/team a.b/root/user_events_data`, O_RDWR);
    expect(register(sys, fd, 'x u32 a')).toEqual({ ret: 0, statusBit: 1, writeIndex: 0 });
    sys.close(fd);
    expect(readAll(sys, `${TRACING}/available_events`)).toBe('user_events.team a.b:x\n');
    expect(readAll(sys, `${TRACING}/events/user_events.team a.b/x/id`)).toBe('20\n');
    expect(sys.rmdir(`${NS}/team a.b`)).toBe(0);
    expect(readAll(sys, `${TRACING}/available_events`)).toBe('');
    expectNothingReferenced(sys);
  });
});

describe('the options file (§b.7, §b.8, §c.11, S4)', () => {
  // [line written with echo (one write of line + "\n"), result, limit afterwards]
  const lines: Array<[string, number, number]> = [
    ['user_events_limit=1', 20, 1],
    ['user_events_limit=256', 22, 256],
    ['user_events_limit=32767', 24, 32767],
    ['user_events_limit=0x100', 24, 256],
    ['user_events_limit=0x40', 23, 64],
    ['user_events_limit=010', 22, 8],
    ['user_events_limit=+5', 21, 5],
    ['user_events_limit=0', -EINVAL, 100],
    ['user_events_limit=32768', -EINVAL, 100],
    ['user_events_limit=-1', -EINVAL, 100],
    ['user_events_limit=4294967295', -EINVAL, 100],
    ['user_events_limit=4294967296', -EINVAL, 100],
    ['user_events_limit=abc', -EINVAL, 100],
    ['user_events_limit=', -EINVAL, 100],
    ['user_events_limit=5 ', -EINVAL, 100],
    ['user_events_limit=5 # five', -EINVAL, 100],
    [' user_events_limit=5', -EINVAL, 100],
    ['USER_EVENTS_LIMIT=5', -EINVAL, 100],
    ['foo', -EINVAL, 100],
    ['color=blue', -EINVAL, 100],
    ['', -EINVAL, 100],
    ['# only a comment', -EINVAL, 100],
    ['user_events_limit=7# note', 26, 7],
  ];
  it.each(lines)('echo %j > options', (line, want, limit) => {
    expect(sys.mkdir(`${NS}/ns1`)).toBe(0);
    expect(echo(sys, optionsOf('ns1'), 'user_events_limit=100')).toBe(22);
    expect(echoTrunc(sys, optionsOf('ns1'), line)).toBe(want);
    expect(readAll(sys, optionsOf('ns1'))).toBe(`user_events_limit=${limit}\n`);
    expect(readAll(sys, `${NS}/ns1/root/user_events_status`)).toBe(statusText([], 0, limit));
    expectNothingReferenced(sys);
  });

  // [bytes of one write(), result, limit afterwards]
  const writes: Array<[string, string, number, number]> = [
    ['two lines, the second fails', 'user_events_limit=10\nuser_events_limit=99999\n', -EINVAL, 10],
    [
      'three lines in one write: the failure stops the third',
      'user_events_limit=10\nuser_events_limit=99999\nuser_events_limit=11\n',
      -EINVAL,
      10,
    ],
    ['a final line without newline is applied', 'user_events_limit=12', 20, 12],
    ['two good lines', 'user_events_limit=3\nuser_events_limit=4\n', 40, 4],
    ['an empty line between fails', 'user_events_limit=3\n\nuser_events_limit=4\n', -EINVAL, 3],
    ['empty write', '', 0, 32767],
  ];
  it.each(writes)('%s', (_label, text, want, limit) => {
    expect(sys.mkdir(`${NS}/ns1`)).toBe(0);
    expect(writeText(sys, optionsOf('ns1'), text, O_WRONLY)).toBe(want);
    expect(readAll(sys, optionsOf('ns1'))).toBe(`user_events_limit=${limit}\n`);
    expectNothingReferenced(sys);
  });

  it('bash printf writes each line separately: a failing line does not stop the next (§g.2)', () => {
    expect(sys.mkdir(`${NS}/ns1`)).toBe(0);
    const fd = mustOpen(sys, optionsOf('ns1'), O_WRONLY);
    const results = ['user_events_limit=10\n', 'user_events_limit=99999\n', 'user_events_limit=11\n'].map(
      (line) => sys.write(fd, new TextEncoder().encode(line)),
    );
    expect(results).toEqual([21, -EINVAL, 21]);
    sys.close(fd);
    expect(readAll(sys, optionsOf('ns1'))).toBe('user_events_limit=11\n');
    expectNothingReferenced(sys);
  });

  it('limits are per namespace; events above a lowered limit stay', () => {
    expect(sys.mkdir(`${NS}/a`)).toBe(0);
    expect(sys.mkdir(`${NS}/b`)).toBe(0);
    expect(echo(sys, optionsOf('a'), 'user_events_limit=256')).toBe(22);
    expect(readAll(sys, optionsOf('b'))).toBe('user_events_limit=32767\n');
    const fd = mustOpen(sys, `${NS}/a/root/user_events_data`, O_RDWR);
    expect(register(sys, fd, 'hello').statusBit).toBe(1);
    expect(register(sys, fd, 'bye').statusBit).toBe(2);
    expect(echo(sys, optionsOf('a'), 'user_events_limit=1')).toBe(20);
    expect(readAll(sys, `${NS}/a/root/user_events_status`)).toBe(statusText(['1:hello', '2:bye'], 0, 1));
    expect(register(sys, fd, 'bye')).toEqual({ ret: 0, statusBit: 2, writeIndex: 1 });
    sys.close(fd);
    expectNothingReferenced(sys);
  });

  it('O_TRUNC truncates nothing; options is not an ioctl file', () => {
    expect(sys.mkdir(`${NS}/ns1`)).toBe(0);
    expect(echo(sys, optionsOf('ns1'), 'user_events_limit=9')).toBe(20);
    const fd = mustOpen(sys, optionsOf('ns1'), O_RDWR | O_TRUNC);
    expect(readFd(sys, fd)).toBe('user_events_limit=9\n');
    expect(register(sys, fd, 'x').ret).toBe(-ENOTTY);
    sys.close(fd);
    expectNothingReferenced(sys);
  });

  it('an open options fd makes rmdir EBUSY until it is closed (§b.6 step 3)', () => {
    expect(sys.mkdir(`${NS}/ns1`)).toBe(0);
    const fd = mustOpen(sys, optionsOf('ns1'), O_RDONLY);
    const fd2 = mustOpen(sys, optionsOf('ns1'), O_WRONLY);
    expect(sys.rmdir(`${NS}/ns1`)).toBe(-EBUSY);
    sys.close(fd);
    expect(sys.rmdir(`${NS}/ns1`)).toBe(-EBUSY);
    sys.close(fd2);
    expect(sys.rmdir(`${NS}/ns1`)).toBe(0);
    expectNothingReferenced(sys);
  });
});

describe('S16: removing a namespace, every reason for EBUSY in order (§b.6, §c.12)', () => {
  it('options fd, fd-registered event, status fd, live mapping, enabled event', () => {
    expect(sys.mkdir(`${NS}/ns1`)).toBe(0);
    const app = spawnProgram(sys, 'app');
    const fd3 = mustOpen(app, `${NS}/ns1/root/user_events_data`, O_RDWR);
    expect(register(app, fd3, 'tick u32 n')).toEqual({ ret: 0, statusBit: 1, writeIndex: 0 });
    const fd4 = mustOpen(app, `${NS}/ns1/root/user_events_status`, O_RDONLY);
    const map = app.mmap(fd4, 4096);
    expect(map.ok).toBe(true);
    if (!map.ok) return;
    const opt = mustOpen(sys, optionsOf('ns1'), O_RDONLY);
    expect(sys.rmdir(`${NS}/ns1`)).toBe(-EBUSY);
    sys.close(opt);
    expect(sys.rmdir(`${NS}/ns1`)).toBe(-EBUSY);
    expect(app.close(fd3)).toBe(0);
    expect(sys.rmdir(`${NS}/ns1`)).toBe(-EBUSY);
    expect(app.close(fd4)).toBe(0);
    expect(sys.rmdir(`${NS}/ns1`)).toBe(-EBUSY);
    expect(app.munmap(map.value.id)).toBe(0);
    expect(echo(sys, `${TRACING}/events/user_events.ns1/tick/enable`, '1')).toBe(2);
    expect(sys.rmdir(`${NS}/ns1`)).toBe(-EBUSY);
    expect(echo(sys, `${TRACING}/events/user_events.ns1/tick/enable`, '0')).toBe(2);
    // nothing changed by the refusals
    expect(readAll(sys, `${NS}/ns1/root/user_events_status`)).toBe(statusText(['1:tick'], 0));
    expect(sys.rmdir(`${NS}/ns1`)).toBe(0);
    expect(ls(sys, NS)).toEqual([]);
    expect(lsSorted(sys, `${TRACING}/events`)).toEqual(['enable', 'header_event', 'header_page']);
    expect(readAll(sys, DYN)).toBe('');
    expect(readAll(sys, `${TRACING}/available_events`)).toBe('');
    app.exit();
    expectNothingReferenced(sys);
  });

  it.each([
    ['a data fd without registrations', 'user_events_data', O_WRONLY],
    ['a status fd', 'user_events_status', O_RDONLY],
  ])('%s alone blocks removal', (_label, file, flags) => {
    expect(sys.mkdir(`${NS}/ns1`)).toBe(0);
    const fd = mustOpen(sys, `${NS}/ns1/root/${file}`, flags);
    expect(sys.rmdir(`${NS}/ns1`)).toBe(-EBUSY);
    sys.close(fd);
    expect(sys.rmdir(`${NS}/ns1`)).toBe(0);
    expectNothingReferenced(sys);
  });

  it('an event enabled only in an instance blocks removal until the instance goes (§f.3)', () => {
    expect(sys.mkdir(`${NS}/ns1`)).toBe(0);
    expect(sys.mkdir(`${TRACING}/instances/i`)).toBe(0);
    const fd = mustOpen(sys, `${NS}/ns1/root/user_events_data`, O_RDWR);
    expect(register(sys, fd, 'tick').ret).toBe(0);
    sys.close(fd);
    expect(echo(sys, `${TRACING}/instances/i/events/user_events.ns1/tick/enable`, '1')).toBe(2);
    expect(sys.rmdir(`${NS}/ns1`)).toBe(-EBUSY);
    expect(sys.rmdir(`${TRACING}/instances/i`)).toBe(0);
    expect(sys.rmdir(`${NS}/ns1`)).toBe(0);
    expectNothingReferenced(sys);
  });

  it('removal deletes every event of the namespace, everywhere, and only those', () => {
    expect(sys.mkdir(`${NS}/ns1`)).toBe(0);
    expect(sys.mkdir(`${TRACING}/instances/i`)).toBe(0);
    expect(echo(sys, DYN, 'u:root_ev u32 a')).toBe(16);
    const fd = mustOpen(sys, `${NS}/ns1/root/user_events_data`, O_RDWR);
    expect(register(sys, fd, 'login u32 uid').ret).toBe(0);
    expect(register(sys, fd, 'logout u32 uid').ret).toBe(0);
    sys.close(fd);
    expect(readAll(sys, DYN)).toBe('u:root_ev u32 a\nu:login u32 uid\nu:logout u32 uid\n');
    expect(lsSorted(sys, `${TRACING}/instances/i/events`)).toEqual([
      'enable',
      'header_event',
      'header_page',
      'user_events',
      'user_events.ns1',
    ]);
    expect(sys.rmdir(`${NS}/ns1`)).toBe(0);
    expect(readAll(sys, DYN)).toBe('u:root_ev u32 a\n');
    expect(readAll(sys, `${TRACING}/available_events`)).toBe('user_events:root_ev\n');
    expect(lsSorted(sys, `${TRACING}/events`)).toEqual([
      'enable',
      'header_event',
      'header_page',
      'user_events',
    ]);
    expect(lsSorted(sys, `${TRACING}/instances/i/events`)).toEqual([
      'enable',
      'header_event',
      'header_page',
      'user_events',
    ]);
    // a namespace re-created with the same name starts empty; IDs move on
    expect(sys.mkdir(`${NS}/ns1`)).toBe(0);
    expect(readAll(sys, `${NS}/ns1/root/user_events_status`)).toBe(statusText([], 0));
    const again = mustOpen(sys, `${NS}/ns1/root/user_events_data`, O_RDWR);
    expect(register(sys, again, 'login u32 uid')).toEqual({ ret: 0, statusBit: 1, writeIndex: 0 });
    sys.close(again);
    expect(readAll(sys, `${TRACING}/events/user_events.ns1/login/id`)).toBe('23\n');
    expectNothingReferenced(sys);
  });
});

describe('entries of a removed namespace (§c.12, §e.6, §e.11)', () => {
  it('stay as `Unknown type` until a dynamic_events delete line resets the buffer', () => {
    expect(sys.mkdir(`${NS}/ns1`)).toBe(0);
    const app = spawnProgram(sys, 'app');
    const fd = mustOpen(app, `${NS}/ns1/root/user_events_data`, O_RDWR);
    expect(register(app, fd, 'tick u32 n').ret).toBe(0);
    expect(echo(sys, `${TRACING}/events/user_events.ns1/tick/enable`, '1')).toBe(2);
    expect(app.writev(fd, [le32(0), le32(7)])).toBe(8);
    expect(echo(sys, `${TRACING}/events/user_events.ns1/tick/enable`, '0')).toBe(2);
    app.exit();
    expect(sys.rmdir(`${NS}/ns1`)).toBe(0);
    const text = readAll(sys, `${TRACING}/trace`) as string;
    const [ts] = timestamps(text);
    expect(text).toBe(
      traceHeader(1, 1) + `${contextHead('app', app.pid)}${ts.padStart(12)}: Unknown type 20\n`,
    );
    expect(echo(sys, DYN, '!u:nothing')).toBe(-ENOENT);
    expect(readAll(sys, `${TRACING}/trace`)).toBe(traceHeader(0, 0));
    expectNothingReferenced(sys);
  });
});

describe('isolation of groups (§c.1, §c.13, S12, S14, S19)', () => {
  it('S14: the same name in three groups, separate ids and bits; `!u:login` deletes all three', () => {
    expect(sys.mkdir(`${NS}/ns1`)).toBe(0);
    expect(sys.mkdir(`${NS}/ns2`)).toBe(0);
    expect(echo(sys, DYN, 'u:login u32 uid')).toBe(16);
    const a1 = spawnProgram(sys, 'a1');
    const fd1 = mustOpen(a1, `${NS}/ns1/root/user_events_data`, O_RDWR);
    expect(register(a1, fd1, 'login u32 uid')).toEqual({ ret: 0, statusBit: 1, writeIndex: 0 });
    a1.exit();
    const a2 = spawnProgram(sys, 'a2');
    const fd2 = mustOpen(a2, `${NS}/ns2/root/user_events_data`, O_RDWR);
    expect(register(a2, fd2, 'login u64 session')).toEqual({ ret: 0, statusBit: 1, writeIndex: 0 });
    a2.exit();
    expect(readAll(sys, `${TRACING}/available_events`)).toBe(
      'user_events.ns2:login\nuser_events.ns1:login\nuser_events:login\n',
    );
    expect(readAll(sys, `${TRACING}/events/user_events/login/id`)).toBe('20\n');
    expect(readAll(sys, `${TRACING}/events/user_events.ns1/login/id`)).toBe('21\n');
    expect(readAll(sys, `${TRACING}/events/user_events.ns2/login/id`)).toBe('22\n');
    expect(readAll(sys, DYN)).toBe('u:login u32 uid\nu:login u32 uid\nu:login u64 session\n');
    for (const st of [`${TRACING}/user_events_status`, `${NS}/ns1/root/user_events_status`]) {
      expect(readAll(sys, st)).toBe(statusText(['1:login'], 0));
    }
    expect(echoTrunc(sys, `${TRACING}/set_event`, 'login')).toBe(6);
    expect(readAll(sys, `${TRACING}/set_event`)).toBe(
      'user_events.ns2:login\nuser_events.ns1:login\nuser_events:login\n',
    );
    expect(readAll(sys, `${NS}/ns2/root/user_events_status`)).toBe(
      statusText(['1:login # Used by ftrace'], 1),
    );
    expect(echo(sys, `${TRACING}/set_event`, '!login')).toBe(7);
    expect(readAll(sys, `${TRACING}/set_event`)).toBe('');
    expect(echo(sys, DYN, '!u:login')).toBe(9);
    expect(readAll(sys, DYN)).toBe('');
    expect(readAll(sys, `${TRACING}/available_events`)).toBe('');
    for (const ns of ['ns1', 'ns2']) {
      expect(readAll(sys, `${NS}/${ns}/root/user_events_status`)).toBe(statusText([], 0));
    }
    expectNothingReferenced(sys);
  });

  it('Q7: `!u:user_events/x` reaches a namespaced x; `!u:user_events.ns1/x` does not', () => {
    expect(sys.mkdir(`${NS}/ns1`)).toBe(0);
    const fd = mustOpen(sys, `${NS}/ns1/root/user_events_data`, O_RDWR);
    expect(register(sys, fd, 'x u32 a').ret).toBe(0);
    sys.close(fd);
    expect(echo(sys, DYN, '!u:user_events.ns1/x')).toBe(-ENOENT);
    expect(echo(sys, DYN, '!u:user_events/x')).toBe(17);
    expect(readAll(sys, `${NS}/ns1/root/user_events_status`)).toBe(statusText([], 0));
    expectNothingReferenced(sys);
  });

  it('a busy match stops the walk over all groups; earlier matches stay deleted (§c.10 step 5)', () => {
    expect(sys.mkdir(`${NS}/ns1`)).toBe(0);
    expect(sys.mkdir(`${NS}/ns2`)).toBe(0);
    const fd1 = mustOpen(sys, `${NS}/ns1/root/user_events_data`, O_RDWR);
    expect(register(sys, fd1, 'login u8 a').ret).toBe(0);
    sys.close(fd1);
    expect(echo(sys, DYN, 'u:login u16 b')).toBe(14);
    const fd2 = mustOpen(sys, `${NS}/ns2/root/user_events_data`, O_RDWR);
    expect(register(sys, fd2, 'login u32 c').ret).toBe(0);
    sys.close(fd2);
    expect(echo(sys, `${TRACING}/events/user_events/login/enable`, '1')).toBe(2);
    expect(echo(sys, DYN, '!u:login')).toBe(-EBUSY);
    expect(readAll(sys, DYN)).toBe('u:login u16 b\nu:login u32 c\n');
    expect(readAll(sys, `${NS}/ns1/root/user_events_status`)).toBe(statusText([], 0));
    // O_TRUNC refuses while any group's event is busy, then releases every group
    expect(writeText(sys, DYN, '', O_WRONLY | O_TRUNC)).toBe(-EBUSY);
    expect(echo(sys, `${TRACING}/events/user_events/login/enable`, '0')).toBe(2);
    expect(writeText(sys, DYN, '', O_WRONLY | O_TRUNC)).toBe(0);
    expect(readAll(sys, `${NS}/ns2/root/user_events_status`)).toBe(statusText([], 0));
    expectNothingReferenced(sys);
  });

  it('register / delete through a group’s data file reach only that group (§c.13)', () => {
    expect(sys.mkdir(`${NS}/a`)).toBe(0);
    expect(sys.mkdir(`${NS}/b`)).toBe(0);
    const fa = mustOpen(sys, `${NS}/a/root/user_events_data`, O_RDWR);
    const fb = mustOpen(sys, `${NS}/b/root/user_events_data`, O_RDWR);
    const froot = mustOpen(sys, `${TRACING}/user_events_data`, O_RDWR);
    expect(register(sys, fa, 'hello').statusBit).toBe(1);
    expect(register(sys, fa, 'only_a').statusBit).toBe(2);
    expect(register(sys, fb, 'only_b').statusBit).toBe(1);
    expect(unregister(sys, froot, 'only_a')).toBe(-ENOENT);
    expect(unregister(sys, fb, 'only_a')).toBe(-ENOENT);
    expect(unregister(sys, fb, 'hello')).toBe(-ENOENT);
    expect(readAll(sys, `${TRACING}/user_events_status`)).toBe(statusText([], 0));
    expect(readAll(sys, `${NS}/b/root/user_events_status`)).toBe(statusText(['1:only_b'], 0));
    for (const fd of [fa, fb, froot]) sys.close(fd);
    const fa2 = mustOpen(sys, `${NS}/a/root/user_events_data`, O_RDWR);
    expect(unregister(sys, fa2, 'hello')).toBe(0);
    sys.close(fa2);
    expect(readAll(sys, `${NS}/a/root/user_events_status`)).toBe(statusText(['2:only_a'], 0));
    expectNothingReferenced(sys);
  });

  it('S19: set_event with namespaced systems', () => {
    expect(sys.mkdir(`${NS}/ns1`)).toBe(0);
    const fd = mustOpen(sys, `${NS}/ns1/root/user_events_data`, O_RDWR);
    expect(register(sys, fd, 'login u32 uid')).toEqual({ ret: 0, statusBit: 1, writeIndex: 0 });
    expect(register(sys, fd, 'logout u32 uid')).toEqual({ ret: 0, statusBit: 2, writeIndex: 1 });
    sys.close(fd);
    expect(echo(sys, DYN, 'u:login u32 uid')).toBe(16);
    expect(readAll(sys, `${TRACING}/available_events`)).toBe(
      'user_events:login\nuser_events.ns1:logout\nuser_events.ns1:login\n',
    );
    expect(readAll(sys, `${NS}/ns1/root/user_events_status`)).toBe(statusText(['2:logout', '1:login'], 0));
    const SE = `${TRACING}/set_event`;
    expect(echoTrunc(sys, SE, 'user_events.ns1:*')).toBe(18);
    expect(readAll(sys, SE)).toBe('user_events.ns1:logout\nuser_events.ns1:login\n');
    expect(echo(sys, SE, '!user_events.ns1:logout')).toBe(24);
    expect(readAll(sys, SE)).toBe('user_events.ns1:login\n');
    expect(echo(sys, SE, 'login')).toBe(6);
    expect(readAll(sys, SE)).toBe('user_events:login\nuser_events.ns1:login\n');
    expect(echo(sys, SE, 'nosuch:thing')).toBe(-EINVAL);
    expect(echo(sys, SE, 'user_events.ns1')).toBe(16);
    expect(readAll(sys, SE)).toBe('user_events:login\nuser_events.ns1:logout\nuser_events.ns1:login\n');
    expect(echoTrunc(sys, SE, '')).toBe(1);
    expect(readAll(sys, SE)).toBe('');
    expect(readAll(sys, `${TRACING}/events/user_events.ns1/enable`)).toBe('0\n');
    expectNothingReferenced(sys);
  });

  it('Q12: a namespace whose name contains `:` cannot be named in set_event; enable still works', () => {
    expect(sys.mkdir(`${NS}/c:d`)).toBe(0);
    const fd = mustOpen(sys, `${NS}/c:d/root/user_events_data`, O_RDWR);
    expect(register(sys, fd, 'ev').ret).toBe(0);
    sys.close(fd);
    expect(readAll(sys, `${TRACING}/available_events`)).toBe('user_events.c:d:ev\n');
    expect(echo(sys, `${TRACING}/set_event`, 'user_events.c:d:ev')).toBe(-EINVAL);
    expect(echo(sys, `${TRACING}/events/user_events.c:d/ev/enable`, '1')).toBe(2);
    expect(readAll(sys, `${NS}/c:d/root/user_events_status`)).toBe(statusText(['1:ev # Used by ftrace'], 1));
    expect(echo(sys, `${TRACING}/events/user_events.c:d/ev/enable`, '0')).toBe(2);
    expectNothingReferenced(sys);
  });
});

describe('non-root callers (§0.4, §b.5 step 1 and 4, §b.6)', () => {
  it('at boot a non-root mkdir or rmdir is EACCES', () => {
    expect(sys.mkdir(`${NS}/ns1`)).toBe(0);
    const alice = k.login({ uid: 1000 }).sys;
    expect(alice.mkdir(`${NS}/a1`)).toBe(-EACCES);
    expect(alice.rmdir(`${NS}/ns1`)).toBe(-EACCES);
    expect(sys.chmod(TRACING, 0o755)).toBe(0);
    expect(alice.mkdir(`${NS}/a1`)).toBe(-EACCES);
    expect(alice.rmdir(`${NS}/ns1`)).toBe(-EACCES);
    expect(lsSorted(sys, NS)).toEqual(['ns1']);
    alice.exit();
    expectNothingReferenced(sys);
  });

  it('namespaces/ at 0777 but owned by root: mkdir fails with ENOMEM and leaves nothing', () => {
    expect(sys.chmod(TRACING, 0o755)).toBe(0);
    expect(sys.chmod(NS, 0o777)).toBe(0);
    const alice = k.login({ uid: 1000 }).sys;
    expect(alice.mkdir(`${NS}/a1`)).toBe(-ENOMEM);
    expect(ls(sys, NS)).toEqual([]);
    expect(alice.mkdir(`${NS}/a1`)).toBe(-ENOMEM);
    // root still can; a non-root caller with write permission may remove it
    expect(sys.mkdir(`${NS}/r1`)).toBe(0);
    expect(alice.rmdir(`${NS}/r1`)).toBe(0);
    expect(ls(sys, NS)).toEqual([]);
    alice.exit();
    expectNothingReferenced(sys);
  });

  it('a member of the group of namespaces/ succeeds; entries stay root:root', () => {
    expect(sys.chmod(TRACING, 0o755)).toBe(0);
    expect(sys.chmod(NS, 0o770)).toBe(0);
    const member = k.login({ uid: 1000, groups: [0] }).sys;
    expect(member.mkdir(`${NS}/m1`)).toBe(0);
    expect(modeOwner(sys, `${NS}/m1/options`)).toBe('640 0:0');
    expect(modeOwner(sys, `${NS}/m1/root/user_events_data`)).toBe('640 0:0');
    expect(member.rmdir(`${NS}/m1`)).toBe(0);
    member.exit();
    expectNothingReferenced(sys);
  });

  it('when the caller owns namespaces/, mkdir succeeds and everything inside is the caller’s', () => {
    expect(sys.chmod(TRACING, 0o755)).toBe(0);
    expect(sys.chown(NS, 1000, 1000)).toBe(0);
    const alice = k.login({ uid: 1000 }).sys;
    expect(alice.mkdir(`${NS}/a1`)).toBe(0);
    for (const p of [
      'a1',
      'a1/options',
      'a1/root',
      'a1/root/user_events_data',
      'a1/root/user_events_status',
    ]) {
      expect(modeOwner(sys, `${NS}/${p}`).toString().split(' ')[1], p).toBe('1000:1000');
    }
    expect(readAll(alice, `${NS}/a1/options`)).toBe('user_events_limit=32767\n');
    expect(echo(alice, `${NS}/a1/options`, 'user_events_limit=3')).toBe(20);
    const fd = mustOpen(alice, `${NS}/a1/root/user_events_data`, O_RDWR);
    expect(register(alice, fd, 'mine u32 a')).toEqual({ ret: 0, statusBit: 1, writeIndex: 0 });
    expect(alice.rmdir(`${NS}/a1`)).toBe(-EBUSY);
    alice.close(fd);
    expect(alice.rmdir(`${NS}/a1`)).toBe(0);
    expect(readAll(sys, DYN)).toBe('');
    alice.exit();
    expectNothingReferenced(sys);
  });

  it('mkdir -m: the mode argument is ignored, a chmod afterwards is honoured (§a.2)', () => {
    expect(sys.mkdir(`${NS}/m`, 0o700)).toBe(0);
    expect(modeOwner(sys, `${NS}/m`)).toBe('750 0:0');
    expect(sys.chmod(`${NS}/m`, 0o700)).toBe(0);
    expect(modeOwner(sys, `${NS}/m`)).toBe('700 0:0');
    expectNothingReferenced(sys);
  });
});

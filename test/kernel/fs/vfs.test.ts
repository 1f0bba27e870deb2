// The generic VFS behaviour the spec relies on (§0.4, §a.2, §g.3): path walk, permissions for root
// and non-root callers, what tracefs directories refuse, chmod/chown, bind mounts of a namespace's
// root/ into a container (S12, S13, S16, S22, Q20, Q21), and descriptors across fork and exit.

import { beforeEach, describe, expect, it } from 'vitest';
import {
  EACCES,
  EBUSY,
  EEXIST,
  EFAULT,
  EINVAL,
  EISDIR,
  ENAMETOOLONG,
  ENOENT,
  ENOTDIR,
  EPERM,
} from '../../../worker/kernel/lib/errno';
import {
  bootRoot,
  bytes,
  echo,
  expectNothingReferenced,
  le32,
  ls,
  lsSorted,
  modeOwner,
  mustOpen,
  O_CREAT,
  O_DIRECTORY,
  O_EXCL,
  O_RDONLY,
  O_RDWR,
  O_WRONLY,
  readAll,
  register,
  spawnProgram,
  statusText,
  timestamps,
  traceHeader,
  renderedEntry,
  TRACING,
  userEntry,
  concat,
  writeText,
  type Kernel,
  type Syscalls,
} from '../helpers';

const NS = `${TRACING}/namespaces`;
const MNT = '/containers/c1/isolated';

let k: Kernel;
let sys: Syscalls;

beforeEach(() => {
  ({ k, sys } = bootRoot());
});

function ino(path: string, as: Syscalls = sys): number {
  const st = as.stat(path);
  return st.ok ? st.value.ino : st.err;
}

function mkdirP(path: string): void {
  let cur = '';
  for (const part of path.split('/').filter(Boolean)) {
    cur += '/' + part;
    const r = sys.mkdir(cur);
    expect(r === 0 || r === -EEXIST).toBe(true);
  }
}

describe('path walk (fs/namei.c)', () => {
  it('., .., repeated slashes, relative paths and the debugfs alias reach the same objects', () => {
    const events = ino(`${TRACING}/events`);
    expect(events).toBeGreaterThan(0);
    const same = [
      `${TRACING}/./events`,
      `${TRACING}/events/.`,
      `${TRACING}/events/`,
      `//sys///kernel//tracing//events`,
      `${TRACING}/events/../events`,
      `${TRACING}/instances/../events`,
      'events',
      './events',
      '/sys/kernel/debug/tracing/events',
      '/../../sys/kernel/tracing/events',
    ];
    for (const p of same) expect(ino(p), p).toBe(events);
    expect(ino(`${TRACING}/..`)).toBe(ino('/sys/kernel'));
    expect(ino(`${TRACING}/events/..`)).toBe(ino(TRACING));
    expect(ino('/..')).toBe(ino('/'));
    expect(sys.getcwd()).toBe(TRACING);
    expect(sys.chdir('events')).toBe(0);
    expect(sys.getcwd()).toBe(`${TRACING}/events`);
    expect(readAll(sys, 'enable')).toBe('?\n');
    expect(sys.chdir('../..')).toBe(0);
    expect(sys.getcwd()).toBe('/sys/kernel');
    expectNothingReferenced(sys);
  });

  // [path, errno of stat, errno of open O_RDONLY]
  const failures: Array<[string, number, number]> = [
    [`${TRACING}/trace/`, -ENOTDIR, -ENOTDIR],
    [`${TRACING}/trace/.`, -ENOTDIR, -ENOTDIR],
    [`${TRACING}/trace/x`, -ENOTDIR, -ENOTDIR],
    [`${TRACING}/nosuch`, -ENOENT, -ENOENT],
    [`${TRACING}/nosuch/x`, -ENOENT, -ENOENT],
    [`${TRACING}/events/nosuch/..`, -ENOENT, -ENOENT],
    ['', -ENOENT, -ENOENT],
    [`${TRACING}/${'x'.repeat(256)}`, -ENAMETOOLONG, -ENAMETOOLONG],
    [`${TRACING}/${'x'.repeat(255)}`, -ENOENT, -ENOENT],
    [`/${'a/'.repeat(2048)}`, -ENAMETOOLONG, -ENAMETOOLONG],
  ];
  it.each(failures)('%s', (path, statErr, openErr) => {
    expect(sys.stat(path)).toEqual({ ok: false, err: statErr });
    expect(sys.open(path, O_RDONLY)).toBe(openErr);
    expectNothingReferenced(sys);
  });

  it('directories: O_DIRECTORY, reading one is EISDIR, opening one for writing is EISDIR', () => {
    expect(sys.open(`${TRACING}/trace`, O_RDONLY | O_DIRECTORY)).toBe(-ENOTDIR);
    const fd = mustOpen(sys, `${TRACING}/events`, O_RDONLY | O_DIRECTORY);
    expect(sys.read(fd, 10)).toBe(-EISDIR);
    sys.close(fd);
    expect(sys.open(`${TRACING}/events`, O_WRONLY)).toBe(-EISDIR);
    expect(sys.chdir(`${TRACING}/trace`)).toBe(-ENOTDIR);
    expectNothingReferenced(sys);
  });

  it('link counts: 2 + subdirectories for a directory, 1 for a file; size 0 (§a)', () => {
    const nlink = (p: string) => {
      const st = sys.stat(p);
      return st.ok ? [st.value.nlink, st.value.size] : st.err;
    };
    expect(nlink(TRACING)).toEqual([7, 0]);
    expect(nlink(`${TRACING}/events`)).toEqual([2, 0]);
    expect(nlink(`${TRACING}/per_cpu`)).toEqual([4, 0]);
    expect(nlink(`${TRACING}/trace`)).toEqual([1, 0]);
    expect(sys.mkdir(`${NS}/ns1`)).toBe(0);
    expect(nlink(NS)).toEqual([3, 0]);
    expect(nlink(`${NS}/ns1`)).toEqual([3, 0]);
    expect(nlink(`${NS}/ns1/root`)).toEqual([2, 0]);
    expectNothingReferenced(sys);
  });
});

describe('permissions (§0.4, S1)', () => {
  it('S1 modes of the tree at boot', () => {
    const modes: Array<[string, string]> = [
      ['.', '700 0:0'],
      ['events', '750 0:0'],
      ['namespaces', '750 0:0'],
      ['instances', '750 0:0'],
      ['user_events_data', '640 0:0'],
      ['user_events_status', '640 0:0'],
      ['dynamic_events', '640 0:0'],
      ['trace', '640 0:0'],
      ['trace_pipe', '440 0:0'],
      ['trace_marker', '220 0:0'],
      ['buffer_percent', '440 0:0'],
      ['free_buffer', '200 0:0'],
      ['events/enable', '640 0:0'],
      ['events/header_page', '440 0:0'],
    ];
    for (const [p, want] of modes) expect(modeOwner(sys, `${TRACING}/${p}`), p).toBe(want);
    expectNothingReferenced(sys);
  });

  it('non-root: the tracefs root is 0700 (EACCES), files need their mode bits', () => {
    const alice = k.login({ uid: 1000 }).sys;
    expect(ls(alice, TRACING)).toBe(-EACCES);
    expect(alice.chdir(TRACING)).toBe(-EACCES);
    expect(modeOwner(alice, TRACING)).toBe('700 0:0');
    expect(alice.stat(`${TRACING}/trace`)).toEqual({ ok: false, err: -EACCES });
    expect(alice.open(`${TRACING}/trace`, O_RDONLY)).toBe(-EACCES);
    expect(alice.open(`${TRACING}/nosuch`, O_RDONLY)).toBe(-EACCES);
    // the debugfs alias is the same tree with the same modes
    expect(ls(alice, '/sys/kernel/debug/tracing')).toBe(-EACCES);
    expect(sys.chmod(TRACING, 0o755)).toBe(0);
    expect(ls(alice, TRACING)).not.toBe(-EACCES);
    expect(alice.open(`${TRACING}/trace`, O_RDONLY)).toBe(-EACCES);
    expect(alice.open(`${TRACING}/user_events_status`, O_RDONLY)).toBe(-EACCES);
    expect(ls(alice, `${TRACING}/events`)).toBe(-EACCES);
    expect(sys.chmod(`${TRACING}/trace`, 0o644)).toBe(0);
    expect(readAll(alice, `${TRACING}/trace`)).toBe(traceHeader(0, 0));
    expect(alice.open(`${TRACING}/trace`, O_WRONLY)).toBe(-EACCES);
    alice.exit();
    expectNothingReferenced(sys);
  });

  it('listing needs r, traversing needs x; a missing name is ENOENT once the walk may search', () => {
    expect(sys.chmod(TRACING, 0o711)).toBe(0);
    const alice = k.login({ uid: 1000 }).sys;
    expect(ls(alice, TRACING)).toBe(-EACCES);
    expect(modeOwner(alice, `${TRACING}/trace`)).toBe('640 0:0');
    expect(alice.chdir(TRACING)).toBe(0);
    expect(alice.chdir(`${TRACING}/nosuch`)).toBe(-ENOENT);
    expect(alice.open(`${TRACING}/nosuch`, O_RDONLY)).toBe(-ENOENT);
    expect(alice.chdir(`${TRACING}/events`)).toBe(-EACCES);
    alice.exit();
    expectNothingReferenced(sys);
  });

  it('root bypasses the mode bits; the file handler then decides (§0.4, §g.3)', () => {
    expect(readAll(sys, `${TRACING}/trace_marker`)).toBe(-EINVAL);
    expect(writeText(sys, `${TRACING}/available_events`, 'x\n')).toBe(-EINVAL);
    expect(writeText(sys, `${TRACING}/trace_marker`, 'hi\n')).toBe(3);
    expectNothingReferenced(sys);
  });

  const noRead = ['trace_marker', 'free_buffer', 'user_events_data', 'trace_marker_raw'];
  it.each(noRead)('root reads %s: EINVAL', (name) => {
    expect(readAll(sys, `${TRACING}/${name}`)).toBe(-EINVAL);
    expectNothingReferenced(sys);
  });

  const noWrite = [
    'events/user_events/hello/format',
    'events/user_events/hello/id',
    'available_events',
    'available_tracers',
    'trace_pipe',
    'user_events_status',
    'events/header_page',
    'events/header_event',
    'buffer_total_size_kb',
    'timestamp_mode',
    'printk_formats',
    'saved_cmdlines',
    'saved_tgids',
    'README',
  ];
  it.each(noWrite)('root writes %s: EINVAL', (name) => {
    expect(echo(sys, `${TRACING}/dynamic_events`, 'u:hello u32 count')).toBe(18);
    expect(writeText(sys, `${TRACING}/${name}`, '1\n')).toBe(-EINVAL);
    expect(writeText(sys, `${TRACING}/dynamic_events`, '-:hello\n')).toBe(8);
    expectNothingReferenced(sys);
  });
});

describe('what tracefs directories refuse (§a.2, S3)', () => {
  beforeEach(() => {
    expect(sys.mkdir(`${NS}/ns1`)).toBe(0);
    expect(sys.mkdir(`${TRACING}/instances/i`)).toBe(0);
  });

  // [operation, path, root's result]
  const ops: Array<['mkdir' | 'rmdir' | 'unlink' | 'create', string, number]> = [
    ['mkdir', 'foo', -EPERM],
    ['mkdir', 'events/x', -EPERM],
    ['mkdir', 'options/x', -EPERM],
    ['mkdir', 'per_cpu/cpu2', -EPERM],
    ['mkdir', 'namespaces/ns1/extra', -EPERM],
    ['mkdir', 'namespaces/ns1/root/extra', -EPERM],
    ['mkdir', 'instances/i/x', -EPERM],
    ['mkdir', 'instances/i/events/x', -EPERM],
    ['mkdir', 'events', -EEXIST],
    ['mkdir', 'trace', -EEXIST],
    ['mkdir', 'namespaces/ns1/root', -EEXIST],
    ['mkdir', 'instances/i', -EEXIST],
    ['rmdir', 'events', -EPERM],
    ['rmdir', 'per_cpu/cpu0', -EPERM],
    ['rmdir', 'options', -EPERM],
    ['rmdir', 'namespaces/ns1/root', -EPERM],
    ['rmdir', 'instances/i/events', -EPERM],
    ['rmdir', 'instances/nosuch', -ENOENT],
    ['unlink', 'trace', -EPERM],
    ['unlink', 'events/enable', -EPERM],
    ['unlink', 'user_events_data', -EPERM],
    ['unlink', 'namespaces/ns1/options', -EPERM],
    ['unlink', 'namespaces/ns1/root/user_events_data', -EPERM],
    ['unlink', 'nosuch', -ENOENT],
    ['create', 'newfile', -EACCES],
    ['create', 'events/newfile', -EACCES],
    ['create', 'namespaces/ns1/root/newfile', -EACCES],
    ['create', 'instances/i/newfile', -EACCES],
  ];
  function run(as: Syscalls, op: string, path: string): number {
    const p = `${TRACING}/${path}`;
    if (op === 'mkdir') return as.mkdir(p);
    if (op === 'rmdir') return as.rmdir(p);
    if (op === 'unlink') return as.unlink(p);
    const fd = as.open(p, O_WRONLY | O_CREAT);
    if (fd >= 0) as.close(fd);
    return fd;
  }
  it.each(ops)('root: %s %s', (op, path, want) => {
    expect(run(sys, op, path)).toBe(want);
    expect(lsSorted(sys, NS)).toEqual(['ns1']);
    expect(lsSorted(sys, `${NS}/ns1/root`)).toEqual(['user_events_data', 'user_events_status']);
    expectNothingReferenced(sys);
  });

  it('O_CREAT on an existing file opens it; with O_EXCL it is EEXIST', () => {
    const fd = mustOpen(sys, `${TRACING}/trace`, O_WRONLY | O_CREAT);
    sys.close(fd);
    expect(sys.open(`${TRACING}/trace`, O_WRONLY | O_CREAT | O_EXCL)).toBe(-EEXIST);
    expectNothingReferenced(sys);
  });

  it('without write permission on the directory the VFS answers EACCES first', () => {
    expect(sys.chmod(TRACING, 0o755)).toBe(0);
    expect(sys.chmod(`${TRACING}/events`, 0o755)).toBe(0);
    expect(sys.chmod(NS, 0o755)).toBe(0);
    expect(sys.chmod(`${NS}/ns1`, 0o755)).toBe(0);
    expect(sys.chmod(`${NS}/ns1/root`, 0o755)).toBe(0);
    const alice = k.login({ uid: 1000 }).sys;
    const cases: Array<[string, string]> = [
      ['mkdir', 'foo'],
      ['mkdir', 'events/x'],
      ['mkdir', 'namespaces/x'],
      ['mkdir', 'namespaces/ns1/root/x'],
      ['rmdir', 'events'],
      ['rmdir', 'namespaces/ns1'],
      ['rmdir', 'namespaces/ns1/root'],
      ['unlink', 'trace'],
      ['unlink', 'namespaces/ns1/options'],
      ['create', 'newfile'],
      ['create', 'namespaces/ns1/root/newfile'],
    ];
    for (const [op, path] of cases) expect(run(alice, op, path), `${op} ${path}`).toBe(-EACCES);
    expect(lsSorted(sys, NS)).toEqual(['ns1']);
    alice.exit();
    expectNothingReferenced(sys);
  });
});

describe('chmod and chown (§0.4)', () => {
  it('root may chmod and chown; others may not touch root’s entries', () => {
    expect(sys.chmod(TRACING, 0o755)).toBe(0);
    const alice = k.login({ uid: 1000 }).sys;
    expect(alice.chmod(TRACING, 0o777)).toBe(-EPERM);
    expect(alice.chown(TRACING, 1000, 1000)).toBe(-EPERM);
    expect(modeOwner(sys, TRACING)).toBe('755 0:0');
    expect(sys.chown(`${TRACING}/trace`, 1000, 1000)).toBe(0);
    expect(modeOwner(sys, `${TRACING}/trace`)).toBe('640 1000:1000');
    // the owner may chmod, but may not give the file away
    expect(alice.chmod(`${TRACING}/trace`, 0o600)).toBe(0);
    expect(modeOwner(sys, `${TRACING}/trace`)).toBe('600 1000:1000');
    expect(alice.chown(`${TRACING}/trace`, 0, -1)).toBe(-EPERM);
    expect(readAll(alice, `${TRACING}/trace`)).toBe(traceHeader(0, 0));
    expect(alice.chmod(`${TRACING}/trace`, 0o200)).toBe(0);
    expect(alice.open(`${TRACING}/trace`, O_RDONLY)).toBe(-EACCES);
    alice.exit();
    expectNothingReferenced(sys);
  });

  it('new entries take the parent’s current owner, not its mode; modes last until the inode dies', () => {
    expect(sys.chown(`${TRACING}/events`, 1000, 1001)).toBe(0);
    expect(sys.chmod(`${TRACING}/events`, 0o700)).toBe(0);
    expect(echo(sys, `${TRACING}/dynamic_events`, 'u:hello u32 count')).toBe(18);
    expect(modeOwner(sys, `${TRACING}/events/user_events`)).toBe('750 1000:1001');
    expect(modeOwner(sys, `${TRACING}/events/user_events/enable`)).toBe('640 1000:1001');
    expect(modeOwner(sys, `${TRACING}/events/user_events/hello`)).toBe('750 1000:1001');
    expect(modeOwner(sys, `${TRACING}/events/user_events/hello/format`)).toBe('440 1000:1001');
    // entries that existed before keep root
    expect(modeOwner(sys, `${TRACING}/events/enable`)).toBe('640 0:0');

    expect(sys.mkdir(`${NS}/ns1`)).toBe(0);
    expect(sys.chmod(`${NS}/ns1/root/user_events_data`, 0o666)).toBe(0);
    expect(modeOwner(sys, `${NS}/ns1/root/user_events_data`)).toBe('666 0:0');
    expect(sys.rmdir(`${NS}/ns1`)).toBe(0);
    expect(sys.mkdir(`${NS}/ns1`)).toBe(0);
    expect(modeOwner(sys, `${NS}/ns1/root/user_events_data`)).toBe('640 0:0');

    expect(sys.chown(`${TRACING}/instances`, 1000, 1000)).toBe(0);
    expect(sys.mkdir(`${TRACING}/instances/i`)).toBe(0);
    expect(modeOwner(sys, `${TRACING}/instances/i`)).toBe('750 1000:1000');
    expect(modeOwner(sys, `${TRACING}/instances/i/trace`)).toBe('640 1000:1000');
    expect(modeOwner(sys, `${TRACING}/instances/i/events/user_events/hello/enable`)).toBe('640 1000:1000');
    expect(writeText(sys, `${TRACING}/dynamic_events`, '-:hello\n')).toBe(8);
    expectNothingReferenced(sys);
  });
});

describe('bind mounts of a namespace root into a container (S12, S13, S16, S22)', () => {
  function setupMount(): void {
    expect(sys.mkdir(`${NS}/ns1`)).toBe(0);
    mkdirP(MNT);
    expect(sys.bindMount(`${NS}/ns1/root`, MNT)).toBe(0);
  }

  it('S22: default modes refuse alice; ownership of the files lets the handlers answer', () => {
    setupMount();
    const alice = k.login({ uid: 1000 }).sys;
    expect(ls(alice, MNT)).toBe(-EACCES);
    expect(readAll(alice, `${MNT}/user_events_status`)).toBe(-EACCES);
    expect(sys.chmod(`${NS}/ns1/root`, 0o755)).toBe(0);
    expect(sys.chown(`${NS}/ns1/root/user_events_data`, 1000, 1000)).toBe(0);
    expect(sys.chown(`${NS}/ns1/root/user_events_status`, 1000, 1000)).toBe(0);
    // crossing into the mount checks only the mounted directory, not tracefs' 0700 root
    expect(lsSorted(alice, MNT)).toEqual(['user_events_data', 'user_events_status']);
    expect(modeOwner(alice, `${MNT}/user_events_data`)).toBe('640 1000:1000');
    expect(readAll(alice, `${MNT}/user_events_status`)).toBe(statusText([], 0));
    expect(echo(alice, `${MNT}/user_events_status`, '1')).toBe(-EINVAL);
    expect(echo(alice, `${MNT}/user_events_data`, 'hi')).toBe(-EFAULT);
    expect(echo(alice, `${MNT}/user_events_data`, 'hello')).toBe(-ENOENT);
    expect(alice.mkdir(`${MNT}/x`)).toBe(-EACCES);
    expect(sys.mkdir(`${MNT}/x`)).toBe(-EPERM);
    alice.exit();
    expectNothingReferenced(sys);
  });

  it('S12/S13: a container registers, the host enables, the container sees its bit and the host its entry', () => {
    setupMount();
    expect(sys.chmod(`${NS}/ns1/root`, 0o755)).toBe(0);
    expect(sys.chmod(`${NS}/ns1/root/user_events_data`, 0o666)).toBe(0);
    expect(sys.chmod(`${NS}/ns1/root/user_events_status`, 0o644)).toBe(0);
    const alice = k.login({ uid: 1000 }).sys;
    expect(modeOwner(alice, MNT)).toBe('755 0:0');
    expect(modeOwner(alice, `${MNT}/user_events_data`)).toBe('666 0:0');
    expect(modeOwner(alice, `${MNT}/user_events_status`)).toBe('644 0:0');
    expect(readAll(alice, `${MNT}/user_events_status`)).toBe(statusText([], 0));
    expect(echo(alice, `${MNT}/user_events_status`, '1')).toBe(-EACCES);
    const app = spawnProgram(alice, 'app');
    const fd3 = mustOpen(app, `${MNT}/user_events_data`, O_RDWR);
    expect(register(app, fd3, 'login u32 uid; char[8] tty')).toEqual({ ret: 0, statusBit: 1, writeIndex: 0 });
    const fd4 = mustOpen(app, `${MNT}/user_events_status`, O_RDONLY);
    const map = app.mmap(fd4, 4096);
    if (!map.ok) throw new Error('mmap');
    const v = map.value.view;
    expect(v.at(0)).toBe(0);
    expect(readAll(alice, `${MNT}/user_events_status`)).toBe(statusText(['1:login'], 0));
    expect(readAll(sys, `${TRACING}/user_events_status`)).toBe(statusText([], 0));
    expect(readAll(sys, `${TRACING}/available_events`)).toBe('user_events.ns1:login\n');
    expect(readAll(sys, `${TRACING}/dynamic_events`)).toBe('u:login u32 uid; char[8] tty\n');
    // S13 (enabled through set_event: see the report about events/ directories of non-root registrations)
    expect(echo(sys, `${TRACING}/set_event`, 'user_events.ns1:login')).toBe(22);
    expect(v.at(0)).toBe(0x02);
    expect(readAll(alice, `${MNT}/user_events_status`)).toBe(statusText(['1:login # Used by ftrace'], 1));
    const payload = concat(le32(1000), bytes('pts/0\0\0\0'));
    expect(app.writev(fd3, [le32(0), le32(1000), bytes('pts/0\0\0\0')])).toBe(16);
    const text = readAll(sys, `${TRACING}/trace`) as string;
    const [ts] = timestamps(text);
    expect(text).toBe(traceHeader(1, 1) + renderedEntry('app', app.pid, ts, userEntry(20, app.pid, payload)));
    expect(echo(sys, `${TRACING}/set_event`, '!user_events.ns1:login')).toBe(23);
    expect(v.at(0)).toBe(0x00);
    expect(readAll(alice, `${MNT}/user_events_status`)).toBe(statusText(['1:login'], 0));
    // the container cannot reach events/ or trace
    expect(alice.open(`${TRACING}/trace`, O_RDONLY)).toBe(-EACCES);
    app.exit();
    alice.exit();
    expectNothingReferenced(sys);
  });

  it('S16/Q20: after rmdir the mount shows an empty, dead directory; a new namespace is not visible', () => {
    setupMount();
    expect(sys.chmod(`${NS}/ns1/root`, 0o755)).toBe(0);
    const fd = mustOpen(sys, `${MNT}/user_events_data`, O_RDWR);
    expect(register(sys, fd, 'tick u32 n').ret).toBe(0);
    expect(sys.rmdir(`${NS}/ns1`)).toBe(-EBUSY);
    sys.close(fd);
    // the bind mount does not keep the namespace (Q21)
    expect(sys.rmdir(`${NS}/ns1`)).toBe(0);
    expect(readAll(sys, `${TRACING}/dynamic_events`)).toBe('');
    const alice = k.login({ uid: 1000 }).sys;
    for (const who of [sys, alice]) {
      expect(ls(who, MNT)).toEqual([]);
      expect(readAll(who, `${MNT}/user_events_status`)).toBe(-ENOENT);
      expect(who.stat(`${MNT}/user_events_data`)).toEqual({ ok: false, err: -ENOENT });
    }
    expect(sys.open(`${MNT}/newfile`, O_WRONLY | O_CREAT)).toBe(-ENOENT);
    expect(sys.mkdir(`${NS}/ns1`)).toBe(0);
    expect(ls(sys, MNT)).toEqual([]);
    expect(sys.mounts().some((m) => m.target === MNT)).toBe(true);
    alice.exit();
    expectNothingReferenced(sys);
  });

  it('Q21: a mount on NAME/ makes rmdir EBUSY; a mount on NAME/root is detached by rmdir', () => {
    expect(sys.mkdir(`${NS}/ns1`)).toBe(0);
    mkdirP('/tmp/src');
    expect(sys.bindMount('/tmp/src', `${NS}/ns1`)).toBe(0);
    expect(ls(sys, `${NS}/ns1`)).toEqual([]);
    expect(sys.rmdir(`${NS}/ns1`)).toBe(-EBUSY);
    expect(sys.umount(`${NS}/ns1`)).toBe(0);
    expect(lsSorted(sys, `${NS}/ns1`)).toEqual(['options', 'root']);
    expect(sys.bindMount('/tmp/src', `${NS}/ns1/root`)).toBe(0);
    expect(ls(sys, `${NS}/ns1/root`)).toEqual([]);
    expect(sys.rmdir(`${NS}/ns1`)).toBe(0);
    expect(sys.mounts().some((m) => m.target.startsWith(NS))).toBe(false);
    expectNothingReferenced(sys);
  });

  it('`..` inside the mount leads back to the container’s tree', () => {
    setupMount();
    expect(ino(`${MNT}/..`)).toBe(ino('/containers/c1'));
    expect(ino(`${MNT}/.`)).toBe(ino(`${NS}/ns1/root`));
    expect(sys.chdir(MNT)).toBe(0);
    expect(sys.getcwd()).toBe(MNT);
    expect(sys.chdir('..')).toBe(0);
    expect(sys.getcwd()).toBe('/containers/c1');
    expect(sys.chdir(TRACING)).toBe(0);
    expectNothingReferenced(sys);
  });

  it('only root may bind-mount', () => {
    mkdirP(MNT);
    const alice = k.login({ uid: 1000 }).sys;
    expect(alice.bindMount('/tmp', MNT)).toBe(-EPERM);
    alice.exit();
    expectNothingReferenced(sys);
  });
});

describe('descriptors across fork and exit', () => {
  it('an options fd held by a child keeps the namespace busy until the child exits', () => {
    expect(sys.mkdir(`${NS}/ns1`)).toBe(0);
    const fd = mustOpen(sys, `${NS}/ns1/options`, O_RDONLY);
    const child = sys.fork();
    expect(child.isOpen(fd)).toBe(true);
    expect(sys.close(fd)).toBe(0);
    expect(sys.rmdir(`${NS}/ns1`)).toBe(-EBUSY);
    const grandchild = child.fork();
    child.exit();
    expect(sys.rmdir(`${NS}/ns1`)).toBe(-EBUSY);
    grandchild.exit();
    expect(sys.rmdir(`${NS}/ns1`)).toBe(0);
    expectNothingReferenced(sys);
  });

  it('a dup()ed descriptor is the same open file', () => {
    expect(sys.mkdir(`${NS}/ns1`)).toBe(0);
    const fd = mustOpen(sys, `${NS}/ns1/root/user_events_data`, O_RDWR);
    expect(register(sys, fd, 'hello u32 a').ret).toBe(0);
    const copy = sys.dup(fd);
    expect(sys.close(fd)).toBe(0);
    // the registration list lives in the open file, shared by the copy
    expect(sys.writev(copy, [le32(0), le32(1)])).toBe(8);
    expect(sys.rmdir(`${NS}/ns1`)).toBe(-EBUSY);
    expect(sys.close(copy)).toBe(0);
    expect(sys.close(copy)).toBe(-9);
    expect(sys.rmdir(`${NS}/ns1`)).toBe(0);
    expectNothingReferenced(sys);
  });

  it('exit drops a child’s mapping of the status page', () => {
    expect(sys.mkdir(`${NS}/ns1`)).toBe(0);
    const child = sys.fork();
    const fd = mustOpen(child, `${NS}/ns1/root/user_events_status`, O_RDONLY);
    expect(child.mmap(fd, 4096).ok).toBe(true);
    expect(child.close(fd)).toBe(0);
    expect(sys.rmdir(`${NS}/ns1`)).toBe(-EBUSY);
    child.exit();
    expect(sys.rmdir(`${NS}/ns1`)).toBe(0);
    expectNothingReferenced(sys);
  });
});

// procfs at the system-call level (fs/proc/base.c, array.c, fd.c, root.c, fs/proc_namespace.c): the
// /proc/PID files in the kernel's formats (texts from `cat /proc/self/status`, `/proc/self/stat`
// and `/proc/mounts` on Linux, adapted only in the values the model decides), `self` and the fd
// links, a task's directory gone with it, mounts seen per namespace, and procfs's own inode
// numbers, which looking at /proc never takes from the rest of the machine.

import { describe, expect, it } from 'vitest';
import { boot } from '../../../worker/kernel/boot';
import { EACCES, EINVAL, ENOENT, EPERM, ESRCH } from '../../../worker/kernel/lib/errno';
import {
  bootRoot,
  ls,
  lsSorted,
  modeOwner,
  mustOpen,
  O_CREAT,
  O_RDONLY,
  O_RDWR,
  O_WRONLY,
  readAll,
  readFd,
  TRACING,
  writeText,
  type Syscalls,
} from '../helpers';

const S_IFMT = 0o170000;
const S_IFLNK = 0o120000;

/** The first lines of /proc/PID/status as Linux prints them, for the model's values. */
function status(
  name: string,
  state: string,
  pid: number,
  ppid: number,
  uid = 0,
  sigIgn = '0000000000000000',
): string {
  const zero = '0000000000000000';
  return (
    `Name:\t${name}\nUmask:\t0022\nState:\t${state}\nTgid:\t${pid}\nNgid:\t0\nPid:\t${pid}\nPPid:\t${ppid}\n` +
    `TracerPid:\t0\nUid:\t${uid}\t${uid}\t${uid}\t${uid}\nGid:\t${uid}\t${uid}\t${uid}\t${uid}\nFDSize:\t64\n` +
    `Groups:\t \nNStgid:\t${pid}\nNSpid:\t${pid}\nThreads:\t1\n` +
    `SigPnd:\t${zero}\nShdPnd:\t${zero}\nSigBlk:\t${zero}\nSigIgn:\t${sigIgn}\nSigCgt:\t${zero}\n`
  );
}

function linkMode(sys: Syscalls, path: string): string | number {
  const st = sys.lstat(path);
  if (!st.ok) return st.err;
  return ((st.value.mode & S_IFMT) === S_IFLNK ? 'l' : '?') + (st.value.mode & 0o777).toString(8);
}

describe('/proc at boot', () => {
  it('is procfs mounted at /proc, listed in /proc/mounts after the boot mounts', () => {
    const { sys } = bootRoot();
    expect(readAll(sys, '/proc/mounts')).toBe(
      'rootfs / rootfs rw 0 0\n' +
        'tracefs /sys/kernel/tracing tracefs rw,nosuid,nodev,noexec,relatime 0 0\n' +
        'tracefs /sys/kernel/debug/tracing tracefs rw,nosuid,nodev,noexec,relatime 0 0\n' +
        'proc /proc proc rw,nosuid,nodev,noexec,relatime 0 0\n',
    );
    expect(sys.readlink('/proc/mounts')).toEqual({ ok: true, value: 'self/mounts' });
    expect(modeOwner(sys, '/proc')).toBe('555 0:0');
  });

  it('lists sys, stat, mounts, self and one directory per live task, in pid order', () => {
    const { k, sys } = bootRoot();
    k.login({ uid: 1000 });
    expect(ls(sys, '/proc')).toEqual(['sys', 'stat', 'mounts', 'self', '1000', '1001']);
    expect(readAll(sys, '/proc/stat')).toBe('btime 1658998800\nprocs_running 1\nprocs_blocked 0\n');
    expect(ls(sys, '/proc/1000')).toEqual([
      'fd',
      'ns',
      'status',
      'comm',
      'cmdline',
      'stat',
      'cwd',
      'root',
      'mounts',
    ]);
    expect(readAll(sys, '/proc/sys/kernel/pid_max')).toBe('4194304\n');
  });

  it('refuses names: create and mkdir find nothing, unlink and rmdir are not allowed', () => {
    const { sys } = bootRoot();
    expect(sys.mkdir('/proc/x')).toBe(-ENOENT);
    expect(sys.open('/proc/x', O_WRONLY | O_CREAT)).toBe(-ENOENT);
    expect(sys.unlink('/proc/1000/status')).toBe(-EPERM);
    expect(sys.rmdir('/proc/1000/fd')).toBe(-EPERM);
    expect(writeText(sys, '/proc/1000/status', 'x')).toBe(-EINVAL);
    expect(readAll(sys, '/proc/99999/status')).toBe(-ENOENT);
    expect(readAll(sys, '/proc/01000/status')).toBe(-ENOENT);
  });
});

describe('/proc/PID/status and stat', () => {
  it('status: the reader runs, the others sleep; a login shell ignores SIGTERM and SIGQUIT', () => {
    const { sys } = bootRoot();
    const child = sys.fork();
    child.exec('cat', ['cat', '/proc/self/status']);
    expect(readAll(child, '/proc/self/status')).toBe(status('cat', 'R (running)', 1001, 1000));
    expect(readAll(child, '/proc/1000/status')).toBe(
      status('bash', 'S (sleeping)', 1000, 1, 0, '0000000000004004'),
    );
  });

  it('status shows the credentials, the supplementary groups and the descriptor table size', () => {
    const { k } = bootRoot();
    const alice = k.login({ uid: 1000, groups: [1000, 1001] }).sys;
    for (let i = 0; i < 70; i++) alice.dup(0);
    const text = readAll(alice, `/proc/${alice.pid}/status`) as string;
    expect(text).toContain('Uid:\t1000\t1000\t1000\t1000\nGid:\t1000\t1000\t1000\t1000\nFDSize:\t128\n');
    expect(text).toContain('Groups:\t1000 1001 \n');
  });

  it('stat: pid (comm) state ppid pgrp session tty_nr tpgid ... starttime ... 52 fields', () => {
    const { sys } = bootRoot();
    const text = readAll(sys, '/proc/self/stat') as string;
    expect(text).toBe(
      '1000 (bash) R 1 1000 1000 34816 -1 4194304 0 0 0 0 0 0 0 0 20 0 1 0 500 0 0 18446744073709551615 ' +
        '0 0 0 0 0 0 0 16388 0 0 0 0 17 0 0 0 0 0 0 0 0 0 0 0 0 0 0\n',
    );
    expect(text.trimEnd().split(' ')).toHaveLength(52);
  });
});

describe('/proc/PID/cmdline and comm', () => {
  it('cmdline is the argv of the last exec, NUL-terminated; a fork shares its parent’s', () => {
    const { sys } = bootRoot();
    expect(readAll(sys, '/proc/self/cmdline')).toBe('-bash\0');
    const child = sys.fork();
    expect(readAll(sys, `/proc/${child.pid}/cmdline`)).toBe('-bash\0');
    child.exec('grep', ['grep', '-c', 'a b', 'file']);
    expect(readAll(sys, `/proc/${child.pid}/cmdline`)).toBe('grep\0-c\0a b\0file\0');
    child.exec('pause');
    expect(readAll(sys, `/proc/${child.pid}/cmdline`)).toBe('pause\0');
  });

  it('comm reads NAME and newline; the task itself may rename itself (15 bytes, as written)', () => {
    const { sys } = bootRoot();
    const child = sys.fork();
    expect(readAll(sys, `/proc/${child.pid}/comm`)).toBe('bash\n');
    expect(writeText(sys, `/proc/${child.pid}/comm`, 'other')).toBe(-EINVAL);
    expect(writeText(child, '/proc/self/comm', 'foo\n')).toBe(4);
    expect(readAll(sys, `/proc/${child.pid}/comm`)).toBe('foo\n\n');
    expect(readAll(sys, `/proc/${child.pid}/status`)).toContain('Name:\tfoo\\n\n');
    expect(writeText(child, '/proc/self/comm', '0123456789abcdefghij')).toBe(20);
    expect(child.comm()).toBe('0123456789abcde');
  });
});

describe('/proc/self and /proc/PID/fd', () => {
  it('self is a link to the caller’s own pid, followed like any link', () => {
    const { sys } = bootRoot();
    const child = sys.fork();
    expect(sys.readlink('/proc/self')).toEqual({ ok: true, value: '1000' });
    expect(child.readlink('/proc/self')).toEqual({ ok: true, value: String(child.pid) });
    expect(child.chdir('/proc/self')).toBe(0);
    expect(child.getcwd()).toBe(`/proc/${child.pid}`);
    expect(linkMode(sys, '/proc/self')).toBe('l777');
  });

  it('fd holds one link per descriptor: its target, and its access mode in the link’s mode', () => {
    const { sys } = bootRoot();
    const r = mustOpen(sys, `${TRACING}/trace`, O_RDONLY);
    const w = mustOpen(sys, '/tmp/out', O_WRONLY | O_CREAT);
    const [pr, pw] = sys.pipe();
    expect(ls(sys, '/proc/self/fd')).toEqual(['0', '1', '2', String(r), String(w), String(pr), String(pw)]);
    expect(sys.readlink('/proc/self/fd/0')).toEqual({ ok: true, value: '/dev/pts/0' });
    expect(sys.readlink(`/proc/self/fd/${r}`)).toEqual({ ok: true, value: `${TRACING}/trace` });
    expect(sys.readlink(`/proc/self/fd/${pr}`)).toMatchObject({
      ok: true,
      value: expect.stringMatching(/^pipe:\[\d+\]$/),
    });
    expect([0, r, w].map((fd) => linkMode(sys, `/proc/self/fd/${fd}`))).toEqual(['l700', 'l500', 'l300']);
    expect(sys.unlink('/tmp/out')).toBe(0);
    expect(sys.readlink(`/proc/self/fd/${w}`)).toEqual({ ok: true, value: '/tmp/out (deleted)' });
    sys.close(r);
    expect(sys.readlink(`/proc/self/fd/${r}`)).toMatchObject({ ok: false, err: -ENOENT });
  });

  it('a followed fd link opens the file it names', () => {
    const { sys } = bootRoot();
    expect(writeText(sys, '/tmp/f', 'hello\n', O_WRONLY | O_CREAT)).toBe(6);
    const fd = mustOpen(sys, '/tmp/f', O_RDONLY);
    expect(readAll(sys, `/proc/self/fd/${fd}`)).toBe('hello\n');
  });

  it('only the owner and root see inside another task’s fd directory', () => {
    const { k, sys } = bootRoot();
    const alice = k.login({ uid: 1000 }).sys;
    expect(modeOwner(sys, `/proc/${alice.pid}/fd`)).toBe('500 1000:1000');
    expect(alice.readdir('/proc/1000/fd')).toEqual({ ok: false, err: -EACCES });
    expect(ls(sys, `/proc/${alice.pid}/fd`)).toEqual(['0', '1', '2']);
    expect(readAll(alice, '/proc/1000/status')).toContain('Name:\tbash\n');
  });

  it('cwd and root name the task’s directories; ns/mnt its mount namespace', () => {
    const { sys } = bootRoot();
    expect(sys.readlink('/proc/self/cwd')).toEqual({ ok: true, value: TRACING });
    expect(sys.readlink('/proc/self/root')).toEqual({ ok: true, value: '/' });
    expect(sys.readlink('/proc/self/ns/mnt')).toEqual({ ok: true, value: 'mnt:[4026531841]' });
  });
});

describe('a task’s directory lives as long as the task', () => {
  it('after exit the directory is gone, and a file still open on it reads ESRCH', () => {
    const { sys } = bootRoot();
    const child = sys.fork();
    const fd = mustOpen(sys, `/proc/${child.pid}/status`, O_RDONLY);
    expect(lsSorted(sys, '/proc')).toContain(String(child.pid));
    child.exit();
    expect(readFd(sys, fd)).toBe(-ESRCH);
    expect(lsSorted(sys, '/proc')).not.toContain(String(child.pid));
    expect(readAll(sys, `/proc/${child.pid}/status`)).toBe(-ENOENT);
  });

  it('a killed task is gone at once (the model keeps no zombies)', () => {
    const { sys } = bootRoot();
    const child = sys.fork();
    child.exec('sleep', ['sleep', '100']);
    expect(sys.kill(child.pid, 15)).toBe(0);
    expect(sys.stat(`/proc/${child.pid}`)).toMatchObject({ ok: false, err: -ENOENT });
  });

  it('the directory and its files belong to the task’s current user', () => {
    const { sys } = bootRoot();
    const child = sys.fork();
    expect(child.setcred(1000, 1000, [])).toBe(0);
    expect(modeOwner(sys, `/proc/${child.pid}`)).toBe('555 1000:1000');
    expect(modeOwner(sys, `/proc/${child.pid}/comm`)).toBe('644 1000:1000');
  });
});

describe('/proc/PID/mounts per mount namespace', () => {
  it('a container sees its own mounts; a bind shows the device of the file system it shows', () => {
    const { sys } = bootRoot();
    expect(sys.mkdir('/tmp/rootfs')).toBe(0);
    const init = sys.fork();
    expect(init.unshareMounts()).toBe(0);
    expect(init.mount('c1', '/tmp/rootfs', 'ramfs')).toBe(0);
    expect(init.mkdir('/tmp/rootfs/isolated')).toBe(0);
    expect(init.mkdir('/tmp/rootfs/my dir')).toBe(0);
    expect(init.bindMount(`${TRACING}/instances`, '/tmp/rootfs/isolated')).toBe(0);
    expect(init.bindMount('/etc', '/tmp/rootfs/my dir')).toBe(0);
    expect(init.pivotRoot('/tmp/rootfs')).toBe(0);
    const expected =
      'c1 / ramfs rw,relatime 0 0\n' +
      'tracefs /isolated tracefs rw,nosuid,nodev,noexec,relatime 0 0\n' +
      'rootfs /my\\040dir rootfs rw 0 0\n';
    expect(readAll(sys, `/proc/${init.pid}/mounts`)).toBe(expected);
    expect(readAll(sys, '/proc/mounts')).toContain('proc /proc proc');
  });

  it('a container may mount procfs on its own /proc and read its own mounts there', () => {
    const { sys } = bootRoot();
    expect(sys.mkdir('/tmp/rootfs')).toBe(0);
    const init = sys.fork();
    expect(init.unshareMounts()).toBe(0);
    expect(init.mount('c1', '/tmp/rootfs', 'ramfs')).toBe(0);
    expect(init.mkdir('/tmp/rootfs/proc')).toBe(0);
    expect(init.pivotRoot('/tmp/rootfs')).toBe(0);
    expect(init.stat('/proc/self').ok).toBe(false);
    expect(init.mount('proc', '/proc', 'proc')).toBe(0);
    expect(readAll(init, '/proc/self/mounts')).toBe(
      'c1 / ramfs rw,relatime 0 0\nproc /proc proc rw,nosuid,nodev,noexec,relatime 0 0\n',
    );
    expect(readAll(init, '/proc/mounts')).toBe(readAll(init, '/proc/self/mounts'));
    expect(init.readlink('/proc/self/cwd')).toEqual({ ok: true, value: '/' });
    expect(sys.readlink(`/proc/${init.pid}/root`)).toEqual({ ok: true, value: '/' });
  });

  it('a tmpfs shows its source and inode64', () => {
    const { sys } = bootRoot();
    expect(sys.mkdir('/tmp/m')).toBe(0);
    const child = sys.fork();
    expect(child.unshareMounts()).toBe(0);
    expect(child.mount('scratch', '/tmp/m', 'tmpfs')).toBe(0);
    expect(readAll(child, '/proc/self/mounts')).toContain('scratch /tmp/m tmpfs rw,relatime,inode64 0 0\n');
    expect(readAll(sys, '/proc/self/mounts')).not.toContain('/tmp/m');
  });
});

describe('procfs inode numbers', () => {
  it('looking at /proc takes no inode number from the rest of the machine', () => {
    const plain = boot().login({ cwd: '/tmp' }).sys;
    const looked = boot().login({ cwd: '/tmp' }).sys;
    for (const path of ['/proc', '/proc/self', '/proc/1000', '/proc/1000/fd', '/proc/sys/kernel']) {
      expect(looked.readdir(path).ok).toBe(true);
    }
    expect(readAll(looked, '/proc/self/status')).toContain('Pid:\t1000');
    for (const s of [plain, looked]) s.close(mustOpen(s, '/tmp/new', O_RDWR | O_CREAT));
    expect(looked.stat('/tmp/new')).toEqual(plain.stat('/tmp/new'));
    expect(looked.stat('/proc/1000')).toEqual(looked.stat('/proc/self'));
  });
});

// Mount namespaces as a container runtime uses them (fs/namespace.c, kernel/nsproxy.c):
// unshare(CLONE_NEWNS) gives a private copy of the mount tree, a fresh ramfs is mounted, host paths
// are bound into it while the host's tree is still visible, pivot_root makes it `/` and drops
// every other mount (tracefs among them), setns joins it at its root. A bind of a namespace's
// root/ keeps the §b.6 / Q20 semantics across the switch: after rmdir it is an empty, dead directory.

import { describe, expect, it } from 'vitest';
import { EBUSY, EINVAL, ENODEV, ENOENT, ENOTDIR, EPERM } from '../../../worker/kernel/lib/errno';
import { ESRCH } from '../../../worker/kernel/syscalls';
import {
  bootRoot,
  echo,
  ls,
  lsSorted,
  modeOwner,
  mustOpen,
  O_RDWR,
  readAll,
  register,
  TRACING,
  type Syscalls,
} from '../helpers';

const NS = `${TRACING}/namespaces`;
const ROOTFS = '/tmp/rootfs';

/** What a runtime does: unshare, mount a ramfs, bind, pivot. Returns the container's init. */
function container(sys: Syscalls, binds: Array<[string, string]>): Syscalls {
  expect(sys.mkdir(ROOTFS)).toBe(0);
  const init = sys.fork();
  expect(init.unshareMounts()).toBe(0);
  expect(init.mount('c1', ROOTFS, 'ramfs')).toBe(0);
  for (const [source, target] of binds) {
    expect(init.mkdir(`${ROOTFS}${target}`)).toBe(0);
    expect(init.bindMount(source, `${ROOTFS}${target}`)).toBe(0);
  }
  expect(init.pivotRoot(ROOTFS)).toBe(0);
  return init;
}

describe('unshare, mount, pivot_root', () => {
  it('need root', () => {
    const { k } = bootRoot();
    const alice = k.login({ uid: 1000 }).sys;
    expect(alice.unshareMounts()).toBe(-EPERM);
    expect(alice.mount('x', '/tmp', 'ramfs')).toBe(-EPERM);
    expect(alice.pivotRoot('/tmp')).toBe(-EPERM);
    expect(alice.setns(alice.pid)).toBe(-EPERM);
  });

  it('a mount made after unshare is not seen by the host, and the host keeps its cwd', () => {
    const { sys } = bootRoot();
    expect(sys.mkdir('/tmp/m')).toBe(0);
    const child = sys.fork();
    expect(child.unshareMounts()).toBe(0);
    expect(child.getcwd()).toBe(TRACING);
    expect(child.mount('scratch', '/tmp/m', 'tmpfs')).toBe(0);
    expect(child.mkdir('/tmp/m/inside')).toBe(0);
    expect(ls(child, '/tmp/m')).toEqual(['inside']);
    expect(ls(sys, '/tmp/m')).toEqual([]);
    expect(child.mounts().map((m) => m.target)).toContain('/tmp/m');
    expect(sys.mounts().map((m) => m.target)).not.toContain('/tmp/m');
    expect(sys.processes().find((p) => p.pid === child.pid)!.mntNs).not.toBe(
      sys.processes().find((p) => p.pid === sys.pid)!.mntNs,
    );
    child.exit();
  });

  it.each([
    ['ext4', '/tmp', -ENODEV],
    ['ramfs', '/nosuch', -ENOENT],
    ['ramfs', '/etc/passwd', -ENOTDIR],
  ])('mount -t %s on %s fails', (type, target, err) => {
    const { sys } = bootRoot();
    const child = sys.fork();
    child.unshareMounts();
    expect(child.mount('x', target, type)).toBe(err);
    child.exit();
  });

  it('pivot_root needs the root of a mount that is not the current root', () => {
    const { sys } = bootRoot();
    const child = sys.fork();
    child.unshareMounts();
    expect(child.pivotRoot('/tmp')).toBe(-EINVAL);
    expect(child.pivotRoot('/etc/passwd')).toBe(-ENOTDIR);
    expect(child.pivotRoot('/')).toBe(-EBUSY);
    child.exit();
  });

  it('after pivot_root only the new root and what was mounted below it are left', () => {
    const { sys } = bootRoot();
    expect(sys.mkdir(`${NS}/ns1`)).toBe(0);
    const init = container(sys, [[`${NS}/ns1/root`, '/isolated']]);
    expect(init.getcwd()).toBe('/');
    expect(lsSorted(init, '/')).toEqual(['isolated']);
    expect(init.mounts()).toEqual([
      { source: 'c1', target: '/', fsType: 'ramfs' },
      { source: `${NS}/ns1/root`, target: '/isolated', fsType: 'tracefs' },
    ]);
    // the host's tracefs is not in the container: not by path, not through `..`
    expect(init.stat(TRACING)).toEqual({ ok: false, err: -ENOENT });
    expect(lsSorted(init, '/isolated/../..')).toEqual(['isolated']);
    expect(lsSorted(init, '/isolated')).toEqual(['user_events_data', 'user_events_status']);
    // the host still sees its own tree, and an empty mount point
    expect(ls(sys, ROOTFS)).toEqual([]);
    expect(sys.mounts().some((m) => m.source === 'c1')).toBe(false);
    init.exit();
  });
});

describe('setns into a container', () => {
  it('joins at the namespace root; ESRCH once the holder is gone', () => {
    const { sys } = bootRoot();
    expect(sys.mkdir(`${NS}/ns1`)).toBe(0);
    expect(sys.chmod(`${NS}/ns1/root`, 0o755)).toBe(0);
    expect(sys.chown(`${NS}/ns1/root/user_events_data`, 1000, 1000)).toBe(0);
    const init = container(sys, [[`${NS}/ns1/root`, '/isolated']]);
    const shell = sys.fork();
    expect(shell.setns(init.pid)).toBe(0);
    expect(shell.getcwd()).toBe('/');
    expect(shell.setcred(1000, 1000, [])).toBe(0);
    expect(modeOwner(shell, '/isolated/user_events_data')).toBe('640 1000:1000');
    const fd = mustOpen(shell, '/isolated/user_events_data', O_RDWR);
    expect(register(shell, fd, 'login u32 uid').ret).toBe(0);
    expect(readAll(sys, `${NS}/ns1/root/user_events_status`)).toMatch(/^1:login\n/);
    // the container keeps the namespace busy through its descriptor, not through its mount
    expect(sys.rmdir(`${NS}/ns1`)).toBe(-EBUSY);
    shell.exit();
    expect(sys.rmdir(`${NS}/ns1`)).toBe(0);
    const late = sys.fork();
    expect(late.setns(init.pid)).toBe(0);
    init.exit();
    expect(sys.fork().setns(init.pid)).toBe(-ESRCH);
    // Q20 inside the container: an empty, dead directory
    expect(ls(late, '/isolated')).toEqual([]);
    expect(readAll(late, '/isolated/user_events_status')).toBe(-ENOENT);
    expect(echo(late, '/isolated/x', 'hi')).toBe(-ENOENT);
    expect(sys.mkdir(`${NS}/ns1`)).toBe(0);
    expect(ls(late, '/isolated')).toEqual([]);
    late.exit();
  });
});

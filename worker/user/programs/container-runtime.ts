// What a container runtime (runc, crun) does to start a container, as system calls of the model: a
// forked task unshares its mount namespace, mounts a fresh ramfs on the container's directory,
// fills it with a minimal root (procfs on /proc, /etc with copies of passwd and group, /tmp,
// /dev/null and /dev/pts bound from the host), bind-mounts the host paths asked for (resolved in the host's tree, before
// the switch), and pivots its root there, so the host's other mounts, tracefs among them, are not
// in the container at all. That task stays as the container's init (`pause`): it holds the
// namespace that `container exec` joins with setns().

import { strerror } from '../../kernel/lib/errno';
import type { Syscalls } from '../../kernel/syscall-table';
import { O_CREAT, O_TRUNC, O_WRONLY } from '../../kernel/syscalls';
import { encodeText } from '../bytes';
import { S_IFDIR, fileType, readFileSync, writeAll } from '../process';

export interface Bind {
  readonly source: string;
  readonly target: string;
}

/** A step that failed: what was being done and the errno. */
export class RuntimeError {
  constructor(
    readonly step: string,
    readonly err: number,
  ) {}

  get message(): string {
    return `${this.step}: ${strerror(this.err)}`;
  }
}

function check(step: string, r: number): void {
  if (r < 0) throw new RuntimeError(step, r);
}

function writeFile(sys: Syscalls, path: string, data: Uint8Array, mode = 0o644): void {
  const fd = sys.open(path, O_WRONLY | O_CREAT | O_TRUNC, mode);
  check(`create ${path}`, fd);
  const err = writeAll(sys, fd, data);
  sys.close(fd);
  check(`write ${path}`, err);
}

/** mkdir -p below `root` (a directory that exists). */
function mkdirs(sys: Syscalls, root: string, path: string): void {
  let at = root;
  for (const part of path.split('/').filter(Boolean)) {
    at += '/' + part;
    if (!sys.stat(at).ok) check(`mkdir ${at}`, sys.mkdir(at, 0o755));
  }
}

/**
 * The minimal root: /proc, /etc, /tmp, /dev/null and /dev/pts, as a runtime's default spec has
 * them (procfs first, as runc mounts it). NOTE: the model has one pid namespace, so the
 * container's /proc, and `ps` in it, show every task of the machine.
 */
function populate(init: Syscalls, rootfs: string, name: string, etc: Map<string, Uint8Array>): void {
  for (const dir of ['proc', 'etc', 'tmp', 'dev', 'dev/pts'])
    check(`mkdir ${rootfs}/${dir}`, init.mkdir(`${rootfs}/${dir}`));
  check(`mount ${rootfs}/proc`, init.mount('proc', `${rootfs}/proc`, 'proc'));
  check(`chmod ${rootfs}/tmp`, init.chmod(`${rootfs}/tmp`, 0o1777));
  for (const [file, data] of etc) writeFile(init, `${rootfs}/etc/${file}`, data);
  writeFile(init, `${rootfs}/etc/hostname`, encodeText(`${name}\n`));
  writeFile(init, `${rootfs}/dev/null`, new Uint8Array(0), 0o666);
  check('bind /dev/null', init.bindMount('/dev/null', `${rootfs}/dev/null`));
  check('bind /dev/pts', init.bindMount('/dev/pts', `${rootfs}/dev/pts`));
}

/** Binds one host path into the new root, making the mount point (a directory or an empty file). */
function bind(init: Syscalls, rootfs: string, b: Bind): void {
  const st = init.stat(b.source);
  if (!st.ok) throw new RuntimeError(b.source, st.err);
  const target = `${rootfs}${b.target}`;
  if (fileType(st.value.mode) === S_IFDIR) mkdirs(init, rootfs, b.target);
  else {
    mkdirs(init, rootfs, b.target.slice(0, b.target.lastIndexOf('/')));
    if (!init.stat(target).ok) writeFile(init, target, new Uint8Array(0));
  }
  check(`bind ${b.source}`, init.bindMount(b.source, target));
}

/**
 * Starts a container's init from `parent` (root) with its root on `rootfs` (an empty directory of
 * the host). Returns the init's system calls; on failure the half-made init exits, and with it
 * its namespace and every mount in it.
 */
export function startInit(parent: Syscalls, name: string, rootfs: string, binds: readonly Bind[]): Syscalls {
  const etc = new Map<string, Uint8Array>();
  for (const file of ['passwd', 'group'])
    etc.set(file, readFileSync(parent, `/etc/${file}`) ?? new Uint8Array(0));
  const init = parent.fork();
  try {
    check('unshare', init.unshareMounts());
    check(`mount ${rootfs}`, init.mount(name, rootfs, 'ramfs'));
    populate(init, rootfs, name, etc);
    for (const b of binds) bind(init, rootfs, b);
    check('pivot_root', init.pivotRoot(rootfs));
    check('chdir /', init.chdir('/'));
    init.exec('pause');
    return init;
  } catch (e) {
    init.exit();
    throw e;
  }
}

/** How many tasks live in the mount namespace of `init` (itself included), with pid and comm. */
export function members(sys: Syscalls, init: number): Array<{ pid: number; comm: string }> {
  const all = sys.processes();
  const ns = all.find((p) => p.pid === init)?.mntNs;
  if (ns === undefined) return [];
  return all.filter((p) => p.mntNs === ns).map((p) => ({ pid: p.pid, comm: p.comm }));
}

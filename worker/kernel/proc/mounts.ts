// Models fs/proc_namespace.c show_vfsmnt(): /proc/PID/mounts, one line per mount of the task's mount
// namespace that its root can reach, `DEVICE MOUNTPOINT TYPE OPTIONS 0 0`, with space, tab, newline
// and backslash written as octal escapes. The device of a bind mount is the device of the file
// system it shows (mnt_devname is copied by a bind), not the path it was bound from.
// NOTE: the model keeps no mount flags; each file system type has the options a systemd machine
// mounts it with (tracefs and proc nosuid,nodev,noexec).

import type { Dentry } from '../fs/dentry';
import { pathString, type WalkContext } from '../fs/namei';
import type { Mount, MountNamespace } from '../fs/mount';
import type { Task } from '../sched/task';

const OPTIONS: Readonly<Record<string, string>> = {
  rootfs: 'rw',
  proc: 'rw,nosuid,nodev,noexec,relatime',
  tracefs: 'rw,nosuid,nodev,noexec,relatime',
  tmpfs: 'rw,relatime,inode64',
};

/** mangle(): seq_escape of " \t\n\\" as \ooo. */
export function mangle(text: string): string {
  return text.replace(/[ \t\n\\]/g, (c) => '\\' + c.charCodeAt(0).toString(8).padStart(3, '0'));
}

/** The root dentry of the file system `dentry` belongs to. */
function fsTop(dentry: Dentry): Dentry {
  let d = dentry;
  while (d.parent) d = d.parent;
  return d;
}

/**
 * The device a mount shows: the source of the oldest mount of the same file system's root in any
 * namespace (the mount that brought the file system in; binds and namespace copies come later),
 * else the type's name.
 */
function devName(m: Mount, namespaces: Iterable<MountNamespace>): string {
  const top = fsTop(m.root);
  let first: Mount | null = null;
  for (const ns of namespaces) {
    for (const o of ns.mounts) if (o.root === top && (!first || o.id < first.id)) first = o;
  }
  return first ? first.source : m.fsType;
}

/** Whether the task's root mount is `m` or one of its ancestors (the mount is reachable). */
function reachable(m: Mount, root: Mount): boolean {
  for (let cur: Mount | null = m; cur; cur = cur.parent) if (cur === root) return true;
  return false;
}

/** The text of /proc/PID/mounts for `task`. */
export function showMounts(task: Task, namespaces: Iterable<MountNamespace>): string {
  const ctx: WalkContext = { ns: task.mntNs, cred: task.cred, cwd: task.cwd, root: task.root };
  let text = '';
  for (const m of task.mntNs.mounts) {
    if (!reachable(m, task.root.mnt)) continue;
    const point = m.mountpoint && m.parent ? pathString(ctx, { mnt: m.parent, dentry: m.mountpoint }) : '/';
    const options = OPTIONS[m.fsType] ?? 'rw,relatime';
    text += `${mangle(devName(m, namespaces))} ${mangle(point)} ${m.fsType} ${options} 0 0\n`;
  }
  return text;
}

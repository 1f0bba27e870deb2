// Models fs/proc/fd.c: /proc/PID/fd, one symbolic link per open descriptor, named by its number, whose
// target is the open file's path as the reader sees it (`pipe:[INO]` for a pipe, ` (deleted)` after
// an unlink) and whose mode tells the access mode (lr-x------ read, l-wx------ write, lrwx------
// both). The directory is dr-x------, so only the task's owner (and root) can look inside.
// NOTE: the walk follows these links by their text, as any link; Linux jumps to the open file
// itself, so here a pipe's link leads nowhere and a file since removed cannot be reopened.

import type { Dentry } from '../fs/dentry';
import { O_ACCMODE, O_RDONLY, O_WRONLY, type OpenFile } from '../fs/file';
import { S_IFIFO, S_IFLNK, S_IFMT } from '../fs/inode';
import { pathString, type Path } from '../fs/namei';
import { current } from '../sched/current';
import type { Task } from '../sched/task';
import { procDir, procLink, type ProcContext } from './inode';

/** A path as the reading task sees it (d_path from the reader's root), for cwd, root and fd links. */
export function pathForReader(ctx: ProcContext, path: Path): string | null {
  const reader = ctx.tasks.get(current().pid);
  if (!reader) return null;
  const where = pathString({ ns: reader.mntNs, cred: reader.cred, cwd: reader.cwd, root: reader.root }, path);
  return path.dentry.dead ? `${where} (deleted)` : where;
}

/** The link's permission bits for an open file's access mode. */
function linkMode(file: OpenFile): number {
  const acc = file.flags & O_ACCMODE;
  if (acc === O_RDONLY) return 0o500;
  if (acc === O_WRONLY) return 0o300;
  return 0o700;
}

/** What a descriptor's link says: the file's path, or `pipe:[INO]` for an anonymous pipe. */
function fdTarget(ctx: ProcContext, file: OpenFile): string | null {
  if ((file.inode.mode & S_IFMT) === S_IFIFO && file.dentry.parent === null)
    return `pipe:[${file.inode.ino}]`;
  return pathForReader(ctx, { mnt: file.mnt, dentry: file.dentry });
}

/** /proc/PID/fd: entries in descriptor order, each made at its first lookup and kept per number. */
export function fdDir(
  ctx: ProcContext,
  parent: Dentry,
  task: Task,
  ino: number,
  fdIno: (fd: number) => number,
  mtime: number,
): Dentry {
  const pid = task.pid;
  const links = new Map<number, Dentry>();
  const entry = (t: Task, fd: number): Dentry | null => {
    const file = t.files.get(fd);
    if (!file) return null;
    let d = links.get(fd);
    if (!d) {
      d = procLink(
        String(fd),
        fdIno(fd),
        dir,
        () => {
          const open = ctx.tasks.get(pid)?.files.get(fd);
          return open ? fdTarget(ctx, open) : null;
        },
        0o700,
        mtime,
      );
      links.set(fd, d);
    }
    d.inode.mode = S_IFLNK | linkMode(file);
    d.inode.uid = t.cred.uid;
    d.inode.gid = t.cred.gid;
    return d;
  };
  const dir: Dentry = procDir(
    'fd',
    ino,
    parent,
    {
      lookup(name) {
        const t = ctx.tasks.get(pid);
        if (!t || !/^(0|[1-9]\d{0,9})$/.test(name)) return null;
        return entry(t, Number(name));
      },
      list() {
        const t = ctx.tasks.get(pid);
        if (!t) return [];
        return [...t.files.keys()].sort((a, b) => a - b).map((fd) => entry(t, fd)!);
      },
    },
    0o500,
    mtime,
  );
  return dir;
}

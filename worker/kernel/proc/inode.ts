// Models fs/proc/inode.c and fs/proc/generic.c as the model needs them: procfs inodes, numbered by
// procfs itself (so looking at /proc never moves the inode counter the rest of the machine uses),
// read-only files whose text is generated at the read, and live directories. A live directory
// stores no entries: its `children` is a view that asks procfs at every lookup and readdir, as
// proc_pid_lookup() and proc_pid_readdir() ask the task list, so /proc follows tasks as they come
// and go without procfs hearing of forks and exits.

import { EINVAL, ENOENT } from '../lib/errno';
import { BOOT_EPOCH_SECONDS } from '../lib/clock';
import { defaultLlseek, seqRead, type FileOperations, type FilePos, type OpenFile } from '../fs/file';
import { S_IFDIR, S_IFLNK, S_IFREG, type Inode, type InodeOperations } from '../fs/inode';
import type { Dentry } from '../fs/dentry';
import type { MountNamespace } from '../fs/mount';
import type { TaskTable } from '../sched/tasks';
import { encodeUtf8 } from '../lib/utf8';

/** What procfs reads: the task table and every live mount namespace. */
export interface ProcContext {
  readonly tasks: TaskTable;
  readonly namespaces: () => Iterable<MountNamespace>;
}

/** Where a directory's entries come from: one name, or all of them in readdir order. */
export interface ProcDirSource {
  lookup(name: string): Dentry | null;
  list(): Dentry[];
}

/**
 * A directory's entries computed on demand. It is a Map to the VFS (lookupChild's get, readdir's
 * values), but nothing can be stored in it: procfs entries are never created or removed by name.
 */
export class LiveEntries implements Map<string, Dentry> {
  readonly [Symbol.toStringTag] = 'LiveEntries';

  constructor(private readonly source: ProcDirSource) {}

  get size(): number {
    return this.source.list().length;
  }

  get(name: string): Dentry | undefined {
    return this.source.lookup(name) ?? undefined;
  }

  has(name: string): boolean {
    return this.source.lookup(name) !== null;
  }

  set(): this {
    return this;
  }

  delete(): boolean {
    return false;
  }

  clear(): void {}

  forEach(fn: (value: Dentry, key: string, map: Map<string, Dentry>) => void): void {
    for (const d of this.source.list()) fn(d, d.name, this);
  }

  *entries(): MapIterator<[string, Dentry]> {
    for (const d of this.source.list()) yield [d.name, d];
  }

  *keys(): MapIterator<string> {
    for (const d of this.source.list()) yield d.name;
  }

  *values(): MapIterator<Dentry> {
    yield* this.source.list();
  }

  [Symbol.iterator](): MapIterator<[string, Dentry]> {
    return this.entries();
  }
}

/** procfs inode numbers: a block of 4096 per pid (pid 0 for /proc's own entries), none reused. */
const PROC_INO_BASE = 0x40000000;
const INOS_PER_PID = 4096;

export function procIno(pid: number, slot: number): number {
  return PROC_INO_BASE + pid * INOS_PER_PID + slot;
}

/** Names cannot be made or removed in /proc: a lookup there finds nothing (ENOENT), as in Linux. */
const procDirOps: InodeOperations = {
  mkdir: () => -ENOENT,
  create: () => -ENOENT,
};

/** A directory's file operations: reading one as a file is EINVAL (readdir goes through the VFS). */
const procDirFops: FileOperations = { read: () => -EINVAL };

/** proc_pid_make_inode(): an inode of procfs's own numbering, dated `mtime` (wall seconds). */
export function procInode(ino: number, mode: number, fop: FileOperations, mtime = BOOT_EPOCH_SECONDS): Inode {
  return {
    ino,
    mode,
    uid: 0,
    gid: 0,
    iop: {},
    fop,
    private: null,
    data: null,
    openCount: 0,
    mtime,
    nlink: 1,
    link: null,
  };
}

/** A dentry of procfs: never hashed in a stored map, so its parent only serves `..` and paths. */
export function procDentry(
  name: string,
  inode: Inode,
  parent: Dentry | null,
  children?: ProcDirSource,
): Dentry {
  return {
    name,
    inode,
    parent,
    children: children ? new LiveEntries(children) : new Map(),
    dead: false,
  };
}

/** A live directory: mode `dr-xr-xr-x` unless told otherwise. */
export function procDir(
  name: string,
  ino: number,
  parent: Dentry | null,
  source: ProcDirSource,
  mode = 0o555,
  mtime?: number,
): Dentry {
  const inode = procInode(ino, S_IFDIR | mode, procDirFops, mtime);
  inode.iop = procDirOps;
  return procDentry(name, inode, parent, source);
}

/** A fixed directory of a few entries, made once (/proc/sys/kernel). */
export function staticSource(entries: () => Dentry[]): ProcDirSource {
  let made: Dentry[] | null = null;
  const all = () => (made ??= entries());
  return { lookup: (name) => all().find((d) => d.name === name) ?? null, list: all };
}

/** A read-only text file: `show` makes the whole text at the first read (seq_file's single_open). */
export function seqFops(show: (file: OpenFile) => string | Uint8Array | number): FileOperations {
  return {
    read(file: OpenFile, count: number, ppos: FilePos) {
      let failed = 0;
      const text = seqRead(file, count, ppos, (f) => {
        const out = show(f);
        if (typeof out === 'number') {
          failed = out;
          return new Uint8Array(0);
        }
        return typeof out === 'string' ? encodeUtf8(out) : out;
      });
      return failed < 0 ? failed : text;
    },
    llseek: defaultLlseek,
  };
}

/** A regular file (`-r--r--r--` unless told otherwise) served by `fop`. */
export function procFile(
  name: string,
  ino: number,
  parent: Dentry,
  fop: FileOperations,
  mode = 0o444,
  mtime?: number,
): Dentry {
  return procDentry(name, procInode(ino, S_IFREG | mode, fop, mtime), parent);
}

/**
 * A symbolic link whose target is computed each time the walk or readlink asks (proc_get_link):
 * `/proc/self` names the caller's pid, `fd/N` the file behind the descriptor. null when gone.
 */
export function procLink(
  name: string,
  ino: number,
  parent: Dentry,
  target: () => string | null,
  mode = 0o777,
  mtime?: number,
): Dentry {
  const inode = procInode(ino, S_IFLNK | mode, {}, mtime);
  Object.defineProperty(inode, 'link', { get: target, enumerable: true });
  return procDentry(name, inode, parent);
}

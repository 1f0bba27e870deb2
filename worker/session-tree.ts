// The tree view's look at the file system, as the session's login task sees it: directory
// listings with modes and owners, tracing namespaces and their root/ marked, mount points named,
// and namespaces marked busy from what the task can observe. Only system calls are used (readdir,
// stat, fstat, open/read of user_events_status, mounts), never the kernel's own structures.

import type { Syscalls } from './kernel/syscall-table';
import { strerror } from './kernel/lib/errno';
import { modeString } from './user/coreutils/format';
import { UserDb } from './user/passwd';
import { readFileSync } from './user/process';
import { decodeUtf8 } from './kernel/lib/utf8';
import type { DirListing, NodeKind, NodeMark, TreeNode } from './protocol';

const S_IFMT = 0o170000;
const KINDS: Record<number, NodeKind> = {
  0o040000: 'dir',
  0o100000: 'file',
  0o020000: 'char',
  0o010000: 'fifo',
};

export function nodeKind(mode: number): NodeKind {
  return KINDS[mode & S_IFMT] ?? 'other';
}

/** Files of a namespace that, held open, make its rmdir fail with EBUSY (RFC 2/7 and 5/7). */
const NAMESPACE_FILES = ['options', 'root/user_events_data', 'root/user_events_status'];

function join(dir: string, name: string): string {
  return dir.endsWith('/') ? dir + name : `${dir}/${name}`;
}

function parentOf(path: string): string {
  const at = path.lastIndexOf('/');
  return at <= 0 ? '/' : path.slice(0, at);
}

/** What one look needs more than once, fetched when first asked for. */
class Look {
  private users: UserDb | null = null;
  private openInos: Set<number> | null = null;
  readonly mounts: Array<{ source: string; target: string; fsType: string }>;
  /** `namespaces/` directories of every tracefs mount. */
  readonly namespaceDirs: Set<string>;

  constructor(readonly sys: Syscalls) {
    this.mounts = sys.mounts();
    this.namespaceDirs = new Set(
      this.mounts
        .filter((m) => m.fsType === 'tracefs' && m.source === 'tracefs')
        .map((m) => join(m.target, 'namespaces')),
    );
  }

  get db(): UserDb {
    return (this.users ??= new UserDb(this.sys));
  }

  /** Inodes the login task holds open (its own descriptors only: children's are not visible). */
  get held(): Set<number> {
    if (this.openInos) return this.openInos;
    this.openInos = new Set();
    for (const fd of this.sys.openFds()) {
      const st = this.sys.fstat(fd);
      if (st.ok) this.openInos.add(st.value.ino);
    }
    return this.openInos;
  }

  /**
   * Why `rmdir namespaces/NAME` would fail with EBUSY, from observable state: a namespace file held
   * open by the shell, or events in use as the namespace's user_events_status counts them. Sound
   * but not complete: descriptors of other tasks and fd-registered events are not seen.
   */
  busyReason(ns: string): string | undefined {
    const reasons: string[] = [];
    for (const file of NAMESPACE_FILES) {
      const st = this.sys.stat(join(ns, file));
      if (st.ok && this.held.has(st.value.ino)) reasons.push(`${file} is open in the shell`);
    }
    const status = readFileSync(this.sys, join(ns, 'root/user_events_status'));
    const busy = status ? /^Busy: (\d+)$/m.exec(decodeUtf8(status)) : null;
    if (busy && Number(busy[1]) > 0) reasons.push(`${busy[1]} event(s) in use`);
    return reasons.length ? reasons.join('; ') : undefined;
  }

  node(dir: string, name: string): TreeNode {
    const path = join(dir, name);
    const st = this.sys.stat(path);
    const mode = st.ok ? st.value.mode : 0;
    const node: TreeNode = {
      name,
      path,
      kind: nodeKind(mode),
      mode,
      modeText: modeString(mode),
      owner: st.ok ? this.db.userName(st.value.uid) : '?',
      group: st.ok ? this.db.groupName(st.value.gid) : '?',
      nlink: st.ok ? st.value.nlink : 0,
      size: st.ok ? st.value.size : 0,
      marks: [],
    };
    const mark = (m: NodeMark, note?: string) => {
      node.marks.push(m);
      if (note) node.note = node.note ? `${node.note}; ${note}` : note;
    };
    if (node.kind === 'dir' && this.namespaceDirs.has(dir)) {
      mark('namespace');
      const busy = this.busyReason(path);
      if (busy) mark('busy', busy);
    }
    if (name === 'root' && this.namespaceDirs.has(parentOf(dir))) mark('namespace-root');
    const mount = this.mounts.find((m) => m.target === path);
    if (mount) {
      if (/\/namespaces\/[^/]+\/root$/.test(mount.source)) mark('namespace-root');
      mark('mount', `${mount.fsType} from ${mount.source}`);
    }
    return node;
  }
}

/** Directories first, then names in byte order (as `ls` sorts them in the C locale). */
function byKindThenName(a: TreeNode, b: TreeNode): number {
  const dirs = Number(b.kind === 'dir') - Number(a.kind === 'dir');
  return dirs || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
}

/** Lists each of `paths`; a directory that cannot be listed comes back with its errno. */
export function listDirs(sys: Syscalls, paths: readonly string[]): DirListing[] {
  if (paths.length === 0) return [];
  const look = new Look(sys);
  return paths.map((path) => {
    const got = sys.readdir(path);
    // NOTE: a Result's err may be either sign (path walks give -ENOENT, checks give EACCES).
    if (!got.ok) return { path, entries: null, errno: Math.abs(got.err), error: strerror(Math.abs(got.err)) };
    return { path, entries: got.value.map((e) => look.node(path, e.name)).sort(byKindThenName) };
  });
}

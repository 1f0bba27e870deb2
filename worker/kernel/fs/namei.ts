// Models fs/namei.c path walk: components, `.` and `..`, search permission on every directory
// crossed, mount points followed downward and mount roots left upward.

import { EACCES, ENAMETOOLONG, ENOENT, ENOTDIR, fail, ok, type Result } from '../lib/errno';
import { utf8Length } from '../lib/utf8';
import { lookupChild, type Dentry } from './dentry';
import { isDir } from './inode';
import { lookupMount, type Mount, type MountNamespace } from './mount';
import { inodePermission, MAY_EXEC, type Cred } from './permission';

export const NAME_MAX = 255;
export const PATH_MAX = 4096;

export interface Path {
  mnt: Mount;
  dentry: Dentry;
}

export interface WalkContext {
  ns: MountNamespace;
  cred: Cred;
  cwd: Path;
  root: Path;
}

export interface ParentLookup {
  parent: Path;
  /** The last component; `.` or `..` when the path ends that way, `/` for the root itself. */
  name: string;
  child: Path | null;
  trailingSlash: boolean;
}

function followMounts(ns: MountNamespace, path: Path): Path {
  let { mnt, dentry } = path;
  for (let m = lookupMount(ns, mnt, dentry); m; m = lookupMount(ns, mnt, dentry)) {
    mnt = m;
    dentry = m.root;
  }
  return { mnt, dentry };
}

function parentOf(ctx: WalkContext, path: Path): Path {
  let { mnt, dentry } = path;
  for (;;) {
    if (mnt === ctx.root.mnt && dentry === ctx.root.dentry) return { mnt, dentry };
    if (dentry !== mnt.root) break;
    if (!mnt.parent || !mnt.mountpoint) return { mnt, dentry };
    dentry = mnt.mountpoint;
    mnt = mnt.parent;
  }
  return followMounts(ctx.ns, { mnt, dentry: dentry.parent ?? dentry });
}

/** One step from a directory to a named child, with the search permission check. */
function step(ctx: WalkContext, dir: Path, name: string): Result<Path> {
  if (!isDir(dir.dentry.inode)) return fail(ENOTDIR);
  const perm = inodePermission(ctx.cred, dir.dentry.inode, MAY_EXEC);
  if (perm) return fail(EACCES);
  if (name === '.') return ok(dir);
  if (name === '..') return ok(parentOf(ctx, dir));
  if (utf8Length(name) > NAME_MAX) return fail(ENAMETOOLONG);
  const child = lookupChild(dir.dentry, name);
  if (!child) return fail(ENOENT);
  return ok(followMounts(ctx.ns, { mnt: dir.mnt, dentry: child }));
}

function split(path: string): Result<{ start: 'root' | 'cwd'; parts: string[]; trailingSlash: boolean }> {
  if (path === '') return fail(ENOENT);
  if (utf8Length(path) >= PATH_MAX) return fail(ENAMETOOLONG);
  const parts = path.split('/').filter((p) => p !== '');
  for (const p of parts) if (utf8Length(p) > NAME_MAX) return fail(ENAMETOOLONG);
  return ok({ start: path.startsWith('/') ? 'root' : 'cwd', parts, trailingSlash: path.endsWith('/') });
}

/** Resolves a whole path to an existing object. */
export function lookupPath(ctx: WalkContext, path: string): Result<Path> {
  const s = split(path);
  if (!s.ok) return s;
  let cur: Path = s.value.start === 'root' ? ctx.root : ctx.cwd;
  cur = followMounts(ctx.ns, cur);
  for (const name of s.value.parts) {
    const next = step(ctx, cur, name);
    if (!next.ok) return next;
    cur = next.value;
  }
  if (s.value.trailingSlash && !isDir(cur.dentry.inode)) return fail(ENOTDIR);
  return ok(cur);
}

/** Resolves all but the last component, then looks the last one up (it may be missing). */
export function lookupParent(ctx: WalkContext, path: string): Result<ParentLookup> {
  const s = split(path);
  if (!s.ok) return s;
  let cur: Path = followMounts(ctx.ns, s.value.start === 'root' ? ctx.root : ctx.cwd);
  const parts = s.value.parts;
  if (parts.length === 0) return ok({ parent: cur, name: '/', child: cur, trailingSlash: true });
  for (const name of parts.slice(0, -1)) {
    const next = step(ctx, cur, name);
    if (!next.ok) return next;
    cur = next.value;
  }
  const name = parts[parts.length - 1];
  const last = step(ctx, cur, name);
  if (!last.ok && last.err !== -ENOENT) return last;
  return ok({ parent: cur, name, child: last.ok ? last.value : null, trailingSlash: s.value.trailingSlash });
}

/** The path of an object as seen from a task's root, for getcwd() and /proc/mounts. */
export function pathString(ctx: WalkContext, path: Path): string {
  const parts: string[] = [];
  let { mnt, dentry } = path;
  for (;;) {
    if (mnt === ctx.root.mnt && dentry === ctx.root.dentry) break;
    if (dentry === mnt.root) {
      if (!mnt.parent || !mnt.mountpoint) break;
      dentry = mnt.mountpoint;
      mnt = mnt.parent;
      continue;
    }
    parts.push(dentry.name);
    if (!dentry.parent) break;
    dentry = dentry.parent;
  }
  return '/' + parts.reverse().join('/');
}

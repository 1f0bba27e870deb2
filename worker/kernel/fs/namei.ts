// Models fs/namei.c path walk: components, `.` and `..`, search permission on every directory
// crossed, mount points followed downward and mount roots left upward, and symbolic links. A link
// met before the last component is always followed; the last one only when the caller asks
// (LOOKUP_FOLLOW) or a trailing slash makes it a directory lookup. A relative target is walked from
// the link's own directory, an absolute one from the task's root, so `..` after a link leaves the
// target, not the link. One walk follows at most MAXSYMLINKS links, nested or not (ELOOP).

import { EACCES, ELOOP, ENAMETOOLONG, ENOENT, ENOTDIR, fail, ok, type Result } from '../lib/errno';
import { utf8Length } from '../lib/utf8';
import { lookupChild, type Dentry } from './dentry';
import { isDir, isLnk } from './inode';
import { lookupMount, type Mount, type MountNamespace } from './mount';
import { inodePermission, MAY_EXEC, type Cred } from './permission';

export const NAME_MAX = 255;
export const PATH_MAX = 4096;
export const MAXSYMLINKS = 40;

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

/** One walk's state (struct nameidata): the links followed so far, at every nesting level. */
interface NameiData {
  readonly ctx: WalkContext;
  links: number;
}

interface SplitPath {
  start: 'root' | 'cwd';
  parts: string[];
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

function split(path: string): Result<SplitPath> {
  if (path === '') return fail(ENOENT);
  if (utf8Length(path) >= PATH_MAX) return fail(ENAMETOOLONG);
  const parts = path.split('/').filter((p) => p !== '');
  for (const p of parts) if (utf8Length(p) > NAME_MAX) return fail(ENAMETOOLONG);
  return ok({ start: path.startsWith('/') ? 'root' : 'cwd', parts, trailingSlash: path.endsWith('/') });
}

/** Where a walk of `s` starts: the task's root, or `cwd` for a relative name; mounts followed. */
function startOf(ctx: WalkContext, s: SplitPath, cwd: Path): Path {
  return followMounts(ctx.ns, s.start === 'root' ? ctx.root : cwd);
}

/** Walks `parts` from `cur`: every link met is followed, the last component's only if `followLast`. */
function walkComponents(
  nd: NameiData,
  cur: Path,
  parts: readonly string[],
  followLast: boolean,
): Result<Path> {
  for (let i = 0; i < parts.length; i++) {
    const next = step(nd.ctx, cur, parts[i]);
    if (!next.ok) return next;
    if (isLnk(next.value.dentry.inode) && (followLast || i < parts.length - 1)) {
      const target = followLink(nd, cur, next.value);
      if (!target.ok) return target;
      cur = target.value;
    } else cur = next.value;
  }
  return ok(cur);
}

/** Counts one more link against MAXSYMLINKS and splits what it holds (get_link). */
function linkBody(nd: NameiData, link: Path): Result<SplitPath> {
  if (++nd.links > MAXSYMLINKS) return fail(ELOOP);
  return split(link.dentry.inode.link ?? '');
}

/** The object a link names: its body walked from the link's directory `dir`, every link followed. */
function followLink(nd: NameiData, dir: Path, link: Path): Result<Path> {
  const body = linkBody(nd, link);
  if (!body.ok) return body;
  const end = walkComponents(nd, startOf(nd.ctx, body.value, dir), body.value.parts, true);
  if (end.ok && body.value.trailingSlash && !isDir(end.value.dentry.inode)) return fail(ENOTDIR);
  return end;
}

/**
 * Resolves a whole path to an existing object. A last component that is a link is followed unless
 * `follow` is false (lstat, readlink); a trailing slash follows it anyway.
 */
export function lookupPath(ctx: WalkContext, path: string, follow = true): Result<Path> {
  const s = split(path);
  if (!s.ok) return s;
  const nd: NameiData = { ctx, links: 0 };
  const { parts, trailingSlash } = s.value;
  const found = walkComponents(nd, startOf(ctx, s.value, ctx.cwd), parts, follow || trailingSlash);
  if (!found.ok) return found;
  if (trailingSlash && !isDir(found.value.dentry.inode)) return fail(ENOTDIR);
  return found;
}

/** All but the last component walked (links followed), then the last one looked up as it is. */
function walkParent(
  nd: NameiData,
  start: Path,
  parts: readonly string[],
  trailingSlash: boolean,
): Result<ParentLookup> {
  if (parts.length === 0) return ok({ parent: start, name: '/', child: start, trailingSlash: true });
  const dir = walkComponents(nd, start, parts.slice(0, -1), true);
  if (!dir.ok) return dir;
  const name = parts[parts.length - 1];
  const last = step(nd.ctx, dir.value, name);
  if (!last.ok && last.err !== -ENOENT) return last;
  return ok({ parent: dir.value, name, child: last.ok ? last.value : null, trailingSlash });
}

/**
 * Resolves all but the last component, then looks the last one up (it may be missing). With
 * `follow` (open without O_NOFOLLOW), a last component that is a link gives way to the last
 * component of what the link holds, link after link, so a dangling link names what O_CREAT makes.
 */
export function lookupParent(ctx: WalkContext, path: string, follow = false): Result<ParentLookup> {
  const s = split(path);
  if (!s.ok) return s;
  const nd: NameiData = { ctx, links: 0 };
  let found = walkParent(nd, startOf(ctx, s.value, ctx.cwd), s.value.parts, s.value.trailingSlash);
  while (follow && found.ok && found.value.child && isLnk(found.value.child.dentry.inode)) {
    const { parent, child, trailingSlash } = found.value;
    const body = linkBody(nd, child);
    if (!body.ok) return body;
    const start = startOf(ctx, body.value, parent);
    found = walkParent(nd, start, body.value.parts, trailingSlash || body.value.trailingSlash);
  }
  return found;
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

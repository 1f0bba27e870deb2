// Models include/linux/dcache.h: a name in a directory tree pointing at an inode.
// A removed dentry is dead: lookups below it fail and readdir shows nothing, while open files and
// mounts that still hold it keep working on the object they already have. rename() moves a dentry
// to another name or directory (d_move); the object and everything holding it stay the same.

import { isDir, type Inode } from './inode';

export interface Dentry {
  name: string;
  readonly inode: Inode;
  parent: Dentry | null;
  readonly children: Map<string, Dentry>;
  dead: boolean;
}

export function newDentry(name: string, inode: Inode, parent: Dentry | null): Dentry {
  const dentry: Dentry = { name, inode, parent, children: new Map(), dead: false };
  if (parent) parent.children.set(name, dentry);
  return dentry;
}

export function lookupChild(dir: Dentry, name: string): Dentry | null {
  if (dir.dead) return null;
  return dir.children.get(name) ?? null;
}

/** Unhashes a dentry and everything below it (d_delete of a whole subtree). */
export function killDentry(dentry: Dentry): void {
  for (const child of dentry.children.values()) killDentry(child);
  dentry.children.clear();
  dentry.dead = true;
  if (dentry.parent && dentry.parent.children.get(dentry.name) === dentry) {
    dentry.parent.children.delete(dentry.name);
  }
}

/** d_move(): the dentry takes `name` in `parent`; whatever held that name must be gone already. */
export function moveDentry(dentry: Dentry, parent: Dentry, name: string): void {
  if (dentry.parent && dentry.parent.children.get(dentry.name) === dentry) {
    dentry.parent.children.delete(dentry.name);
  }
  dentry.name = name;
  dentry.parent = parent;
  parent.children.set(name, dentry);
}

/** Link count as stat shows it: 2 + subdirectories for a directory, the inode's names otherwise. */
export function linkCount(dentry: Dentry): number {
  if (!isDir(dentry.inode)) return dentry.inode.nlink;
  let n = 2;
  for (const child of dentry.children.values()) if (isDir(child.inode)) n++;
  return n;
}

/** The dentry's path from the root of its own file system, e.g. `/namespaces/ns1/root`. */
export function dentryPath(dentry: Dentry): string {
  const parts: string[] = [];
  for (let d: Dentry | null = dentry; d && d.parent; d = d.parent) parts.push(d.name);
  return '/' + parts.reverse().join('/');
}

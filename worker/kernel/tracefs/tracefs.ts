// Models fs/tracefs/inode.c and include/linux/tracefs.h: files and directories created by tracing
// code, and the two special directories (`instances`, `namespaces`) whose mkdir/rmdir call back
// into tracing. New entries take the owner of their parent at the moment they are created.

import { killDentry, newDentry, type Dentry } from '../fs/dentry';
import type { FileOperations } from '../fs/file';
import { newInode, S_IFDIR, S_IFREG, type Inode, type InodeOperations } from '../fs/inode';
import { inodePermission, MAY_EXEC } from '../fs/permission';
import { current } from '../sched/current';
import { utf8Length } from '../lib/utf8';

export const TRACEFS_DIR_MODE = 0o750;

/** mkdir/rmdir callbacks of an instance-style directory: they get the child's name. */
export interface TracefsDirCallbacks {
  mkdir(name: string): number;
  rmdir(name: string): number;
}

const dirFileOps: FileOperations = {};

function mayCreateIn(parent: Dentry): boolean {
  if (parent.dead) return false;
  return inodePermission(current().cred, parent.inode, MAY_EXEC) === 0;
}

/**
 * tracefs_create_file(): returns null when the entry cannot be made (parent gone, name taken or
 * unusable, or the calling task may not search the parent), as the kernel's ERR_PTR/NULL does.
 */
export function tracefsCreateFile(
  name: string,
  mode: number,
  parent: Dentry,
  data: unknown,
  fops: FileOperations,
): Dentry | null {
  if (!validName(name) || parent.children.has(name) || !mayCreateIn(parent)) return null;
  const inode = newInode(S_IFREG | (mode & 0o7777), parent.inode.uid, parent.inode.gid, fops);
  inode.private = data;
  return newDentry(name, inode, parent);
}

/** tracefs_create_dir(): a plain directory (mode 0750) that refuses mkdir/rmdir with EPERM. */
export function tracefsCreateDir(name: string, parent: Dentry): Dentry | null {
  return createDir(name, parent, {});
}

/** tracefs_create_instance_dir() and the RFC's namespace variant: mkdir/rmdir of children call back. */
export function tracefsCreateCallbackDir(
  name: string,
  parent: Dentry,
  callbacks: TracefsDirCallbacks,
): Dentry | null {
  const iop: InodeOperations = {
    mkdir: (_dir: Inode, child: string) => callbacks.mkdir(child),
    rmdir: (_dir: Inode, victim: Dentry) => callbacks.rmdir(victim.name),
  };
  return createDir(name, parent, iop);
}

function createDir(name: string, parent: Dentry, iop: InodeOperations): Dentry | null {
  if (!validName(name) || parent.children.has(name) || !mayCreateIn(parent)) return null;
  const inode = newInode(S_IFDIR | TRACEFS_DIR_MODE, parent.inode.uid, parent.inode.gid, dirFileOps, iop);
  return newDentry(name, inode, parent);
}

/** The root of the tracefs superblock (mode 0700, root-owned). */
export function tracefsRoot(): Dentry {
  return newDentry('', newInode(S_IFDIR | 0o700, 0, 0, dirFileOps), null);
}

/** tracefs_remove(): removes an entry and everything below it; open files keep their objects. */
export function tracefsRemove(dentry: Dentry | null): void {
  if (dentry) killDentry(dentry);
}

function validName(name: string): boolean {
  return name !== '' && name !== '.' && name !== '..' && !name.includes('/') && utf8Length(name) <= 255;
}

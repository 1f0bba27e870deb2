// Models fs/ramfs: the plain in-memory file system under `/` (home directories, /etc, container
// roots). Files hold their bytes in the inode; directories can be created and removed freely;
// symbolic links, hard links and rename are libfs's simple_symlink, simple_link and simple_rename.

import { EINVAL, ENOTEMPTY } from '../lib/errno';
import { killDentry, moveDentry, newDentry, type Dentry } from './dentry';
import { defaultLlseek, O_APPEND, type FileOperations, type FilePos, type OpenFile } from './file';
import { isDir, newInode, S_IFDIR, S_IFLNK, S_IFREG, type Inode, type InodeOperations } from './inode';
import type { Cred } from './permission';
import { wallSeconds } from '../lib/clock';

const ramfsFileOps: FileOperations = {
  read(file: OpenFile, count: number, ppos: FilePos) {
    const data = file.inode.data ?? new Uint8Array(0);
    const chunk = data.slice(ppos.value, Math.min(data.length, ppos.value + count));
    ppos.value += chunk.length;
    return chunk;
  },
  write(file: OpenFile, bytes: Uint8Array, ppos: FilePos) {
    const data = file.inode.data ?? new Uint8Array(0);
    const at = file.flags & O_APPEND ? data.length : ppos.value;
    const end = at + bytes.length;
    const out = new Uint8Array(Math.max(end, data.length));
    out.set(data);
    out.set(bytes, at);
    file.inode.data = out;
    file.inode.mtime = wallSeconds();
    ppos.value = end;
    return bytes.length;
  },
  llseek: defaultLlseek,
};

const ramfsDirFileOps: FileOperations = {
  read: () => -EINVAL,
};

/** A symbolic link is never opened (the walk follows it), so it has no file operations. */
const ramfsLinkFileOps: FileOperations = {};

/** Directory entries of each ramfs directory inode, so the inode operations can reach them. */
const dentryOf = new WeakMap<Inode, Dentry>();

const ramfsDirOps: InodeOperations = {
  mkdir(dir: Inode, name: string, mode: number, cred: Cred) {
    ramfsMkdir(dentryOf.get(dir)!, name, mode, cred.uid, cred.gid);
    return 0;
  },
  rmdir(_dir: Inode, victim: Dentry) {
    if (victim.children.size > 0) return -ENOTEMPTY;
    killDentry(victim);
    return 0;
  },
  create(dir: Inode, name: string, mode: number, cred: Cred) {
    ramfsCreate(dentryOf.get(dir)!, name, mode, cred.uid, cred.gid);
    return 0;
  },
  unlink(_dir: Inode, victim: Dentry) {
    victim.inode.nlink--;
    killDentry(victim);
    return 0;
  },
  symlink(dir: Inode, name: string, target: string, cred: Cred) {
    const inode = newInode(S_IFLNK | 0o777, cred.uid, cred.gid, ramfsLinkFileOps);
    inode.link = target;
    newDentry(name, inode, dentryOf.get(dir)!);
    return 0;
  },
  link(old: Dentry, dir: Inode, name: string) {
    old.inode.nlink++;
    newDentry(name, old.inode, dentryOf.get(dir)!);
    return 0;
  },
  rename(_oldDir: Inode, old: Dentry, newDir: Inode, name: string, victim: Dentry | null) {
    if (victim) {
      if (isDir(victim.inode) && victim.children.size > 0) return -ENOTEMPTY;
      if (!isDir(victim.inode)) victim.inode.nlink--;
      killDentry(victim);
    }
    moveDentry(old, dentryOf.get(newDir)!, name);
    return 0;
  },
};

export function ramfsMkdir(
  parent: Dentry | null,
  name: string,
  mode: number,
  uid: number,
  gid: number,
): Dentry {
  const inode = newInode(S_IFDIR | (mode & 0o7777), uid, gid, ramfsDirFileOps, ramfsDirOps);
  const dentry = newDentry(name, inode, parent);
  dentryOf.set(inode, dentry);
  return dentry;
}

export function ramfsCreate(parent: Dentry, name: string, mode: number, uid: number, gid: number): Dentry {
  const inode = newInode(S_IFREG | (mode & 0o7777), uid, gid, ramfsFileOps);
  inode.data = new Uint8Array(0);
  return newDentry(name, inode, parent);
}

/** Truncates a regular ramfs file (open with O_TRUNC). */
export function ramfsTruncate(inode: Inode): void {
  if (inode.data) inode.data = new Uint8Array(0);
}

// Models include/linux/fs.h struct inode: type, mode, owner and the operation tables of one object.
// Tracefs and the root file system both build on it; nothing here knows about tracing.

import type { FileOperations } from './file';
import type { Dentry } from './dentry';
import type { Cred } from './permission';
import { wallSeconds } from '../lib/clock';
import { kernelState } from '../lib/kernel-state';

export const S_IFMT = 0o170000;
export const S_IFDIR = 0o040000;
export const S_IFREG = 0o100000;
export const S_IFCHR = 0o020000;
export const S_IFIFO = 0o010000;
export const S_IFLNK = 0o120000;

/**
 * Directory operations; an absent one makes the VFS fail the call (EPERM, or EACCES for create).
 * The VFS has made every generic check (names, types, permission, mounts) before calling one.
 */
export interface InodeOperations {
  mkdir?(dir: Inode, name: string, mode: number, cred: Cred): number;
  rmdir?(dir: Inode, victim: Dentry, cred: Cred): number;
  create?(dir: Inode, name: string, mode: number, cred: Cred): number;
  unlink?(dir: Inode, victim: Dentry, cred: Cred): number;
  /** A symbolic link `name` in `dir` holding `target`. */
  symlink?(dir: Inode, name: string, target: string, cred: Cred): number;
  /** A new name `name` in `dir` for the non-directory `old` (a hard link). */
  link?(old: Dentry, dir: Inode, name: string, cred: Cred): number;
  /** Moves `old` to `name` in `newDir`, replacing `victim` (checked by the VFS: same type, empty). */
  rename?(oldDir: Inode, old: Dentry, newDir: Inode, name: string, victim: Dentry | null): number;
}

export interface Inode {
  readonly ino: number;
  mode: number;
  uid: number;
  gid: number;
  /** Seconds-resolution timestamps are not modelled; only what `stat -c` in the spec shows. */
  iop: InodeOperations;
  fop: FileOperations;
  /** The owning subsystem's object (a trace array, an event file, a namespace ...), as i_private. */
  private: unknown;
  /** Contents of a regular file on the root file system (ramfs); tracefs files keep none. */
  data: Uint8Array | null;
  /** Files currently open on this inode, so subsystems can answer "busy". */
  openCount: number;
  /** Last modification, wall-clock seconds (creation time for tracefs entries). */
  mtime: number;
  /** Names of a non-directory (hard links); a directory's count is computed from its children. */
  nlink: number;
  /** What a symbolic link holds (i_link); null for every other type. */
  link: string | null;
}

const inodes = kernelState(() => ({ nextIno: 1 }));

export function newInode(
  mode: number,
  uid: number,
  gid: number,
  fop: FileOperations,
  iop: InodeOperations = {},
): Inode {
  return {
    ino: inodes.nextIno++,
    mode,
    uid,
    gid,
    iop,
    fop,
    private: null,
    data: null,
    openCount: 0,
    mtime: wallSeconds(),
    nlink: 1,
    link: null,
  };
}

export function isDir(inode: Inode): boolean {
  return (inode.mode & S_IFMT) === S_IFDIR;
}

export function isReg(inode: Inode): boolean {
  return (inode.mode & S_IFMT) === S_IFREG;
}

export function isLnk(inode: Inode): boolean {
  return (inode.mode & S_IFMT) === S_IFLNK;
}

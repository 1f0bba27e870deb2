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

/** Directory operations; an absent one makes the VFS fail the call (EPERM, or EACCES for create). */
export interface InodeOperations {
  mkdir?(dir: Inode, name: string, mode: number, cred: Cred): number;
  rmdir?(dir: Inode, victim: Dentry, cred: Cred): number;
  create?(dir: Inode, name: string, mode: number, cred: Cred): number;
  unlink?(dir: Inode, victim: Dentry, cred: Cred): number;
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
  };
}

export function isDir(inode: Inode): boolean {
  return (inode.mode & S_IFMT) === S_IFDIR;
}

export function isReg(inode: Inode): boolean {
  return (inode.mode & S_IFMT) === S_IFREG;
}

// Models fs/namei.c generic_permission(): owner/group/other bits, with root passing every check
// except execute on a file that has no execute bit at all (CAP_DAC_OVERRIDE).

import { EACCES, EPERM } from '../lib/errno';
import { isDir, type Inode } from './inode';

export interface Cred {
  uid: number;
  gid: number;
  groups: readonly number[];
}

export const MAY_EXEC = 1;
export const MAY_WRITE = 2;
export const MAY_READ = 4;

export const ROOT_CRED: Cred = { uid: 0, gid: 0, groups: [] };

export function inodePermission(cred: Cred, inode: Inode, mask: number): number {
  if (cred.uid === 0) {
    if (mask & MAY_EXEC && !isDir(inode) && (inode.mode & 0o111) === 0) return -EACCES;
    return 0;
  }
  let bits: number;
  if (cred.uid === inode.uid) bits = (inode.mode >> 6) & 7;
  else if (cred.gid === inode.gid || cred.groups.includes(inode.gid)) bits = (inode.mode >> 3) & 7;
  else bits = inode.mode & 7;
  return (bits & mask) === mask ? 0 : -EACCES;
}

/** chmod: the owner or root may change the mode bits. */
export function mayChmod(cred: Cred, inode: Inode): number {
  return cred.uid === 0 || cred.uid === inode.uid ? 0 : -EPERM;
}

/**
 * chown: only root may change the owner or the group (§0.4; the model does not give an owner
 * Linux's right to change the group to one of its own). Changing nothing is allowed.
 */
export function mayChown(cred: Cred, inode: Inode, uid: number, gid: number): number {
  if (cred.uid === 0) return 0;
  const sameUid = uid === -1 || uid === inode.uid;
  const sameGid = gid === -1 || gid === inode.gid;
  return sameUid && sameGid ? 0 : -EPERM;
}

// Models coreutils copy.c same_file_ok() as cp and mv (coreutils 9.1) ask it once the destination
// exists: whether copying or moving `src` onto `dst` would lose data because both name the same
// file, symbolic links considered (a link onto its own referent is refused, two distinct links are
// fine, mv may replace a link). NOTE: the model's inode numbers are unique across file systems, so
// an inode number alone identifies a file (no st_dev); backups and hard-link copies (-l) are not
// modelled, so their branches are left out.

import type { Stat, Syscalls } from '../../../kernel/syscall-table';
import { canonicalizeFileName } from '../links/canonicalize';
import { isLinkMode } from '../links/link-mode';
import { dirName, lastComponent } from '../links/names';
import type { Dereference } from './copy';

/** same_nameat(): the same last component in the same directory. */
function sameName(sys: Syscalls, a: string, b: string): boolean {
  if (lastComponent(a).replace(/\/+$/, '') !== lastComponent(b).replace(/\/+$/, '')) return false;
  const da = sys.stat(dirName(a));
  const db = sys.stat(dirName(b));
  return da.ok && db.ok && da.value.ino === db.value.ino;
}

/** stat() of a name whose lstat() said it is a link; the lstat data for anything else. */
function followed(sys: Syscalls, name: string, st: Stat): Stat | null {
  if (!isLinkMode(st.mode)) return st;
  const got = sys.stat(name);
  return got.ok ? got.value : null;
}

/** The checks and the file data cp/mv took for both names. */
export interface SamePair {
  readonly dereference: Dereference;
  readonly move: boolean;
  readonly src: string;
  readonly srcSt: Stat;
  readonly dst: string;
  readonly dstSt: Stat;
}

/** same_file_ok(): false when the copy or move must stop with `... are the same file`. */
export function sameFileOk(sys: Syscalls, p: SamePair): boolean {
  const { src, dst, srcSt, dstSt, move } = p;
  const same = srcSt.ino === dstSt.ino;
  let srcLink = srcSt;
  let dstLink = dstSt;
  let sameLink = same;
  if (p.dereference === 'never') {
    if (isLinkMode(srcSt.mode) && isLinkMode(dstSt.mode)) {
      const sn = sameName(sys, src, dst);
      return sn ? false : !(same && move);
    }
  } else {
    if (!same) return true;
    const sl = sys.lstat(src);
    const dl = sys.lstat(dst);
    if (!sl.ok || !dl.ok) return true;
    [srcLink, dstLink] = [sl.value, dl.value];
    sameLink = srcLink.ino === dstLink.ino;
  }
  if (move) {
    if (isLinkMode(dstLink.mode)) return true;
    if (sameLink && dstLink.nlink > 1 && !sameName(sys, src, dst)) return false;
  }
  if (!isLinkMode(srcLink.mode) && !isLinkMode(dstLink.mode) && srcLink.ino !== dstLink.ino) return true;
  if (move && isLinkMode(srcSt.mode) && dstLink.nlink > 1) {
    const abs = canonicalizeFileName(sys, src, 'existing');
    if (typeof abs === 'string') return !sameName(sys, abs, dst);
  }
  if (p.dereference === 'never') {
    const a = followed(sys, src, srcLink);
    const b = followed(sys, dst, dstLink);
    if (!a || !b || a.ino !== b.ino) return true;
  }
  return false;
}

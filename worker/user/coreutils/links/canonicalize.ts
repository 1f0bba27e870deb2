// Models gnulib canonicalize_filename_mode() (lib/canonicalize.c), which readlink -f/-e/-m, realpath
// and ln -r use: an absolute name without `.`, `..`, repeated slashes or symbolic links, each link
// replaced by what it holds (a relative target from the link's directory) as the kernel would walk
// it, and gnulib's relpath() for names relative to a directory. How much must exist is the mode:
// every component (-e), all but the last (-f, realpath's default) or none (-m). Loops are caught as
// gnulib does: after 20 links, a (directory, rest of name) pair seen twice is ELOOP, except with -m,
// which then takes the link as a plain name.

import { ELOOP, ENOENT, EINVAL } from '../../../kernel/lib/errno';
import type { Syscalls } from '../../../kernel/syscall-table';

/** How much of a name must exist: all of it (-e), all but the last component (-f), none (-m). */
export type CanonMode = 'existing' | 'allButLast' | 'missing';

/** suffix_requires_dir_check(): a rest of `/`, `/.` or `/..` means the name must be a directory. */
function suffixRequiresDirCheck(end: string): boolean {
  let i = 0;
  while (end[i] === '/') {
    while (end[i] === '/') i++;
    const c = end[i++];
    if (c === undefined) return true;
    if (c !== '.') return false;
    if (i >= end.length || (end[i] === '.' && (i + 1 >= end.length || end[i + 1] === '/'))) return true;
  }
  return false;
}

/**
 * canonicalize_filename_mode(); `noLinks` is CAN_NOLINKS (realpath -s, -L): names are taken as
 * they are written. Returns the name or a negative errno.
 */
export function canonicalizeFileName(
  sys: Syscalls,
  name: string,
  mode: CanonMode,
  noLinks = false,
): string | number {
  if (name === '') return -ENOENT;
  const comps: string[] = name.startsWith('/') ? [] : sys.getcwd().split('/').filter(Boolean);
  const rname = () => '/' + comps.join('/');
  const seen = new Set<string>();
  let links = 0;
  let rest = name;
  let at = 0;
  while (at < rest.length) {
    while (rest[at] === '/') at++;
    let end = at;
    while (end < rest.length && rest[end] !== '/') end++;
    const comp = rest.slice(at, end);
    if (comp === '') break;
    if (comp === '.') {
      at = end;
      continue;
    }
    if (comp === '..') {
      comps.pop();
      at = end;
      continue;
    }
    comps.push(comp);
    const suffix = rest.slice(end);
    const link = noLinks ? null : sys.readlink(rname());
    if (link && link.ok) {
      if (links < 20) links++;
      else {
        const dir = sys.stat(comps.length > 1 ? '/' + comps.slice(0, -1).join('/') : '/');
        if (!dir.ok) return dir.err;
        const key = `${dir.value.ino}/${rest.slice(at)}`;
        if (seen.has(key)) {
          if (mode === 'missing') {
            at = end;
            continue;
          }
          return -ELOOP;
        }
        seen.add(key);
      }
      comps.pop();
      if (link.value.startsWith('/')) comps.length = 0;
      rest = link.value + suffix;
      at = 0;
      continue;
    }
    const err = componentError(sys, rname(), suffix, mode, noLinks, link ? link.err : -EINVAL);
    if (err) return err;
    at = end;
  }
  return rname();
}

/** The test after a component that is not a link: 0 when it exists as far as the mode asks. */
function componentError(
  sys: Syscalls,
  path: string,
  suffix: string,
  mode: CanonMode,
  noLinks: boolean,
  readlinkErr: number,
): number {
  if (mode === 'missing') return 0;
  let err: number;
  if (suffixRequiresDirCheck(suffix)) {
    const st = sys.stat(path + '/./');
    err = st.ok ? 0 : st.err;
  } else if (!noLinks) err = readlinkErr === -EINVAL ? 0 : readlinkErr;
  else if (suffix !== '') err = 0;
  else {
    const st = sys.stat(path);
    err = st.ok ? 0 : st.err;
  }
  if (mode === 'allButLast' && err === -ENOENT && /^\/*$/.test(suffix)) return 0;
  return err;
}

/**
 * relpath(): absolute `name` as seen from absolute directory `dir`: `..` for each of `dir`'s
 * components below the common part, then the rest of `name`; `.` when they are the same.
 */
export function relativeTo(name: string, dir: string): string {
  const a = dir.split('/').filter(Boolean);
  const b = name.split('/').filter(Boolean);
  let common = 0;
  while (common < a.length && common < b.length && a[common] === b[common]) common++;
  const parts = [...a.slice(common).map(() => '..'), ...b.slice(common)];
  return parts.length ? parts.join('/') : '.';
}

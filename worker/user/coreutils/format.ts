// Models the shared formatting of coreutils' file listings (lib/filemode.c, ls.c, stat.c): the
// `drwxr-x---` mode string, file type names, ls dates in the C locale with TZ=UTC, and the block
// count the model implies (4 KiB pages for file data; directories and tracefs files take none).

import { fileType, S_IFCHR, S_IFDIR, S_IFIFO, S_IFREG } from '../process';
import type { Stat } from '../../kernel/syscall-table';

function typeChar(mode: number): string {
  switch (fileType(mode)) {
    case S_IFDIR:
      return 'd';
    case S_IFCHR:
      return 'c';
    case S_IFIFO:
      return 'p';
    default:
      return '-';
  }
}

/** strmode(): `-rw-r--r--`, with s/S and t/T for set-id and sticky bits. */
export function modeString(mode: number): string {
  const rwx = (bits: number, special: boolean, on: string, off: string) =>
    (bits & 4 ? 'r' : '-') +
    (bits & 2 ? 'w' : '-') +
    (special ? (bits & 1 ? on : off) : bits & 1 ? 'x' : '-');
  return (
    typeChar(mode) +
    rwx((mode >> 6) & 7, (mode & 0o4000) !== 0, 's', 'S') +
    rwx((mode >> 3) & 7, (mode & 0o2000) !== 0, 's', 'S') +
    rwx(mode & 7, (mode & 0o1000) !== 0, 't', 'T')
  );
}

/** stat's %F. */
export function fileTypeName(st: Stat): string {
  switch (fileType(st.mode)) {
    case S_IFDIR:
      return 'directory';
    case S_IFCHR:
      return 'character special file';
    case S_IFIFO:
      return 'fifo';
    case S_IFREG:
      return st.size === 0 ? 'regular empty file' : 'regular file';
    default:
      return 'unknown';
  }
}

export function isDirMode(mode: number): boolean {
  return fileType(mode) === S_IFDIR;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

const two = (n: number) => String(n).padStart(2, '0');

/**
 * ls -l's date, `Jul 28 09:00`. NOTE: ls prints the year instead of the time for files older than
 * six months; user space has no clock call in the model and every file is younger than the session,
 * so the recent form is always right.
 */
export function lsDate(seconds: number): string {
  const d = new Date(seconds * 1000);
  return `${MONTHS[d.getUTCMonth()]} ${String(d.getUTCDate()).padStart(2)} ${two(d.getUTCHours())}:${two(d.getUTCMinutes())}`;
}

/** stat's %y: `2022-07-28 09:00:05.000000000 +0000`. */
export function statDate(seconds: number): string {
  const d = new Date(seconds * 1000);
  return (
    `${d.getUTCFullYear()}-${two(d.getUTCMonth() + 1)}-${two(d.getUTCDate())} ` +
    `${two(d.getUTCHours())}:${two(d.getUTCMinutes())}:${two(d.getUTCSeconds())}.000000000 +0000`
  );
}

/** st_blocks in 512-byte units. */
export function blocks512(st: Stat): number {
  return fileType(st.mode) === S_IFREG ? Math.ceil(st.size / 4096) * 8 : 0;
}

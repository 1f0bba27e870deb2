// Models what coreutils' listings say about a symbolic link (lib/filemode.c, ls.c, stat.c): the `l`
// of `lrwxrwxrwx`, stat's `symbolic link` type name, ls -F's `@`, and the target a long listing
// prints after ` -> `. The shared formatting of the other file types stays in ../format.ts.

import type { Stat, Syscalls } from '../../../kernel/syscall-table';
import { fileType } from '../../process';
import { fileTypeName, modeString } from '../format';

export const S_IFLNK = 0o120000;

export function isLinkMode(mode: number): boolean {
  return fileType(mode) === S_IFLNK;
}

/** strmode() for every type the model has, symbolic links included: `lrwxrwxrwx`. */
export function fileModeString(mode: number): string {
  return isLinkMode(mode) ? 'l' + modeString(mode).slice(1) : modeString(mode);
}

/** stat's %F for every type the model has. */
export function fileTypeNameOf(st: Stat): string {
  return isLinkMode(st.mode) ? 'symbolic link' : fileTypeName(st);
}

/** What the link at `path` holds, or null when it is not one (or cannot be read). */
export function linkTarget(sys: Syscalls, path: string): string | null {
  const got = sys.readlink(path);
  return got.ok ? got.value : null;
}

// Models the file-name helpers the file tools share: gnulib's last_component() and
// file_name_concat() as cp, mv and find build names, and canonicalize_filename_mode() as readlink
// -f/-e/-m and realpath resolve them. NOTE: the model has no symbolic links, so canonicalizing is
// lexical (`..` drops the previous component) plus the existence checks each mode asks for.

import { ENOENT, ENOTDIR } from '../../../kernel/lib/errno';
import type { Syscalls } from '../../../kernel/syscall-table';
import { isDirMode } from '../format';

/** last_component() with its trailing slashes dropped: `d/` → `d`, `/` → `/`. */
export function baseName(path: string): string {
  const trimmed = path.replace(/\/+$/, '');
  if (trimmed === '') return path === '' ? '' : '/';
  return trimmed.slice(trimmed.lastIndexOf('/') + 1);
}

/** file_name_concat() as cp and fts use it: one slash between, none added after a trailing one. */
export function joinPath(dir: string, name: string): string {
  return dir.endsWith('/') ? dir + name : `${dir}/${name}`;
}

/** How much of a name must exist: all of it (-e), all but the last component (-f), none (-m). */
export type CanonMode = 'existing' | 'allButLast' | 'missing';

/** canonicalize_filename_mode(): an absolute name without `.`, `..` or repeated slashes, or -errno. */
export function canonicalize(sys: Syscalls, path: string, mode: CanonMode): string | number {
  if (path === '') return -ENOENT;
  const parts: string[] = path.startsWith('/') ? [] : sys.getcwd().split('/').filter(Boolean);
  const comps = path.split('/');
  for (let i = 0; i < comps.length; i++) {
    const comp = comps[i];
    if (comp === '' || comp === '.') continue;
    if (comp === '..') {
      parts.pop();
      continue;
    }
    parts.push(comp);
    if (mode === 'missing') continue;
    const rest = comps.slice(i + 1);
    const st = sys.stat('/' + parts.join('/'));
    if (!st.ok) {
      const last = rest.every((c) => c === '');
      if (st.err === -ENOENT && mode === 'allButLast' && last) continue;
      return st.err;
    }
    if (!isDirMode(st.value.mode) && rest.length > 0) return -ENOTDIR;
  }
  return '/' + parts.join('/');
}

/** The name of absolute `to` relative to absolute directory `from` (realpath --relative-to). */
export function relativeName(from: string, to: string): string {
  const a = from.split('/').filter(Boolean);
  const b = to.split('/').filter(Boolean);
  let common = 0;
  while (common < a.length && common < b.length && a[common] === b[common]) common++;
  const up = a.slice(common).map(() => '..');
  const parts = [...up, ...b.slice(common)];
  return parts.length ? parts.join('/') : '.';
}

/** True when absolute `path` is `dir` or lies below it. */
export function isWithin(path: string, dir: string): boolean {
  return path === dir || dir === '/' || path.startsWith(dir + '/');
}

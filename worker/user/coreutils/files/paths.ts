// Models the file-name helpers the file tools share: gnulib's last_component() and
// file_name_concat() as cp, mv and find build names, and the prefix test realpath's
// --relative-base makes. Canonical names (readlink -f, realpath) come from ../links/canonicalize.ts.

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

/** True when absolute `path` is `dir` or lies below it. */
export function isWithin(path: string, dir: string): boolean {
  return path === dir || dir === '/' || path.startsWith(dir + '/');
}

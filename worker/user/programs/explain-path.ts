// Where a path given to explain lies in tracefs: made absolute against the process's cwd (lexically,
// as the shell's `cd` does), then matched against the process's tracefs mounts, so that a container's
// bind mount of `namespaces/NS/root` is recognised as that directory. The result is the path below
// the tracefs root, which explain-dirs.ts describes.

import type { Syscalls } from '../../kernel/syscall-table';

const TRACEFS_ROOTS = ['/sys/kernel/tracing', '/sys/kernel/debug/tracing'];

/** `path` made absolute against `cwd`, with `.`, `..` and repeated slashes resolved. */
export function absolutePath(cwd: string, path: string): string {
  const parts: string[] = [];
  for (const p of (path.startsWith('/') ? path : `${cwd}/${path}`).split('/')) {
    if (p === '' || p === '.') continue;
    if (p === '..') parts.pop();
    else parts.push(p);
  }
  return '/' + parts.join('/');
}

/** `abs` below `dir`: '' for `dir` itself, null when outside. */
function below(abs: string, dir: string): string | null {
  if (dir === '/') return abs.slice(1);
  if (abs === dir) return '';
  return abs.startsWith(dir + '/') ? abs.slice(dir.length + 1) : null;
}

/** The part of a tracefs mount's source below the tracefs root ('' for the whole tracefs). */
function sourceBelowRoot(source: string): string | null {
  if (source === 'tracefs') return '';
  for (const root of TRACEFS_ROOTS) {
    const rest = below(source, root);
    if (rest !== null) return rest;
  }
  return null;
}

/** The path below the tracefs root that `path` names, or null when it is not in tracefs. */
export function tracefsPath(sys: Syscalls, path: string): string | null {
  const abs = absolutePath(sys.getcwd(), path);
  let best: { target: string; base: string } | null = null;
  for (const m of sys.mounts()) {
    if (m.fsType !== 'tracefs' || below(abs, m.target) === null) continue;
    const base = sourceBelowRoot(m.source);
    if (base === null) continue;
    if (best === null || m.target.length > best.target.length) best = { target: m.target, base };
  }
  if (best === null) return null;
  const rest = below(abs, best.target) as string;
  return [best.base, rest].filter((p) => p !== '').join('/');
}

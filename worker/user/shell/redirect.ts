// Models bash redirections (redir.c): `<` `>` `>|` `>>` `<>` `&>` `&>>`, descriptor duplication
// `N>&M` `N<&M` and closing `N>&-`, applied left to right with open/dup2/close on one task. For a
// builtin run in the shell itself the replaced descriptors are first saved above 9 (as bash does with
// F_DUPFD 10) and put back afterwards; `exec` keeps them.

import type { Syscalls } from '../../kernel/syscall-table';
import { strerror } from '../../kernel/lib/errno';
import { O_APPEND, O_CREAT, O_RDONLY, O_RDWR, O_TRUNC, O_WRONLY } from '../../kernel/syscalls';
import type { Redirection } from './parser';
import { ExpandError, expandTarget, type ExpandEnv } from './expand';

/** Saved descriptors: `saved` is the copy above 9, or -1 when `fd` was closed before. */
export type SavedFds = { fd: number; saved: number }[];

/** The first descriptor bash uses for saved copies. */
const SAVE_BASE = 10;

const OPEN_FLAGS: Record<string, number> = {
  '<': O_RDONLY,
  '>': O_WRONLY | O_CREAT | O_TRUNC,
  '>|': O_WRONLY | O_CREAT | O_TRUNC,
  '>>': O_WRONLY | O_CREAT | O_APPEND,
  '<>': O_RDWR | O_CREAT,
  '&>': O_WRONLY | O_CREAT | O_TRUNC,
  '&>>': O_WRONLY | O_CREAT | O_APPEND,
};

function defaultFd(op: string): number {
  return op.startsWith('<') ? 0 : 1;
}

function save(sys: Syscalls, fd: number, saved: SavedFds | null): void {
  if (!saved || saved.some((s) => s.fd === fd)) return;
  saved.push({ fd, saved: sys.isOpen(fd) ? sys.dup(fd, SAVE_BASE) : -1 });
}

/** Opens `path` and moves it onto `fd`; returns 0 or a negative errno. */
function openOnto(sys: Syscalls, fd: number, path: string, flags: number): number {
  const got = sys.open(path, flags, 0o666);
  if (got < 0) return got;
  if (got !== fd) {
    sys.dup2(got, fd);
    sys.close(got);
  }
  return 0;
}

/**
 * Applies redirections in order. Returns null, or the message bash prints after `bash: ` when one
 * fails (the later ones are then not attempted). With `saved`, what is replaced can be restored.
 */
export function applyRedirections(
  sys: Syscalls,
  env: ExpandEnv,
  redirections: readonly Redirection[],
  saved: SavedFds | null,
): string | null {
  for (const r of redirections) {
    let target: string;
    try {
      target = expandTarget(env, r.target);
    } catch (e) {
      if (e instanceof ExpandError) return e.message;
      throw e;
    }
    let op = r.op;
    if (op === '>&' && r.fd === null && !/^(\d+|-)$/.test(target)) op = '&>';
    if (op === '>&' || op === '<&') {
      const fd = r.fd ?? defaultFd(op);
      if (target === '-') {
        save(sys, fd, saved);
        sys.close(fd);
        continue;
      }
      if (!/^\d+$/.test(target)) return `${target}: ambiguous redirect`;
      const from = Number(target);
      if (!sys.isOpen(from)) return `${target}: Bad file descriptor`;
      if (from === fd) continue;
      save(sys, fd, saved);
      sys.dup2(from, fd);
      continue;
    }
    const fd = op.startsWith('&') ? 1 : (r.fd ?? defaultFd(op));
    save(sys, fd, saved);
    if (op.startsWith('&')) save(sys, 2, saved);
    const err = openOnto(sys, fd, target, OPEN_FLAGS[op]);
    if (err < 0) return `${target}: ${strerror(err)}`;
    if (op.startsWith('&')) sys.dup2(1, 2);
  }
  return null;
}

/** Puts saved descriptors back, newest change undone first. */
export function restoreFds(sys: Syscalls, saved: SavedFds): void {
  for (const s of [...saved].reverse()) {
    if (s.saved >= 0) {
      sys.dup2(s.saved, s.fd);
      sys.close(s.saved);
    } else sys.close(s.fd);
  }
  saved.length = 0;
}

// Models bash redirections (redir.c): `<` `>` `>|` `>>` `<>` `&>` `&>>`, descriptor duplication
// `N>&M` `N<&M` and closing `N>&-`, applied left to right with open/dup2/close on one task. For a
// builtin run in the shell itself the replaced descriptors are first saved above 9 (as bash does with
// F_DUPFD 10) and put back afterwards; `exec` keeps them. Here-docs and here-strings are
// pipes filled before the command runs; `set -o noclobber` refuses `>` over a regular file.

import type { Syscalls } from '../../kernel/syscall-table';
import { strerror } from '../../kernel/lib/errno';
import { O_APPEND, O_CREAT, O_RDONLY, O_RDWR, O_TRUNC, O_WRONLY } from '../../kernel/syscalls';
import type { Redirection, Word } from './ast';
import { expandString, expandWords, type Expander, type Gen } from './expand';
import { encodeText } from '../bytes';
import { fileType, S_IFREG, writeAll } from '../process';

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

/** `ambiguous redirect` and friends: the redirection fails, the command does not run (status 1). */
function* target(x: Expander, r: Redirection): Gen<string | null> {
  if (r.heredoc) return null;
  const fields = yield* expandWords(x, [r.target]);
  return fields.length === 1 ? fields[0] : null;
}

/** A here-doc or here-string: its text goes into a pipe whose read end becomes `fd`. */
function* hereInput(x: Expander, r: Redirection): Gen<Uint8Array> {
  if (r.op === '<<<') return encodeText((yield* expandString(x, r.target)) + '\n');
  const h = r.heredoc;
  if (!h) return new Uint8Array();
  return encodeText(h.expand ? yield* expandString(x, h.body) : textOf(h.body));
}

function textOf(w: Word): string {
  return w.parts.map((p) => (p.kind === 'text' ? p.text : '')).join('');
}

/**
 * Applies redirections in order. Returns null, or the message bash prints after `bash: ` when one
 * fails (the later ones are then not attempted). With `saved`, what is replaced can be restored.
 */
export function* applyRedirections(
  x: Expander,
  sys: Syscalls,
  redirections: readonly Redirection[],
  saved: SavedFds | null,
): Gen<string | null> {
  for (const r of redirections) {
    if (r.op === '<<' || r.op === '<<-' || r.op === '<<<') {
      const data = yield* hereInput(x, r);
      const fd = r.fd ?? 0;
      const [rd, wr] = sys.pipe();
      writeAll(sys, wr, data);
      sys.close(wr);
      save(sys, fd, saved);
      if (rd !== fd) {
        sys.dup2(rd, fd);
        sys.close(rd);
      }
      continue;
    }
    const expanded = yield* target(x, r);
    if (expanded === null) return `${r.target.raw}: ambiguous redirect`;
    let op = r.op;
    let to = expanded;
    if (op === '>&' && r.fd === null && !/^(\d+-?|-)$/.test(to)) op = '&>';
    if (op === '>&' || op === '<&') {
      const fd = r.fd ?? defaultFd(op);
      if (to === '-') {
        save(sys, fd, saved);
        sys.close(fd);
        continue;
      }
      const move = to.endsWith('-');
      if (move) to = to.slice(0, -1);
      if (!/^\d+$/.test(to)) return `${to}: ambiguous redirect`;
      const from = Number(to);
      if (!sys.isOpen(from)) return `${to}: Bad file descriptor`;
      if (from === fd) continue;
      save(sys, fd, saved);
      sys.dup2(from, fd);
      if (move) {
        save(sys, from, saved);
        sys.close(from);
      }
      continue;
    }
    const fd = op.startsWith('&') ? 1 : (r.fd ?? defaultFd(op));
    if (x.sh.options.noclobber && (op === '>' || op === '&>')) {
      const st = sys.stat(to);
      if (st.ok && fileType(st.value.mode) === S_IFREG) return `${to}: cannot overwrite existing file`;
    }
    save(sys, fd, saved);
    if (op.startsWith('&')) save(sys, 2, saved);
    const err = openOnto(sys, fd, to, OPEN_FLAGS[op]);
    if (err < 0) return `${to}: ${strerror(err)}`;
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

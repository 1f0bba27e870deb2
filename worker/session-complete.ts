// Tab completion in a terminal, as bash's readline offers it: command names in command position,
// paths relative to the shell's cwd elsewhere, listed through the session's quiet system calls.

import type { Syscalls } from './kernel/syscall-table';
import type { Completion } from './protocol';

const WORD_BREAKS = ' \t\n;|&<>()';
const NEEDS_ESCAPE = /[\s'"\\$`;&|<>()*?[\]#!{}]/g;

/**
 * Tab at `cursor`, as bash's readline completion: a command name in command position (the first
 * word, or after `;`, `|`, `&`, `(`), else a path relative to the shell's cwd. Simplified: quotes
 * are honoured only at the start of a word, and `~` and `$VAR` are not expanded.
 */
export function completeLine(
  sys: Syscalls,
  commands: readonly string[],
  line: string,
  cursor: number,
): Completion {
  let start = cursor;
  while (start > 0 && !(WORD_BREAKS.includes(line[start - 1]) && line[start - 2] !== '\\')) start--;
  let raw = line.slice(start, cursor);
  const quoted = raw.startsWith("'") || raw.startsWith('"');
  if (quoted) raw = raw.slice(1);
  const word = quoted ? raw : raw.replace(/\\(.)/g, '$1');
  const escape = (text: string) => (quoted ? text : text.replace(NEEDS_ESCAPE, '\\$&'));
  const before = line.slice(0, start).trimEnd();
  const commandPosition = before === '' || /[;|&(]$/.test(before);
  if (commandPosition && !word.includes('/')) {
    const names = commands.filter((c) => c.startsWith(word));
    return finish(start + (quoted ? 1 : 0), cursor, word, names, names.length === 1 ? ' ' : '', escape);
  }
  const slash = raw.lastIndexOf('/') + 1;
  const dir = word.slice(0, word.lastIndexOf('/') + 1);
  const base = word.slice(dir.length);
  const listed = sys.readdir(dir === '' ? '.' : dir);
  const entries = listed.ok ? listed.value : [];
  const names = entries
    .filter((e) => e.name.startsWith(base) && (base.startsWith('.') || !e.name.startsWith('.')))
    .map((e) => e.name + (e.isDir ? '/' : ''));
  const single = names.length === 1 && !names[0].endsWith('/') ? ' ' : '';
  return finish(start + (quoted ? 1 : 0) + slash, cursor, base, names, single, escape);
}

function finish(
  start: number,
  end: number,
  typed: string,
  names: string[],
  suffix: string,
  escape: (text: string) => string,
): Completion {
  names.sort();
  if (names.length === 0) return { start, end, replacement: escape(typed), candidates: [] };
  let common = names[0];
  for (const n of names) while (!n.startsWith(common)) common = common.slice(0, -1);
  if (common.length < typed.length) common = typed;
  return { start, end, replacement: escape(common) + suffix, candidates: names };
}

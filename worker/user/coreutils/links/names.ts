// Models the gnulib file-name helpers ln builds its destinations with: last_component(),
// dir_name() and file_name_concat() (a directory and a base joined by one slash), plus yesno(),
// the answer to an interactive prompt read from standard input as stdio would (buffered, so
// several prompts in one run share what one read brought).

import type { Syscalls } from '../../../kernel/syscall-table';
import { readBlocking, type Wait } from '../../process';

/** last_component(): what follows the last slash that has something after it (`a/b/` → `b/`). */
export function lastComponent(name: string): string {
  const trimmed = name.replace(/\/+$/, '');
  return name.slice(trimmed.lastIndexOf('/') + 1).replace(/^\/+/, '');
}

/** dir_name(): the directory part without trailing slashes: `a/b` → `a`, `b` → `.`, `/b` → `/`. */
export function dirName(name: string): string {
  const trimmed = name.replace(/(.)\/+$/, '$1');
  const slash = trimmed.lastIndexOf('/');
  if (slash < 0) return '.';
  const dir = trimmed.slice(0, slash).replace(/\/+$/, '');
  return dir === '' ? '/' : dir;
}

/** file_name_concat(): `dir` without its trailing slashes, one slash, then `base`. */
export function fileNameConcat(dir: string, base: string): string {
  const trimmed = dir.replace(/\/+$/, '');
  return trimmed === '' ? '/' + base : `${trimmed}/${base}`;
}

/** Standard input as getline() sees it, for yes/no answers. */
export class AnswerReader {
  private buffered = '';
  private eof = false;

  constructor(private readonly sys: Syscalls) {}

  /** yesno(): reads a line; true when it starts with `y` or `Y` (rpmatch in the C locale). */
  *yes(): Generator<Wait, boolean, void> {
    while (!this.buffered.includes('\n') && !this.eof) {
      const got = yield* readBlocking(this.sys, 0, 4096);
      if (typeof got === 'number' || got.length === 0) this.eof = true;
      else this.buffered += String.fromCharCode(...got);
    }
    const nl = this.buffered.indexOf('\n');
    const line = nl < 0 ? this.buffered : this.buffered.slice(0, nl);
    this.buffered = nl < 0 ? '' : this.buffered.slice(nl + 1);
    return /^[yY]/.test(line);
  }
}

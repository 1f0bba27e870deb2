// Models execute.c's append queue: what `a` (its text), `r` (a file) and `R` (the next line of a
// file) put out at the end of the cycle, or when n, N or q read on; and print_file(), for which a
// file that cannot be read counts as empty.

import { O_RDONLY } from '../../../kernel/syscalls';
import { latin1String } from '../../../kernel/lib/utf8';
import type { Syscalls } from '../../../kernel/syscall-table';
import { BUFSIZ } from '../../stdio';
import { readBlocking, type Wait } from '../../process';
import { pathOf } from './bytes';
import type { OutputFile } from './output';

/** R's files: their text, read when the script was compiled (null when unreadable), and how far R got. */
export type ReadFiles = Map<string, { text: string | null; pos: number }>;

type Queued = { text: string } | { file: string };

export class AppendQueue {
  private queue: Queued[] = [];

  constructor(
    private readonly sys: Syscalls,
    private readonly readFiles: ReadFiles,
    private readonly delimiter: string,
  ) {}

  get empty(): boolean {
    return this.queue.length === 0;
  }

  text(text: string): void {
    this.queue.push({ text });
  }

  file(name: string): void {
    this.queue.push({ file: name });
  }

  /** R: the next line of its file, with its delimiter (if it had one). */
  lineOf(name: string): void {
    const f = this.readFiles.get(name);
    if (!f || f.text === null || f.pos >= f.text.length) return;
    const at = f.text.indexOf(this.delimiter, f.pos);
    const end = at < 0 ? f.text.length : at + 1;
    this.queue.push({ text: f.text.slice(f.pos, end) });
    f.pos = end;
  }

  /** rewind_read_files(): R starts again at the first line of each file (with -s and -i). */
  rewind(): void {
    for (const f of this.readFiles.values()) f.pos = 0;
  }

  /** dump_append_queue(). */
  *dump(out: OutputFile): Generator<Wait, void, void> {
    out.supplyNewline(this.delimiter);
    const queue = this.queue;
    this.queue = [];
    for (const q of queue) {
      if ('text' in q) out.write(q.text);
      else yield* this.copyFile(q.file, out);
    }
  }

  /** print_file(). */
  *copyFile(name: string, out: OutputFile): Generator<Wait, void, void> {
    const fd = this.sys.open(pathOf(name), O_RDONLY);
    if (fd < 0) return;
    for (;;) {
      const got = yield* readBlocking(this.sys, fd, BUFSIZ);
      if (typeof got === 'number' || got.length === 0) break;
      out.write(latin1String(got));
    }
    this.sys.close(fd);
  }
}

// Models execute.c's `struct input`: the input files one after another as one stream of lines (or
// each on its own with -s and -i), read a block at a time through the blocking read so sed on a
// terminal or a pipe waits for its next line; the look-ahead `$` needs (test_eof, which may open
// the files that follow to find one that is not empty); `can't read` for a file that will not
// open. With -i the file is read whole, and its new text goes to memory until closedown writes
// it back: there is no rename(2) here, so the file is truncated and rewritten in place, after the
// backup (-iSUFFIX) has been written out in full.

import { O_CREAT, O_RDONLY, O_TRUNC, O_WRONLY, SEEK_CUR } from '../../../kernel/syscalls';
import { strerror } from '../../../kernel/lib/errno';
import { latin1String } from '../../../kernel/lib/utf8';
import type { Syscalls } from '../../../kernel/syscall-table';
import { BUFSIZ } from '../../stdio';
import { S_IFREG, concatBytes, fileType, isatty, readBlocking, type Wait } from '../../process';
import { pathOf } from './bytes';
import { OutputFile } from './output';
import { SedExit } from './script-text';

export interface InputSettings {
  readonly sys: Syscalls;
  /** Standard output (output_file when not editing in place). */
  readonly stdout: OutputFile;
  /** Writes a diagnostic to standard error as it is (no flush of standard output, as in sed). */
  readonly warn: (message: string) => void;
  readonly separate: boolean;
  /** -i's suffix: `*` when there is no backup, else the backup name with `*` for the file name. */
  readonly inPlace: string | null;
  readonly delimiter: string;
}

interface Source {
  readonly name: string;
  readonly fd: number;
  /** Read but not yet taken, as a byte string. */
  buf: string;
  pos: number;
  eof: boolean;
  /** -i: the original bytes and the new text. */
  edit: { original: Uint8Array; mode: number; chunks: Uint8Array[] } | null;
}

export interface Line {
  readonly text: string;
  /** The line ended with the delimiter (which is not part of `text`). */
  readonly chomped: boolean;
}

export class SedInput {
  lineNumber = 0;
  /** Files that could not be opened: exit status 2. */
  badCount = 0;
  /** Whether line numbers, hold space and ranges start afresh with the next file. */
  private resetAtNextFile = true;
  /** output_file: standard output, or the new text of the file edited in place. */
  output: OutputFile;
  private next = 0;
  private cur: Source | null = null;

  constructor(
    private readonly settings: InputSettings,
    private readonly files: readonly string[],
  ) {
    this.output = settings.stdout;
  }

  /** in_file_name, for `F`. */
  get fileName(): string {
    return this.cur?.name ?? '-';
  }

  /** Whether the file about to open starts afresh (the first, or each one with -s or -i). */
  takeReset(): boolean {
    const reset = this.resetAtNextFile;
    if (reset) this.resetAtNextFile = this.settings.separate;
    return reset;
  }

  hasMoreFiles(): boolean {
    return this.next < this.files.length;
  }

  /** read_file_line(): the next line of the current file; null at its end (or with no file open). */
  *readLine(): Generator<Wait, Line | null, void> {
    const src = this.cur;
    if (!src) return null;
    const delim = this.settings.delimiter;
    let from = src.pos;
    for (;;) {
      const at = src.buf.indexOf(delim, from);
      if (at >= 0) {
        const text = src.buf.slice(src.pos, at);
        src.pos = at + 1;
        return { text, chomped: true };
      }
      from = src.buf.length;
      if (src.eof || !(yield* this.fill(src))) break;
      from -= src.pos;
      src.buf = src.buf.slice(src.pos);
      src.pos = 0;
    }
    if (src.pos >= src.buf.length) return null;
    const text = src.buf.slice(src.pos);
    src.buf = '';
    src.pos = 0;
    return { text, chomped: false };
  }

  /** Reads one more block; false at end of file. A read error ends sed. */
  private *fill(src: Source): Generator<Wait, boolean, void> {
    const got = yield* readBlocking(this.settings.sys, src.fd, BUFSIZ);
    if (typeof got === 'number') {
      throw new SedExit(`read error on ${src.fd === 0 ? 'stdin' : src.name}: ${strerror(got)}`, 4);
    }
    if (got.length === 0) {
      src.eof = true;
      return false;
    }
    src.buf += latin1String(got);
    return true;
  }

  /** test_eof(): whether the line just read is the last one (of this file, with -s). */
  *atEof(): Generator<Wait, boolean, void> {
    const src = this.cur;
    if (src && src.pos < src.buf.length) return false;
    if (src && !src.eof && (yield* this.fill(src))) return false;
    if (this.settings.separate) return true;
    for (;;) {
      this.closeCurrent();
      if (!this.hasMoreFiles()) return true;
      this.openNext();
      const next = this.cur as Source | null;
      if (next && (next.pos < next.buf.length || (yield* this.fill(next)))) return false;
    }
  }

  /** open_next_file(): `-` is standard input (except with -i); failure is reported and counted. */
  openNext(): void {
    const { sys, inPlace } = this.settings;
    const name = this.files[this.next++];
    if (name === '-' && inPlace === null) {
      this.cur = { name, fd: 0, buf: '', pos: 0, eof: false, edit: null };
      return;
    }
    const fd = sys.open(pathOf(name), O_RDONLY);
    if (fd < 0) {
      this.settings.warn(`sed: can't read ${name}: ${strerror(fd)}\n`);
      this.badCount++;
      return;
    }
    this.cur = { name, fd, buf: '', pos: 0, eof: false, edit: null };
    if (inPlace !== null) this.cur.edit = this.beginEdit(name, fd);
  }

  /** -i: the file must be a regular file we may write; its whole text is read now. */
  private beginEdit(name: string, fd: number): Source['edit'] {
    const sys = this.settings.sys;
    if (isatty(sys, fd)) throw new SedExit(`couldn't edit ${name}: is a terminal`, 4);
    const st = sys.fstat(fd);
    if (!st.ok || fileType(st.value.mode) !== S_IFREG) {
      throw new SedExit(`couldn't edit ${name}: not a regular file`, 4);
    }
    const chunks: Uint8Array[] = [];
    for (;;) {
      const got = sys.read(fd, BUFSIZ);
      if (typeof got === 'number') throw new SedExit(`read error on ${name}: ${strerror(got)}`, 4);
      if (got.length === 0) break;
      chunks.push(got);
    }
    const original = concatBytes(chunks);
    const probe = sys.open(pathOf(name), O_WRONLY);
    if (probe < 0) {
      const dir = name.includes('/') ? name.slice(0, name.lastIndexOf('/')) : '.';
      throw new SedExit(`couldn't open temporary file ${dir}/sedXXXXXX: ${strerror(probe)}`, 4);
    }
    sys.close(probe);
    const cur = this.cur as Source;
    cur.buf = latin1String(original);
    cur.eof = true;
    const memory = OutputFile.memory(name);
    this.output = memory.file;
    return { original, mode: st.value.mode & 0o7777, chunks: memory.chunks };
  }

  /** closedown(): closes the current file; with -i writes the backup, then the new text. */
  closeCurrent(): void {
    const src = this.cur;
    if (!src) return;
    this.cur = null;
    const sys = this.settings.sys;
    if (src.fd === 0) {
      // NOTE: fclose() gives a seekable standard input back what sed read ahead but did not use.
      const unread = src.buf.length - src.pos;
      if (unread > 0) sys.lseek(0, -unread, SEEK_CUR);
      return;
    }
    sys.close(src.fd);
    if (!src.edit) return;
    const suffix = this.settings.inPlace as string;
    if (suffix !== '*') {
      const backup = suffix.split('*').join(src.name);
      this.writeWhole(backup, [src.edit.original], O_CREAT, src.edit.mode, src.name);
    }
    this.writeWhole(src.name, src.edit.chunks, 0, 0, src.name);
    this.output = this.settings.stdout;
  }

  private writeWhole(path: string, chunks: Uint8Array[], create: number, mode: number, name: string): void {
    const sys = this.settings.sys;
    const fd = sys.open(pathOf(path), O_WRONLY | O_TRUNC | create, mode);
    if (fd < 0) throw new SedExit(`cannot rename ${name}: ${strerror(fd)}`, 4);
    const data = concatBytes(chunks);
    for (let at = 0; at < data.length;) {
      const n = sys.write(fd, data.subarray(at));
      if (n <= 0) {
        sys.close(fd);
        throw new SedExit(`couldn't write ${data.length - at} items to ${path}: ${strerror(n || -28)}`, 4);
      }
      at += n;
    }
    sys.close(fd);
  }
}

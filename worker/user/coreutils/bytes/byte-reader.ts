// Models a C stdio input stream read with getc(): blocking reads of BUFSIZ bytes behind a byte at a
// time, and fseek(), which drops what was buffered. xxd reads its input this way.

import { SEEK_CUR, SEEK_END, SEEK_SET } from '../../../kernel/syscalls';
import { EINVAL } from '../../../kernel/lib/errno';
import type { Syscalls } from '../../../kernel/syscall-table';
import { fileType, readBlocking, S_IFREG, type Wait } from '../../process';
import { BUFSIZ } from '../../stdio';

/**
 * lseek(fd, offset, SEEK_END). NOTE: the model's files have no SEEK_END, so a regular file's end is
 * taken from fstat; anything else gets the kernel's own answer.
 */
export function seekFromEnd(sys: Syscalls, fd: number, offset: number): number {
  const st = sys.fstat(fd);
  if (st.ok && fileType(st.value.mode) === S_IFREG) {
    const pos = st.value.size + offset;
    return pos < 0 ? -EINVAL : sys.lseek(fd, pos, SEEK_SET);
  }
  return sys.lseek(fd, offset, SEEK_END);
}

/** A stdio input stream read a byte at a time: getc() over blocking reads. */
export class ByteReader {
  private buf: Uint8Array = new Uint8Array(0);
  private pos = 0;
  /** The errno (positive) of a failed read, 0 while none failed. */
  error = 0;
  /** glibc's end-of-file indicator: once set, getc() reads no more (a terminal is not asked again). */
  private eof = false;

  constructor(
    private readonly sys: Syscalls,
    readonly fd: number,
  ) {}

  /** The next byte, or -1 at end of file or after a read error. */
  *getc(): Generator<Wait, number, void> {
    if (this.pos === this.buf.length) {
      if (this.error || this.eof) return -1;
      const got = yield* readBlocking(this.sys, this.fd, BUFSIZ);
      if (typeof got === 'number') {
        this.error = -got;
        return -1;
      }
      if (got.length === 0) {
        this.eof = true;
        return -1;
      }
      this.buf = got;
      this.pos = 0;
    }
    return this.buf[this.pos++];
  }

  /** fseek(): drops what is buffered and moves the descriptor; the new offset or a negative errno. */
  seek(offset: number, whence: number): number {
    let r: number;
    if (whence === SEEK_CUR) r = this.sys.lseek(this.fd, offset - (this.buf.length - this.pos), whence);
    else if (whence === SEEK_END) r = seekFromEnd(this.sys, this.fd, offset);
    else r = this.sys.lseek(this.fd, offset, whence);
    if (r >= 0) {
      this.buf = new Uint8Array(0);
      this.pos = 0;
      this.eof = false;
    }
    return r;
  }
}

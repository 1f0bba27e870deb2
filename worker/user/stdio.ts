// Models a C library FILE stream on a descriptor: line-buffered (bash's stdout, a terminal),
// fully buffered (a program's stdout to a file or pipe) or unbuffered (stderr). Each flush is one
// full_write(), so the number of write() calls matches what the real programs make (KERNEL-MODEL §g.2).

import type { Syscalls } from '../kernel/syscall-table';
import { encodeText } from './bytes';
import { concatBytes, writeAll } from './process';

export type BufferMode = 'line' | 'full' | 'none';

/** glibc's BUFSIZ: a fully buffered stream writes in blocks of this size. */
export const BUFSIZ = 4096;

export class Stdio {
  private chunks: Uint8Array[] = [];
  private size = 0;
  /** errno (positive) of the last failed write, 0 while none failed: ferror() plus errno. */
  error = 0;

  constructor(
    private readonly sys: Syscalls,
    readonly fd: number,
    private readonly mode: BufferMode,
  ) {}

  write(data: string | Uint8Array): void {
    const bytes = typeof data === 'string' ? encodeText(data) : data;
    if (bytes.length === 0) return;
    if (this.mode === 'none') {
      this.emit(bytes);
      return;
    }
    this.chunks.push(bytes);
    this.size += bytes.length;
    if (this.mode === 'line') this.flushLines();
    else if (this.size >= BUFSIZ) this.flushBlocks();
  }

  /** fflush(): writes whatever is buffered. Returns false when a write failed. */
  flush(): boolean {
    if (this.size > 0) {
      const all = this.take();
      this.emit(all);
    }
    return this.error === 0;
  }

  private take(): Uint8Array {
    const all = concatBytes(this.chunks, this.size);
    this.chunks = [];
    this.size = 0;
    return all;
  }

  /** Line buffering: every complete line is its own write(); a trailing piece stays buffered. */
  private flushLines(): void {
    const all = this.take();
    let start = 0;
    for (let nl = all.indexOf(0x0a); nl >= 0; nl = all.indexOf(0x0a, start)) {
      this.emit(all.subarray(start, nl + 1));
      start = nl + 1;
    }
    if (start < all.length) {
      this.chunks.push(all.subarray(start));
      this.size = all.length - start;
    }
  }

  private flushBlocks(): void {
    const all = this.take();
    const whole = all.length - (all.length % BUFSIZ);
    for (let at = 0; at < whole; at += BUFSIZ) this.emit(all.subarray(at, at + BUFSIZ));
    if (whole < all.length) {
      this.chunks.push(all.subarray(whole));
      this.size = all.length - whole;
    }
  }

  private emit(bytes: Uint8Array): void {
    const err = writeAll(this.sys, this.fd, bytes);
    if (err < 0) this.error = -err;
  }
}

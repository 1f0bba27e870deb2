// Models the output side of struct trace_seq / seq_file (kernel/trace/trace_seq.c): the bytes a
// rendering of `trace` or `trace_pipe` prints, written straight into a growable byte array with no
// intermediate string.

import { encodeUtf8 } from '../lib/utf8';

/** A growable byte buffer; `buf[0 .. len)` is what has been printed. */
export class TraceSeq {
  buf: Uint8Array;
  len = 0;

  constructor(capacity = 4096) {
    this.buf = new Uint8Array(Math.max(64, capacity));
  }

  /** Makes room for `n` more bytes. */
  reserve(n: number): void {
    if (this.len + n <= this.buf.length) return;
    const grown = new Uint8Array(Math.max(this.buf.length * 2, this.len + n));
    grown.set(this.buf.subarray(0, this.len));
    this.buf = grown;
  }

  /** Appends one byte. */
  byte(b: number): void {
    if (this.len === this.buf.length) this.reserve(1);
    this.buf[this.len++] = b;
  }

  /** Appends `bytes[start .. end)`. */
  bytes(bytes: Uint8Array, start = 0, end = bytes.length): void {
    const n = end - start;
    this.reserve(n);
    const out = this.buf;
    let pos = this.len;
    if (n <= 32) for (let i = start; i < end; i++) out[pos++] = bytes[i];
    else out.set(bytes.subarray(start, end), pos);
    this.len += n;
  }

  /** Appends `text` as UTF-8. */
  text(text: string): void {
    this.bytes(encodeUtf8(text));
  }

  /** Appends `n` (a non-negative integer) in decimal, right-aligned in `width` with `pad` (a byte). */
  decimal(n: number, width: number, pad: number): void {
    let digits = 1;
    for (let m = n; m >= 10; m = Math.floor(m / 10)) digits++;
    const size = digits > width ? digits : width;
    this.reserve(size);
    const out = this.buf;
    let pos = this.len;
    for (let i = digits; i < width; i++) out[pos++] = pad;
    for (let i = pos + digits - 1; i >= pos; i--) {
      const q = Math.floor(n / 10);
      out[i] = 0x30 + (n - q * 10);
      n = q;
    }
    this.len = pos + digits;
  }

  /** What has been printed: a view of the buffer, which the caller now owns. */
  take(): Uint8Array {
    return this.buf.subarray(0, this.len);
  }
}

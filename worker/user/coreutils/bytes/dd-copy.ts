// Models dd's copy (coreutils dd.c dd_copy): skip= over the input and seek= over the output, then
// ibs-sized reads (one read each, or filled with iflag=fullblock), counted as full or partial
// records, converted (ucase, lcase, swab, sync padding, block/unblock to cbs-sized records) and
// written: as read with bs=, else gathered into obs-sized writes. A short read after another one
// with bs= and count= or skip= draws dd's partial-read warning.

import { ENOSPC, strerror } from '../../../kernel/lib/errno';
import { SEEK_CUR } from '../../../kernel/syscalls';
import { fileType, readBlocking, S_IFREG, type Wait } from '../../process';
import { quoteaf, quotef, type Tool } from '../tool';
import { CONV, FULLBLOCK, type DdArgs } from './dd-args';

export interface End {
  readonly fd: number;
  /** The name diagnostics use: the file, or `standard input` / `standard output`. */
  readonly name: string;
}

export class Copier {
  rFull = 0;
  rPartial = 0;
  wFull = 0;
  wPartial = 0;
  wBytes = 0;
  rTruncate = 0;
  private readonly obuf: Uint8Array;
  private oc = 0;
  private col = 0;
  private pendingSpaces = 0;
  private savedChar = -1;
  private prevRead = 0;
  private warnPartialRead: boolean;

  constructor(
    private readonly t: Tool,
    private readonly a: DdArgs,
    private readonly input: End,
    private readonly output: End,
    private inputOffset: number,
  ) {
    this.obuf = new Uint8Array(a.obs);
    this.warnPartialRead =
      a.oneBuffer &&
      !(a.iflag & FULLBLOCK) &&
      (a.skipRecords > 0 || (a.maxRecords > 0 && a.maxRecords < Infinity));
  }

  /** iread(): one read (or, with iflag=fullblock, reads until `size` or end of file). */
  private *read(size: number): Generator<Wait, Uint8Array | number, void> {
    const parts: Uint8Array[] = [];
    let have = 0;
    do {
      const got = yield* readBlocking(this.t.sys, this.input.fd, size - have);
      if (typeof got === 'number') return got;
      if (got.length > 0 && this.warnPartialRead && this.prevRead > 0 && this.prevRead < size) {
        if (this.a.status !== 'none')
          this.t.error(
            `warning: partial read (${this.prevRead} byte${this.prevRead === 1 ? '' : 's'}); suggest iflag=fullblock`,
            0,
          );
        this.warnPartialRead = false;
      }
      this.prevRead = got.length;
      if (got.length === 0) break;
      parts.push(got);
      have += got.length;
    } while (this.a.iflag & FULLBLOCK && have < size);
    if (parts.length === 1) return parts[0];
    const all = new Uint8Array(have);
    let at = 0;
    for (const part of parts) {
      all.set(part, at);
      at += part.length;
    }
    return all;
  }

  /** iwrite(): writes until done or a write fails; how many bytes went, and the error if one did. */
  private write(data: Uint8Array): { written: number; err: number } {
    let written = 0;
    while (written < data.length) {
      const n = this.t.sys.write(this.output.fd, data.subarray(written));
      if (n < 0) return { written, err: n };
      if (n === 0) return { written, err: -ENOSPC };
      written += n;
    }
    return { written, err: 0 };
  }

  /** The input skip: a seek, or reads over a pipe. Returns the records left unskipped, or an error. */
  private *skipInput(
    records: number,
    bytes: number,
  ): Generator<Wait, { left: number; bytes: number } | string, void> {
    const { a, t, input } = this;
    const offset = records * a.ibs + bytes;
    if (t.sys.lseek(input.fd, offset, SEEK_CUR) >= 0) {
      const st = t.sys.fstat(input.fd);
      let left = 0;
      let moved = offset;
      if (st.ok && fileType(st.value.mode) === S_IFREG && st.value.size < this.inputOffset + offset) {
        left = Math.floor((offset - st.value.size) / a.ibs);
        moved = st.value.size - this.inputOffset;
      }
      this.inputOffset += moved;
      return { left, bytes: 0 };
    }
    let left = records;
    let leftBytes = bytes;
    while (left || leftBytes) {
      const got = yield* this.read(left ? a.ibs : leftBytes);
      if (typeof got === 'number') return `error reading ${quoteaf(input.name)}: ${strerror(got)}`;
      if (got.length === 0) break;
      this.inputOffset += got.length;
      if (left) left--;
      else leftBytes = 0;
    }
    return { left, bytes: leftBytes };
  }

  private outputChar(c: number): string | null {
    this.obuf[this.oc++] = c;
    return this.oc >= this.a.obs ? this.writeOutput() : null;
  }

  /** write_output(): a full output block. */
  private writeOutput(): string | null {
    const { written, err } = this.write(this.obuf.subarray(0, this.a.obs));
    this.wBytes += written;
    this.oc = 0;
    if (err) {
      if (written) this.wPartial++;
      return `writing to ${quoteaf(this.output.name)}: ${strerror(err)}`;
    }
    this.wFull++;
    return null;
  }

  private copy(buf: Uint8Array): string | null {
    const { a } = this;
    const space = 0x20;
    for (const c of buf) {
      let err: string | null = null;
      if (a.conv & CONV.block) {
        if (c === 0x0a) {
          for (let j = this.col; j < a.cbs && !err; j++) err = this.outputChar(space);
          this.col = 0;
        } else {
          if (this.col === a.cbs) this.rTruncate++;
          else if (this.col < a.cbs) err = this.outputChar(c);
          this.col++;
        }
      } else if (a.conv & CONV.unblock) {
        if (this.col++ >= a.cbs) {
          this.col = this.pendingSpaces = 0;
          err = this.outputChar(0x0a) ?? this.copy(Uint8Array.of(c));
        } else if (c === space) this.pendingSpaces++;
        else {
          for (; this.pendingSpaces && !err; this.pendingSpaces--) err = this.outputChar(space);
          err ??= this.outputChar(c);
        }
      } else err = this.outputChar(c);
      if (err) return err;
    }
    return null;
  }

  private convert(buf: Uint8Array): Uint8Array {
    const { a } = this;
    let out = buf;
    if (a.conv & (CONV.ucase | CONV.lcase)) {
      const upper = (a.conv & CONV.ucase) !== 0;
      out = out.map((c) =>
        upper ? (c >= 0x61 && c <= 0x7a ? c - 32 : c) : c >= 0x41 && c <= 0x5a ? c + 32 : c,
      );
    }
    if (a.conv & CONV.swab) {
      const bytes = this.savedChar >= 0 ? [this.savedChar, ...out] : [...out];
      this.savedChar = bytes.length & 1 ? bytes.pop()! : -1;
      for (let i = 0; i + 1 < bytes.length; i += 2) [bytes[i], bytes[i + 1]] = [bytes[i + 1], bytes[i]];
      out = Uint8Array.from(bytes);
    }
    return out;
  }

  /** dd_copy(): returns the exit status; the caller prints the statistics. */
  *run(): Generator<Wait, number, void> {
    const { a, t } = this;
    if (a.skipRecords || a.skipBytes) {
      const wanted = a.skipRecords * a.ibs + a.skipBytes;
      const before = this.inputOffset;
      const r = yield* this.skipInput(a.skipRecords, a.skipBytes);
      if (typeof r === 'string') return (t.error(r), 1);
      if ((r.left || this.inputOffset - before < wanted) && a.status !== 'none')
        t.error(`${quotef(this.input.name)}: cannot skip to specified offset`, 0);
    }
    if (a.seekRecords || a.seekBytes) {
      const r = t.sys.lseek(this.output.fd, a.seekRecords * a.obs + a.seekBytes, SEEK_CUR);
      if (r < 0) return (t.error(`${quotef(this.output.name)}: cannot seek: ${strerror(r)}`), 1);
    }
    if (a.maxRecords === 0 && a.maxBytes === 0) return 0;
    let status = 0;
    for (;;) {
      if (this.rPartial + this.rFull >= a.maxRecords + (a.maxBytes ? 1 : 0)) break;
      const got = yield* this.read(this.rPartial + this.rFull >= a.maxRecords ? a.maxBytes : a.ibs);
      if (typeof got === 'number') {
        t.error(`error reading ${quoteaf(this.input.name)}: ${strerror(got)}`);
        status = 1;
        break;
      }
      if (got.length === 0) break;
      this.inputOffset += got.length;
      let block = got;
      if (got.length < a.ibs) {
        this.rPartial++;
        if (a.conv & CONV.sync) {
          block = new Uint8Array(a.ibs).fill(a.conv & (CONV.block | CONV.unblock) ? 0x20 : 0);
          block.set(got);
        }
      } else this.rFull++;
      if (a.oneBuffer) {
        const { written, err } = this.write(block);
        this.wBytes += written;
        if (err) return (t.error(`error writing ${quoteaf(this.output.name)}: ${strerror(err)}`), 1);
        if (block.length === a.ibs) this.wFull++;
        else this.wPartial++;
        continue;
      }
      const err = this.copy(this.convert(block));
      if (err) return (t.error(err), 1);
    }
    let err: string | null = null;
    if (this.savedChar >= 0) err = this.copy(Uint8Array.of(this.savedChar));
    if (!err && a.conv & CONV.block && this.col > 0)
      for (let i = this.col; i < a.cbs && !err; i++) err = this.outputChar(0x20);
    if (!err && this.col && a.conv & CONV.unblock) err = this.outputChar(0x0a);
    if (err) return (t.error(err), 1);
    if (this.oc) {
      const { written, err: werr } = this.write(this.obuf.subarray(0, this.oc));
      this.wBytes += written;
      if (written) this.wPartial++;
      if (werr) return (t.error(`error writing ${quoteaf(this.output.name)}: ${strerror(werr)}`), 1);
    }
    return status;
  }
}

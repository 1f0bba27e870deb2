// Building blocks shared by the files of a trace array (kernel/trace/trace.c helpers such as
// tracing_open_generic_tr and tracing_entries_read): pinning an instance while a file is open,
// text files computed per open, number writes, and the buffer size text and resize.

import { EINVAL, ENODEV, ENOMEM } from '../lib/errno';
import { parseUserDecimal } from '../lib/kstrtox';
import { encodeUtf8 } from '../lib/utf8';
import { seqRead, type FileOperations, type OpenFile } from '../fs/file';
import { kbForPages, pagesForKb } from './ring-buffer';
import type { TraceArray } from './trace-array';
import { tracingUpdateBuffers, trace } from './trace-event';

/** Buffer sizes the model refuses to hold (§e.9), in KiB per CPU. */
export const MAX_BUFFER_KB = 65536;

/** File operations that keep an instance busy while open (every instance file but per-event ones). */
export function pinning(fops: FileOperations): FileOperations {
  return {
    ...fops,
    open(inode, file) {
      const err = fops.open ? fops.open(inode, file) : 0;
      if (!err) trArray(file).pins++;
      return err;
    },
    release(inode, file) {
      trArray(file).pins--;
      fops.release?.(inode, file);
    },
  };
}

/** The trace array a file of this module belongs to (its inode's private data, or a per-CPU file's). */
export function trArray(file: OpenFile): TraceArray {
  const p = file.inode.private as TraceArray | { tr: TraceArray };
  return 'tr' in p ? p.tr : p;
}

/** A read-only text file whose contents are computed at the first read of each open. */
export function textFile(show: (tr: TraceArray) => string, write?: FileOperations['write']): FileOperations {
  return {
    read: (file, count, ppos) =>
      trArray(file).removed ? -ENODEV : seqRead(file, count, ppos, () => encodeUtf8(show(trArray(file)))),
    write,
  };
}

/** A write handler taking an unsigned decimal (§d.3 rules). */
export function decimalWrite(apply: (tr: TraceArray, value: bigint) => number): FileOperations['write'] {
  return (file, data) => {
    const parsed = parseUserDecimal(data);
    if (!parsed.ok) return parsed.err;
    const err = apply(trArray(file), parsed.value);
    return err || data.length;
  };
}

export function bufferSizeText(tr: TraceArray, cpu: number | null): string {
  const sizes = cpu === null ? [0, 1].map((c) => tr.buffer.pages(c)) : [tr.buffer.pages(cpu)];
  if (sizes.some((p) => p !== sizes[0])) return 'X\n';
  const suffix = cpu === null && !trace.expanded ? ' (expanded: 1408)' : '';
  return `${kbForPages(sizes[0])}${suffix}\n`;
}

export function resizeTo(tr: TraceArray, kb: bigint, cpu?: number): number {
  if (kb === 0n) return -EINVAL;
  if (kb > BigInt(MAX_BUFFER_KB)) return -ENOMEM;
  tracingUpdateBuffers();
  tr.buffer.resize(pagesForKb(Number(kb)), cpu);
  return 0;
}

// Models reading the trace buffer (kernel/trace/trace.c: tracing_open/s_show, tracing_read_pipe,
// tracing_mark_write): `trace` never consumes, `trace_pipe` consumes and blocks when empty,
// `trace_marker` records text. Per-CPU files point at one CPU of the same buffer.

import { EAGAIN, EBADF, EINVAL, ENODEV } from '../lib/errno';
import { ERESTARTSYS, O_NONBLOCK, O_TRUNC, type FileOperations, type OpenFile } from '../fs/file';
import { newEntryRef } from './ring-buffer';
import { TRACE_ENTRY_SIZE } from './ring-page';
import type { TraceArray } from './trace-array';
import { commOf, fillEntryHeader, saveComm, trace, type TraceEventCall } from './trace-event';
import {
  newRenderer,
  printEntryLen,
  renderEntry,
  renderTrace,
  TRACE_PRINT,
  TRACE_SEQ_SIZE,
  type TraceOutputOptions,
} from './trace-output';
import { TraceSeq } from './trace-seq';

/** The private data of a per-CPU file: its trace array and CPU. */
export interface CpuFile {
  readonly tr: TraceArray;
  readonly cpu: number;
}

export function cpuFile(tr: TraceArray, cpu: number): CpuFile {
  return { tr, cpu };
}

/** The largest text kept from one trace_marker write. */
export const TRACE_MARKER_MAX = 1024;

function target(file: OpenFile): { tr: TraceArray; cpu: number | undefined } {
  const p = file.inode.private as TraceArray | CpuFile;
  return 'cpu' in p && 'tr' in p ? { tr: p.tr, cpu: p.cpu } : { tr: p as TraceArray, cpu: undefined };
}

function outputOptions(tr: TraceArray): TraceOutputOptions {
  return { contextInfo: tr.options.get('context-info') ?? true, irqInfo: tr.options.get('irq-info') ?? true };
}

function eventOf(type: number): TraceEventCall | undefined {
  return trace.calls.get(type);
}

/** `trace`: opening for write with O_TRUNC clears the buffer; reads render it; writes are ignored. */
export const traceFops: FileOperations = {
  open(_inode, file) {
    const { tr, cpu } = target(file);
    if (tr.removed) return -ENODEV;
    if (file.flags & O_TRUNC && (file.flags & 3) !== 0) tr.buffer.reset(cpu);
    return 0;
  },
  read(file, count, ppos) {
    const { tr, cpu } = target(file);
    if (ppos.value === 0 || !file.seq) {
      file.seq = renderTrace(tr.buffer, commOf, outputOptions(tr), eventOf, cpu);
    }
    const chunk = file.seq.subarray(ppos.value, Math.min(file.seq.length, ppos.value + count));
    ppos.value += chunk.length;
    return chunk;
  },
  write: (_file, data) => data.length,
};

/**
 * `trace_pipe`: consumes entries as it renders them. With nothing buffered it blocks, unless the
 * file is non-blocking (EAGAIN) or it has already returned data and tracing is now off (EOF).
 */
export const pipeFops: FileOperations = {
  read(file, count) {
    const { tr, cpu } = target(file);
    if (tr.removed) return -ENODEV;
    const seq = new TraceSeq(Math.min(count, 1 << 16) + TRACE_SEQ_SIZE);
    if (file.seq) seq.bytes(file.seq);
    const r = newRenderer(commOf, outputOptions(tr), eventOf);
    const ref = newEntryRef();
    while (seq.len < count && tr.buffer.consume(cpu, ref) >= 0) renderEntry(r, seq, ref);
    if (seq.len === 0) {
      file.seq = null;
      if (file.flags & O_NONBLOCK) return -EAGAIN;
      if (file.hasRead && !tr.tracingOn) return new Uint8Array(0);
      return -ERESTARTSYS;
    }
    const all = seq.take();
    file.seq = all.length > count ? all.slice(count) : null;
    return all.subarray(0, Math.min(count, all.length));
  },
  waitQueue: () => ({ name: 'trace_pipe' }),
};

/** `trace_marker`: one entry per write, recorded whenever tracing is on (§e.7). */
export const traceMarkerFops: FileOperations = {
  write(file, data) {
    const { tr } = target(file);
    if (tr.removed) return -ENODEV;
    // The ring buffer refuses the reservation while tracing is off (or when it is full and does not
    // overwrite): tracing_mark_write() answers as if the file were not open for writing.
    if (!tr.tracingOn) return -EBADF;
    const kept = data.subarray(0, TRACE_MARKER_MAX);
    saveComm();
    const rb = tr.buffer;
    const at = rb.reserve(0, printEntryLen(kept.length), TRACE_ENTRY_SIZE + kept.length);
    if (at >= 0) {
      fillEntryHeader(rb.reserved, at, TRACE_PRINT);
      rb.reserved.set(kept, at + TRACE_ENTRY_SIZE);
      rb.commit(tr.options.get('overwrite') ?? true);
    } else return -EBADF;
    return data.length;
  },
  read: () => -EINVAL,
};

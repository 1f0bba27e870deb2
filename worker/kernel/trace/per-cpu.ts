// Models the per-CPU directories of a trace array (kernel/trace/trace.c tracing_init_tracefs_percpu):
// per_cpu/cpuN/{buffer_size_kb, stats, trace, trace_pipe, trace_pipe_raw}, each acting on one CPU.

import { EINVAL } from '../lib/errno';
import { ktimeNs } from '../lib/clock';
import type { FileOperations } from '../fs/file';
import type { Dentry } from '../fs/dentry';
import { tracefsCreateDir, tracefsCreateFile } from '../tracefs/tracefs';
import { isTopLevel, NR_CPUS, type TraceArray } from './trace-array';
import { bufferSizeText, decimalWrite, pinning, resizeTo, textFile } from './trace-fops';
import { cpuFile, pipeFops, traceFops } from './trace-read';

function statsText(tr: TraceArray, cpu: number): string {
  const s = tr.buffer.stats(cpu);
  return (
    `entries: ${s.entries}\noverrun: ${s.overrun}\ncommit overrun: 0\nbytes: ${s.bytes}\n` +
    `oldest event ts: ${fmtTs(s.oldestTs)}\nnow ts: ${fmtTs(ktimeNs())}\n` +
    `dropped events: ${s.dropped}\nread events: ${s.read}\n`
  );
}

function fmtTs(ns: number): string {
  const secs = Math.floor(ns / 1e9);
  const usecs = Math.floor((ns % 1e9) / 1000);
  return `${String(secs).padStart(5)}.${String(usecs).padStart(6, '0')}`;
}

export function createPerCpuDir(tr: TraceArray): void {
  const perCpu = tracefsCreateDir('per_cpu', tr.dir);
  if (!perCpu) return;
  for (let cpu = 0; cpu < NR_CPUS; cpu++) {
    const dir = tracefsCreateDir(`cpu${cpu}`, perCpu) as Dentry;
    const data = cpuFile(tr, cpu);
    const wrap = (f: FileOperations) => (isTopLevel(tr) ? f : pinning(f));
    const sizeFops = textFile(
      () => bufferSizeText(tr, cpu),
      decimalWrite((t, kb) => resizeTo(t, kb, cpu)),
    );
    tracefsCreateFile('buffer_size_kb', 0o640, dir, data, wrap(sizeFops));
    tracefsCreateFile('stats', 0o440, dir, data, wrap(textFile(() => statsText(tr, cpu))));
    tracefsCreateFile('trace', 0o640, dir, data, wrap(traceFops));
    tracefsCreateFile('trace_pipe', 0o440, dir, data, wrap(pipeFops));
    tracefsCreateFile('trace_pipe_raw', 0o440, dir, data, wrap({ read: () => -EINVAL }));
  }
}

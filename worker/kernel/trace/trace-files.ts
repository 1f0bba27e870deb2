// Models the per-trace-array files of kernel/trace/trace.c (init_tracer_tracefs): `trace`,
// `trace_pipe`, `tracing_on`, the buffer size files, `trace_marker`, the option files and the
// Tier 2 files that only need their mode and contents (§a.1, §f.1).

import { EINVAL, ENODEV, ENOMEM } from '../lib/errno';
import { parseUserDecimal } from '../lib/kstrtox';
import { encodeUtf8 } from '../lib/utf8';
import { ktimeNs } from '../lib/clock';
import { O_TRUNC, seqRead, type FileOperations, type OpenFile } from '../fs/file';
import type { Dentry } from '../fs/dentry';
import { tracefsCreateDir, tracefsCreateFile } from '../tracefs/tracefs';
import { kbForPages, pagesForKb } from './ring-buffer';
import { isTopLevel, NR_CPUS, TOP_LEVEL_ONLY_OPTIONS, TRACE_OPTIONS, type TraceArray } from './trace-array';
import { tracingUpdateBuffers, trace } from './trace-event';
import { pipeFops, traceFops, traceMarkerFops, cpuFile } from './trace-read';
import { availableEventsFops, setEventFops } from './set-event';
import { dynamicEventsFops } from './trace-dynevent';

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

function bufferSizeText(tr: TraceArray, cpu: number | null): string {
  const sizes = cpu === null ? [0, 1].map((c) => tr.buffer.pages(c)) : [tr.buffer.pages(cpu)];
  if (sizes.some((p) => p !== sizes[0])) return 'X\n';
  const suffix = cpu === null && !trace.expanded ? ' (expanded: 1408)' : '';
  return `${kbForPages(sizes[0])}${suffix}\n`;
}

function resizeTo(tr: TraceArray, kb: bigint, cpu?: number): number {
  if (kb === 0n) return -EINVAL;
  if (kb > BigInt(MAX_BUFFER_KB)) return -ENOMEM;
  tracingUpdateBuffers();
  tr.buffer.resize(pagesForKb(Number(kb)), cpu);
  return 0;
}

const bufferSizeFops = textFile(
  (tr) => bufferSizeText(tr, null),
  decimalWrite((tr, kb) => resizeTo(tr, kb)),
);

const bufferTotalFops = textFile((tr) => {
  let kb = 0;
  for (let c = 0; c < NR_CPUS; c++) kb += kbForPages(tr.buffer.pages(c));
  return trace.expanded ? `${kb}\n` : `${kb} (expanded: ${1408 * NR_CPUS})\n`;
});

const tracingOnFops = textFile(
  (tr) => (tr.tracingOn ? '1\n' : '0\n'),
  decimalWrite((tr, v) => {
    tr.tracingOn = v !== 0n;
    return 0;
  }),
);

const bufferPercentFops = textFile(
  (tr) => `${tr.bufferPercent}\n`,
  decimalWrite((tr, v) => {
    if (v > 100n) return -EINVAL;
    tr.bufferPercent = Number(v);
    return 0;
  }),
);

const currentTracerFops = textFile(
  () => 'nop\n',
  (_file, data) => {
    tracingUpdateBuffers();
    const name = String.fromCharCode(...data.subarray(0, 128)).replace(/\s+$/, '');
    return name === 'nop' ? data.length : -EINVAL;
  },
);

const TRACE_CLOCKS = [
  'local',
  'global',
  'counter',
  'uptime',
  'perf',
  'mono',
  'mono_raw',
  'boot',
  'tai',
  'x86-tsc',
];
const clockOf = new WeakMap<TraceArray, string>();

const traceClockFops = textFile(
  (tr) => TRACE_CLOCKS.map((c) => (c === (clockOf.get(tr) ?? 'local') ? `[${c}]` : c)).join(' ') + '\n',
  (file, data) => {
    const name = String.fromCharCode(...data.subarray(0, 64)).trim();
    if (!TRACE_CLOCKS.includes(name)) return -EINVAL;
    clockOf.set(trArray(file), name);
    return data.length;
  },
);

const traceOptionsFops = textFile(
  (tr) =>
    TRACE_OPTIONS.filter(([n]) => isTopLevel(tr) || !TOP_LEVEL_ONLY_OPTIONS.has(n))
      .map(([n]) => (tr.options.get(n) ? n : `no${n}`))
      .join('\n') + '\n',
  (file, data) => {
    const word = String.fromCharCode(...data.subarray(0, 128)).trim();
    const off = word.startsWith('no');
    const name = off ? word.slice(2) : word;
    const tr = trArray(file);
    if (!tr.options.has(name)) return -EINVAL;
    tr.options.set(name, !off);
    return data.length;
  },
);

interface OptionFile {
  tr: TraceArray;
  name: string;
}

const optionFileFops: FileOperations = {
  read: (file, count, ppos) => {
    const of = file.inode.private as OptionFile;
    return seqRead(file, count, ppos, () => encodeUtf8(of.tr.options.get(of.name) ? '1\n' : '0\n'));
  },
  write: (file, data) => {
    const of = file.inode.private as OptionFile;
    const parsed = parseUserDecimal(data);
    if (!parsed.ok) return parsed.err;
    if (parsed.value > 1n) return -EINVAL;
    of.tr.options.set(of.name, parsed.value === 1n);
    return data.length;
  },
};

const errorLogFops: FileOperations = { read: () => new Uint8Array(0), write: (_f, d) => d.length };
const freeBufferFops: FileOperations = {
  write: (_f, d) => d.length,
  release(_inode, file) {
    trArray(file).buffer.resize(2);
  },
};
const rejectWrite: FileOperations['write'] = () => -EINVAL;
const emptyText = (write?: FileOperations['write']) => textFile(() => '', write);

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

/** Creates every file and directory a trace array has (§a.1 for the top level, §f.1 for instances). */
export function createTraceFiles(tr: TraceArray): void {
  const d = tr.dir;
  const top = isTopLevel(tr);
  const file = (name: string, mode: number, fops: FileOperations, data: unknown = tr) =>
    tracefsCreateFile(name, mode, d, data, top ? fops : pinning(fops));
  file(
    'available_tracers',
    0o440,
    textFile(() => 'nop\n'),
  );
  file('buffer_percent', 0o440, bufferPercentFops);
  file('buffer_size_kb', 0o640, bufferSizeFops);
  file('buffer_total_size_kb', 0o440, bufferTotalFops);
  file('current_tracer', 0o640, currentTracerFops);
  file('error_log', 0o640, errorLogFops);
  file('free_buffer', 0o200, freeBufferFops);
  file('set_event', 0o640, setEventFops);
  file('set_event_notrace_pid', 0o640, emptyText(rejectWrite));
  file('set_event_pid', 0o640, emptyText(rejectWrite));
  file(
    'timestamp_mode',
    0o440,
    textFile(() => '[delta] absolute\n'),
  );
  file('trace', 0o640, traceFops);
  file('trace_clock', 0o640, traceClockFops);
  file('trace_marker', 0o220, traceMarkerFops);
  file('trace_marker_raw', 0o220, { write: rejectWrite });
  file('trace_options', 0o640, traceOptionsFops);
  file('trace_pipe', 0o440, pipeFops);
  file(
    'tracing_cpumask',
    0o640,
    textFile(() => '3\n', rejectWrite),
  );
  file('tracing_on', 0o640, tracingOnFops);
  createOptionsDir(tr);
  createPerCpuDir(tr);
  if (!top) return;
  file(
    'README',
    0o440,
    textFile(() => README),
  );
  file('available_events', 0o440, availableEventsFops);
  file('dynamic_events', 0o640, dynamicEventsFops);
  file('printk_formats', 0o440, emptyText());
  file(
    'saved_cmdlines',
    0o440,
    textFile(() => [...trace.comms].map(([p, c]) => `${p} ${c}\n`).join('')),
  );
  file(
    'saved_cmdlines_size',
    0o640,
    textFile(
      () => '128\n',
      decimalWrite((_tr, v) => (v === 0n ? -EINVAL : 0)),
    ),
  );
  file('saved_tgids', 0o440, emptyText());
  file(
    'tracing_thresh',
    0o640,
    textFile(() => '0\n', rejectWrite),
  );
}

function createOptionsDir(tr: TraceArray): void {
  const dir = tracefsCreateDir('options', tr.dir);
  if (!dir) return;
  for (const [name] of TRACE_OPTIONS) {
    if (!isTopLevel(tr) && TOP_LEVEL_ONLY_OPTIONS.has(name)) continue;
    const fops = isTopLevel(tr) ? optionFileFops : pinning(optionFileFops);
    tracefsCreateFile(name, 0o640, dir, { tr, name } satisfies OptionFile, fops);
  }
}

function createPerCpuDir(tr: TraceArray): void {
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

/** True when an open of `trace` asks for the buffer to be cleared. */
export function truncates(file: OpenFile): boolean {
  return (file.flags & O_TRUNC) !== 0 && (file.flags & 3) !== 0;
}

const README =
  'tracing mini-HOWTO (tracefs playground model):\n\n' +
  '# echo 0 > tracing_on : quick way to disable tracing\n' +
  '# echo 1 > tracing_on : quick way to re-enable tracing\n\n' +
  ' Important files:\n' +
  '  trace\t\t\t- The static contents of the buffer\n' +
  '\t\t\t  To clear the buffer write into this file: echo > trace\n' +
  '  trace_pipe\t\t- A consuming read to see the contents of the buffer\n' +
  '  buffer_size_kb\t- View and modify size of per cpu buffer\n' +
  '  trace_marker\t\t- Writes into this file writes into the kernel buffer\n' +
  '  set_event\t\t- Enables events by name written into it\n' +
  '  dynamic_events\t- Create/append/remove/show the generic dynamic events\n' +
  '\t\t\t  Write into this file to define/undefine new trace events.\n' +
  '\t\t\t  u:[<group>/]<event> [<field>[;<field>]...] - user event\n' +
  '  user_events_data\t- Register and write user events (ioctl DIAG_IOCSREG)\n' +
  '  user_events_status\t- Status bits of the registered user events\n' +
  '  namespaces/\t\t- mkdir a name to create a tracing namespace (RFC)\n' +
  '  instances/\t\t- mkdir a name to create a new trace array\n';

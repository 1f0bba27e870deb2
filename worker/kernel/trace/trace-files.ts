// Models the per-trace-array files of kernel/trace/trace.c (init_tracer_tracefs): `trace`,
// `trace_pipe`, `tracing_on`, the buffer size files, `trace_marker`, the option files and the
// Tier 2 files that only need their mode and contents (§a.1, §f.1).

import { EINVAL } from '../lib/errno';
import type { FileOperations } from '../fs/file';
import { tracefsCreateFile } from '../tracefs/tracefs';
import { kbForPages } from './ring-buffer';
import { isTopLevel, NR_CPUS, type TraceArray } from './trace-array';
import { tracingUpdateBuffers, trace } from './trace-event';
import { pipeFops, traceFops, traceMarkerFops } from './trace-read';
import { bufferSizeText, decimalWrite, pinning, resizeTo, textFile, trArray } from './trace-fops';
import { createPerCpuDir } from './per-cpu';
import { createOptionsDir, traceOptionsFops } from './trace-options';
import { availableEventsFops, setEventFops } from './set-event';
import { dynamicEventsFops } from './trace-dynevent';

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

const errorLogFops: FileOperations = { read: () => new Uint8Array(0), write: (_f, d) => d.length };
const freeBufferFops: FileOperations = {
  write: (_f, d) => d.length,
  release(_inode, file) {
    trArray(file).buffer.resize(2);
  },
};
const rejectWrite: FileOperations['write'] = () => -EINVAL;
const emptyText = (write?: FileOperations['write']) => textFile(() => '', write);

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
  file('buffer_percent', trace.linux612 ? 0o640 : 0o440, bufferPercentFops);
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
    textFile(() => (trace.linux612 ? README_UPSTREAM : README)),
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

/** The linux-6.12 profile's: no namespaces, a status file that is text only. */
const README_UPSTREAM = README.replace(
  '  user_events_status\t- Status bits of the registered user events\n' +
    '  namespaces/\t\t- mkdir a name to create a tracing namespace (RFC)\n',
  '  user_events_status\t- The registered user events and who records them\n',
);

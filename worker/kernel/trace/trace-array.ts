// Models struct trace_array of kernel/trace/trace.h: the top-level tracer and each instance, with
// its ring buffer, on/off switch, options, the events enabled in it and its tracefs directory.

import type { Dentry } from '../fs/dentry';
import { RingBuffer, pagesForKb } from './ring-buffer';
import type { TraceEventCall } from './trace-event';

export const NR_CPUS = 2;
/** The default buffer request, in KiB per CPU (trace_buf_size). */
export const TRACE_BUF_SIZE_DEFAULT_KB = 1408;
/** At boot the top-level buffer holds the minimum: two pages per CPU. */
export const BOOT_PAGES = 2;

/** Option names in trace_options order, with their boot defaults (§a.3). */
export const TRACE_OPTIONS: ReadonlyArray<readonly [string, boolean]> = [
  ['print-parent', true],
  ['sym-offset', false],
  ['sym-addr', false],
  ['verbose', false],
  ['raw', false],
  ['hex', false],
  ['bin', false],
  ['block', false],
  ['trace_printk', true],
  ['annotate', true],
  ['userstacktrace', false],
  ['sym-userobj', false],
  ['printk-msg-only', false],
  ['context-info', true],
  ['latency-format', false],
  ['record-cmd', true],
  ['record-tgid', false],
  ['overwrite', true],
  ['disable_on_free', false],
  ['irq-info', true],
  ['markers', true],
  ['event-fork', false],
  ['pause-on-trace', false],
  ['hash-ptr', true],
  ['stacktrace', false],
  ['test_nop_accept', false],
  ['test_nop_refuse', false],
];

/** Options the top level has but instances do not list in their options/ directory. */
export const TOP_LEVEL_ONLY_OPTIONS = new Set(['trace_printk', 'printk-msg-only', 'record-cmd']);

export interface TraceArray {
  /** Empty for the top level, the directory name for an instance. */
  readonly name: string;
  readonly dir: Dentry;
  readonly buffer: RingBuffer;
  tracingOn: boolean;
  bufferPercent: number;
  readonly options: Map<string, boolean>;
  /** Events enabled in this trace array, in no particular order. */
  readonly enabled: Set<TraceEventCall>;
  /** events/SYSTEM/ directories, and every event of this trace array with its directory, if any. */
  readonly systemDirs: Map<string, Dentry>;
  readonly eventDirs: Map<TraceEventCall, Dentry | null>;
  eventsDir: Dentry | null;
  /** A deleted event had been enabled here: the buffer is reset at the next dynamic_events delete. */
  needsReset: boolean;
  /** Open files that pin an instance (all but the per-event files). */
  pins: number;
  removed: boolean;
  /**
   * The registration count when this array was made: events registered before it are in its
   * event list oldest first, after the ones registered since (newest first), as the kernel's
   * list_add() at the list's head leaves them (set-event.ts).
   */
  readonly bornAtSeq: number;
}

export function newTraceArray(
  name: string,
  dir: Dentry,
  pagesPerCpu: number,
  options: Map<string, boolean>,
  bornAtSeq = 0,
): TraceArray {
  return {
    name,
    dir,
    buffer: new RingBuffer(NR_CPUS, pagesPerCpu),
    tracingOn: true,
    bufferPercent: 50,
    options,
    enabled: new Set(),
    systemDirs: new Map(),
    eventDirs: new Map(),
    eventsDir: null,
    needsReset: false,
    pins: 0,
    removed: false,
    bornAtSeq,
  };
}

export function defaultOptions(): Map<string, boolean> {
  return new Map(TRACE_OPTIONS.map(([name, on]) => [name, on]));
}

export function defaultPages(): number {
  return pagesForKb(TRACE_BUF_SIZE_DEFAULT_KB);
}

export function isTopLevel(tr: TraceArray): boolean {
  return tr.name === '';
}

// Models struct trace_event_call and the global event list of kernel/trace/trace_events.c: event
// IDs, the per-trace-array enable switch, buffer expansion, and recording an event's entry into
// every trace array that has it enabled. Event kinds (user_events) plug in through
// TraceEventOperations; nothing here knows about them.

import { EFAULT, ENODEV, fail, ok, type Result } from '../lib/errno';
import { ktimeNs } from '../lib/clock';
import { kernelState } from '../lib/kernel-state';
import { current } from '../sched/current';
import { isTopLevel, defaultPages, type TraceArray } from './trace-array';

export const FIRST_DYNAMIC_ID = 20;
export const MAX_EVENT_ID = 65535;
/** The largest entry a user event may record in this era (header + payload), in bytes. */
export const MAX_EVENT_ENTRY = 4072;

export interface TraceEventOperations {
  /** The event's `format` file text. */
  format(call: TraceEventCall): string;
  /** Attach (enable) or detach the event for one trace array (class->reg). */
  reg(call: TraceEventCall, tr: TraceArray, enable: boolean): number;
}

export interface TraceEventCall {
  readonly id: number;
  readonly system: string;
  readonly name: string;
  readonly ops: TraceEventOperations;
  /** Registration order, for lists that show the newest event first. */
  readonly seq: number;
  /** Trace arrays in which this event was ever enabled: they need a reset once it is deleted. */
  readonly everEnabled: Set<TraceArray>;
  removed: boolean;
}

/** Global tracing state; boot builds a fresh one. */
export interface TraceState {
  arrays: TraceArray[];
  /** Every registered event by id, in registration order. */
  calls: Map<number, TraceEventCall>;
  nextId: number;
  wrapped: boolean;
  seq: number;
  expanded: boolean;
  /** Comm recording starts with the first enable since boot (§e.4). */
  recordingComms: boolean;
  readonly comms: Map<number, string>;
}

export const trace: TraceState = kernelState(freshState);

function freshState(): TraceState {
  return {
    arrays: [],
    calls: new Map(),
    nextId: FIRST_DYNAMIC_ID,
    wrapped: false,
    seq: 0,
    expanded: false,
    recordingComms: false,
    comms: new Map(),
  };
}

function allocId(): number {
  if (!trace.wrapped && trace.nextId <= MAX_EVENT_ID) return trace.nextId++;
  trace.wrapped = true;
  for (let id = FIRST_DYNAMIC_ID; id <= MAX_EVENT_ID; id++) if (!trace.calls.has(id)) return id;
  return -ENODEV;
}

/** Adds an event to the global list; the caller then creates its directories (trace_add_event_call). */
export function traceAddEventCall(
  system: string,
  name: string,
  ops: TraceEventOperations,
): Result<TraceEventCall> {
  const id = allocId();
  if (id < 0) return fail(id);
  const call: TraceEventCall = {
    id,
    system,
    name,
    ops,
    seq: trace.seq++,
    everEnabled: new Set(),
    removed: false,
  };
  trace.calls.set(id, call);
  return ok(call);
}

/** Drops an event from the list and flags every trace array that ever enabled it for reset. */
export function traceRemoveEventCall(call: TraceEventCall): void {
  for (const tr of trace.arrays) {
    if (tr.enabled.has(call)) {
      tr.enabled.delete(call);
      call.ops.reg(call, tr, false);
    }
  }
  for (const tr of call.everEnabled) tr.needsReset = true;
  call.removed = true;
  trace.calls.delete(call.id);
}

export function isEventEnabledAnywhere(call: TraceEventCall): boolean {
  return trace.arrays.some((tr) => tr.enabled.has(call));
}

/** ftrace_event_enable_disable(): attach or detach one event in one trace array. */
export function eventEnableDisable(tr: TraceArray, call: TraceEventCall, enable: boolean): number {
  if (enable && !tr.enabled.has(call)) {
    tr.enabled.add(call);
    const err = call.ops.reg(call, tr, true);
    if (err) {
      tr.enabled.delete(call);
      return err;
    }
    call.everEnabled.add(tr);
    trace.recordingComms = true;
  } else if (!enable && tr.enabled.has(call)) {
    tr.enabled.delete(call);
    call.ops.reg(call, tr, false);
  }
  return 0;
}

/** tracing_update_buffers(): the first use of tracing expands the top-level buffer to its default. */
export function tracingUpdateBuffers(): void {
  if (trace.expanded) return;
  const top = trace.arrays.find(isTopLevel);
  if (top) top.buffer.resize(defaultPages());
  trace.expanded = true;
}

export function saveComm(): void {
  if (!trace.recordingComms) return;
  const task = current();
  trace.comms.set(task.pid, task.comm);
}

/** The writer's name as trace output prints it: `<idle>` for pid 0, `<...>` if never saved. */
export function commOf(pid: number): string {
  if (pid === 0) return '<idle>';
  return trace.comms.get(pid) ?? '<...>';
}

/** Checks an entry before it is stored (user_events' validators); 0 or a negative errno. */
export interface EntryValidator {
  validate(entry: Uint8Array): number;
}

/** Whether an entry of `len` bytes (header + payload) for `call` would be stored anywhere now. */
export function traceEventWillRecord(call: TraceEventCall, len: number): boolean {
  if (len > MAX_EVENT_ENTRY) return false;
  for (const tr of trace.arrays) if (tr.tracingOn && tr.enabled.has(call)) return true;
  return false;
}

/** The 8-byte common header of an entry (struct trace_entry): type, flags 0, preempt 0, pid. */
export function fillEntryHeader(entry: Uint8Array, call: TraceEventCall): void {
  const pid = current().pid;
  entry[0] = call.id & 0xff;
  entry[1] = (call.id >> 8) & 0xff;
  entry[2] = 0;
  entry[3] = 0;
  entry[4] = pid & 0xff;
  entry[5] = (pid >> 8) & 0xff;
  entry[6] = (pid >> 16) & 0xff;
  entry[7] = (pid >>> 24) & 0xff;
}

/**
 * Stores `entry` (header + payload, see fillEntryHeader) in every trace array where `call` is
 * enabled and tracing is on. The validator checks the entry for each trace array; a failure
 * discards it there and makes the whole write fail with EFAULT (§c.9 step 7). Every trace array
 * that stores the entry shares it: nothing modifies a stored entry.
 */
export function traceEventRecord(call: TraceEventCall, entry: Uint8Array, validator: EntryValidator): number {
  const len = entry.length;
  if (len > MAX_EVENT_ENTRY) return 0;
  let faulted = false;
  for (const tr of trace.arrays) {
    if (!tr.tracingOn || !tr.enabled.has(call)) continue;
    if (validator.validate(entry)) {
      faulted = true;
      continue;
    }
    saveComm();
    const record = { ts: ktimeNs(), pid: current().pid, type: call.id, data: entry, text: null };
    tr.buffer.write(0, len, record, tr.options.get('overwrite') ?? true);
  }
  return faulted ? -EFAULT : 0;
}

/** Empties every trace array flagged by an event deletion (the deferred reset of §e.11). */
export function resetFlaggedBuffers(): void {
  for (const tr of trace.arrays) {
    if (!tr.needsReset) continue;
    tr.buffer.reset();
    tr.needsReset = false;
  }
}

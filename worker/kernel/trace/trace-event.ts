// Models struct trace_event_call and the global event list of kernel/trace/trace_events.c: event
// IDs, the per-trace-array enable switch, buffer expansion, and recording an event's entry into
// every trace array that has it enabled. Event kinds (user_events) plug in through
// TraceEventOperations; nothing here knows about them.

import { EFAULT, ENODEV, fail, ok, type Result } from '../lib/errno';
import { kernelState } from '../lib/kernel-state';
import { copyFromIov } from '../fs/file';
import { current } from '../sched/current';
import { TRACE_ENTRY_SIZE } from './ring-page';
import type { TraceSeq } from './trace-seq';
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
  /**
   * Prints the entry's text after its context into `seq` (event->funcs->trace), given the bytes the
   * line already holds; without it an entry prints as a hex dump (the 6.1 era's user events).
   */
  print?(
    seq: TraceSeq,
    call: TraceEventCall,
    data: Uint8Array,
    offset: number,
    length: number,
    contextBytes: number,
  ): void;
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
  /**
   * The tracing core of Linux 6.12 rather than the RFC's era: event IDs come from an IDA
   * (alloc_trace_event_type), the lowest free one, so a deleted event's ID goes to the next new
   * event, where 6.1 counts up until it wraps; buffer_percent is 0640, not the spec's 0440 (Q9);
   * README names no namespaces.
   */
  linux612: boolean;
  /** On linux612: IDs below nextId given back by deleted events, in ascending order. */
  freedIds: number[];
  seq: number;
  expanded: boolean;
  /** Comm recording starts with the first enable since boot (§e.4). */
  recordingComms: boolean;
  readonly comms: Map<number, string>;
  /** The pid and comm saveComm() stored last, so a repeat costs no map update. */
  savedPid: number;
  savedComm: string;
}

export const trace: TraceState = kernelState(freshState);

function freshState(): TraceState {
  return {
    arrays: [],
    calls: new Map(),
    nextId: FIRST_DYNAMIC_ID,
    wrapped: false,
    linux612: false,
    freedIds: [],
    seq: 0,
    expanded: false,
    recordingComms: false,
    comms: new Map(),
    savedPid: -1,
    savedComm: '',
  };
}

function allocId(): number {
  if (trace.linux612 && trace.freedIds.length > 0) return trace.freedIds.shift()!;
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
  if (trace.linux612) {
    const at = trace.freedIds.findIndex((id) => id > call.id);
    trace.freedIds.splice(at < 0 ? trace.freedIds.length : at, 0, call.id);
  }
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

/** Records the writer's comm once comm recording has started (the last one saved is remembered). */
export function saveComm(): void {
  if (!trace.recordingComms) return;
  const task = current();
  if (task.pid === trace.savedPid && task.comm === trace.savedComm) return;
  trace.comms.set(task.pid, task.comm);
  trace.savedPid = task.pid;
  trace.savedComm = task.comm;
}

/** The writer's name as trace output prints it: `<idle>` for pid 0, `<...>` if never saved. */
export function commOf(pid: number): string {
  if (pid === 0) return '<idle>';
  return trace.comms.get(pid) ?? '<...>';
}

/** Checks an entry in place before it is committed (user_events' validators); 0 or a negative errno. */
export interface EntryValidator {
  /** `bytes[offset .. offset + length)` is the entry: common header and payload. */
  validate(bytes: Uint8Array, offset: number, length: number): number;
}

/** Whether an entry of `len` bytes (header + payload) for `call` would be stored anywhere now. */
export function traceEventWillRecord(call: TraceEventCall, len: number): boolean {
  if (len > MAX_EVENT_ENTRY) return false;
  const arrays = trace.arrays;
  for (let i = 0; i < arrays.length; i++) if (arrays[i].tracingOn && arrays[i].enabled.has(call)) return true;
  return false;
}

/** Writes the 8-byte common header (struct trace_entry) at `at`: type, flags 0, preempt 0, the writer's pid. */
export function fillEntryHeader(entry: Uint8Array, at: number, type: number): void {
  const pid = current().pid;
  entry[at] = type & 0xff;
  entry[at + 1] = (type >> 8) & 0xff;
  entry[at + 2] = 0;
  entry[at + 3] = 0;
  entry[at + 4] = pid & 0xff;
  entry[at + 5] = (pid >> 8) & 0xff;
  entry[at + 6] = (pid >> 16) & 0xff;
  entry[at + 7] = (pid >>> 24) & 0xff;
}

/**
 * Records an entry of `call` (common header + the `length` payload bytes found at offset `skip` of the
 * caller's buffers) in every trace array where `call` is enabled and tracing is on. Each entry is
 * reserved in the ring buffer, built there and checked in place by the validator (null: the event has
 * none): a failure discards it, leaving no trace, and makes the whole write fail with EFAULT (§c.9
 * step 7).
 */
export function traceEventRecord(
  call: TraceEventCall,
  iov: readonly Uint8Array[],
  skip: number,
  length: number,
  validator: EntryValidator | null,
): number {
  const len = TRACE_ENTRY_SIZE + length;
  if (len > MAX_EVENT_ENTRY) return 0;
  let faulted = false;
  const arrays = trace.arrays;
  for (let i = 0; i < arrays.length; i++) {
    const tr = arrays[i];
    if (!tr.tracingOn || !tr.enabled.has(call)) continue;
    const rb = tr.buffer;
    const at = rb.reserve(0, len, len);
    if (at < 0) continue;
    const entry = rb.reserved;
    fillEntryHeader(entry, at, call.id);
    copyFromIov(iov, skip, entry, at + TRACE_ENTRY_SIZE, length);
    if (validator !== null && validator.validate(entry, at, len)) {
      rb.discard();
      faulted = true;
      continue;
    }
    saveComm();
    // NOTE: the option is looked up only when the ring is full, as rb_move_tail() tests RB_FL_OVERWRITE.
    rb.commit(!rb.reservedOnFull || (tr.options.get('overwrite') ?? true));
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

// Models struct user_event of Linux 6.12 (kernel/trace/trace_events_user.c): the one group of the
// machine, finding or creating an event from a register command (user_event_parse_cmd,
// user_event_parse, find_user_event), its reference count with automatic deletion at the last
// reference unless it is persistent (user_event_put, delayed_destroy_user_event), and deleting it
// (destroy_user_event). Fields, `format` and validators are the same code as the 6.1 era's.

import { EADDRINUSE, EINVAL, EMFILE, EPERM, fail, ok, type Result } from '../../lib/errno';
import { kernelState } from '../../lib/kernel-state';
import { scheduleWork } from '../../lib/workqueue';
import { userEventBucket } from '../../lib/jhash';
import { encodeUtf8 } from '../../lib/utf8';
import { current } from '../../sched/current';
import {
  dynEventAdd,
  dynEventRemove,
  type DynEvent,
  type DynEventOperations,
} from '../../trace/trace-dynevent';
import { addEventDirsEverywhere, removeEventDirsEverywhere } from '../../trace/events-dir';
import {
  traceAddEventCall,
  traceRemoveEventCall,
  type EntryValidator,
  type TraceEventCall,
  type TraceEventOperations,
} from '../../trace/trace-event';
import { minSize, parseCommand, parseFields, type UserEventField } from '../fields';
import { entryValidator } from '../validators';
import { USER_EVENT_REG_MULTI_FORMAT, USER_EVENT_REG_PERSIST } from './abi';
import { argvSplit, fieldsMatch } from './match';

export const USER_EVENTS_SYSTEM = 'user_events';
export const USER_EVENTS_MULTI_SYSTEM = 'user_events_multi';
/** max_user_events: kernel.user_events_max at boot. */
export const DEFAULT_MAX_USER_EVENTS = 32768;

/** EVENT_STATUS_FTRACE: some trace array records the event. */
export const EVENT_STATUS_FTRACE = 1;

export interface UpstreamEvent extends DynEvent {
  /** reg_name: the name it was registered with. */
  readonly name: string;
  /** The tracepoint's name: the name, or NAME.ID (hex) for a multi-format event. */
  readonly tpName: string;
  /** tpName in UTF-8, as each trace line prints it. */
  readonly tpNameBytes: Uint8Array;
  readonly flags: number;
  readonly fields: readonly UserEventField[];
  readonly minSize: number;
  readonly call: TraceEventCall;
  readonly validator: EntryValidator | null;
  /** Registration order, for the newest-first order inside a hash bucket. */
  readonly seq: number;
  refcnt: number;
  /** EVENT_STATUS_* bits of who records it. */
  status: number;
  destroyed: boolean;
}

interface Group {
  /** register_table: every event of the machine. */
  readonly events: Set<UpstreamEvent>;
  multiId: number;
  /** current_user_events and max_user_events. */
  count: number;
  max: number;
  seq: number;
}

export const group = kernelState<Group>(() => ({
  events: new Set(),
  multiId: 0,
  count: 0,
  max: DEFAULT_MAX_USER_EVENTS,
  seq: 0,
}));

const callToEvent = new WeakMap<TraceEventCall, UpstreamEvent>();

export function eventOfCall(call: TraceEventCall): UpstreamEvent | null {
  return callToEvent.get(call) ?? null;
}

export function isMultiFormat(flags: number): boolean {
  return (flags & USER_EVENT_REG_MULTI_FORMAT) !== 0;
}

export function eventGet(ev: UpstreamEvent): UpstreamEvent {
  ev.refcnt++;
  return ev;
}

/**
 * user_event_put(): at the last reference a non-persistent event is destroyed by work queued past
 * the current system call, unless someone took a reference again in between.
 */
export function eventPut(ev: UpstreamEvent): void {
  if (--ev.refcnt > 0) return;
  if (ev.flags & USER_EVENT_REG_PERSIST) return;
  ev.refcnt = 1;
  scheduleWork(() => {
    if (--ev.refcnt === 0 && !ev.destroyed) destroyEvent(ev);
  });
}

/** user_event_last_ref(): no reference but the event's own (persistent) or none at all. */
export function isLastRef(ev: UpstreamEvent): boolean {
  return ev.refcnt === (ev.flags & USER_EVENT_REG_PERSIST ? 1 : 0);
}

/** user_event_capable(): persistent events need CAP_PERFMON (root in the model). */
export function isCapable(flags: number): boolean {
  return !(flags & USER_EVENT_REG_PERSIST) || current().cred.uid === 0;
}

/** Every event in register_table order: hash buckets in turn, the newest first inside each. */
export function tableOrder(): UpstreamEvent[] {
  const keyed = [...group.events].map((e) => ({ e, bucket: userEventBucket(e.name) }));
  keyed.sort((x, y) => x.bucket - y.bucket || y.e.seq - x.e.seq);
  return keyed.map((k) => k.e);
}

/** find_user_event(): a reference to the event of that name and fields, null, or EADDRINUSE. */
function findEvent(name: string, argv: readonly string[], flags: number): Result<UpstreamEvent | null> {
  for (const ev of tableOrder()) {
    if (isMultiFormat(flags) !== isMultiFormat(ev.flags) || ev.name !== name) continue;
    if (fieldsMatch(ev.fields, argv)) return ok(eventGet(ev));
    if (isMultiFormat(flags)) continue;
    return fail(EADDRINUSE);
  }
  return ok(null);
}

/**
 * user_event_parse_cmd() + user_event_parse(): the event named by `command`, found or made, with a
 * reference for the caller. `NAME:FLAGS` text flags are refused (none exist).
 */
export function parseAndRegister(
  command: string,
  flags: number,
  ops: TraceEventOperations,
  dynOps: DynEventOperations,
): Result<UpstreamEvent> {
  const parsed = parseCommand(command);
  if (parsed.flags !== null) return fail(EINVAL);
  if (!isCapable(flags)) return fail(EPERM);
  const found = findEvent(parsed.name, parsed.argText === null ? [] : argvSplit(parsed.argText), flags);
  if (!found.ok || found.value) return found as Result<UpstreamEvent>;
  let tpName = parsed.name;
  if (isMultiFormat(flags)) tpName = `${parsed.name}.${(group.multiId++).toString(16)}`;
  const fields = parseFields(parsed.argText);
  if (!fields.ok) return fields;
  if (group.count >= group.max) return fail(EMFILE);
  const system = isMultiFormat(flags) ? USER_EVENTS_MULTI_SYSTEM : USER_EVENTS_SYSTEM;
  const call = traceAddEventCall(system, tpName, ops);
  if (!call.ok) return call;
  const ev: UpstreamEvent = {
    ops: dynOps,
    name: parsed.name,
    tpName,
    tpNameBytes: encodeUtf8(tpName),
    flags,
    fields: fields.value,
    minSize: minSize(fields.value),
    call: call.value,
    validator: entryValidator(fields.value),
    seq: group.seq++,
    refcnt: flags & USER_EVENT_REG_PERSIST ? 2 : 1,
    status: 0,
    destroyed: false,
  };
  callToEvent.set(call.value, ev);
  addEventDirsEverywhere(call.value);
  dynEventAdd(ev);
  group.events.add(ev);
  group.count++;
  return ok(ev);
}

/** destroy_user_event(): gone from every trace array, the dynamic events and the table. */
export function destroyEvent(ev: UpstreamEvent): void {
  ev.destroyed = true;
  removeEventDirsEverywhere(ev.call);
  traceRemoveEventCall(ev.call);
  dynEventRemove(ev);
  group.events.delete(ev);
  group.count--;
}

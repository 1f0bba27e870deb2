// Models struct user_event of kernel/trace/trace_events_user.c (6.1 era, status-bit ABI):
// registering an event in a group (§c.4), its reference count and consumers (§c.2), its status
// bit, and deleting it everywhere (§c.8 step 4).

import { EMFILE, fail, ok, type Result } from '../lib/errno';
import { kernelState } from '../lib/kernel-state';
import { dynEventAdd, dynEventRemove, type DynEvent, type DynEventOperations } from '../trace/trace-dynevent';
import { addEventDirsEverywhere, removeEventDirsEverywhere } from '../trace/events-dir';
import {
  isEventEnabledAnywhere,
  traceAddEventCall,
  traceRemoveEventCall,
  type TraceEventCall,
  type EntryValidator,
  type TraceEventOperations,
} from '../trace/trace-event';
import { minSize, parseCommand, parseFields, type UserEventField } from './fields';
import { formatFile } from './format';
import { entryValidator } from './validators';
import { findFreeBit, freeBit, setStatusBit, takeBit, type UserEventGroup } from './group';

export interface UserEventUsers {
  ftrace: boolean;
  perf: boolean;
  other: boolean;
}

export interface UserEvent extends DynEvent {
  readonly name: string;
  readonly fields: readonly UserEventField[];
  readonly minSize: number;
  readonly bit: number;
  readonly call: TraceEventCall;
  readonly group: UserEventGroup;
  /** Registration order, for the status file's order within a hash bucket. */
  readonly seq: number;
  /** 1 for existing, +1 per data descriptor that registered it, +1 per enabling trace array, +1 per perf. */
  refs: number;
  readonly users: UserEventUsers;
  /** Checks each entry of this event before it is stored (§c.9 validators); null when there is nothing to check. */
  readonly validator: EntryValidator | null;
}

const seqs = kernelState(() => ({ next: 0 }));

const callToEvent = new WeakMap<TraceEventCall, UserEvent>();

/** Recomputes the consumers after an attach or detach and mirrors them into the status bit. */
export function updateStatus(ev: UserEvent): void {
  ev.users.ftrace = isEventEnabledAnywhere(ev.call);
  setStatusBit(ev.group, ev.bit, ev.users.ftrace || ev.users.perf || ev.users.other);
}

export function hasConsumers(ev: UserEvent): boolean {
  return ev.users.ftrace || ev.users.perf || ev.users.other;
}

export function isBusy(ev: UserEvent): boolean {
  return ev.refs > 1;
}

const userEventCallOps: TraceEventOperations = {
  format: (call) => {
    const ev = callToEvent.get(call);
    return ev ? formatFile(ev.name, call.id, ev.fields) : '';
  },
  reg(call, _tr, enable) {
    const ev = callToEvent.get(call);
    if (!ev) return 0;
    ev.refs += enable ? 1 : -1;
    updateStatus(ev);
    return 0;
  },
};

/** user_event_parse_cmd() + user_event_parse(): find or create the event named by `command`. */
export function registerUserEvent(
  group: UserEventGroup,
  command: string,
  dynOps: DynEventOperations,
): Result<UserEvent> {
  const parsed = parseCommand(command);
  const existing = group.events.get(parsed.name);
  if (existing) return ok(existing);
  const bit = findFreeBit(group);
  if (bit < 0) return fail(EMFILE);
  const fields = parseFields(parsed.argText);
  if (!fields.ok) return fields;
  const call = traceAddEventCall(group.systemName, parsed.name, userEventCallOps);
  if (!call.ok) return call;
  const ev: UserEvent = {
    ops: dynOps,
    name: parsed.name,
    fields: fields.value,
    minSize: minSize(fields.value),
    bit,
    call: call.value,
    group,
    seq: seqs.next++,
    refs: 1,
    users: { ftrace: false, perf: false, other: false },
    validator: entryValidator(fields.value),
  };
  callToEvent.set(call.value, ev);
  addEventDirsEverywhere(call.value);
  takeBit(group, bit);
  group.events.set(ev.name, ev);
  dynEventAdd(ev);
  return ok(ev);
}

/** destroy_user_event(): the event disappears from every trace array, the list and its group. */
export function destroyUserEvent(ev: UserEvent): void {
  dynEventRemove(ev);
  removeEventDirsEverywhere(ev.call);
  traceRemoveEventCall(ev.call);
  freeBit(ev.group, ev.bit);
  ev.group.events.delete(ev.name);
}

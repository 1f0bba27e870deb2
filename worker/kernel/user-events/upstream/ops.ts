// The Linux 6.12 user event as the tracing core and dynamic_events see it: its `format`, its text
// in `trace`, the class->reg callback that takes a reference while a trace array records it and
// rewrites the enable bits (user_event_reg), and the `u:` dyn_event_operations (user_event_create,
// user_event_show, user_event_is_busy, user_event_free, user_event_match).

import { EBUSY, ECANCELED, EPERM } from '../../lib/errno';
import type { DynEvent, DynEventOperations } from '../../trace/trace-dynevent';
import { isEventEnabledAnywhere, type TraceEventOperations } from '../../trace/trace-event';
import type { Result } from '../../lib/errno';
import { formatFile } from '../format';
import { USER_EVENT_REG_PERSIST } from './abi';
import {
  destroyEvent,
  eventGet,
  eventOfCall,
  eventPut,
  isCapable,
  isLastRef,
  parseAndRegister,
  USER_EVENTS_MULTI_SYSTEM,
  USER_EVENTS_SYSTEM,
  type UpstreamEvent,
} from './event';
import { updateStatus } from './enabler';
import { fieldsMatch } from './match';
import { printUserEvent } from './print';

export const upstreamCallOps: TraceEventOperations = {
  format(call) {
    const ev = eventOfCall(call);
    return ev ? formatFile(ev.tpName, call.id, ev.fields) : '';
  },
  reg(call, _tr, enable) {
    const ev = eventOfCall(call);
    if (!ev) return 0;
    if (enable) eventGet(ev);
    updateStatus(ev, isEventEnabledAnywhere(call));
    if (!enable) eventPut(ev);
    return 0;
  },
  print(seq, call, data, offset, length, contextBytes) {
    const ev = eventOfCall(call);
    if (ev) printUserEvent(seq, ev.tpNameBytes, ev.fields, data, offset, length, contextBytes);
  },
};

/** The `u:` line of an event: its registered name and fields (user_event_show). */
function showLine(ev: UpstreamEvent): string {
  const decls = ev.fields.map((f) => `${f.type} ${f.name}${f.isStruct ? ` ${f.size}` : ''}`);
  return decls.length === 0 ? `u:${ev.name}` : `u:${ev.name} ${decls.join('; ')}`;
}

export const upstreamDynOps: DynEventOperations = {
  create(line: string) {
    if (!line.startsWith('u:')) return -ECANCELED;
    const command = line.slice(2).replace(/^[ \t\n\v\f\r]+/, '');
    const reg = registerCommand(command, USER_EVENT_REG_PERSIST);
    if (!reg.ok) return reg.err;
    eventPut(reg.value);
    return 0;
  },
  show: (ev: DynEvent) => showLine(ev as UpstreamEvent),
  isBusy: (ev: DynEvent) => !isLastRef(ev as UpstreamEvent),
  free(ev: DynEvent) {
    const ue = ev as UpstreamEvent;
    if (!isLastRef(ue)) return -EBUSY;
    if (!isCapable(ue.flags)) return -EPERM;
    destroyEvent(ue);
    return 0;
  },
  match(system, event, words, ev: DynEvent) {
    const ue = ev as UpstreamEvent;
    if (ue.name !== event) return false;
    if (system !== null && system !== USER_EVENTS_SYSTEM && system !== USER_EVENTS_MULTI_SYSTEM) return false;
    return fieldsMatch(ue.fields, words);
  },
};

/** The event a register command names, found or made, with a reference for the caller. */
export function registerCommand(command: string, flags: number): Result<UpstreamEvent> {
  return parseAndRegister(command, flags, upstreamCallOps, upstreamDynOps);
}

// Models user_events' dyn_event_operations (trace_events_user.c): `u:` lines of dynamic_events
// register in the root group; delete lines match by name (system `user_events` or none, whatever
// the event's real group, Q7) and by the field words.

import { ECANCELED } from '../lib/errno';
import type { DynEvent, DynEventOperations } from '../trace/trace-dynevent';
import { USER_EVENTS_SYSTEM, findGroup } from './group';
import { dynamicEventLine, matchesDeleteFields } from './format';
import { destroyUserEvent, isBusy, registerUserEvent, type UserEvent } from './user-event';

export const userEventDynOps: DynEventOperations = {
  create(line: string) {
    if (!line.startsWith('u:')) return -ECANCELED;
    const root = findGroup(0);
    if (!root) return -ECANCELED;
    const reg = registerUserEvent(root, line.slice(2).replace(/^[ \t\n\v\f\r]+/, ''), userEventDynOps);
    return reg.ok ? 0 : reg.err;
  },
  show: (ev: DynEvent) => dynamicEventLine((ev as UserEvent).name, (ev as UserEvent).fields),
  isBusy: (ev: DynEvent) => isBusy(ev as UserEvent),
  free(ev: DynEvent) {
    destroyUserEvent(ev as UserEvent);
    return 0;
  },
  match(system, event, words, ev: DynEvent) {
    const ue = ev as UserEvent;
    if (ue.name !== event) return false;
    if (system !== null && system !== USER_EVENTS_SYSTEM) return false;
    return matchesDeleteFields(ue.fields, words);
  },
};

// Models trace_events_user_init(): the root group with its two top-level files, the dynamic-event
// kind `u:`, and registration with the tracing-namespace registry (RFC 5/7).

import type { Dentry } from '../fs/dentry';
import type { Disposable } from '../lib/disposable';
import { registerDynEventOps } from '../trace/trace-dynevent';
import { registerNamespaceSystem } from '../trace/trace-namespace';
import { userEventDynOps } from './dyn-ops';
import { createGroup, resetGroups, USER_EVENTS_SYSTEM } from './group';
import { createGroupFiles, userEventsFaults, userEventsNamespaceOps } from './namespace-ops';
import { resetUserEventSeq } from './user-event';

export function userEventsInit(tracingRoot: Dentry): Disposable[] {
  resetGroups();
  resetUserEventSeq();
  userEventsFaults.nextCreate = 0;
  createGroupFiles(createGroup(0, USER_EVENTS_SYSTEM), tracingRoot);
  const registrations = [registerDynEventOps(userEventDynOps)];
  const ns = registerNamespaceSystem('user_events', userEventsNamespaceOps);
  if (ns.ok) registrations.push(ns.value);
  return registrations;
}

// Models trace_events_user_init(): the root group with its two top-level files, the dynamic-event
// kind `u:`, and registration with the tracing-namespace registry (RFC 5/7).

import type { Dentry } from '../fs/dentry';
import type { Disposable } from '../lib/disposable';
import { registerDynEventOps } from '../trace/trace-dynevent';
import { registerNamespaceSystem } from '../trace/trace-namespace';
import { userEventDynOps } from './dyn-ops';
import { createGroup, USER_EVENTS_SYSTEM } from './group';
import { createGroupFiles, userEventsNamespaceOps } from './namespace-ops';

export function userEventsInit(tracingRoot: Dentry): Disposable[] {
  createGroupFiles(createGroup(0, USER_EVENTS_SYSTEM), tracingRoot);
  const registrations = [registerDynEventOps(userEventDynOps)];
  const ns = registerNamespaceSystem('user_events', userEventsNamespaceOps);
  if (ns.ok) registrations.push(ns.value);
  return registrations;
}

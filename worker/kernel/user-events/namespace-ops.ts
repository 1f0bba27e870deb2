// Models user_events as a tracing-namespace system (RFC v2 5/7 and 6/7): a group per namespace
// with its two files under NAME/root/, the busy rules for removal, and `user_events_limit=N`.

import { EBUSY, ECANCELED, ENODEV, ENOENT } from '../lib/errno';
import { kernelState } from '../lib/kernel-state';
import { tracefsCreateFile, tracefsRemove } from '../tracefs/tracefs';
import type { NamespaceSystemOperations, TraceNamespace } from '../trace/trace-namespace';
import { userEventsDataFops, userEventsStatusFops } from './data-file';
import { createGroup, destroyGroup, findGroup, USER_EVENTS_SYSTEM, type UserEventGroup } from './group';
import { parseLimitOption, showLimitOption } from './limit-option';
import { destroyUserEvent, isBusy } from './user-event';

/** Simulator-only fault injection (Q17): the next create fails with this errno. */
export const userEventsFaults = kernelState(() => ({ nextCreate: 0 }));

/** Creates `user_events_data` and `user_events_status` for a group in `dir`; false if either fails. */
export function createGroupFiles(group: UserEventGroup, dir: TraceNamespace['root']): boolean {
  const data = tracefsCreateFile('user_events_data', 0o640, dir, group, userEventsDataFops);
  const status = data && tracefsCreateFile('user_events_status', 0o640, dir, group, userEventsStatusFops);
  if (data) group.files.push(data);
  if (status) group.files.push(status);
  return !!data && !!status;
}

export const userEventsNamespaceOps: NamespaceSystemOperations = {
  create(ns) {
    const injected = userEventsFaults.nextCreate;
    if (injected) {
      userEventsFaults.nextCreate = 0;
      return -Math.abs(injected);
    }
    const group = createGroup(ns.id, `${USER_EVENTS_SYSTEM}.${ns.name}`);
    if (!createGroupFiles(group, ns.root)) {
      for (const f of group.files) tracefsRemove(f);
      destroyGroup(group);
      return -ENODEV;
    }
    return 0;
  },
  remove(ns) {
    const group = findGroup(ns.id);
    if (!group) return -ENOENT;
    if (group.openFiles > 0) return -EBUSY;
    for (const ev of [...group.events.values()]) destroyUserEvent(ev);
    for (const f of group.files) tracefsRemove(f);
    destroyGroup(group);
    return 0;
  },
  parse(ns, line) {
    const group = findGroup(ns.id);
    if (!group) return -ECANCELED;
    const opt = parseLimitOption(line);
    if (opt.kind === 'not-mine') return -ECANCELED;
    if (opt.kind === 'error') return opt.err;
    group.limit = opt.limit;
    return 0;
  },
  show(ns) {
    const group = findGroup(ns.id);
    return group ? showLimitOption(group.limit) : '';
  },
  isBusy(ns) {
    const group = findGroup(ns.id);
    return !!group && [...group.events.values()].some(isBusy);
  },
};

// The loadable part's entry (../loadable.ts): what the kernel calls of the linux-6.12 user_events.

import type { UpstreamUserEvents } from '../loadable';
import { enablersOf } from './enabler';
import { upstreamUserEventsInit } from './init';

export const UPSTREAM_USER_EVENTS: UpstreamUserEvents = {
  init: upstreamUserEventsInit,
  enablers: (mm) =>
    enablersOf(mm).map((e) => ({ addr: e.addr, bit: e.bit, size: e.size, event: e.event.tpName })),
};

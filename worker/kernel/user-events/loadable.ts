// The linux-6.12 profile's user_events as a loadable part of the kernel, like a module: the page's
// worker loads its code in a chunk of its own only when a session boots that profile (the first
// paint boots rfc-v2), and installs it here; the headless runner, the benchmarks and the tests
// install it before they start. Booting linux-6.12 without it is a bug of the caller.

import type { Dentry } from '../fs/dentry';
import type { Disposable } from '../lib/disposable';
import type { MmStruct } from '../mm/mm';

/** One registered enable bit, as the debug view shows it. */
export interface EnablerEntry {
  readonly addr: number;
  readonly bit: number;
  readonly size: number;
  /** The event's tracepoint name. */
  readonly event: string;
}

export interface UpstreamUserEvents {
  /** trace_events_user_init() of 6.12: its files, dynamic events, sysctl and mm hooks. */
  init(tracingRoot: Dentry): Disposable[];
  /** The enable bits registered in one mm, newest first. */
  enablers(mm: MmStruct): EnablerEntry[];
}

let installed: UpstreamUserEvents | null = null;

export function installUpstreamUserEvents(part: UpstreamUserEvents): void {
  installed = part;
}

export function upstreamUserEvents(): UpstreamUserEvents {
  if (installed === null) throw new Error('the linux-6.12 profile is not loaded yet');
  return installed;
}

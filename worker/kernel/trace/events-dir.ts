// Models event_trace_add_tracer() / event_create_dir() / remove_event_file_dir() of
// kernel/trace/trace_events.c: the events/ tree of each trace array, one SYSTEM/ directory per
// system with events and one SYSTEM/NAME/ directory per event, in every trace array at once.

import type { Dentry } from '../fs/dentry';
import { tracefsCreateDir, tracefsCreateFile, tracefsRemove } from '../tracefs/tracefs';
import type { TraceArray } from './trace-array';
import {
  eventEnableFops,
  eventFilterFops,
  eventFormatFops,
  eventIdFops,
  eventTriggerFops,
  headerEventFops,
  headerPageFops,
  systemEnableFops,
  systemFilterFops,
  type EventFile,
  type SystemFile,
} from './event-files';
import { trace, type TraceEventCall } from './trace-event';
import { withKernelCred } from '../sched/current';
import { utf8Length } from '../lib/utf8';

/** Creates `events/` with its boot files and a directory for every event already registered. */
export function createEventsDir(tr: TraceArray): Dentry | null {
  const events = tracefsCreateDir('events', tr.dir);
  if (!events) return null;
  tr.eventsDir = events;
  tracefsCreateFile('enable', 0o640, events, { tr, system: null } satisfies SystemFile, systemEnableFops);
  tracefsCreateFile('header_page', 0o440, events, null, headerPageFops);
  tracefsCreateFile('header_event', 0o440, events, null, headerEventFops);
  for (const call of trace.calls.values()) addEventDir(tr, call);
  return events;
}

function systemDir(tr: TraceArray, system: string): Dentry | null {
  const have = tr.systemDirs.get(system);
  if (have) return have;
  if (!tr.eventsDir) return null;
  const dir = tracefsCreateDir(system, tr.eventsDir);
  if (!dir) return null;
  tracefsCreateFile('enable', 0o640, dir, { tr, system } satisfies SystemFile, systemEnableFops);
  tracefsCreateFile('filter', 0o640, dir, { tr, system } satisfies SystemFile, systemFilterFops);
  tr.systemDirs.set(system, dir);
  return dir;
}

/**
 * Adds an event to one trace array and creates events/SYSTEM/NAME/. A name that cannot be a
 * directory leaves the event without one, silently (Q10): it is still part of the trace array, so
 * `set_event` and `events/enable` reach it. Its system directory is made all the same, first, as
 * event_create_dir() does (event_subsystem_dir, then the event's own directory, which fails).
 */
export function addEventDir(tr: TraceArray, call: TraceEventCall): void {
  tr.eventDirs.set(call, null);
  const sys = systemDir(tr, call.system);
  if (!sys) return;
  const valid = call.name !== '' && call.name !== '.' && call.name !== '..' && !call.name.includes('/');
  if (!valid || utf8Length(call.name) > 255) return;
  const dir = tracefsCreateDir(call.name, sys);
  if (!dir) return;
  const ef: EventFile = { tr, call };
  tracefsCreateFile('enable', 0o640, dir, ef, eventEnableFops);
  tracefsCreateFile('filter', 0o640, dir, ef, eventFilterFops);
  tracefsCreateFile('format', 0o440, dir, ef, eventFormatFops);
  tracefsCreateFile('id', 0o440, dir, ef, eventIdFops);
  tracefsCreateFile('trigger', 0o640, dir, ef, eventTriggerFops);
  tr.eventDirs.set(call, dir);
}

/**
 * Removes an event's directory from one trace array, and its system directory once no event of
 * the system is left, with or without a directory (remove_subsystem's nr_events).
 */
export function removeEventDir(tr: TraceArray, call: TraceEventCall): void {
  if (!tr.eventDirs.has(call)) return;
  const dir = tr.eventDirs.get(call) ?? null;
  tr.eventDirs.delete(call);
  if (dir) tracefsRemove(dir);
  const sysDir = tr.systemDirs.get(call.system);
  if (sysDir && ![...tr.eventDirs.keys()].some((c) => c.system === call.system)) {
    tracefsRemove(sysDir);
    tr.systemDirs.delete(call.system);
  }
}

/**
 * Adds a new event to every trace array. NOTE: the directories are made with the kernel's
 * credentials, so an event registered by an unprivileged task still gets its events/ directory,
 * as the specification shows (SCENARIOS S12); see docs/decisions.md.
 */
export function addEventDirsEverywhere(call: TraceEventCall): void {
  withKernelCred(() => {
    for (const tr of trace.arrays) addEventDir(tr, call);
  });
}

export function removeEventDirsEverywhere(call: TraceEventCall): void {
  for (const tr of trace.arrays) removeEventDir(tr, call);
}

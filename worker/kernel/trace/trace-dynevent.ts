// Models kernel/trace/trace_dynevent.c: the global list of dynamic events in creation order, the
// `dynamic_events` file that shows it, creates events from `u:` lines, deletes them with `-:`/`!`
// lines, and releases them all when opened with O_TRUNC. Event kinds plug in through
// DynEventOperations.

import { EBUSY, ECANCELED, EINVAL, ENOENT } from '../lib/errno';
import { encodeUtf8 } from '../lib/utf8';
import { O_TRUNC, seqRead, type FileOperations } from '../fs/file';
import type { Disposable } from '../lib/disposable';
import { kernelState } from '../lib/kernel-state';
import { runCommandLines } from './cmdline';
import { resetFlaggedBuffers } from './trace-event';

export interface DynEventOperations {
  /** Creates an event from a line; -ECANCELED when the line is not of this kind. */
  create(line: string): number;
  /** The event's line in `dynamic_events`, without the newline. */
  show(ev: DynEvent): string;
  isBusy(ev: DynEvent): boolean;
  /** Deletes the event (it is not busy); a refusal stops a delete line there. */
  free(ev: DynEvent): number;
  /** Whether a delete line's target and field words name this event. */
  match(system: string | null, event: string, words: readonly string[], ev: DynEvent): boolean;
}

export interface DynEvent {
  readonly ops: DynEventOperations;
}

const dyn = kernelState(() => ({ events: new Set<DynEvent>(), ops: [] as DynEventOperations[] }));

export function registerDynEventOps(ops: DynEventOperations): Disposable {
  dyn.ops.push(ops);
  return { dispose: () => (dyn.ops = dyn.ops.filter((o) => o !== ops)) };
}

export function dynEventAdd(ev: DynEvent): void {
  dyn.events.add(ev);
}

export function dynEventRemove(ev: DynEvent): void {
  dyn.events.delete(ev);
}

/** Deletes every dynamic event, or none when one is busy (dyn_events_release_all). */
export function dynEventsReleaseAll(): number {
  let err = 0;
  if ([...dyn.events].some((ev) => ev.ops.isBusy(ev))) err = -EBUSY;
  else
    for (const ev of [...dyn.events]) {
      err = ev.ops.free(ev);
      if (err) break;
    }
  resetFlaggedBuffers();
  return err;
}

function deleteLine(line: string): number {
  const words = line.split(/[ \t\n\v\f\r]+/).filter((w) => w !== '');
  const first = words[0] ?? '';
  let target: string;
  if (first.startsWith('-')) {
    if (!first.startsWith('-:')) return -EINVAL;
    target = first.slice(2);
  } else {
    const colon = first.indexOf(':');
    if (colon < 0) return -EINVAL;
    target = first.slice(colon + 1);
  }
  const slash = target.indexOf('/');
  const system = slash >= 0 ? target.slice(0, slash) : null;
  const event = slash >= 0 ? target.slice(slash + 1) : target;
  if (system === null && event === '') return -EINVAL;
  let ret = -ENOENT;
  for (const ev of [...dyn.events]) {
    if (!ev.ops.match(system, event, words.slice(1), ev)) continue;
    if (ev.ops.isBusy(ev)) {
      ret = -EBUSY;
      break;
    }
    ret = ev.ops.free(ev);
    if (ret) break;
  }
  resetFlaggedBuffers();
  return ret;
}

function createLine(line: string): number {
  if (line.trim() === '') return 0;
  if (line[0] === '-' || line[0] === '!') return deleteLine(line);
  for (const ops of dyn.ops) {
    const ret = ops.create(line);
    if (ret !== -ECANCELED) return ret;
  }
  return -EINVAL;
}

export const dynamicEventsFops: FileOperations = {
  open(_inode, file) {
    if (file.flags & O_TRUNC && (file.flags & 3) !== 0) return dynEventsReleaseAll();
    return 0;
  },
  read: (file, count, ppos) =>
    seqRead(file, count, ppos, () =>
      encodeUtf8([...dyn.events].map((ev) => ev.ops.show(ev) + '\n').join('')),
    ),
  write: (_file, data) => (data.length === 0 ? 0 : runCommandLines(data, createLine)),
};

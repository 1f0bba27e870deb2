// Models `set_event` and `available_events` of kernel/trace/trace_events.c (ftrace_event_write,
// ftrace_set_clr_event, show_set_event, show_event): enabling events by name, one token at a time.

import { EINVAL, ENODEV } from '../lib/errno';
import { decodeUtf8, encodeUtf8 } from '../lib/utf8';
import { O_TRUNC, seqRead, type FileOperations } from '../fs/file';
import type { TraceArray } from './trace-array';
import { eventEnableDisable, trace, tracingUpdateBuffers, type TraceEventCall } from './trace-event';

/** The longest token the parser accepts (EVENT_BUF_SIZE). */
export const EVENT_BUF_SIZE = 127;

/**
 * Every event of a trace array in its event list's order (tr->events): each event is added at the
 * list's head, so the ones registered since the array was made come newest first; an instance
 * made later adds the events that already exist walking the global list (newest first) and
 * adding each at the head, which leaves those oldest first, after the others. For the top level
 * (made before any event) the whole list is newest first.
 */
function eventsInListOrder(tr: TraceArray): TraceEventCall[] {
  const born = tr.bornAtSeq;
  return [...tr.eventDirs.keys()].sort((a, b) => {
    const older = (a.seq < born ? 1 : 0) - (b.seq < born ? 1 : 0);
    if (older !== 0) return older;
    return a.seq < born ? a.seq - b.seq : b.seq - a.seq;
  });
}

/** Applies one `set_event` token (§d.7); EINVAL when it matches no event. */
export function setClearEvent(tr: TraceArray, token: string): number {
  const enable = !token.startsWith('!');
  const text = enable ? token : token.slice(1);
  let system: string | null = null;
  let event: string | null = null;
  let either: string | null = null;
  const colon = text.indexOf(':');
  if (colon >= 0) {
    system = text.slice(0, colon);
    event = text.slice(colon + 1);
    if (system === '' || system === '*') system = null;
    if (event === '' || event === '*') event = null;
  } else {
    either = text;
  }
  let matched = false;
  let err = 0;
  for (const call of eventsInListOrder(tr)) {
    if (either !== null && call.name !== either && call.system !== either) continue;
    if (system !== null && call.system !== system) continue;
    if (event !== null && call.name !== event) continue;
    matched = true;
    const e = eventEnableDisable(tr, call, enable);
    if (e && !err) err = e;
  }
  return matched ? err : -EINVAL;
}

export const setEventFops: FileOperations = {
  open(inode, file) {
    const tr = inode.private as TraceArray;
    if (tr.removed) return -ENODEV;
    if (file.flags & O_TRUNC && (file.flags & 3) !== 0) {
      for (const call of [...tr.enabled]) eventEnableDisable(tr, call, false);
    }
    return 0;
  },
  read: (file, count, ppos) =>
    seqRead(file, count, ppos, () => {
      const tr = file.inode.private as TraceArray;
      const lines = eventsInListOrder(tr).filter((c) => tr.enabled.has(c));
      return encodeUtf8(lines.map((c) => `${c.system}:${c.name}\n`).join(''));
    }),
  write(file, data) {
    const tr = file.inode.private as TraceArray;
    if (data.length === 0) return 0;
    tracingUpdateBuffers();
    const tokens = decodeUtf8(data)
      .split(/[ \t\n\v\f\r]+/)
      .filter((t) => t !== '');
    for (const token of tokens) {
      if (encodeUtf8(token).length > EVENT_BUF_SIZE) return -EINVAL;
      const err = setClearEvent(tr, token);
      if (err) return err;
    }
    return data.length;
  },
};

export const availableEventsFops: FileOperations = {
  read: (file, count, ppos) =>
    seqRead(file, count, ppos, () =>
      encodeUtf8(
        [...trace.calls.values()]
          .reverse()
          .map((c) => `${c.system}:${c.name}\n`)
          .join(''),
      ),
    ),
};

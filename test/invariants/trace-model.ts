// What each trace array's `trace` must show: the entries recorded since its last reset (§c.9: a
// write is stored in every trace array where its event is enabled), printed as hex dumps or, once
// their event is gone, `Unknown type <ID>` (§e.5, §e.6); and the deferred reset of §e.11: deleting
// an event flags every trace array where it was ever enabled, and only a well-formed
// dynamic_events delete line or an O_TRUNC open of dynamic_events empties the flagged ones.

import { contextHead, hexRows, traceHeader } from '../kernel/helpers';
import type { Action } from './actions';
import type { Outcome } from './execute';
import type { Expectation, Model } from './model';
import { enabledKey, eventKey, type EventView, type Snapshot } from './snapshot';

export interface TraceArrayModel {
  /** Recorded entries (common header + payload), oldest first. */
  entries: Array<{ id: number; entry: Uint8Array }>;
  /** Flagged for the deferred reset (§e.11). */
  flagged: boolean;
}

/** The trace arrays the test knows of ('' = top level) and which events were ever enabled where. */
export class TraceModel {
  readonly arrays = new Map<string, TraceArrayModel>([['', { entries: [], flagged: false }]]);
  /** enabledKey of every (trace array, event) pair that was enabled at some point. */
  readonly everEnabled = new Set<string>();
}

/** §c.10 steps 2–3: whether a dynamic_events line is a well-formed delete line. */
export function isDeleteLine(line: string): boolean {
  if (!line.startsWith('-') && !line.startsWith('!')) return false;
  const first = line.trim().split(/\s+/)[0];
  let target: string;
  if (first.startsWith('-')) {
    if (!first.startsWith('-:')) return false;
    target = first.slice(2);
  } else {
    if (!first.includes(':')) return false;
    target = first.slice(first.indexOf(':') + 1);
  }
  return target !== '';
}

/** Applies a step whose result matched the prediction. */
export function updateTraces(
  tm: TraceModel,
  model: Model,
  a: Action,
  got: Outcome,
  exp: Expectation,
  before: EventView,
  entryOf: (id: number) => Uint8Array,
): void {
  if (a.kind === 'mkdirInstance' && got.ret === 0) tm.arrays.set(a.name, { entries: [], flagged: false });
  if (a.kind === 'rmdirInstance' && got.ret === 0) {
    tm.arrays.delete(a.name);
    for (const k of [...tm.everEnabled]) if (k.startsWith(`${a.name}\u0001`)) tm.everEnabled.delete(k);
  }
  if (a.kind === 'write' && got.ret >= 0) {
    const slot = model.slots.get(a.slot)!;
    const key = eventKey(slot.group, slot.regs[a.index]);
    const id = model.eventIds.get(key)!;
    for (const [t, arr] of tm.arrays)
      if (before.enabled.has(enabledKey(t === '' ? null : t, key)))
        arr.entries.push({ id, entry: entryOf(id) });
  }
  for (const k of exp.enabled) tm.everEnabled.add(k);
  for (const key of exp.deleted)
    for (const [t, arr] of tm.arrays) {
      const ek = enabledKey(t === '' ? null : t, key);
      if (tm.everEnabled.delete(ek)) arr.flagged = true;
    }
  if (a.kind === 'dynamic' && (a.trunc || isDeleteLine(a.line)))
    for (const arr of tm.arrays.values())
      if (arr.flagged) {
        arr.entries = [];
        arr.flagged = false;
      }
}

/** Each trace array's `trace` against its entries; timestamps are only checked for their shape. */
export function checkTraces(s: Snapshot, tm: TraceModel, model: Model, comm: string, pid: number): string[] {
  const out: string[] = [];
  const live = new Set(model.eventIds.values());
  for (const [t, arr] of tm.arrays) {
    const path = `${t === '' ? '' : `instances/${t}/`}trace`;
    const got = (s.files.get(path) ?? '').replace(/\.\.\.\.\. +\d+\.\d{6}: /g, '..... TS: ');
    const n = arr.entries.length;
    const body = arr.entries
      .map(({ id, entry }) =>
        live.has(id)
          ? `${contextHead(comm, pid)}TS: \n${hexRows(entry)}\0`
          : `${contextHead(comm, pid)}TS: Unknown type ${id}\n`,
      )
      .join('');
    const want = traceHeader(n, n) + body;
    if (got !== want)
      out.push(
        `${path} reads ${JSON.stringify(got.slice(0, 600))}, expected ${JSON.stringify(want.slice(0, 600))}`,
      );
  }
  return out;
}

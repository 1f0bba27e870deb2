// What the randomized invariants know without asking the kernel: live namespaces (with their
// registry ids and limits), instances, what each fd slot holds and registered, the mappings, the
// events created (IDs, fields) and the buffer-expansion flag; and how one step whose result matched
// the prediction (predict.ts) changes it. Busy-ness is the observable side of the event refcount
// (§c.2): registered on an open data descriptor, or enabled in some trace array.

import type { PageView } from '../../worker/kernel/syscall-table';
import { EBADF, EEXIST, ENODEV, ENOENT, ENOMEM } from '../../worker/kernel/lib/errno';
import type { Action, FieldList, Group, SlotFile } from './actions';
import type { Outcome } from './execute';
import { enabledKey, eventKey, type EventView } from './snapshot';

/** What an `enable` file descriptor is bound to: its trace array's incarnation and its event. */
export interface EnableTarget {
  readonly instance: string | null;
  /** Incarnation of the instance when opened (0 for the top level). */
  readonly gen: number;
  /** The event of a per-event file (with its ID, so a re-created namesake is not it); null for events/enable. */
  readonly key: string | null;
  readonly id: number;
}

export interface Slot {
  /** The group of an ABI or options file ('' for an enable file). */
  readonly group: Group;
  readonly file: SlotFile | 'enable';
  readonly rw: boolean;
  /** Names registered on this descriptor, in write_index order (§c.7 step 4). */
  readonly regs: string[];
  readonly enable?: EnableTarget;
}

export interface Mapping {
  readonly id: number;
  readonly view: PageView;
  readonly group: Group;
  readonly slot: number;
}

/** What the test knows without looking at the kernel. */
export class Model {
  readonly namespaces = new Set<string>();
  readonly instances = new Set<string>();
  readonly limits = new Map<Group, number>([['', 32767]]);
  readonly slots = new Map<number, Slot>();
  mappings: Mapping[] = [];
  /** The ID the next new event gets (§d.2: one global counter from 20). */
  nextId = 20;
  /** Field list and ID each live event was created with. */
  readonly eventFields = new Map<string, FieldList>();
  readonly eventIds = new Map<string, number>();
  /** The errno the next user_events create(ns) is armed to fail with (Q17 debug facility). */
  armedFault: number | null = null;
  /** Registry id of each live namespace, and the next id the cyclic allocator hands out (§b.3). */
  readonly nsIds = new Map<string, number>();
  nextNsId = 1;
  /** Incarnation of each live instance (a re-created instance is a new trace array). */
  readonly instanceGen = new Map<string, number>();
  nextGen = 1;
  /** The global "buffer expanded" flag (§e.9); null when the spec leaves it open (applyOutcome). */
  expanded: boolean | null = false;
}

/** The outcome the spec predicts for one action. */
export interface Expectation {
  /** Allowed return values (0 stands for any successful open / mmap). */
  readonly ret: readonly number[];
  /** Events deleted and created (with predicted bit and ID), applied to the view before. */
  readonly deleted: ReadonlySet<string>;
  readonly created: ReadonlyMap<string, { bit: number; id: number; fields: FieldList }>;
  /** The enabled set afterwards. */
  readonly enabled: ReadonlySet<string>;
  /** DIAG_IOCSREG's out values on success. */
  readonly reg?: { statusBit: number; writeIndex: number };
}

/** Whether an open `enable` descriptor still reaches its file (§d: ENODEV once the event or instance is gone). */
export function enableAlive(model: Model, t: EnableTarget): boolean {
  if (t.instance !== null && model.instanceGen.get(t.instance) !== t.gen) return false;
  return t.key === null || model.eventIds.get(t.key) === t.id;
}

/** Whether an event is busy (§c.2: reference count > 1) in the state `view` shows. */
export function isBusy(model: Model, view: EventView, key: string): boolean {
  for (const t of [null, ...view.instances]) if (view.enabled.has(enabledKey(t, key))) return true;
  const e = view.events.get(key);
  if (!e) return false;
  for (const s of model.slots.values())
    if (s.file === 'data' && s.group === e.group && s.regs.includes(e.name)) return true;
  return false;
}

/** §c.11: the limit an options line sets, or null when the line fails with EINVAL. */
export function parseLimit(line: string): number | null {
  if (!line.startsWith('user_events_limit=')) return null;
  const m = /^\+?(0[xX][0-9a-fA-F]+|0[0-7]*|[1-9][0-9]*)$/.exec(line.slice('user_events_limit='.length));
  if (!m) return null;
  const digits = m[1];
  const v = /^0[xX]/.test(digits)
    ? parseInt(digits.slice(2), 16)
    : digits.startsWith('0')
      ? parseInt(digits, 8)
      : parseInt(digits, 10);
  if (v > 0xffffffff) return null;
  const signed = v | 0;
  return signed <= 0 || signed > 32767 ? null : signed;
}

/** Applies a step whose result matched the prediction to what the test knows. */
export function applyOutcome(model: Model, a: Action, got: Outcome, exp: Expectation): void {
  for (const k of exp.deleted) {
    model.eventFields.delete(k);
    model.eventIds.delete(k);
  }
  for (const [k, c] of exp.created) {
    model.eventFields.set(k, c.fields);
    model.eventIds.set(k, c.id);
    model.nextId++;
  }
  // §d.3, §d.4, §d.7, §e.9: any write that reaches an enable file or set_event expands the buffer,
  // before its value is checked (the open is the only thing that can fail first, with ENOENT).
  if ((a.kind === 'enable' || a.kind === 'setEvent') && got.ret !== -ENOENT) model.expanded = true;
  if (
    a.kind === 'echoSlot' &&
    model.slots.get(a.slot)?.enable &&
    got.ret !== -EBADF &&
    model.expanded === false
  ) {
    // NOTE: a number written to a dead enable file: the kernel expands before it finds the file
    // gone; the spec's uniform ENODEV [SIM] (§d) leaves it open, so the next check adopts either.
    if (!enableAlive(model, model.slots.get(a.slot)!.enable!)) model.expanded = null;
    else if (/^\d+$/.test(a.text)) model.expanded = true;
  }
  if (a.kind === 'failNextCreate') model.armedFault = a.errno === 'ENOMEM' ? ENOMEM : ENODEV;
  if (a.kind === 'mkdirNs' && got.ret !== -EEXIST) {
    model.armedFault = null;
    if (got.ret === 0) model.nsIds.set(a.ns, model.nextNsId);
    model.nextNsId++;
  }
  if (got.ret < 0) return;
  switch (a.kind) {
    case 'mkdirNs':
      model.namespaces.add(a.ns);
      model.limits.set(a.ns, 32767);
      break;
    case 'rmdirNs':
      model.namespaces.delete(a.ns);
      model.limits.delete(a.ns);
      model.nsIds.delete(a.ns);
      break;
    case 'options':
      model.limits.set(a.ns, parseLimit(a.line)!);
      break;
    case 'open':
      model.slots.set(a.slot, { group: a.group, file: a.file, rw: a.rw, regs: [] });
      break;
    case 'openEnable': {
      const key = a.all ? null : eventKey(a.group, a.name);
      const target = {
        instance: a.instance,
        gen: a.instance === null ? 0 : model.instanceGen.get(a.instance)!,
        key,
        id: key === null ? 0 : model.eventIds.get(key)!,
      };
      model.slots.set(a.slot, { group: '', file: 'enable', rw: a.rw, regs: [], enable: target });
      break;
    }
    case 'close':
      model.slots.delete(a.slot);
      break;
    case 'register': {
      const regs = model.slots.get(a.slot)!.regs;
      if (!regs.includes(a.name)) regs.push(a.name);
      break;
    }
    case 'map':
      model.mappings.push({ ...got.mapping!, group: model.slots.get(a.slot)!.group, slot: a.slot });
      break;
    case 'unmap': {
      const i = model.mappings.findIndex((m) => m.slot === a.slot);
      model.mappings.splice(i, 1);
      break;
    }
    case 'mkdirInstance':
      model.instances.add(a.name);
      model.instanceGen.set(a.name, model.nextGen++);
      break;
    case 'rmdirInstance':
      model.instances.delete(a.name);
      model.instanceGen.delete(a.name);
      break;
    default:
      break;
  }
}

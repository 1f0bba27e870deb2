// The oracle of the randomized invariants: given what the test knows (model.ts) and the event view
// observed before a step, the result the spec (§b–§f) says the step returns, and the events and
// enables that exist afterwards.

import {
  EBADF,
  EBUSY,
  EEXIST,
  EFAULT,
  EINVAL,
  EMFILE,
  ENODEV,
  ENOENT,
  ENOTTY,
} from '../../worker/kernel/lib/errno';
import { fieldListOf, isDirable, systemOf, type Action, type FieldList, type Group } from './actions';
import { enableAlive, isBusy, parseLimit, type Expectation, type Model, type Slot } from './model';
import { enabledKey, eventKey, type EventView } from './snapshot';

/** §c.4 step 3: the lowest status bit in 1 … min(limit, 32767) no event of `group` holds. */
function lowestFreeBit(view: EventView, group: Group, limit: number, gone: ReadonlySet<string>): number {
  const used = new Set<number>();
  for (const [key, e] of view.events) if (e.group === group && !gone.has(key)) used.add(e.bit);
  for (let b = 1; b <= Math.min(limit, 32767); b++) if (!used.has(b)) return b;
  return -1;
}

/** Matches a set_event token against an event (§d.7). */
function tokenMatches(token: string, system: string, name: string): boolean {
  const colon = token.indexOf(':');
  if (colon < 0) return token === name || token === system;
  const s = token.slice(0, colon);
  const n = token.slice(colon + 1);
  return (s === '' || s === '*' || s === system) && (n === '' || n === '*' || n === name);
}

/** §c.10 field matching of a delete line's remaining words against an event's fields. */
function fieldsMatch(words: readonly string[], fields: readonly string[]): boolean {
  if (words.length === 0) return true;
  const groups: string[] = [];
  let cur: string[] = [];
  for (const w of words) {
    cur.push(w);
    if (w.includes(';')) {
      groups.push(cur.join(' '));
      cur = [];
    }
  }
  if (cur.length) groups.push(cur.join(' '));
  if (groups.length !== fields.length) return false;
  return groups.every((g, i) => g === fields[i] || g === `${fields[i]};`);
}

/** The §c.9 `__data_loc char[]` validator for an entry; null when the spec leaves it undefined. */
function dataLocOk(entry: Uint8Array): boolean | null {
  const v = new DataView(entry.buffer, entry.byteOffset).getUint32(8, true);
  const end = (v & 0xffff) + (v >>> 16);
  if (end > entry.length) return false;
  if (end === 0) return null;
  return entry[end - 1] === 0;
}

export interface PredictContext {
  readonly model: Model;
  readonly view: EventView;
  readonly pid: number;
  /** The payload bytes a `write` action sends after its index. */
  readonly payload: Uint8Array;
}

/** What `a` must return and leave behind, given the state before it. */
export function predict(a: Action, ctx: PredictContext): Expectation {
  const { model, view } = ctx;
  const deleted = new Set<string>();
  const created = new Map<string, { bit: number; id: number; fields: FieldList }>();
  const enabled = new Set(view.enabled);
  const out = (ret: number | readonly number[], reg?: Expectation['reg']): Expectation => ({
    ret: typeof ret === 'number' ? [ret] : ret,
    deleted,
    created,
    enabled,
    reg,
  });
  const busy = (key: string) => isBusy(model, view, key);
  const eventsOf = (group: Group) => [...view.events].filter(([, e]) => e.group === group).map(([k]) => k);
  const slot = 'slot' in a ? model.slots.get(a.slot) : undefined;
  /** Registers `cmd` in `group` as §c.4 does, recording the creation; returns the errno or the event key. */
  const registerIn = (
    group: Group,
    name: string,
    fields: FieldList,
    gone: ReadonlySet<string>,
  ): number | string => {
    const key = eventKey(group, name);
    if (view.events.has(key) && !gone.has(key)) return key;
    const bit = lowestFreeBit(view, group, model.limits.get(group) ?? 32767, gone);
    if (bit < 0) return -EMFILE;
    if (!fields.valid) return -EINVAL;
    created.set(key, { bit, id: model.nextId, fields });
    return key;
  };
  switch (a.kind) {
    case 'mkdirNs':
      // §b.5: the VFS refuses an existing name before the registry is asked; a create that fails
      // rolls everything back (its id stays used up).
      return out(model.namespaces.has(a.ns) ? -EEXIST : model.armedFault !== null ? -model.armedFault : 0);
    case 'failNextCreate':
      return out(0);
    case 'rmdirNs': {
      if (!model.namespaces.has(a.ns)) return out(-ENOENT);
      const pinned =
        [...model.slots.values()].some((s) => s.file !== 'enable' && s.group === a.ns) ||
        model.mappings.some((m) => m.group === a.ns) ||
        eventsOf(a.ns).some(busy);
      if (pinned) return out(-EBUSY);
      for (const k of eventsOf(a.ns)) deleted.add(k);
      return out(0);
    }
    case 'options': {
      if (!model.namespaces.has(a.ns)) return out(-ENOENT);
      return out(parseLimit(a.line) === null ? -EINVAL : a.line.length + 1);
    }
    case 'open': {
      const exists = a.group === '' || model.namespaces.has(a.group);
      return out(exists ? 0 : -ENOENT);
    }
    case 'close':
      return out(slot ? 0 : -EBADF);
    case 'register': {
      if (!slot) return out(-EBADF);
      if (slot.file !== 'data') return out(-ENOTTY);
      const r = registerIn(slot.group, a.name, a.fields, deleted);
      if (typeof r === 'number') return out(r);
      const statusBit = created.get(r)?.bit ?? view.events.get(r)!.bit;
      const at = slot.regs.indexOf(a.name);
      return out(0, { statusBit, writeIndex: at < 0 ? slot.regs.length : at });
    }
    case 'unregister': {
      if (!slot) return out(-EBADF);
      if (slot.file !== 'data') return out(-ENOTTY);
      const key = eventKey(slot.group, a.name);
      if (!view.events.has(key)) return out(-ENOENT);
      if (busy(key)) return out(-EBUSY);
      deleted.add(key);
      return out(0);
    }
    case 'openEnable': {
      if (a.instance !== null && !model.instances.has(a.instance)) return out(-ENOENT);
      return out(a.all || view.events.has(eventKey(a.group, a.name)) ? 0 : -ENOENT);
    }
    case 'echoSlot':
      return out(predictEchoSlot(a.text, slot, ctx, enabled));
    case 'write': {
      if (!slot || !slot.rw) return out(-EBADF);
      // The index bytes are no decimal number: an enable file refuses them, unless it is dead.
      if (slot.enable) return out(enableAlive(model, slot.enable) ? -EINVAL : -ENODEV);
      if (slot.file !== 'data') return out(-EINVAL);
      const count = 4 + ctx.payload.length;
      if (a.index < 0) return out(-EINVAL);
      if (a.index >= slot.regs.length) return out(-ENOENT);
      const key = eventKey(slot.group, slot.regs[a.index]);
      const fields = model.eventFields.get(key)!;
      if (ctx.payload.length < fields.minSize) return out(-EINVAL);
      if (![null, ...view.instances].some((t) => view.enabled.has(enabledKey(t, key)))) return out(count);
      if (ctx.payload.length === 0) return out(-EFAULT);
      if (!fields.dataLoc) return out(count);
      const entry = new Uint8Array(8 + ctx.payload.length);
      const dv = new DataView(entry.buffer);
      dv.setUint16(0, model.eventIds.get(key)!, true);
      dv.setInt32(4, ctx.pid, true);
      entry.set(ctx.payload, 8);
      const ok = dataLocOk(entry);
      return out(ok === null ? [count, -EFAULT] : ok ? count : -EFAULT);
    }
    case 'map':
      if (!slot) return out(-EBADF);
      return out(slot.file === 'status' ? 0 : -ENODEV);
    case 'unmap':
      return out(model.mappings.some((m) => m.slot === a.slot) ? 0 : -EINVAL);
    case 'enable': {
      if (a.instance !== null && !model.instances.has(a.instance)) return out(-ENOENT);
      // The system directory exists while the group has an event that can be a directory (Q10);
      // once written, it reaches every event of the system, those without a directory too (§d.4).
      const systemDir = eventsOf(a.group).some((k) => isDirable(view.events.get(k)!.name));
      const targets =
        a.scope === 'all'
          ? [...view.events.keys()]
          : a.scope === 'system'
            ? systemDir
              ? eventsOf(a.group)
              : []
            : view.events.has(eventKey(a.group, a.name))
              ? [eventKey(a.group, a.name)]
              : [];
      if (targets.length === 0) return out(a.scope === 'all' ? -EINVAL : -ENOENT);
      if (a.value !== '0' && a.value !== '1') return out(-EINVAL);
      for (const k of targets) {
        if (a.value === '1') enabled.add(enabledKey(a.instance, k));
        else enabled.delete(enabledKey(a.instance, k));
      }
      return out(a.value.length + 1);
    }
    case 'mkdirInstance':
      return out(model.instances.has(a.name) ? -EEXIST : 0);
    case 'rmdirInstance':
      if (!model.instances.has(a.name)) return out(-ENOENT);
      // §f.2: events/enable pins its instance; per-event files do not.
      for (const s of model.slots.values())
        if (s.enable?.instance === a.name && s.enable.key === null) return out(-EBUSY);
      for (const k of view.events.keys()) enabled.delete(enabledKey(a.name, k));
      return out(0);
    case 'setEvent': {
      if (a.instance !== null && !model.instances.has(a.instance)) return out(-ENOENT);
      if (a.trunc) for (const k of view.events.keys()) enabled.delete(enabledKey(a.instance, k));
      if (a.token.trim() === '') return out(a.token.length + 1);
      const neg = a.token.startsWith('!');
      const token = neg ? a.token.slice(1) : a.token;
      const hits = [...view.events].filter(([, e]) => tokenMatches(token, systemOf(e.group), e.name));
      if (hits.length === 0) return out(-EINVAL);
      for (const [k] of hits) {
        if (neg) enabled.delete(enabledKey(a.instance, k));
        else enabled.add(enabledKey(a.instance, k));
      }
      return out(a.token.length + 1);
    }
    case 'dynamic':
      return out(predictDynamic(a.line, a.trunc, ctx, deleted, registerIn, busy));
  }
}

/** §c.10: an `echo LINE >> dynamic_events` (or `>` with O_TRUNC's release-all first). */
function predictDynamic(
  line: string,
  trunc: boolean,
  ctx: PredictContext,
  deleted: Set<string>,
  registerIn: (group: Group, name: string, fields: FieldList, gone: ReadonlySet<string>) => number | string,
  busy: (key: string) => boolean,
): number {
  const { view } = ctx;
  if (trunc) {
    if ([...view.events.keys()].some(busy)) return -EBUSY;
    for (const k of view.events.keys()) deleted.add(k);
  }
  const count = line.length + 1;
  if (line.trim() === '') return count;
  if (line.startsWith('-') || line.startsWith('!')) {
    const [first, ...rest] = line.trim().split(/\s+/);
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
    const system = slash < 0 ? null : target.slice(0, slash);
    const name = slash < 0 ? target : target.slice(slash + 1);
    if (system === null && name === '') return -EINVAL;
    let any = false;
    for (const [key, e] of view.events) {
      if (deleted.has(key)) continue;
      if (e.name !== name || (system !== null && system !== 'user_events') || !fieldsMatch(rest, e.fields))
        continue;
      if (busy(key)) return -EBUSY;
      deleted.add(key);
      any = true;
    }
    return any ? count : -ENOENT;
  }
  if (line.startsWith('u:')) {
    const body = line.slice(2).trimStart();
    const sp = body.indexOf(' ');
    const name = sp < 0 ? body : body.slice(0, sp);
    const fields = fieldListOf(sp < 0 ? '' : body.slice(sp + 1));
    if (!fields) throw new Error(`test bug: no field list for ${JSON.stringify(line)}`);
    const r = registerIn('', name, fields, deleted);
    return typeof r === 'number' ? r : count;
  }
  return -EINVAL;
}

/** `echo TEXT >&N`: one write of TEXT and a newline to whatever slot N holds. */
function predictEchoSlot(
  text: string,
  slot: Slot | undefined,
  ctx: PredictContext,
  enabled: Set<string>,
): number {
  const { model, view } = ctx;
  const count = text.length + 1;
  if (!slot || !slot.rw) return -EBADF;
  switch (slot.file) {
    case 'data': {
      // §c.9: fewer than 4 bytes is EFAULT; otherwise the text's first 4 bytes are the index.
      if (count < 4) return -EFAULT;
      const bytes = new TextEncoder().encode(`${text}\n`);
      const index = new DataView(bytes.buffer).getInt32(0, true);
      return index < 0 ? -EINVAL : index >= slot.regs.length ? -ENOENT : -EINVAL;
    }
    case 'status':
      return -EINVAL;
    case 'options':
      return parseLimit(text) === null ? -EINVAL : count;
    case 'enable': {
      const t = slot.enable!;
      if (!enableAlive(model, t)) return -ENODEV;
      if (text !== '0' && text !== '1') return -EINVAL;
      const targets = t.key === null ? [...view.events.keys()] : [t.key];
      if (targets.length === 0) return -EINVAL;
      for (const k of targets) {
        if (text === '1') enabled.add(enabledKey(t.instance, k));
        else enabled.delete(enabledKey(t.instance, k));
      }
      return count;
    }
  }
}

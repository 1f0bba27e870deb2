// The invariants checked after every step, each returning the violations it finds as text:
// the tree a readdir walk sees against the registry, the user_events groups, available_events and
// dynamic_events (§b.4, §c.1, §c.10, §d, §d.6, §f.1); status text against enables and the status
// page bits (§c.2, §c.5, §d.7); and the predicted outcome of the step (model.ts) against what
// happened.

import { jhash } from '../../worker/kernel/lib/jhash';
import { encodeUtf8 } from '../../worker/kernel/lib/utf8';
import type { Kernel, Syscalls } from '../kernel/helpers';
import { O_RDONLY, TRACING } from '../kernel/helpers';
import { groupOfSystem, isDirable, systemOf, type Group } from './actions';
import type { Expectation, Model } from './model';
import type { Outcome } from './execute';
import {
  children,
  enabledKey,
  eventKey,
  isDirMode,
  lines,
  parseDynamicLine,
  parseStatus,
  splitEvent,
  statusPath,
  type EventView,
  type Snapshot,
} from './snapshot';

const sorted = (xs: Iterable<string>) => [...xs].sort();
const same = (a: Iterable<string>, b: Iterable<string>) =>
  JSON.stringify(sorted(a)) === JSON.stringify(sorted(b));
const show = (xs: Iterable<string>) => JSON.stringify(sorted(xs));

/** Namespaces, instances and their layout against what the test knows (§b.4, §b.6, §f.1). */
export function checkRegistry(s: Snapshot, model: Model, k: Kernel): string[] {
  const out: string[] = [];
  const ns = children(s, 'namespaces');
  if (!same(ns, model.namespaces))
    out.push(`namespaces/ lists ${show(ns)}, expected ${show(model.namespaces)}`);
  // §b.3: ids come from a cyclic allocator; a mkdir whose create failed used one up too.
  const ids = k.debug.namespaceIds().map((n) => `${n.name}=${n.id}`);
  const want = [...model.nsIds].map(([n, id]) => `${n}=${id}`);
  if (!same(ids, want)) out.push(`registry holds ${show(ids)}, expected ${show(want)}`);
  for (const name of ns) {
    const dir = `namespaces/${name}`;
    const layout: Array<[string, number]> = [
      [dir, 0o750],
      [`${dir}/options`, 0o640],
      [`${dir}/root`, 0o750],
      [`${dir}/root/user_events_data`, 0o640],
      [`${dir}/root/user_events_status`, 0o640],
    ];
    for (const [path, mode] of layout)
      if (((s.tree.get(path) ?? -1) & 0o7777) !== mode)
        out.push(`${path}: mode ${s.tree.get(path)?.toString(8)}`);
    if (!same(children(s, dir), ['options', 'root'])) out.push(`${dir} holds ${show(children(s, dir))}`);
    if (!same(children(s, `${dir}/root`), ['user_events_data', 'user_events_status']))
      out.push(`${dir}/root holds ${show(children(s, `${dir}/root`))}`);
    const opts = s.files.get(`${dir}/options`);
    if (opts !== `user_events_limit=${model.limits.get(name)}\n`)
      out.push(`${dir}/options reads ${JSON.stringify(opts)}`);
  }
  const inst = children(s, 'instances');
  if (!same(inst, model.instances))
    out.push(`instances/ lists ${show(inst)}, expected ${show(model.instances)}`);
  return out;
}

/** `SYSTEM:NAME` of every event directory under `dir/events` (§d). */
function eventDirs(s: Snapshot, dir: string, out: string[]): string[] {
  const found: string[] = [];
  const events = `${dir}events`;
  for (const system of children(s, events)) {
    const path = `${events}/${system}`;
    if (!isDirMode(s.tree.get(path) ?? 0)) continue;
    const names = children(s, path).filter((n) => isDirMode(s.tree.get(`${path}/${n}`) ?? 0));
    if (names.length === 0) out.push(`${path} has no event left but still exists`);
    for (const f of ['enable', 'filter']) if (!s.tree.has(`${path}/${f}`)) out.push(`${path}/${f} missing`);
    for (const n of names) found.push(`${system}:${n}`);
  }
  return found;
}

/** Tree, available_events, dynamic_events and every group's status text agree (§c.5, §c.10, §d.6). */
export function checkEvents(s: Snapshot, model: Model): string[] {
  const out: string[] = [];
  const available = lines(s.files.get('available_events'));
  if (new Set(available).size !== available.length)
    out.push(`available_events repeats a line: ${show(available)}`);
  const withDir = available.filter((l) => isDirable(splitEvent(l).name));
  for (const dir of ['', ...[...model.instances].map((i) => `instances/${i}/`)]) {
    const dirs = eventDirs(s, dir, out);
    if (!same(dirs, withDir))
      out.push(`${dir || 'top level '}events/ has ${show(dirs)} but available_events ${show(available)}`);
  }
  const groups: Group[] = ['', ...model.namespaces];
  for (const line of available) {
    const g = groupOfSystem(splitEvent(line).system);
    if (g === null || !groups.includes(g)) out.push(`available_events lists ${line} of no live group`);
  }
  const dynamic = lines(s.files.get('dynamic_events')).map((l) => parseDynamicLine(l).name);
  const availableNames = available.map((l) => splitEvent(l).name).reverse();
  if (JSON.stringify(dynamic) !== JSON.stringify(availableNames))
    out.push(`dynamic_events names ${JSON.stringify(dynamic)} are not available_events reversed`);
  const ids = new Set<string>();
  for (const line of withDir) {
    const { system, name } = splitEvent(line);
    const id = s.files.get(`events/${system}/${name}/id`) ?? '';
    if (!/^\d+\n$/.test(id) || Number(id) < 20 || ids.has(id)) out.push(`${line}: id ${JSON.stringify(id)}`);
    ids.add(id);
  }
  for (const g of groups) {
    const st = parseStatus(s.files.get(statusPath(g)) ?? '');
    if (typeof st === 'string') {
      out.push(`${statusPath(g)}: ${st}`);
      continue;
    }
    const names = st.lines.map((l) => l.name);
    const expected = available
      .filter((l) => splitEvent(l).system === systemOf(g))
      .map((l) => splitEvent(l).name);
    if (!same(names, expected))
      out.push(`${statusPath(g)} lists ${show(names)}, events/ has ${show(expected)}`);
    const bits = st.lines.map((l) => l.bit);
    if (new Set(bits).size !== bits.length || bits.some((b) => b < 1 || b > 32767))
      out.push(`${statusPath(g)}: bits ${JSON.stringify(bits)}`);
    const used = st.lines.filter((l) => l.suffix !== '').length;
    if (
      st.active !== st.lines.length ||
      st.busy !== used ||
      st.max !== 32768 ||
      st.limit !== model.limits.get(g)
    )
      out.push(`${statusPath(g)}: counters ${JSON.stringify(st)}`);
    for (const l of st.lines)
      if (l.suffix !== '' && l.suffix !== ' # Used by ftrace')
        out.push(`${statusPath(g)}: line ${l.bit}:${l.name}${l.suffix}`);
  }
  return out;
}

/**
 * Whether `got` is a trace array's event list order for the enabled events `want` (newest first,
 * as available_events): the top level's is `want`; an instance lists the events registered since
 * it was made newest first, then the ones that existed before it oldest first (the kernel adds each
 * at its list's head), so `got` is `want` with some tail reversed.
 */
function inListOrder(got: string[], want: string[], instance: boolean): boolean {
  const same = (a: string[]) => JSON.stringify(a) === JSON.stringify(got);
  if (!instance) return same(want);
  for (let k = 0; k <= want.length; k++)
    if (same([...want.slice(0, k), ...want.slice(k).reverse()])) return true;
  return false;
}

/**
 * A status line says `# Used by ftrace` exactly when some trace array's set_event lists the event;
 * per-event, system and global enable files agree with set_event (§c.2, §d.3, §d.4, §d.7).
 */
export function checkConsumers(s: Snapshot, view: EventView): string[] {
  const out: string[] = [];
  for (const [key, e] of view.events) {
    const consumed = [null, ...view.instances].some((t) => view.enabled.has(enabledKey(t, key)));
    if (e.used !== consumed)
      out.push(`${systemOf(e.group)}:${e.name}: status says used=${e.used}, enable files say ${consumed}`);
  }
  const order = lines(s.files.get('available_events'));
  for (const t of [null, ...view.instances]) {
    const dir = t === null ? '' : `instances/${t}/`;
    const on = (line: string) => {
      const { system, name } = splitEvent(line);
      return view.enabled.has(enabledKey(t, eventKey(groupOfSystem(system) ?? '?', name)));
    };
    const want = order.filter(on);
    const got = lines(s.files.get(`${dir}set_event`));
    if (!inListOrder(got, want, t !== null))
      out.push(`${dir}set_event lists ${JSON.stringify(got)}, not in the event list's order`);
    for (const line of order) {
      const { system, name } = splitEvent(line);
      if (!isDirable(name)) continue;
      const file = s.files.get(`${dir}events/${system}/${name}/enable`);
      if (file !== (on(line) ? '1\n' : '0\n'))
        out.push(
          `${dir}events/${system}/${name}/enable reads ${JSON.stringify(file)}, set_event says ${on(line)}`,
        );
    }
    const summary = (subset: string[]) => {
      const n = subset.filter(on).length;
      return subset.length === 0 ? '?\n' : n === 0 ? '0\n' : n === subset.length ? '1\n' : 'X\n';
    };
    const all = s.files.get(`${dir}events/enable`);
    if (all !== summary(order)) out.push(`${dir}events/enable reads ${JSON.stringify(all)}`);
    for (const system of new Set(withDirs(order).map((l) => splitEvent(l).system))) {
      const got1 = s.files.get(`${dir}events/${system}/enable`);
      const want1 = summary(order.filter((l) => splitEvent(l).system === system));
      if (got1 !== want1)
        out.push(
          `${dir}events/${system}/enable reads ${JSON.stringify(got1)}, expected ${JSON.stringify(want1)}`,
        );
    }
  }
  return out;
}

/** The lines whose event has a directory (Q10). */
function withDirs(available: string[]): string[] {
  return available.filter((l) => isDirable(splitEvent(l).name));
}

/** The 4096-byte page a group's status text implies: bit b set iff line b says `# Used by`. */
function expectedPage(view: EventView, group: Group): Uint8Array {
  const page = new Uint8Array(4096);
  for (const e of view.events.values()) if (e.group === group && e.used) page[e.bit >> 3] |= 1 << (e.bit & 7);
  return page;
}

function pageDiff(got: Uint8Array, want: Uint8Array): string | null {
  for (let i = 0; i < 4096; i++)
    if (got[i] !== want[i])
      return `byte ${i} is ${got[i].toString(16)}, status text implies ${want[i].toString(16)}`;
  return null;
}

/** Every group's page through a fresh map, and every mapping the program holds (§c.5). */
export function checkPages(sys: Syscalls, view: EventView, model: Model): string[] {
  const out: string[] = [];
  for (const g of view.groups) {
    const path = `${TRACING}/${statusPath(g)}`;
    const fd = sys.open(path, O_RDONLY);
    if (fd < 0) {
      out.push(`open ${statusPath(g)}: ${fd}`);
      continue;
    }
    const map = sys.mmap(fd, 4096);
    if (!map.ok) out.push(`mmap ${statusPath(g)}: ${map.err}`);
    else {
      const d = pageDiff(map.value.view.slice(), expectedPage(view, g));
      if (d) out.push(`fresh map of ${statusPath(g)}: ${d}`);
      if (sys.munmap(map.value.id) !== 0) out.push(`munmap of a fresh map of ${statusPath(g)} failed`);
    }
    sys.close(fd);
  }
  for (const m of model.mappings) {
    const d = pageDiff(m.view.slice(), expectedPage(view, m.group));
    if (d) out.push(`held map #${m.id} of ${statusPath(m.group)}: ${d}`);
  }
  return out;
}

/** The step's result, events and enables against the prediction (model.ts). */
export function checkOutcome(before: EventView, after: EventView, exp: Expectation, got: Outcome): string[] {
  const out: string[] = [];
  if (!exp.ret.includes(got.ret)) return [`returned ${got.ret}, spec says ${exp.ret.join(' or ')}`];
  const ok = got.ret >= 0;
  if (
    exp.reg &&
    ok &&
    (got.reg?.statusBit !== exp.reg.statusBit || got.reg?.writeIndex !== exp.reg.writeIndex)
  )
    out.push(`user_reg out ${JSON.stringify(got.reg)}, expected ${JSON.stringify(exp.reg)}`);
  const want = new Set([...before.events.keys()].filter((k) => !exp.deleted.has(k)));
  for (const k of exp.created.keys()) want.add(k);
  const label = (k: string) => k.replace('\u0001', '|').replace('\0', ':');
  if (!same(after.events.keys(), want))
    out.push(
      `events afterwards ${show([...after.events.keys()].map(label))}, expected ${show([...want].map(label))}`,
    );
  for (const [k, e] of after.events) {
    const c = exp.created.get(k);
    const was = before.events.get(k);
    const wantBit = c ? c.bit : was?.bit;
    const wantId = !isDirable(e.name) ? -1 : c ? c.id : was?.id;
    const wantFields = c ? c.fields.fields : was?.fields;
    if (e.bit !== wantBit || e.id !== wantId || JSON.stringify(e.fields) !== JSON.stringify(wantFields))
      out.push(
        `${label(k)}: bit ${e.bit} id ${e.id} fields ${JSON.stringify(e.fields)}, expected ${wantBit} ${wantId} ${JSON.stringify(wantFields)}`,
      );
  }
  if (!same(after.enabled, exp.enabled))
    out.push(
      `enabled afterwards ${show([...after.enabled].map(label))}, expected ${show([...exp.enabled].map(label))}`,
    );
  return out;
}

/** buffer_size_kb and buffer_total_size_kb of every trace array, before and after expansion (§e.9). */
export function checkBuffers(s: Snapshot, model: Model): string[] {
  const out: string[] = [];
  const expect = (path: string, want: string) => {
    const got = s.files.get(path);
    if (got !== want) out.push(`${path} reads ${JSON.stringify(got)}, expected ${JSON.stringify(want)}`);
  };
  if (model.expanded === null) model.expanded = s.files.get('buffer_size_kb') === '1410\n';
  const x = model.expanded;
  expect('buffer_size_kb', x ? '1410\n' : '7 (expanded: 1408)\n');
  expect('buffer_total_size_kb', x ? '2820\n' : '14 (expanded: 2816)\n');
  for (const cpu of [0, 1]) expect(`per_cpu/cpu${cpu}/buffer_size_kb`, x ? '1410\n' : '7\n');
  for (const i of model.instances) {
    expect(`instances/${i}/buffer_size_kb`, x ? '1410\n' : '1410 (expanded: 1408)\n');
    expect(`instances/${i}/buffer_total_size_kb`, x ? '2820\n' : '2820 (expanded: 2816)\n');
    for (const cpu of [0, 1]) expect(`instances/${i}/per_cpu/cpu${cpu}/buffer_size_kb`, '1410\n');
  }
  return out;
}

/** Bucket of an event name in a group's hash table (Appendix A): hash_32(jhash(name), 8). */
function bucket(name: string): number {
  return Math.imul(jhash(encodeUtf8(name), 0), 0x61c88647) >>> 24;
}

/**
 * Orders: dynamic_events lists events in creation order (model IDs ascend, §c.10), and each
 * group's status file in hash-table order, newest first inside a bucket (§c.5, Appendix A).
 */
export function checkOrder(s: Snapshot, view: EventView, model: Model): string[] {
  const out: string[] = [];
  const keys = [...view.events.keys()];
  const ids = keys.map((k) => model.eventIds.get(k) ?? -1);
  if (ids.some((id, i) => id < 0 || (i > 0 && id <= ids[i - 1])))
    out.push(
      `dynamic_events is not in creation order: ${JSON.stringify(keys.map((k) => k.replace('\0', ':')))}`,
    );
  for (const g of view.groups) {
    const st = parseStatus(s.files.get(statusPath(g)) ?? '');
    if (typeof st === 'string') continue;
    const mine = keys.filter((k) => view.events.get(k)!.group === g).reverse();
    const want = mine
      .map((k, newest) => ({ name: view.events.get(k)!.name, newest }))
      .sort((a, b) => bucket(a.name) - bucket(b.name) || a.newest - b.newest)
      .map((e) => e.name);
    const got = st.lines.map((l) => l.name);
    if (JSON.stringify(got) !== JSON.stringify(want))
      out.push(`${statusPath(g)} lists ${JSON.stringify(got)}, hash order is ${JSON.stringify(want)}`);
  }
  return out;
}

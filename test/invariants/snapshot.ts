// What a user can observe of tracefs without changing it: a readdir walk of /sys/kernel/tracing
// (every name with its mode) and the contents of the small text files whose read has no side
// effect. trace_pipe is never read (it consumes) and nothing is opened with O_TRUNC. Also parses a
// snapshot into the event-level view the invariants compare: groups, events, bits, enables.

import type { Syscalls } from '../../worker/kernel/syscall-table';
import { O_RDONLY, readFd, TRACING } from '../kernel/helpers';
import { groupOfSystem, type Group } from './actions';

export interface Snapshot {
  /** Path relative to the tracefs root → st_mode (type bits included). */
  readonly tree: Map<string, number>;
  /** Path → contents, or `!errno` when open or read failed. */
  readonly files: Map<string, string>;
}

/** Files whose contents are snapshotted (by name): all readable without a side effect. */
const CONTENT_NAMES = new Set([
  'user_events_status',
  'dynamic_events',
  'available_events',
  'set_event',
  'enable',
  'options',
  'buffer_size_kb',
  'buffer_total_size_kb',
  'trace',
  'tracing_on',
  'id',
  'format',
  'filter',
  'saved_cmdlines',
]);

const S_IFDIR = 0o040000;

export function isDirMode(mode: number): boolean {
  return (mode & 0o170000) === S_IFDIR;
}

function wanted(path: string, name: string): boolean {
  if (!CONTENT_NAMES.has(name)) return false;
  // per_cpu/cpuN/trace repeats the trace array's `trace`; reading it twice only costs time.
  return !(name === 'trace' && path.includes('per_cpu/'));
}

/**
 * Walks the tree (readdir order) and reads the selected files. Paths are resolved from the task's
 * working directory when it is the tracefs root (shorter lookups: this is most of the suite's time).
 */
export function takeSnapshot(sys: Syscalls): Snapshot {
  const tree = new Map<string, number>();
  const files = new Map<string, string>();
  const base = sys.getcwd() === TRACING ? '' : `${TRACING}/`;
  const walk = (rel: string): void => {
    const entries = sys.readdir(rel === '' ? base || '.' : `${base}${rel}`);
    if (!entries.ok) {
      files.set(`${rel}/`, `!${entries.err}`);
      return;
    }
    for (const e of entries.value) {
      const path = rel === '' ? e.name : `${rel}/${e.name}`;
      if (e.isDir) {
        const st = sys.stat(`${base}${path}`);
        tree.set(path, st.ok ? st.value.mode : -1);
        walk(path);
      } else if (wanted(path, e.name)) {
        const fd = sys.open(`${base}${path}`, O_RDONLY);
        if (fd < 0) {
          files.set(path, `!${fd}`);
          const st = sys.stat(`${base}${path}`);
          tree.set(path, st.ok ? st.value.mode : -1);
        } else {
          const st = sys.fstat(fd);
          tree.set(path, st.ok ? st.value.mode : -1);
          const text = readFd(sys, fd);
          files.set(path, typeof text === 'number' ? `!${text}` : text);
          sys.close(fd);
        }
      } else {
        const st = sys.stat(`${base}${path}`);
        tree.set(path, st.ok ? st.value.mode : -1);
      }
    }
  };
  walk('');
  return { tree, files };
}

/** Paths whose presence, mode or contents differ, each with a short description, minus `ignore`. */
export function diffSnapshots(
  a: Snapshot,
  b: Snapshot,
  ignore: (path: string) => boolean = () => false,
): string[] {
  const out: string[] = [];
  const show = (v: number | string | undefined) =>
    v === undefined ? 'absent' : typeof v === 'number' ? v.toString(8) : JSON.stringify(v);
  for (const [kind, x, y] of [
    ['mode', a.tree, b.tree],
    ['contents', a.files, b.files],
  ] as const) {
    const keys = new Set<string>([...x.keys(), ...y.keys()]);
    for (const k of keys) {
      const before = x.get(k) as number | string | undefined;
      const after = y.get(k) as number | string | undefined;
      if (before !== after && !ignore(k)) out.push(`${kind} of ${k}: ${show(before)} -> ${show(after)}`);
    }
  }
  return out;
}

const childIndex = new WeakMap<Snapshot, Map<string, string[]>>();

/** The names in directory `rel` (relative to the tracefs root), from the snapshot's tree. */
export function children(s: Snapshot, rel: string): string[] {
  let index = childIndex.get(s);
  if (!index) {
    index = new Map();
    for (const path of s.tree.keys()) {
      const slash = path.lastIndexOf('/');
      const dir = slash < 0 ? '' : path.slice(0, slash);
      const list = index.get(dir) ?? [];
      list.push(path.slice(slash + 1));
      index.set(dir, list);
    }
    childIndex.set(s, index);
  }
  return index.get(rel) ?? [];
}

export interface StatusLine {
  readonly bit: number;
  readonly name: string;
  /** The text after the name: '' or ` # Used by ...`. */
  readonly suffix: string;
}

export interface StatusText {
  readonly lines: StatusLine[];
  readonly active: number;
  readonly busy: number;
  readonly max: number;
  readonly limit: number;
}

/** Parses a `user_events_status` text (§c.5); a string describes why it does not parse. */
export function parseStatus(text: string): StatusText | string {
  const m = /^((?:[^\n]*\n)*?)\nActive: (\d+)\nBusy: (\d+)\nMax: (\d+)\nLimit: (\d+)\n$/.exec(text);
  if (!m) return `malformed status text ${JSON.stringify(text)}`;
  const lines: StatusLine[] = [];
  for (const line of m[1].split('\n').slice(0, -1)) {
    const e = /^(\d+):(.*?)((?: # Used by.*)?)$/.exec(line);
    if (!e) return `malformed status line ${JSON.stringify(line)}`;
    lines.push({ bit: Number(e[1]), name: e[2], suffix: e[3] });
  }
  return { lines, active: Number(m[2]), busy: Number(m[3]), max: Number(m[4]), limit: Number(m[5]) };
}

/** Path of a group's status file. */
export function statusPath(group: Group): string {
  return group === '' ? 'user_events_status' : `namespaces/${group}/root/user_events_status`;
}

export function eventKey(group: Group, name: string): string {
  return `${group}\0${name}`;
}

export function enabledKey(instance: string | null, key: string): string {
  return `${instance ?? ''}\u0001${key}`;
}

export interface EventState {
  readonly group: Group;
  readonly name: string;
  readonly bit: number;
  readonly used: boolean;
  /** From events/SYSTEM/NAME/id; -1 for a name that has no directory (Q10). */
  readonly id: number;
  /** Fields as `dynamic_events` lists them. */
  readonly fields: readonly string[];
}

/** The event-level view of a snapshot that has passed the structural invariants. */
export interface EventView {
  readonly groups: Group[];
  readonly instances: string[];
  /** Keyed by eventKey; iteration order is creation order (the dynamic_events order). */
  readonly events: Map<string, EventState>;
  /** enabledKey(instance, eventKey) of every event a trace array's set_event lists. */
  readonly enabled: Set<string>;
}

/** Splits `SYSTEM:NAME` at its last colon (event names cannot hold one, system names can). */
export function splitEvent(line: string): { system: string; name: string } {
  const i = line.lastIndexOf(':');
  return { system: line.slice(0, i), name: line.slice(i + 1) };
}

/** Lines of a text file (without the final empty piece). */
export function lines(text: string | undefined): string[] {
  if (!text) return [];
  return text.split('\n').slice(0, -1);
}

/** A `dynamic_events` line `u:NAME F1; F2` → name and fields. */
export function parseDynamicLine(line: string): { name: string; fields: string[] } {
  const body = line.startsWith('u:') ? line.slice(2) : line;
  const sp = body.indexOf(' ');
  if (sp < 0) return { name: body, fields: [] };
  return { name: body.slice(0, sp), fields: body.slice(sp + 1).split('; ') };
}

/**
 * Builds the event view; assumes (and the invariants check first) that available_events is
 * dynamic_events reversed and that every event has a status line.
 */
export function eventView(s: Snapshot): EventView {
  const groups = ['', ...children(s, 'namespaces')];
  const instances = children(s, 'instances');
  const available = lines(s.files.get('available_events'));
  const dynamic = lines(s.files.get('dynamic_events'));
  const bits = new Map<string, StatusLine>();
  for (const g of groups) {
    const st = parseStatus(s.files.get(statusPath(g)) ?? '');
    if (typeof st === 'string') continue;
    for (const l of st.lines) bits.set(eventKey(g, l.name), l);
  }
  const events = new Map<string, EventState>();
  const created = [...available].reverse();
  created.forEach((line, i) => {
    const { system, name } = splitEvent(line);
    const group = groupOfSystem(system) ?? `?${system}`;
    const key = eventKey(group, name);
    const st = bits.get(key);
    const id = Number((s.files.get(`events/${system}/${name}/id`) ?? '-1').trim());
    events.set(key, {
      group,
      name,
      bit: st?.bit ?? -1,
      used: st !== undefined && st.suffix !== '',
      id,
      fields: parseDynamicLine(dynamic[i] ?? '').fields,
    });
  });
  const enabled = new Set<string>();
  for (const instance of [null, ...instances]) {
    const dir = instance === null ? '' : `instances/${instance}/`;
    for (const line of lines(s.files.get(`${dir}set_event`))) {
      const { system, name } = splitEvent(line);
      enabled.add(enabledKey(instance, eventKey(groupOfSystem(system) ?? `?${system}`, name)));
    }
  }
  return { groups, instances, events, enabled };
}

// The inspectors' look at the tracing-namespace registry (§b) and the user_events groups (§c.1,
// §c.5), from what the kernel shows publicly: files read through the session's quiet system
// calls (`namespaces/NAME/options`, every `user_events_status`), the descriptors of every task
// through their quiet system calls (who holds a namespace's files open), and the simulator's
// debug facility (namespace ids, the registry's call log). Nothing here changes the kernel: a file
// opened to be read (which takes a reference on a namespace, §b.7) is closed within the call.
// Simplified: the reference count of a namespace is not observable (a dup'd or inherited
// descriptor and a second open look alike), so "busy" is derived and explained instead.

import { TRACEFS_PATH, type Kernel } from './kernel/boot';
import type { Syscalls } from './kernel/syscall-table';
import type { InspectSnapshot, NamespaceInfo, RegistrySystem, StatusBit, StatusGroup } from './protocol';
import { openError, readText, TraceLook } from './session-trace';

const USER_EVENTS = 'user_events';

/** Files of a namespace whose open descriptors make its rmdir fail with EBUSY (§b.6, §c.12). */
const HELD_FILES = ['options', 'root/user_events_data', 'root/user_events_status'];

const NOTES = {
  systems:
    'Systems: the debug facility lists none, so they are taken from the registry\u2019s last complete ' +
    'create or remove round (user_events alone before the first mkdir).',
  refs:
    'Reference counts are not observable; busy is derived from the descriptors every task holds ' +
    'and from events in use (a status page still mapped after its descriptor closed is not seen).',
};

/**
 * The registry's systems in list order, from its call log (`name.op(ns) = result`): the last round
 * of create calls that all succeeded, or of remove calls that was not a rollback, names every
 * system registered at that time. Null when no round is complete.
 */
export function systemsFromCallLog(log: readonly string[]): string[] | null {
  const calls = log.map((line) => /^(.+?)\.(create|remove)\((.*)\) = (\S+)$/.exec(line));
  type Round = { op: string; ns: string; names: string[]; failed: boolean };
  const rounds: Round[] = [];
  for (const m of calls) {
    if (!m) continue;
    const [, name, op, ns, result] = m;
    const last = rounds[rounds.length - 1];
    if (last && last.op === op && last.ns === ns && !last.names.includes(name) && !last.failed) {
      last.names.push(name);
      last.failed = op === 'create' && result !== '0';
    } else {
      rounds.push({ op, ns, names: [name], failed: op === 'create' && result !== '0' });
    }
  }
  for (let i = rounds.length - 1; i >= 0; i--) {
    const r = rounds[i];
    const before = rounds[i - 1];
    const rollback = r.op === 'remove' && before?.op === 'create' && before.ns === r.ns && before.failed;
    if ((r.op === 'create' && !r.failed) || (r.op === 'remove' && !rollback)) return r.names;
  }
  return null;
}

/** A `user_events_status` text (§c.5) as bits in bit order and its counters. */
export function parseStatus(text: string): Pick<StatusGroup, 'bits' | 'active' | 'busy' | 'limit'> {
  const bits: StatusBit[] = [];
  const counter = (name: string) => Number(new RegExp(`^${name}: (\\d+)$`, 'm').exec(text)?.[1] ?? 0);
  for (const line of text.slice(0, text.indexOf('\n\n') + 1).split('\n')) {
    const m = /^(\d+):(.*?)(?: # Used by((?: (?:ftrace|perf|other))+))?$/.exec(line);
    if (!m) continue;
    const users = m[3] ? m[3].trim().split(' ') : [];
    bits.push({ bit: Number(m[1]), name: m[2], set: users.length > 0, users });
  }
  bits.sort((a, b) => a.bit - b.bit);
  return { bits, active: counter('Active'), busy: counter('Busy'), limit: counter('Limit') };
}

/**
 * `options` split by system: each system's show() text in list order, concatenated (§b.7). Only
 * user_events' part can be told apart (`user_events_limit=N\n`); the rest goes to the one other
 * system, or to "other systems" when there are several.
 */
export function splitShow(options: string, systems: readonly string[]): Record<string, string> {
  if (systems.length <= 1) return systems.length ? { [systems[0]]: options } : {};
  const mine = /^user_events_limit=.*\n?/m.exec(options);
  const show: Record<string, string> = {};
  if (systems.includes(USER_EVENTS)) show[USER_EVENTS] = mine?.[0] ?? '';
  const rest = mine ? options.replace(mine[0], '') : options;
  const others = systems.filter((s) => s !== USER_EVENTS);
  show[others.length === 1 ? others[0] : 'other systems'] = rest;
  return show;
}

/** Who holds each inode open: `COMM (pid N, fd M)`, over the descriptors of every live task. */
function holders(kernel: Kernel): Map<number, string[]> {
  const held = new Map<number, string[]>();
  for (const pid of [...kernel.tasks.tasks.keys()].sort((a, b) => a - b)) {
    const sys = kernel.observe(pid);
    if (!sys) continue;
    for (const fd of sys.openFds()) {
      const st = sys.fstat(fd);
      if (!st.ok) continue;
      const list = held.get(st.value.ino) ?? [];
      list.push(`${sys.comm()} (pid ${pid}, fd ${fd})`);
      held.set(st.value.ino, list);
    }
  }
  return held;
}

type Body = Omit<InspectSnapshot, 'inspectVersion' | 'traceVersion'>;

export class Inspector {
  readonly trace: TraceLook;
  /** Bumped when the snapshot changed since the last check. */
  version = 0;
  private signature: string;

  constructor(
    private readonly kernel: Kernel,
    private readonly look: () => Syscalls,
  ) {
    this.trace = new TraceLook(look, () => this.tracefs());
    this.signature = JSON.stringify(this.build());
  }

  snapshot(): InspectSnapshot {
    const body = this.build();
    this.signature = JSON.stringify(body);
    return { ...body, inspectVersion: this.version, traceVersion: this.trace.version };
  }

  /** After a step: bumps the versions of what changed. */
  check(): void {
    const sig = JSON.stringify(this.build());
    if (sig !== this.signature) this.version++;
    this.signature = sig;
    this.trace.check();
  }

  /** The session's tracefs: its first mount of the whole tracefs. */
  private tracefs(): string {
    const mount = this.look()
      .mounts()
      .find((m) => m.fsType === 'tracefs' && m.source === 'tracefs');
    return mount?.target ?? TRACEFS_PATH;
  }

  private build(): Body {
    const sys = this.look();
    const tracefs = this.tracefs();
    const names = systemsFromCallLog(this.kernel.debug.namespaceCallLog()) ?? [USER_EVENTS];
    const systems: RegistrySystem[] = names.map((name, order) => ({ name, order }));
    const ids = this.kernel.debug.namespaceIds();
    const listed = sys.readdir(`${tracefs}/namespaces`);
    const dirs = listed.ok ? listed.value.filter((d) => d.isDir).map((d) => d.name) : [];
    // The registry's order (the newest first), then any directory it does not know.
    const order = (name: string) => {
      const at = ids.findIndex((n) => n.name === name);
      return at < 0 ? ids.length : at;
    };
    dirs.sort((a, b) => order(a) - order(b));
    const held = holders(this.kernel);
    const groups: StatusGroup[] = [this.group(sys, `${tracefs}/user_events_status`, USER_EVENTS, null)];
    const namespaces = dirs.map((name): NamespaceInfo => {
      const path = `${tracefs}/namespaces/${name}`;
      const group = this.group(sys, `${path}/root/user_events_status`, `${USER_EVENTS}.${name}`, name);
      groups.push(group);
      const busyReasons: string[] = [];
      for (const file of HELD_FILES) {
        const st = sys.stat(`${path}/${file}`);
        const by = st.ok ? held.get(st.value.ino) : undefined;
        if (by) busyReasons.push(`${file} is open: ${by.join(', ')}`);
      }
      if (group.busy > 0) busyReasons.push(`${group.busy} event(s) in use`);
      const options = readText(sys, `${path}/options`);
      const info: NamespaceInfo = {
        name,
        path,
        id: ids.find((n) => n.name === name)?.id ?? null,
        refs: null,
        busy: busyReasons.length > 0,
        busyReasons,
        options: options ?? '',
        show: options === null ? {} : splitShow(options, names),
      };
      if (options === null) info.error = `options: ${openError(sys, `${path}/options`)}`;
      return info;
    });
    return { tracefs, systems, namespaces, groups, notes: [NOTES.systems, NOTES.refs] };
  }

  private group(sys: Syscalls, path: string, system: string, namespace: string | null): StatusGroup {
    const text = readText(sys, path);
    if (text === null) {
      const error = openError(sys, path);
      return { system, namespace, path, limit: 0, active: 0, busy: 0, bits: [], error };
    }
    return { system, namespace, path, ...parseStatus(text) };
  }
}

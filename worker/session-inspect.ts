// The inspectors' look at the tracing-namespace registry (§b) and the user_events groups (§c.1,
// §c.5), or on linux-6.12 at the enable bits each process registered (the debug view, its memory), from what the kernel shows publicly: files read through the session's quiet system
// calls (`namespaces/NAME/options`, every `user_events_status`), the descriptors of every task
// through their quiet system calls (who holds a namespace's files open), and the simulator's
// debug facility (namespace ids, the registry's call log). Nothing here changes the kernel: a file
// opened to be read (which takes a reference on a namespace, §b.7) is closed within the call.
// Simplified: the reference count of a namespace is not observable (a dup'd or inherited
// descriptor and a second open look alike), so "busy" is derived and explained instead.

import { TRACEFS_PATH, type Kernel } from './kernel/boot';
import type { Syscalls } from './kernel/syscall-table';
import type {
  EnablerInfo,
  InspectSnapshot,
  NamespaceInfo,
  RegistrySystem,
  StatusBit,
  StatusGroup,
} from './protocol';
import { openError, readText, TraceLook } from './session-trace';

const USER_EVENTS = 'user_events';

/** Files of a namespace whose open descriptors make its rmdir fail with EBUSY (§b.6, §c.12). */
const HELD_FILES = ['options', 'root/user_events_data', 'root/user_events_status'];

const NOTES = {
  source:
    'Systems, ids, reference counts and each system\u2019s part of options come from the simulator\u2019s ' +
    'debug view of the registry (not a kernel interface).',
  busy:
    'Busy reasons are derived from the descriptors every task holds and from events in use; a status ' +
    'page still mapped after its descriptor closed keeps the namespace busy but is not named here.',
  enablers:
    'Enable bits come from the simulator\u2019s debug view of the kernel\u2019s per-process lists (no file ' +
    'shows them); each bit is read from the process\u2019s own memory.',
};

/**
 * A `user_events_status` text (§c.5) as bits in bit order and its counters. Linux 6.12's lines have
 * no bit number (`NAME # Used by ftrace`): their events keep the file's order, with bit 0.
 */
export function parseStatus(text: string): Pick<StatusGroup, 'bits' | 'active' | 'busy' | 'limit'> {
  const bits: StatusBit[] = [];
  const counter = (name: string) => Number(new RegExp(`^${name}: (\\d+)$`, 'm').exec(text)?.[1] ?? 0);
  for (const line of text.slice(0, text.indexOf('\n\n') + 1).split('\n')) {
    const m = /^(?:(\d+):)?(.+?)(?: # Used by((?: (?:ftrace|perf|other))+))?$/.exec(line);
    if (!m) continue;
    const users = m[3] ? m[3].trim().split(' ') : [];
    bits.push({ bit: Number(m[1] ?? 0), name: m[2], set: users.length > 0, users });
  }
  bits.sort((a, b) => a.bit - b.bit);
  return { bits, active: counter('Active'), busy: counter('Busy'), limit: counter('Limit') };
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
    const systems: RegistrySystem[] = this.kernel.debug
      .namespaceSystems()
      .map((name, order) => ({ name, order }));
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
        refs: ids.find((n) => n.name === name)?.refs ?? null,
        busy: busyReasons.length > 0,
        busyReasons,
        options: options ?? '',
        show: Object.fromEntries(
          (this.kernel.debug.namespaceShows(name) ?? []).map((p) => [p.system, p.text]),
        ),
      };
      if (options === null) info.error = `options: ${openError(sys, `${path}/options`)}`;
      return info;
    });
    if (this.kernel.profile === 'linux-6.12') {
      return {
        profile: this.kernel.profile,
        tracefs,
        systems: [],
        namespaces: [],
        groups,
        enablers: this.enablers(),
        notes: [NOTES.enablers],
      };
    }
    return {
      profile: this.kernel.profile,
      tracefs,
      systems,
      namespaces,
      groups,
      enablers: [],
      notes: [NOTES.source, NOTES.busy],
    };
  }

  /** Each enable bit of the kernel's lists, and the bit as the process's memory holds it now. */
  private enablers(): EnablerInfo[] {
    return this.kernel.debug.userEventEnablers().map((e) => {
      const word = this.kernel.observe(e.pid)?.load(e.addr + (e.bit >> 3), 1);
      return {
        pid: e.pid,
        comm: e.comm,
        addr: `0x${e.addr.toString(16)}`,
        bit: e.bit,
        size: e.size,
        event: e.event,
        set: word?.ok ? ((word.value[0] >> (e.bit & 7)) & 1) === 1 : null,
      };
    });
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

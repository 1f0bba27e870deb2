// The inspectors' part of the worker contract (protocol.ts re-exports it): the snapshot of the
// namespace registry, the user_events groups and the enable bits (`inspect`), and the decoded
// trace buffer (`traceRows`). Types only, plain data.

import type { KernelProfile } from './kernel/profile';

/** A tracing-namespace system (§b.1), in the registry's list order (the newest first). */
export interface RegistrySystem {
  name: string;
  order: number;
}

/** A tracing namespace (§b.1), as the session's task can observe it. */
export interface NamespaceInfo {
  name: string;
  /** `namespaces/NAME` as the session sees it. */
  path: string;
  /** The registry's id (never shown by the kernel; from the simulator's debug facility). */
  id: number | null;
  /** The reference count, when it can be observed (it cannot: `options` descriptors are not counted). */
  refs: number | null;
  /** Whether `rmdir` would fail with EBUSY, as far as open descriptors and event use show it. */
  busy: boolean;
  busyReasons: string[];
  /** The text of `options`: each system's show() in list order. */
  options: string;
  /** `options` split by system where that can be told (see `InspectSnapshot.notes`). */
  show: Record<string, string>;
  error?: string;
}

/** One status bit of a user_events group (§c.5). */
export interface StatusBit {
  bit: number;
  /** The event holding the bit. */
  name: string;
  /** Set while someone is attached (the status set is non-empty). */
  set: boolean;
  /** `ftrace`, `perf`, `other`: who is attached. */
  users: string[];
}

/** A user_events group (§c.1): its status file as the session reads it. */
export interface StatusGroup {
  /** The event system: `user_events` or `user_events.NAME`. */
  system: string;
  /** The namespace it belongs to, or null for the root group. */
  namespace: string | null;
  /** The `user_events_status` file read. */
  path: string;
  limit: number;
  active: number;
  busy: number;
  /** The assigned bits, in bit order. */
  bits: StatusBit[];
  error?: string;
}

/**
 * linux-6.12: one enable bit the kernel keeps in a process's memory (the simulator's debug view of
 * the kernel's per-mm lists; no file shows them) and what the word holds there now.
 */
export interface EnablerInfo {
  pid: number;
  comm: string;
  /** The word's address, `0x…`. */
  addr: string;
  bit: number;
  /** enable_size: 4 or 8 bytes. */
  size: number;
  /** The event's tracepoint name (NAME, or NAME.ID for a multi-format event). */
  event: string;
  /** The bit as the process's memory holds it now; null when the word cannot be read. */
  set: boolean | null;
}

export interface InspectSnapshot {
  inspectVersion: number;
  traceVersion: number;
  /** The kernel the session runs: rfc-v2 has namespaces and status bits, linux-6.12 enable bits. */
  profile: KernelProfile;
  /** The tracefs the session looks at. */
  tracefs: string;
  systems: RegistrySystem[];
  namespaces: NamespaceInfo[];
  /** Each group's status file; on linux-6.12 the one group, its events without bit numbers (bit 0). */
  groups: StatusGroup[];
  /** linux-6.12: every registered enable bit, by pid; empty on rfc-v2. */
  enablers: EnablerInfo[];
  /** What the snapshot could not observe exactly (how the systems were inferred ...). */
  notes: string[];
}

export interface TraceField {
  name: string;
  value: string;
}

/** One entry of `trace`, decoded through its event's `format` (the file itself stays hex, Q1). */
export interface TraceRow {
  /** Increases with every entry the worker has seen; stable while the entry stays in the buffer. */
  seq: number;
  task: string;
  pid: number;
  cpu: number;
  flags: string;
  /** `secs.usecs`, as printed. */
  time: string;
  kind: 'event' | 'marker' | 'unknown' | 'too-big' | 'other';
  /** `SYSTEM/NAME`, `tracing_mark_write`, `Unknown type N` ... */
  event: string;
  fields: TraceField[];
  /** A marker's text, or a line that is no entry. */
  text?: string;
  /** The entry's bytes as hex (user events only). */
  hex?: string;
}

export interface TraceSnapshot {
  traceVersion: number;
  /** The `trace` file read. */
  path: string;
  /** Entries held and entries written, from the header (null when `context-info` is off). */
  entries: number | null;
  written: number | null;
  /** The seq of the oldest entry held (lastSeq + 1 when the buffer is empty). */
  firstSeq: number;
  lastSeq: number;
  /** Entries with a seq above the one asked for, at most the number asked for (the newest). */
  rows: TraceRow[];
  /** Entries per virtual second for the seconds up to `end` (the latest timestamp), oldest first. */
  perSecond: { end: number; counts: number[] };
  error?: string;
}

// The trace table's look at the top-level trace buffer, through the session's quiet system calls:
// `trace` read whole (never `trace_pipe`, which consumes) and cut into entries, each user event
// decoded through the `format` file of the event its common_type names (worker/trace-decode.ts).
// Entries get sequence numbers that stay with them while they are held, so the page fetches only
// new rows. A cheap signature (per-CPU `stats` without the clock, the event list, the output
// options) decides after each step whether the buffer changed; only then is `trace` read again.

import type { Syscalls } from './kernel/syscall-table';
import { decodeUtf8 } from './kernel/lib/utf8';
import { strerror } from './kernel/lib/errno';
import { O_RDONLY } from './kernel/syscalls';
import { readFileSync } from './user/process';
import type { TraceRow, TraceSnapshot } from './protocol';
import {
  decodeFields,
  entryType,
  hexBytes,
  parseFormat,
  parseTrace,
  textFields,
  type EventFormat,
  type ParsedEntry,
} from './trace-decode';

/** How many virtual seconds the events-per-second sparkline covers. */
export const SPARK_SECONDS = 30;

/** Files whose text, together, changes whenever the rendering of `trace` would. */
const SIGNATURE_FILES = ['available_events', 'trace_options'];

interface KnownEvent {
  system: string;
  format: EventFormat;
}

/** A whole file as text, or null when it cannot be opened or read. */
export function readText(sys: Syscalls, path: string): string | null {
  const bytes = readFileSync(sys, path);
  return bytes ? decodeUtf8(bytes) : null;
}

/** Why a file could not be read, as strerror says it. */
export function openError(sys: Syscalls, path: string): string {
  const st = sys.stat(path);
  if (!st.ok) return strerror(Math.abs(st.err));
  const fd = sys.open(path, O_RDONLY);
  if (fd >= 0) {
    sys.close(fd);
    return 'could not be read';
  }
  return strerror(-fd);
}

export class TraceLook {
  /** Bumped when the signature changes. */
  version = 0;
  private signature: string;
  /** Event ID -> its system and format; an ID is not reused while the counter moves forward (§d.2). */
  private readonly events = new Map<number, KnownEvent>();
  /** Keys of the entries held at the last read, oldest first; seq = firstSeq + index. */
  private keys: string[] = [];
  private firstSeq = 1;

  constructor(
    private readonly look: () => Syscalls,
    private readonly tracefs: () => string,
  ) {
    this.signature = this.currentSignature();
  }

  /** After a step: bumps the version when the buffer or the event list changed since the last check. */
  check(): void {
    const sig = this.currentSignature();
    if (sig !== this.signature) this.version++;
    this.signature = sig;
  }

  /** Reads `trace`, numbers its entries and decodes those newer than `sinceSeq` (the newest `max`). */
  rows(sinceSeq: number, max: number): TraceSnapshot {
    const sys = this.look();
    const path = `${this.tracefs()}/trace`;
    const empty: TraceSnapshot = {
      traceVersion: this.version,
      path,
      entries: null,
      written: null,
      firstSeq: this.firstSeq + this.keys.length,
      lastSeq: this.firstSeq + this.keys.length - 1,
      rows: [],
      perSecond: { end: 0, counts: [] },
    };
    const text = readText(sys, path);
    if (text === null) return { ...empty, error: openError(sys, path) };
    const parsed = parseTrace(text);
    this.renumber(parsed.list.map((e) => e.key));
    const lastSeq = this.firstSeq + this.keys.length - 1;
    const from = Math.max(0, sinceSeq + 1 - this.firstSeq, parsed.list.length - Math.max(0, max));
    let rescanned = false;
    const lookup = (id: number): KnownEvent | undefined => {
      if (!this.events.has(id) && !rescanned) {
        rescanned = true;
        this.scanEvents(sys);
      }
      return this.events.get(id);
    };
    const byName = (name: string): KnownEvent | undefined => {
      const find = () => [...this.events.values()].find((e) => e.format.name === name);
      if (!find() && !rescanned) {
        rescanned = true;
        this.scanEvents(sys);
      }
      return find();
    };
    const rows = parsed.list.slice(from).map((e, i) => this.row(e, this.firstSeq + from + i, lookup, byName));
    return {
      ...empty,
      entries: parsed.entries,
      written: parsed.written,
      firstSeq: this.firstSeq,
      lastSeq,
      rows,
      perSecond: this.perSecond(parsed.list),
    };
  }

  /** Carries the seqs of entries still held over; entries after them (or all, if none) get new ones. */
  private renumber(keys: string[]): void {
    const next = this.firstSeq + this.keys.length;
    const at = keys.length ? this.keys.indexOf(keys[0]) : -1;
    const overlap = at < 0 ? 0 : Math.min(this.keys.length - at, keys.length);
    let kept = at >= 0;
    for (let i = 0; kept && i < overlap; i++) kept = this.keys[at + i] === keys[i];
    // NOTE: an entry held before that now prints differently (its event was deleted: `Unknown
    // type`) breaks the overlap, and every entry is numbered anew so the page reloads them.
    kept = kept && at + overlap === this.keys.length;
    this.firstSeq = kept ? this.firstSeq + at : next;
    this.keys = keys;
  }

  private row(
    entry: ParsedEntry,
    seq: number,
    lookup: (id: number) => KnownEvent | undefined,
    byName: (name: string) => KnownEvent | undefined,
  ): TraceRow {
    const c = entry.context;
    const base = {
      seq,
      task: c?.comm ?? '',
      pid: c?.pid ?? 0,
      cpu: c?.cpu ?? 0,
      flags: c?.flags ?? '',
      time: c?.time ?? '',
    };
    const body = entry.body;
    switch (body.kind) {
      case 'event': {
        const id = entryType(body.bytes);
        const known = id === null ? undefined : lookup(id);
        const event = known ? `${known.system}/${known.format.name}` : `event ${id ?? '?'}`;
        const fields = known ? decodeFields(body.bytes, known.format) : [];
        return { ...base, kind: 'event', event, fields, hex: hexBytes(body.bytes) };
      }
      case 'fields': {
        const known = byName(body.name);
        const event = known ? `${known.system}/${body.name}` : body.name;
        const fields = known ? textFields(body.text, known.format) : [];
        return { ...base, kind: 'event', event, fields, text: body.text };
      }
      case 'marker':
        return { ...base, kind: 'marker', event: 'tracing_mark_write', fields: [], text: body.text };
      case 'unknown':
        return { ...base, kind: 'unknown', event: `Unknown type ${body.id}`, fields: [] };
      case 'too-big':
        return { ...base, kind: 'too-big', event: '[LINE TOO BIG]', fields: [] };
      case 'other':
        return { ...base, kind: 'other', event: '', fields: [], text: body.text };
    }
  }

  /** Entries per virtual second, for the SPARK_SECONDS seconds up to the latest one seen. */
  private perSecond(list: readonly ParsedEntry[]): TraceSnapshot['perSecond'] {
    let end = this.nowSecs();
    for (const e of list) if (e.context && e.context.secs > end) end = e.context.secs;
    const counts = new Array<number>(SPARK_SECONDS).fill(0);
    for (const e of list) {
      const at = e.context ? SPARK_SECONDS - 1 - (end - e.context.secs) : -1;
      if (at >= 0) counts[at]++;
    }
    return { end, counts };
  }

  /** The clock as CPU 0's `stats` shows it (`now ts`), in whole seconds. */
  private nowSecs(): number {
    const stats = readText(this.look(), `${this.tracefs()}/per_cpu/cpu0/stats`);
    const now = stats ? /^now ts: +(\d+)\./m.exec(stats) : null;
    return now ? Number(now[1]) : 0;
  }

  private currentSignature(): string {
    const sys = this.look();
    const root = this.tracefs();
    const cpus = sys.readdir(`${root}/per_cpu`);
    const parts = (cpus.ok ? cpus.value.map((c) => `per_cpu/${c.name}/stats`) : []).map((file) =>
      (readText(sys, `${root}/${file}`) ?? '').replace(/^now ts:.*$/m, ''),
    );
    for (const file of SIGNATURE_FILES) parts.push(readText(sys, `${root}/${file}`) ?? '');
    return parts.join('\0');
  }

  /** Reads the format of every event directory whose ID is not known yet. */
  private scanEvents(sys: Syscalls): void {
    const events = `${this.tracefs()}/events`;
    const systems = sys.readdir(events);
    if (!systems.ok) return;
    for (const system of systems.value.filter((d) => d.isDir)) {
      const names = sys.readdir(`${events}/${system.name}`);
      if (!names.ok) continue;
      for (const name of names.value.filter((d) => d.isDir)) {
        const dir = `${events}/${system.name}/${name.name}`;
        const id = Number((readText(sys, `${dir}/id`) ?? '').trim());
        const known = this.events.get(id);
        // NOTE: Linux 6.12 gives a deleted event's ID to the next new one: a known ID may name another event now.
        if (!id || (known && known.system === system.name && known.format.name === name.name)) continue;
        const format = parseFormat(readText(sys, `${dir}/format`) ?? '');
        if (format) this.events.set(format.id, { system: system.name, format });
      }
    }
  }
}

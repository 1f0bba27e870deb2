// Models the per-event and per-system files of kernel/trace/trace_events.c: `enable`, `filter`,
// `format`, `id`, `trigger` of each event, `enable`/`filter` of each system and of events/, and the
// ring-buffer header descriptions. A file of a deleted event or removed instance fails with ENODEV.

import { EINVAL, ENODEV } from '../lib/errno';
import { parseUserDecimal } from '../lib/kstrtox';
import { encodeUtf8 } from '../lib/utf8';
import { seqRead, type FileOperations, type FilePos, type OpenFile } from '../fs/file';
import type { TraceArray } from './trace-array';
import { eventEnableDisable, tracingUpdateBuffers, type TraceEventCall } from './trace-event';
import { pinning } from './trace-fops';

/** What a per-event file points at. */
export interface EventFile {
  readonly tr: TraceArray;
  readonly call: TraceEventCall;
}

/** What a system-level or events/-level file points at; `system` null means every system. */
export interface SystemFile {
  readonly tr: TraceArray;
  readonly system: string | null;
}

const TRIGGER_TEXT = '# Available triggers:\n# traceon traceoff stacktrace enable_event disable_event\n';
const SYSTEM_FILTER_TEXT =
  '### global filter ###\n' +
  '# Use this to set filters for multiple events.\n' +
  '# Only events with the given fields will be affected.\n' +
  '# If no events are modified, an error message will be displayed here\n';

export const HEADER_PAGE =
  '\tfield: u64 timestamp;\toffset:0;\tsize:8;\tsigned:0;\n' +
  '\tfield: local_t commit;\toffset:8;\tsize:8;\tsigned:1;\n' +
  '\tfield: int overwrite;\toffset:8;\tsize:1;\tsigned:1;\n' +
  '\tfield: char data;\toffset:16;\tsize:4080;\tsigned:1;\n';

export const HEADER_EVENT =
  '# compressed entry header\n' +
  '\ttype_len    :    5 bits\n' +
  '\ttime_delta  :   27 bits\n' +
  '\tarray       :   32 bits\n' +
  '\n' +
  '\tpadding     : type == 29\n' +
  '\ttime_extend : type == 30\n' +
  '\ttime_stamp : type == 31\n' +
  '\tdata max type_len  == 28\n';

/** The trimmed text of a filter or trigger write (only its first 256 bytes matter here). */
function writtenText(data: Uint8Array): string {
  return String.fromCharCode(...data.subarray(0, 256)).trim();
}

/** Filters are out of scope (Q23): only `0` (no filter) and white space are accepted. */
function acceptsFilter(data: Uint8Array): boolean {
  const t = writtenText(data);
  return t === '' || t === '0';
}

function eventFile(file: OpenFile): EventFile | null {
  const ef = file.inode.private as EventFile;
  return ef.call.removed || ef.tr.removed ? null : ef;
}

function text(file: OpenFile, count: number, ppos: FilePos, show: () => string | null): Uint8Array | number {
  let gone = false;
  const data = seqRead(file, count, ppos, () => {
    const t = show();
    if (t === null) gone = true;
    return encodeUtf8(t ?? '');
  });
  return gone ? -ENODEV : data;
}

/** Parses an enable-style write (§d.3): an unsigned decimal; the buffer expands once it parsed. */
function parseEnableValue(data: Uint8Array): number {
  const parsed = parseUserDecimal(data);
  if (!parsed.ok) return parsed.err;
  tracingUpdateBuffers();
  if (parsed.value !== 0n && parsed.value !== 1n) return -EINVAL;
  return Number(parsed.value);
}

export const eventEnableFops: FileOperations = {
  read: (file, count, ppos) =>
    text(file, count, ppos, () => {
      const ef = eventFile(file);
      return ef ? (ef.tr.enabled.has(ef.call) ? '1\n' : '0\n') : null;
    }),
  write(file, data) {
    const ef = eventFile(file);
    if (!ef) return -ENODEV;
    const val = parseEnableValue(data);
    if (val < 0) return val;
    const err = eventEnableDisable(ef.tr, ef.call, val === 1);
    return err || data.length;
  },
};

export const eventIdFops: FileOperations = {
  read: (file, count, ppos) =>
    text(file, count, ppos, () => eventFile(file) && `${eventFile(file)!.call.id}\n`),
};

export const eventFormatFops: FileOperations = {
  read: (file, count, ppos) =>
    text(file, count, ppos, () => {
      const ef = eventFile(file);
      return ef ? ef.call.ops.format(ef.call) : null;
    }),
};

/** Filters are out of scope (Q23): `0` and white space are accepted and leave `none`. */
export const eventFilterFops: FileOperations = {
  read: (file, count, ppos) => text(file, count, ppos, () => (eventFile(file) ? 'none\n' : null)),
  write(file, data) {
    if (!eventFile(file)) return -ENODEV;
    return acceptsFilter(data) ? data.length : -EINVAL;
  },
};

/** Triggers are out of scope (Q23): only white space is accepted. */
export const eventTriggerFops: FileOperations = {
  read: (file, count, ppos) => text(file, count, ppos, () => (eventFile(file) ? TRIGGER_TEXT : null)),
  write(file, data) {
    if (!eventFile(file)) return -ENODEV;
    return writtenText(data) === '' ? data.length : -EINVAL;
  },
};

function systemEvents(sf: SystemFile): TraceEventCall[] {
  return [...sf.tr.eventDirs.keys()].filter(
    (c) => !c.removed && (sf.system === null || c.system === sf.system),
  );
}

/** `events/SYSTEM/enable` and `events/enable` (§d.4): `0`, `1`, `X` (mixed) or `?` (no events). */
export const systemEnableFops: FileOperations = pinning({
  read: (file, count, ppos) =>
    text(file, count, ppos, () => {
      const sf = file.inode.private as SystemFile;
      const calls = systemEvents(sf);
      if (calls.length === 0) return '?\n';
      const on = calls.filter((c) => sf.tr.enabled.has(c)).length;
      return on === 0 ? '0\n' : on === calls.length ? '1\n' : 'X\n';
    }),
  write(file, data) {
    const sf = file.inode.private as SystemFile;
    if (sf.tr.removed) return -ENODEV;
    const val = parseEnableValue(data);
    if (val < 0) return val;
    const calls = systemEvents(sf);
    if (calls.length === 0) return -EINVAL;
    let first = 0;
    for (const call of calls) {
      const err = eventEnableDisable(sf.tr, call, val === 1);
      if (err && !first) first = err;
    }
    return first || data.length;
  },
});

export const systemFilterFops: FileOperations = pinning({
  read: (file, count, ppos) => text(file, count, ppos, () => SYSTEM_FILTER_TEXT),
  write: (_file, data) => (acceptsFilter(data) ? data.length : -EINVAL),
});

export const headerPageFops: FileOperations = {
  read: (file, count, ppos) => text(file, count, ppos, () => HEADER_PAGE),
};

export const headerEventFops: FileOperations = {
  read: (file, count, ppos) => text(file, count, ppos, () => HEADER_EVENT),
};

// Models user_event_validate() of kernel/trace/trace_events_user.c (v6.1 era): the checks run on a
// built entry for every __data_loc / __rel_loc field (spec §c.9 "Validators").

import { EFAULT } from '../lib/errno';
import type { EntryValidator } from '../trace/trace-event';
import type { UserEventField } from './fields';

/**
 * Checks each dynamic-location field in declaration order against the entry (8-byte header +
 * payload) at `bytes[at .. at + length)`: the u32 at the field is `len << 16 | off`; `off` counts from
 * the entry start (__data_loc) or from just after the field (__rel_loc); the data must end inside the
 * entry and, for char types, end with a NUL. Returns 0 or -EFAULT.
 */
export function validateEntry(
  fields: readonly UserEventField[],
  bytes: Uint8Array,
  at = 0,
  length = bytes.length - at,
): 0 | number {
  for (let i = 0; i < fields.length; i++) {
    const f = fields[i];
    if (f.dataLoc === 'none') continue;
    // NOTE: callers enforce min_size, so the location word is always inside the entry.
    if (f.offset + 4 > length) return -EFAULT;
    const p = at + f.offset;
    const loc = (bytes[p] | (bytes[p + 1] << 8) | (bytes[p + 2] << 16) | (bytes[p + 3] << 24)) >>> 0;
    const off = loc & 0xffff;
    const len = loc >>> 16;
    const start = f.dataLoc === 'rel' ? f.offset + 4 + off : off;
    const end = start + len;
    if (end > length) return -EFAULT;
    // NOTE: with len 0 and off 0 the kernel reads the byte before the entry (ring-buffer metadata,
    // not deterministic); the model treats it as not NUL.
    if (f.type.includes('char') && (end === 0 || bytes[at + end - 1] !== 0)) return -EFAULT;
  }
  return 0;
}

/** The validator of an event with these fields, or null when none has a dynamic location to check. */
export function entryValidator(fields: readonly UserEventField[]): EntryValidator | null {
  if (!fields.some((f) => f.dataLoc !== 'none')) return null;
  return { validate: (bytes, at, length) => validateEntry(fields, bytes, at, length) };
}

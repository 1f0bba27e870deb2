// Models user_events_ns_parse() / user_events_ns_show() of the tracing-namespace RFC v2 6/7: the
// `user_events_limit=N` line of a namespace's `options` file (spec §c.11).

import { EINVAL } from '../lib/errno';
import { kstrtouint } from '../lib/kstrtox';

const LIMIT_PREFIX = 'user_events_limit=';
/** The highest status bit a group may hand out. */
export const USER_EVENTS_LIMIT_MAX = 32767;

export type LimitOption =
  { kind: 'not-mine' } | { kind: 'error'; err: number } | { kind: 'set'; limit: number };

/**
 * A line that does not start with `user_events_limit=` or whose rest is not a 32-bit unsigned
 * number (kstrtouint, base 0) is "not mine" (-ECANCELED in the kernel); a value that is <= 0 as
 * a signed int or above 32767 is -EINVAL.
 */
export function parseLimitOption(line: string): LimitOption {
  if (!line.startsWith(LIMIT_PREFIX)) return { kind: 'not-mine' };
  const parsed = kstrtouint(line.slice(LIMIT_PREFIX.length), 0);
  if (!parsed.ok) return { kind: 'not-mine' };
  const signed = parsed.value | 0;
  if (signed <= 0 || signed > USER_EVENTS_LIMIT_MAX) return { kind: 'error', err: -EINVAL };
  return { kind: 'set', limit: signed };
}

/** The `options` line showing a group's limit. */
export function showLimitOption(limit: number): string {
  return `${LIMIT_PREFIX}${limit}\n`;
}

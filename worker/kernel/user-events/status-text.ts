// Models user_status_show() of kernel/trace/trace_events_user.c (v6.1 era + RFC 6/7): the text of
// user_events_status, listed in register_table hash order (spec §c.5, Appendix A).

import { userEventBucket } from '../lib/jhash';

/** MAX_EVENTS: bits in the 4096-byte status page. */
export const USER_EVENTS_MAX = 32768;

/** What the status text needs of one event of the group. */
export interface StatusTextEvent {
  name: string;
  /** Status bit (1..32767). */
  bit: number;
  /** Registration order inside the group: higher = newer. */
  seq: number;
  users: { ftrace: boolean; perf: boolean; other: boolean };
}

/**
 * hash_for_each() walks buckets 0..255; hash_add() inserts at a bucket's head, so inside a bucket
 * the newest registration comes first.
 */
function hashOrder(events: readonly StatusTextEvent[]): StatusTextEvent[] {
  const keyed = events.map((e) => ({ e, bucket: userEventBucket(e.name) }));
  keyed.sort((x, y) => x.bucket - y.bucket || y.e.seq - x.e.seq);
  return keyed.map((k) => k.e);
}

/** The whole `user_events_status` text of a group with the given limit. */
export function statusText(events: readonly StatusTextEvent[], limit: number): string {
  let out = '';
  let busy = 0;
  for (const e of hashOrder(events)) {
    const used =
      (e.users.ftrace ? ' ftrace' : '') + (e.users.perf ? ' perf' : '') + (e.users.other ? ' other' : '');
    out += `${e.bit}:${e.name}${used === '' ? '' : ` # Used by${used}`}\n`;
    if (used !== '') busy++;
  }
  return `${out}\nActive: ${events.length}\nBusy: ${busy}\nMax: ${USER_EVENTS_MAX}\nLimit: ${limit}\n`;
}

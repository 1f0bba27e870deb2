// Models user_events_status of Linux 6.12 (user_seq_show in kernel/trace/trace_events_user.c): a
// read-only text file, no longer mappable: each event's tracepoint name in register_table order,
// with who records it, then the counts.

import { encodeUtf8 } from '../../lib/utf8';
import { seqRead, type FileOperations } from '../../fs/file';
import { EVENT_STATUS_FTRACE, tableOrder } from './event';

export function statusText(): string {
  let out = '';
  let busy = 0;
  const events = tableOrder();
  for (const ev of events) {
    out += ev.tpName;
    if (ev.status !== 0) {
      out += ' # Used by' + (ev.status & EVENT_STATUS_FTRACE ? ' ftrace' : '');
      busy++;
    }
    out += '\n';
  }
  return `${out}\nActive: ${events.length}\nBusy: ${busy}\n`;
}

export const upstreamStatusFops: FileOperations = {
  read: (file, count, ppos) => seqRead(file, count, ppos, () => encodeUtf8(statusText())),
};

// Models trace_parse_run_command() of kernel/trace/trace.c: how one write to a command file
// (`dynamic_events`, a namespace's `options`) is cut into lines, each handed to a consumer.

import { EINVAL } from '../lib/errno';
import { decodeUtf8 } from '../lib/utf8';

/** The parser's buffer is one page; one byte is kept for the terminator. */
export const CMDLINE_CHUNK = 4095;

/**
 * Cuts `data` into lines (§b.8): `#` starts a comment, nothing is trimmed, a final piece without a
 * newline is a line too. The first failing line ends the write with its errno; lines before it
 * keep their effect. Returns the byte count on success.
 */
export function runCommandLines(data: Uint8Array, consume: (line: string) => number): number {
  const count = data.length;
  let done = 0;
  while (done < count) {
    const size = Math.min(count - done, CMDLINE_CHUNK);
    const chunk = data.subarray(done, done + size);
    let at = 0;
    while (at < size) {
      const nl = chunk.indexOf(0x0a, at);
      let end: number;
      if (nl >= 0) end = nl;
      else if (done + size === count) end = size;
      else if (at === 0) return -EINVAL;
      else break;
      let text = decodeUtf8(chunk, at, end);
      const hash = text.indexOf('#');
      if (hash >= 0) text = text.slice(0, hash);
      const ret = consume(text);
      if (ret < 0) return ret;
      at = nl >= 0 ? end + 1 : end;
    }
    done += at;
  }
  return count;
}

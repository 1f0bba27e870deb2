// The end of a Linux 6.12 trace line that does not fit the 8 KiB trace_seq (print.ts): a printf that
// does not fit prints nothing and fills the seq; s_show then puts `[LINE TOO BIG]\n`, which is itself
// left out when fewer than its 15 bytes are left, so the line stays cut with no newline. Both ends
// were seen on a real Linux 6.12.118 (random sessions whose lines came within a few bytes of the end).
import { describe, expect, it } from 'vitest';
import { decodeUtf8, encodeUtf8 } from '../../../worker/kernel/lib/utf8';
import { TraceSeq } from '../../../worker/kernel/trace/trace-seq';
import { printUserEvent, TRACE_SEQ_BUFFER_SIZE } from '../../../worker/kernel/user-events/upstream/print';
import type { UserEventField } from '../../../worker/kernel/user-events/fields';

const FIELD: UserEventField = {
  type: 'char[32]',
  name: 's',
  offset: 8,
  size: 32,
  isSigned: true,
  isStruct: false,
  dataLoc: 'none',
};

/** `e: s=TEXT\n` printed with `room` bytes left in the seq after the context. */
function line(text: string, room: number): string {
  const entry = new Uint8Array(40);
  entry.set(encodeUtf8(text), 8);
  const seq = new TraceSeq();
  printUserEvent(seq, encodeUtf8('e'), [FIELD], entry, 0, 40, TRACE_SEQ_BUFFER_SIZE - room);
  return decodeUtf8(seq.take());
}

describe('a 6.12 trace line at the end of the trace_seq', () => {
  it('prints whole when it fits, the newline included', () => {
    expect(line('abc', 20)).toBe('e: s=abc\n');
  });

  it('ends [LINE TOO BIG] when a value does not fit and 15 bytes are left', () => {
    expect(line('a'.repeat(20), 22)).toBe('e: s=[LINE TOO BIG]\n');
  });

  it('stays cut, with no marker and no newline, when fewer than 15 bytes are left', () => {
    expect(line('abcdefgh', 12)).toBe('e: s=');
  });
});

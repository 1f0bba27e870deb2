import { describe, expect, it } from 'vitest';
import { decodeUtf8, encodeUtf8 } from '../../../worker/kernel/lib/utf8';
import { RingBuffer, newEntryRef } from '../../../worker/kernel/trace/ring-buffer';
import {
  TRACE_PRINT,
  contextPrefix,
  newRenderer,
  printEntryLen,
  hexDump,
  renderEntry,
  renderTrace,
  traceHeader,
  type CommLookup,
  type TraceOutputOptions,
} from '../../../worker/kernel/trace/trace-output';
import { TraceSeq } from '../../../worker/kernel/trace/trace-seq';
import type { TraceEventCall } from '../../../worker/kernel/trace/trace-event';

const DEFAULT: TraceOutputOptions = { contextInfo: true, irqInfo: true };
const S = 1_000_000_000;

const LEGEND =
  '#                                _-----=> irqs-off/BH-disabled\n' +
  '#                               / _----=> need-resched\n' +
  '#                              | / _---=> hardirq/softirq\n' +
  '#                              || / _--=> preempt-depth\n' +
  '#                              ||| / _-=> migrate-disable\n' +
  '#                              |||| /     delay\n' +
  '#           TASK-PID     CPU#  |||||  TIMESTAMP  FUNCTION\n' +
  '#              | |         |   |||||     |         |\n';

function header(e: number, w: number): string {
  return `# tracer: nop\n#\n# entries-in-buffer/entries-written: ${e}/${w}   #P:2\n#\n` + LEGEND;
}

/** A user event entry: u16 id, flags 0, preempt 0, s32 pid, then the payload. */
function entry(id: number, pid: number, payload: number[]): Uint8Array {
  const e = new Uint8Array(8 + payload.length);
  e[0] = id & 0xff;
  e[1] = id >> 8;
  new DataView(e.buffer).setInt32(4, pid, true);
  e.set(payload, 8);
  return e;
}

function le32(n: number): number[] {
  return [n & 0xff, (n >>> 8) & 0xff, (n >>> 16) & 0xff, n >>> 24];
}

/** An entry as the buffer holds it, with its timestamp and the length it is accounted as. */
interface Rec {
  ts: number;
  bytes: Uint8Array;
  entryLen: number;
}

function userRecord(ts: number, pid: number, id: number, payload: number[]): Rec {
  const bytes = entry(id, pid, payload);
  return { ts, bytes, entryLen: bytes.length };
}

/** A trace_marker entry: the header with TRACE_PRINT, then the text bytes as written. */
function markerRecord(ts: number, pid: number, text: string | Uint8Array): Rec {
  const textBytes = typeof text === 'string' ? encodeUtf8(text) : text;
  const bytes = new Uint8Array(8 + textBytes.length);
  bytes.set(entry(TRACE_PRINT, pid, []));
  bytes.set(textBytes, 8);
  return { ts, bytes, entryLen: printEntryLen(textBytes.length) };
}

const COMMS: Record<number, string> = { 1200: 'uevent-demo', 1300: 'validator', 1400: 'uevent-demo' };
const commOf = (pid: number): string => COMMS[pid] ?? (pid === 0 ? '<idle>' : '<...>');
/** Event 20 prints as a hex dump (no text printer of its own), as a 6.1 user event does. */
const HEX_EVENT = { id: 20, ops: { format: () => '', reg: () => 0 } } as unknown as TraceEventCall;
const known = (id: number): TraceEventCall | undefined => (id === 20 ? HEX_EVENT : undefined);

/** The buffers' clock: put() sets it to the entry's time first. */
let now = 0;
const clock = (): number => now;

function newRb(pages: number): RingBuffer {
  return new RingBuffer(2, pages, clock);
}

function put(rb: RingBuffer, cpu: number, r: Rec): void {
  now = r.ts;
  if (!rb.write(cpu, r.bytes, true, r.entryLen)) throw new Error('not stored');
}

function text(rb: RingBuffer, comm: CommLookup, opts: TraceOutputOptions, isKnown = known, cpu?: number) {
  return decodeUtf8(renderTrace(rb, comm, opts, isKnown, cpu));
}

function traceOf(records: Rec[], opts = DEFAULT, isKnown = known): string {
  const rb = newRb(2);
  for (const r of records) put(rb, 0, r);
  return text(rb, commOf, opts, isKnown);
}

/** One entry as `trace_pipe` prints it. */
function renderRecord(r: Rec, cpu: number, comm: CommLookup, opts: TraceOutputOptions, isKnown = known) {
  const rb = newRb(2);
  put(rb, cpu, r);
  const ref = newEntryRef();
  rb.consume(cpu, ref);
  const seq = new TraceSeq();
  renderEntry(newRenderer(comm, opts, isKnown), seq, ref);
  return decodeUtf8(seq.take());
}

describe('printEntryLen', () => {
  it.each([
    [0, 27],
    [9, 27],
    [10, 28],
    [1024, 1042],
  ])('%i text bytes -> entry_len %i', (bytes, len) => {
    expect(printEntryLen(bytes)).toBe(len);
  });
});

describe('traceHeader (§e.3)', () => {
  it.each([
    [0, 0, DEFAULT, header(0, 0)],
    [490, 1000, DEFAULT, header(490, 1000)],
    [3, 3, { contextInfo: false }, '# tracer: nop\n#\n'],
    [
      1,
      2,
      { contextInfo: true, irqInfo: false },
      '# tracer: nop\n#\n# entries-in-buffer/entries-written: 1/2   #P:2\n#\n' +
        '#           TASK-PID     CPU#     TIMESTAMP  FUNCTION\n' +
        '#              | |         |         |         |\n',
    ],
  ])('%i/%i', (e, w, opts, text) => {
    expect(traceHeader(e, w, opts)).toBe(text);
  });
});

describe('contextPrefix (§e.4)', () => {
  it.each([
    [
      'uevent-demo',
      1200,
      0,
      105 * S + 100_000,
      DEFAULT,
      '     uevent-demo-1200    [000] .....   105.000100: ',
    ],
    ['app', 4321, 0, 230.5 * S, DEFAULT, '             app-4321    [000] .....   230.500000: '],
    ['<idle>', 0, 1, 0, DEFAULT, '          <idle>-0       [001] .....     0.000000: '],
    ['<...>', 1234567, 1, 999, DEFAULT, '           <...>-1234567 [001] .....     0.000000: '],
    ['x', 12345678, 0, 1999, DEFAULT, '               x-12345678 [000] .....     0.000001: '],
    ['a', 1, 0, 105 * S + 100_999, DEFAULT, '               a-1       [000] .....   105.000100: '],
    ['a', 1, 0, 123456 * S + 7000, DEFAULT, '               a-1       [000] ..... 123456.000007: '],
    ['a', 1, 0, 99999 * S + 999_999_999, DEFAULT, '               a-1       [000] ..... 99999.999999: '],
    ['a', 1, 0, 10000 * S, DEFAULT, '               a-1       [000] ..... 10000.000000: '],
    ['a', 1, 0, -5, DEFAULT, '               a-1       [000] .....     0.000000: '],
    ['abcdefghijklmnopq', 7, 0, S, DEFAULT, 'abcdefghijklmnopq-7       [000] .....     1.000000: '],
    ['sixteen-chars-xx', 7, 0, S, DEFAULT, 'sixteen-chars-xx-7       [000] .....     1.000000: '],
    ['a', 1, 0, S, { contextInfo: true, irqInfo: false }, '               a-1       [000]     1.000000: '],
    ['a', 1, 0, S, { contextInfo: false, irqInfo: true }, ''],
  ])('%s-%i cpu %i ts %i', (comm, pid, cpu, ts, opts, text) => {
    expect(contextPrefix(comm, pid, cpu, ts, opts)).toBe(text);
  });
});

describe('hexDump (§e.5)', () => {
  it.each([
    [[], 0, ''],
    [
      [0x14, 0, 0, 0, 0xb0, 0x04, 0, 0, 1, 0, 0, 0],
      12,
      '00000000: 14 00 00 00 b0 04 00 00 01 00 00 00              ............\n',
    ],
    [
      [0x14, 0, 0, 0, 0x14, 5, 0, 0, 0, 0, 5, 0, 0x54, 0x65, 0x73, 0x74, 0],
      20,
      '00000000: 14 00 00 00 14 05 00 00 00 00 05 00 54 65 73 74  ............Test\n' +
        '00000010: 00 00 00 00                                      ....\n',
    ],
    [
      [0x20, 0x7e, 0x7f, 0x1f, 0x80, 0xff, 0x41],
      7,
      '00000000: 20 7e 7f 1f 80 ff 41                              ~....A\n',
    ],
    [[0xab], 3, '00000000: ab 00 00                                         ...\n'],
  ])('%j as %i bytes', (bytes, length, text) => {
    expect(hexDump(Uint8Array.from(bytes), length)).toBe(text);
  });

  it('numbers rows by offset and keeps full rows 76 characters', () => {
    const bytes = Uint8Array.from({ length: 0x112 }, (_, i) => i & 0xff);
    const rows = hexDump(bytes, bytes.length).split('\n');
    expect(rows.length).toBe(19);
    expect(rows[16]).toBe('00000100: 00 01 02 03 04 05 06 07 08 09 0a 0b 0c 0d 0e 0f  ................');
    expect(rows[17]).toBe('00000110: 10 11                                            ..');
    expect(rows[18]).toBe('');
    expect(rows.slice(0, 17).every((r) => r.length === 75)).toBe(true);
  });
});

describe('renderRecord', () => {
  const ctx = '     uevent-demo-1200    [000] .....   105.000100: ';
  const at = 105 * S + 100_000;
  const marker = (text: string | Uint8Array): Rec => markerRecord(at, 1200, text);

  it.each([
    [
      'user event (S7)',
      userRecord(at, 1200, 20, le32(1)),
      `${ctx}\n00000000: 14 00 00 00 b0 04 00 00 01 00 00 00              ............\n\0`,
    ],
    ['deleted event (S10)', userRecord(at, 1200, 21, le32(7)), `${ctx}Unknown type 21\n`],
    ['marker', marker('hello'), `${ctx}tracing_mark_write: hello\n`],
    ['marker ending in newline', marker('hello\n'), `${ctx}tracing_mark_write: hello\n`],
    ['marker with a NUL', marker('a\0b'), `${ctx}tracing_mark_write: a`],
    ['empty marker', marker(''), `${ctx}tracing_mark_write: \n`],
    ['marker in UTF-8', marker('héllo ✓'), `${ctx}tracing_mark_write: héllo ✓\n`],
    [
      'marker, not UTF-8',
      marker(Uint8Array.of(0x61, 0xff, 0xe2, 0x82, 0x0a)),
      `${ctx}tracing_mark_write: a\ufffd\ufffd\ufffd\n`,
    ],
    [
      'marker, not UTF-8 before a NUL',
      marker(Uint8Array.of(0xe2, 0x82, 0, 0x62)),
      `${ctx}tracing_mark_write: \ufffd\ufffd`,
    ],
  ])('%s', (_, record, text) => {
    expect(renderRecord(record, 0, commOf, DEFAULT, known)).toBe(text);
  });

  it.each([
    // entry length, rendered size (or LINE TOO BIG) with a 51-byte context
    [848, 51 + 1 + 53 * 76 + 1],
    [849, -1],
    [852, -1],
    [4072, -1],
  ])('entry of %i bytes: %i', (length, size) => {
    const record: Rec = { ts: at, bytes: entry(20, 1200, new Array(length - 8).fill(0)), entryLen: length };
    const out = renderRecord(record, 0, commOf, DEFAULT, known);
    if (size < 0) expect(out).toBe(`${ctx}\n[LINE TOO BIG]\n`);
    else expect([out.length, out.endsWith('\0')]).toEqual([size, true]);
  });

  it('a non-ASCII comm counts in UTF-8 bytes against the 4096-byte limit', () => {
    const record: Rec = { ts: at, bytes: entry(20, 9, new Array(840).fill(0)), entryLen: 848 };
    const plain = renderRecord(record, 0, () => 'a'.repeat(16), DEFAULT, known);
    const wide = renderRecord(record, 0, () => 'é'.repeat(16), DEFAULT, known);
    expect([plain.endsWith('\0'), wide.endsWith('[LINE TOO BIG]\n')]).toEqual([true, true]);
  });

  it('without context-info the body stands alone', () => {
    const opts = { contextInfo: false, irqInfo: true };
    expect(renderRecord(userRecord(at, 1200, 20, le32(1)), 0, commOf, opts, known)).toBe(
      '\n00000000: 14 00 00 00 b0 04 00 00 01 00 00 00              ............\n\0',
    );
  });
});

describe('renderTrace: scenarios', () => {
  it('S7: two entries', () => {
    const text = traceOf([
      userRecord(105 * S + 100_000, 1200, 20, le32(1)),
      userRecord(105 * S + 200_000, 1200, 20, le32(2)),
    ]);
    expect(text).toBe(
      header(2, 2) +
        '     uevent-demo-1200    [000] .....   105.000100: \n' +
        '00000000: 14 00 00 00 b0 04 00 00 01 00 00 00              ............\n' +
        '\0     uevent-demo-1200    [000] .....   105.000200: \n' +
        '00000000: 14 00 00 00 b0 04 00 00 02 00 00 00              ............\n\0',
    );
  });

  it('S9: a 17-byte entry dumped as 20', () => {
    const payload = [...le32(0x00050000), 0x54, 0x65, 0x73, 0x74, 0];
    expect(traceOf([userRecord(300 * S + 1000, 1300, 20, payload)])).toBe(
      header(1, 1) +
        '       validator-1300    [000] .....   300.000001: \n' +
        '00000000: 14 00 00 00 14 05 00 00 00 00 05 00 54 65 73 74  ............Test\n' +
        '00000010: 00 00 00 00                                      ....\n\0',
    );
  });

  it('S10: an entry of a deleted event', () => {
    expect(traceOf([userRecord(400 * S, 1400, 20, le32(7))], DEFAULT, () => undefined)).toBe(
      header(1, 1) + '     uevent-demo-1400    [000] .....   400.000000: Unknown type 20\n',
    );
  });

  it('S18: the instance trace', () => {
    const rb = newRb(354);
    put(rb, 0, userRecord(500 * S, 1600, 20, le32(5)));
    expect(text(rb, () => 'uevent-demo', DEFAULT)).toBe(
      header(1, 1) +
        '     uevent-demo-1600    [000] .....   500.000000: \n' +
        '00000000: 14 00 00 00 40 06 00 00 05 00 00 00              ....@.......\n\0',
    );
  });

  it('S20: the head of an overwritten buffer', () => {
    const rb = newRb(2);
    for (let n = 0; n < 1000; n++) put(rb, 0, userRecord(600 * S + n * 1000, 1700, 20, le32(n)));
    const lines = text(rb, () => 'ticker', DEFAULT).split('\n');
    expect(lines.slice(0, 14).join('\n')).toBe(
      header(490, 1000) +
        '          ticker-1700    [000] .....   600.000510: \n' +
        '00000000: 14 00 00 00 a4 06 00 00 fe 01 00 00              ............',
    );
  });

  it('S25: extra payload bytes are dumped too', () => {
    const rb = newRb(2);
    put(rb, 0, userRecord(800 * S, 1900, 20, [0x2a, 0, 0, 0, 0xff, 0xff, 0xff, 0xff]));
    expect(text(rb, () => 'uevent-demo', DEFAULT)).toBe(
      header(1, 1) +
        '     uevent-demo-1900    [000] .....   800.000000: \n' +
        '00000000: 14 00 00 00 6c 07 00 00 2a 00 00 00 ff ff ff ff  ....l...*.......\n\0',
    );
  });

  it('merges CPUs and filters one CPU; the header always counts all CPUs', () => {
    const rb = newRb(2);
    put(rb, 1, userRecord(2 * S, 1200, 20, le32(2)));
    put(rb, 0, userRecord(1 * S, 1200, 20, le32(1)));
    put(rb, 0, markerRecord(3 * S, 0, 'hi'));
    const opts = { contextInfo: true, irqInfo: false };
    expect(text(rb, commOf, opts)).toBe(
      traceHeader(3, 3, opts) +
        '     uevent-demo-1200    [000]     1.000000: \n00000000: 14 00 00 00 b0 04 00 00 01 00 00 00              ............\n\0' +
        '     uevent-demo-1200    [001]     2.000000: \n00000000: 14 00 00 00 b0 04 00 00 02 00 00 00              ............\n\0' +
        '          <idle>-0       [000]     3.000000: tracing_mark_write: hi\n',
    );
    expect(text(rb, commOf, { contextInfo: false, irqInfo: true }, known, 1)).toBe(
      '# tracer: nop\n#\n' + '\n00000000: 14 00 00 00 b0 04 00 00 02 00 00 00              ............\n\0',
    );
  });

  it('renders a large trace from both CPUs', () => {
    const rb = newRb(400);
    for (let n = 0; n < 100_000; n++) put(rb, n & 1, userRecord(n * 1000, 1200, 20, le32(n)));
    const out = text(rb, commOf, DEFAULT);
    const head = header(100_000, 100_000);
    expect([out.slice(0, head.length), out.length]).toEqual([head, head.length + 100_000 * 125]);
    expect(out.slice(-250)).toBe(
      '     uevent-demo-1200    [000] .....     0.099998: \n' +
        '00000000: 14 00 00 00 b0 04 00 00 9e 86 01 00              ............\n\0' +
        '     uevent-demo-1200    [001] .....     0.099999: \n' +
        '00000000: 14 00 00 00 b0 04 00 00 9f 86 01 00              ............\n\0',
    );
  });
});

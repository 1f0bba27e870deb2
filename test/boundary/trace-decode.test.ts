// worker/trace-decode.ts against the byte-exact texts of KERNEL-MODEL: the `format` of §d.1, the
// hex dumps of §e.5 (context line, rows, NUL), `Unknown type N` (§e.6), markers (§e.7) and
// `[LINE TOO BIG]`, and the little-endian reads of every field kind.
import { describe, expect, it } from 'vitest';
import {
  decodeFields,
  entryType,
  parseFormat,
  parseTrace,
  readInteger,
  textFields,
  type EventFormat,
} from '../../worker/trace-decode';

const HEADER =
  '# tracer: nop\n#\n# entries-in-buffer/entries-written: 3/5   #P:2\n#\n' +
  '#                                _-----=> irqs-off/BH-disabled\n' +
  '#           TASK-PID     CPU#  |||||  TIMESTAMP  FUNCTION\n' +
  '#              | |         |   |||||     |         |\n';

/** §d.1's example event `types`. */
const TYPES_FORMAT =
  'name: types\nID: 20\nformat:\n' +
  '\tfield:unsigned short common_type;\toffset:0;\tsize:2;\tsigned:0;\n' +
  '\tfield:unsigned char common_flags;\toffset:2;\tsize:1;\tsigned:0;\n' +
  '\tfield:unsigned char common_preempt_count;\toffset:3;\tsize:1;\tsigned:0;\n' +
  '\tfield:int common_pid;\toffset:4;\tsize:4;\tsigned:1;\n\n' +
  '\tfield:u32 a;\toffset:8;\tsize:4;\tsigned:0;\n' +
  '\tfield:char msg[20];\toffset:12;\tsize:20;\tsigned:1;\n' +
  '\tfield:unsigned char raw[4];\toffset:32;\tsize:4;\tsigned:0;\n' +
  '\tfield:__data_loc char[] path;\toffset:36;\tsize:4;\tsigned:1;\n' +
  '\tfield:__rel_loc char note[];\toffset:40;\tsize:4;\tsigned:1;\n' +
  '\tfield:struct pair p;\toffset:44;\tsize:8;\tsigned:1;\n' +
  '\tfield:s64 big;\toffset:52;\tsize:8;\tsigned:1;\n' +
  '\tfield:unsigned short port;\toffset:60;\tsize:2;\tsigned:0;\n' +
  '\tfield:__data_loc u8[] blob;\toffset:62;\tsize:4;\tsigned:1;\n\n' +
  'print fmt: "a=%u msg=%s raw=%s path=%s note=%s p=%llu big=%lld port=%u blob=%llu", REC->a\n';

describe('parseFormat', () => {
  it('reads name, ID and the user fields with types as declared', () => {
    const f = parseFormat(TYPES_FORMAT) as EventFormat;
    expect(f.name).toBe('types');
    expect(f.id).toBe(20);
    expect(f.fields.map((x) => [x.type, x.name, x.offset, x.size, x.signed])).toEqual([
      ['u32', 'a', 8, 4, false],
      ['char[20]', 'msg', 12, 20, true],
      ['unsigned char[4]', 'raw', 32, 4, false],
      ['__data_loc char[]', 'path', 36, 4, true],
      ['__rel_loc char[]', 'note', 40, 4, true],
      ['struct pair', 'p', 44, 8, true],
      ['s64', 'big', 52, 8, true],
      ['unsigned short', 'port', 60, 2, false],
      ['__data_loc u8[]', 'blob', 62, 4, true],
    ]);
  });

  it('is null for text that is no format file', () => {
    expect(parseFormat('none\n')).toBeNull();
  });
});

/** An entry of the `types` event: header, fixed fields, then the dynamic data. */
function typesEntry(): Uint8Array {
  const b = new Uint8Array(80);
  const v = new DataView(b.buffer);
  v.setUint16(0, 20, true);
  v.setInt32(4, 1200, true);
  v.setUint32(8, 4294967295, true);
  b.set(new TextEncoder().encode('hello\0junk'), 12);
  b.set([0x61, 0x62, 0, 0x63], 32);
  v.setUint32(36, (4 << 16) | 66, true); // path: 4 bytes at 66
  v.setUint32(40, (3 << 16) | 26, true); // note: 3 bytes at 44 + 26 = 70
  b.set([1, 2, 3, 4, 5, 6, 7, 8], 44);
  v.setBigInt64(52, -5n, true);
  v.setUint16(60, 8080, true);
  v.setUint32(62, (2 << 16) | 73, true); // blob: 2 bytes at 73
  b.set(new TextEncoder().encode('/etc'), 66);
  b.set(new TextEncoder().encode('hi\0'), 70);
  b.set([0xab, 0xcd], 73);
  return b;
}

describe('decodeFields', () => {
  it('reads every field kind of §c.3.1 little-endian', () => {
    const format = parseFormat(TYPES_FORMAT) as EventFormat;
    const bytes = typesEntry();
    expect(entryType(bytes)).toBe(20);
    expect(Object.fromEntries(decodeFields(bytes, format).map((f) => [f.name, f.value]))).toEqual({
      a: '4294967295',
      msg: 'hello',
      raw: 'ab',
      path: '/etc',
      note: 'hi',
      p: '0x0102030405060708',
      big: '-5',
      port: '8080',
      blob: '0xabcd',
    });
  });

  it.each([
    [[0xff], 1, true, -1n],
    [[0xff], 1, false, 255n],
    [[0xfe, 0xff], 2, true, -2n],
    [[0x00, 0x80, 0, 0], 4, false, 32768n],
    [[0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff], 8, false, 18446744073709551615n],
    [[0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x7f], 8, true, 9223372036854775807n],
  ])('reads %j as %i bytes, signed %s', (bytes, size, signed, expected) => {
    expect(readInteger(Uint8Array.from(bytes), 0, size, signed)).toBe(expected);
  });

  it('says so for a field beyond the entry or a location outside it', () => {
    const format = parseFormat(TYPES_FORMAT) as EventFormat;
    const short = typesEntry().slice(0, 40);
    const values = decodeFields(short, format).map((f) => f.value);
    expect(values[0]).toBe('4294967295');
    expect(values[3]).toBe('(bad location)');
    expect(values[4]).toBe('(beyond the entry)');
  });

  it('escapes control characters so a row stays one line', () => {
    const format: EventFormat = {
      name: 'x',
      id: 20,
      fields: [{ type: 'char[4]', name: 's', offset: 8, size: 4, signed: true }],
    };
    const bytes = Uint8Array.from([20, 0, 0, 0, 0, 0, 0, 0, 0x61, 0x0a, 0x62, 0]);
    expect(decodeFields(bytes, format)).toEqual([{ name: 's', value: 'a\\x0ab' }]);
  });
});

describe('parseTrace', () => {
  it('reads the header counts and the §e.5 hex dumps, NUL included', () => {
    const text =
      HEADER +
      '     uevent-demo-1200    [000] .....   105.000100: \n' +
      '00000000: 14 00 00 00 b0 04 00 00 01 00 00 00              ............\n' +
      '\0             app-4321    [001] .....   230.500000: \n' +
      '00000000: 14 00 00 00 e1 10 00 00 e8 03 00 00 70 74 73 2f  ............pts/\n' +
      '00000010: 30 00 00 00                                      0...\n' +
      '\0';
    const t = parseTrace(text);
    expect([t.entries, t.written]).toEqual([3, 5]);
    expect(t.list).toHaveLength(2);
    const [first, second] = t.list;
    expect(first.context).toEqual({
      comm: 'uevent-demo',
      pid: 1200,
      cpu: 0,
      flags: '.....',
      time: '105.000100',
      secs: 105,
    });
    expect(first.body).toEqual({
      kind: 'event',
      bytes: Uint8Array.from([20, 0, 0, 0, 0xb0, 4, 0, 0, 1, 0, 0, 0]),
    });
    expect(second.context?.comm).toBe('app');
    expect(second.context?.cpu).toBe(1);
    expect(second.body.kind === 'event' && second.body.bytes.length).toBe(20);
    expect(first.key).toBe('     uevent-demo-1200    [000] .....   105.000100: ');
  });

  it('reads markers (over several lines), unknown types and entries too big to print', () => {
    const text =
      HEADER +
      '            bash-1000    [000] .....     5.000010: tracing_mark_write: hello\n' +
      '           <...>-1001    [000] .....     5.000020: tracing_mark_write: two\nlines\n' +
      '            bash-1000    [000] .....     5.000030: Unknown type 21\n' +
      '          uevent-1002    [000] .....     5.000040: \n[LINE TOO BIG]\n';
    const bodies = parseTrace(text).list.map((e) => [e.context?.comm, e.body]);
    expect(bodies).toEqual([
      ['bash', { kind: 'marker', text: 'hello' }],
      ['<...>', { kind: 'marker', text: 'two\nlines' }],
      ['bash', { kind: 'unknown', id: 21 }],
      ['uevent', { kind: 'too-big' }],
    ]);
  });

  it('reads context lines without the flags column (irq-info off)', () => {
    const e = parseTrace('            bash-1000    [000]     5.000010: tracing_mark_write: x\n').list[0];
    expect(e.context).toMatchObject({ comm: 'bash', pid: 1000, flags: '', time: '5.000010' });
    expect(e.body).toEqual({ kind: 'marker', text: 'x' });
  });

  it('keeps lines it cannot place as `other` entries (context-info off)', () => {
    const t = parseTrace('tracing_mark_write: bare\n');
    expect(t.entries).toBeNull();
    expect(t.list).toEqual([
      {
        key: 'tracing_mark_write: bare',
        context: null,
        body: { kind: 'other', text: 'tracing_mark_write: bare' },
      },
    ]);
  });

  it('is empty for a header alone', () => {
    expect(parseTrace(HEADER).list).toEqual([]);
  });
});

describe('Linux 6.12 trace lines (print_event_fields)', () => {
  /** Lines a real Linux 6.12.118 printed (context shortened to one of the model's). */
  const TEXT =
    HEADER +
    "          uevent-1008    [000] .....     1.442910: f1: a=(7) c='A'(65) f=0xfffe (65534) g=0xffffffff (-1) j=0xfffffffffffffff7 (-9)\n" +
    '          uevent-1009    [000] .....     1.462376: f2: s=pts/0 dl=hello rl=\n' +
    '          uevent-1010    [000] .....     1.466931: f3:No fields found\n';
  const field = (type: string, name: string, offset: number, size: number, signed: boolean) => ({
    type,
    name,
    offset,
    size,
    signed,
  });
  const F1: EventFormat = {
    name: 'f1',
    id: 20,
    fields: [
      field('u8', 'a', 8, 1, false),
      field('char', 'c', 9, 1, true),
      field('s16', 'f', 10, 2, true),
      field('u32', 'g', 12, 4, false),
      field('s64', 'j', 16, 8, true),
    ],
  };
  const F2: EventFormat = {
    name: 'f2',
    id: 21,
    fields: [
      field('char[6]', 's', 8, 6, true),
      field('__data_loc char[]', 'dl', 14, 4, true),
      field('__rel_loc char[]', 'rl', 18, 4, true),
    ],
  };

  it('cuts them into text entries by event name', () => {
    const list = parseTrace(TEXT).list;
    expect(list.map((e) => e.body)).toEqual([
      {
        kind: 'fields',
        name: 'f1',
        text: " a=(7) c='A'(65) f=0xfffe (65534) g=0xffffffff (-1) j=0xfffffffffffffff7 (-9)",
      },
      { kind: 'fields', name: 'f2', text: ' s=pts/0 dl=hello rl=' },
      { kind: 'fields', name: 'f3', text: 'No fields found' },
    ]);
    expect(list[0].context).toMatchObject({ comm: 'uevent', pid: 1008, time: '1.442910' });
  });

  it('reads the values with each field’s own sign and size', () => {
    const [one, two] = parseTrace(TEXT).list.map((e) => (e.body.kind === 'fields' ? e.body.text : ''));
    expect(textFields(one, F1)).toEqual([
      { name: 'a', value: '7' },
      { name: 'c', value: '65' },
      { name: 'f', value: '-2' },
      { name: 'g', value: '4294967295' },
      { name: 'j', value: '-9' },
    ]);
    expect(textFields(two, F2)).toEqual([
      { name: 's', value: 'pts/0' },
      { name: 'dl', value: 'hello' },
      { name: 'rl', value: '' },
    ]);
  });
});

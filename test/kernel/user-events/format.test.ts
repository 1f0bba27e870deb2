import { describe, it, expect } from 'vitest';
import { parseFields, type UserEventField } from '../../../worker/kernel/user-events/fields';
import {
  dynamicEventLine,
  formatFile,
  matchesDeleteFields,
  printFmt,
} from '../../../worker/kernel/user-events/format';

function fields(argText: string | null): UserEventField[] {
  const r = parseFields(argText);
  if (!r.ok) throw new Error(`bad fields ${argText}`);
  return r.value;
}

const COMMON = [
  '\tfield:unsigned short common_type;\toffset:0;\tsize:2;\tsigned:0;',
  '\tfield:unsigned char common_flags;\toffset:2;\tsize:1;\tsigned:0;',
  '\tfield:unsigned char common_preempt_count;\toffset:3;\tsize:1;\tsigned:0;',
  '\tfield:int common_pid;\toffset:4;\tsize:4;\tsigned:1;',
];

function lines(...parts: string[]): string {
  return parts.join('\n') + '\n';
}

describe('formatFile (§d.1)', () => {
  const cases: Array<[string, string, number, string | null, string]> = [
    [
      'S5 hello',
      'hello',
      20,
      'u32 count',
      lines(
        'name: hello',
        'ID: 20',
        'format:',
        ...COMMON,
        '',
        '\tfield:u32 count;\toffset:8;\tsize:4;\tsigned:0;',
        '',
        'print fmt: "count=%u", REC->count',
      ),
    ],
    [
      'S5 bye (no fields: two blank lines)',
      'bye',
      21,
      null,
      lines('name: bye', 'ID: 21', 'format:', ...COMMON, '', '', 'print fmt: ""'),
    ],
    [
      'S9 x',
      'x',
      20,
      '__rel_loc char[] data',
      lines(
        'name: x',
        'ID: 20',
        'format:',
        ...COMMON,
        '',
        '\tfield:__rel_loc char data[];\toffset:8;\tsize:4;\tsigned:1;',
        '',
        'print fmt: "data=%s", __get_rel_str(data)',
      ),
    ],
    [
      'S12 login',
      'login',
      20,
      'u32 uid; char[8] tty',
      lines(
        'name: login',
        'ID: 20',
        'format:',
        ...COMMON,
        '',
        '\tfield:u32 uid;\toffset:8;\tsize:4;\tsigned:0;',
        '\tfield:char tty[8];\toffset:12;\tsize:8;\tsigned:1;',
        '',
        'print fmt: "uid=%u tty=%s", REC->uid, REC->tty',
      ),
    ],
    [
      'S23 types',
      'types',
      20,
      'u32 a; char[20] msg; unsigned char[4] raw; __data_loc char[] path; __rel_loc char[] note; ' +
        'struct pair p 8; s64 big; unsigned short port; __data_loc u8[] blob',
      lines(
        'name: types',
        'ID: 20',
        'format:',
        ...COMMON,
        '',
        '\tfield:u32 a;\toffset:8;\tsize:4;\tsigned:0;',
        '\tfield:char msg[20];\toffset:12;\tsize:20;\tsigned:1;',
        '\tfield:unsigned char raw[4];\toffset:32;\tsize:4;\tsigned:0;',
        '\tfield:__data_loc char[] path;\toffset:36;\tsize:4;\tsigned:1;',
        '\tfield:__rel_loc char note[];\toffset:40;\tsize:4;\tsigned:1;',
        '\tfield:struct pair p;\toffset:44;\tsize:8;\tsigned:1;',
        '\tfield:s64 big;\toffset:52;\tsize:8;\tsigned:1;',
        '\tfield:unsigned short port;\toffset:60;\tsize:2;\tsigned:0;',
        '\tfield:__data_loc u8[] blob;\toffset:62;\tsize:4;\tsigned:1;',
        '',
        'print fmt: "a=%u msg=%s raw=%s path=%s note=%s p=%llu big=%lld port=%u blob=%llu", ' +
          'REC->a, REC->msg, REC->raw, __get_str(path), __get_rel_str(note), REC->p, REC->big, REC->port, REC->blob',
      ),
    ],
  ];
  it.each(cases)('%s', (_label, name, id, argText, expected) => {
    expect(formatFile(name, id, fields(argText))).toBe(expected);
  });

  it('S23 hexarr keeps the array text as written', () => {
    expect(formatFile('hexarr', 23, fields('char[0x10] s'))).toContain(
      '\tfield:char s[0x10];\toffset:8;\tsize:16;\tsigned:1;\n',
    );
  });
});

describe('printFmt (§c.3.1 table)', () => {
  const cases: Array<[string | null, string]> = [
    [null, '""'],
    ['s64 a', '"a=%lld", REC->a'],
    ['u64 a', '"a=%llu", REC->a'],
    [
      's32 a; int b; s16 c; short d; s8 e; char f',
      '"a=%d b=%d c=%d d=%d e=%d f=%d", REC->a, REC->b, REC->c, REC->d, REC->e, REC->f',
    ],
    [
      'u32 a; unsigned int b; u16 c; unsigned short d; u8 e; unsigned char f',
      '"a=%u b=%u c=%u d=%u e=%u f=%u", REC->a, REC->b, REC->c, REC->d, REC->e, REC->f',
    ],
    ['char[4] s; unsigned char[2] t', '"s=%s t=%s", REC->s, REC->t'],
    ['__data_loc char x', '"x=%llu", __get_str(x)'],
    ['__rel_loc u8[] x', '"x=%llu", REC->x'],
    ['struct pair p 8', '"p=%llu", REC->p'],
  ];
  it.each(cases)('printFmt(%j)', (argText, expected) => {
    expect(printFmt(fields(argText))).toBe(expected);
  });
});

describe('dynamicEventLine (§c.10 read)', () => {
  const cases: Array<[string, string | null, string]> = [
    ['hello', 'u32 count', 'u:hello u32 count'],
    ['bye', null, 'u:bye'],
    ['semi', 'u32 x;', 'u:semi u32 x'],
    ['e', 'u32 a; u32 b', 'u:e u32 a; u32 b'],
    ['ev', 'struct pair p 8; u32 x', 'u:ev struct pair p 8; u32 x'],
    ['s', 'struct custom a 20', 'u:s struct custom a 20'],
    ['login', 'u32 uid; char[8] tty', 'u:login u32 uid; char[8] tty'],
    ['hexarr', 'char[0x10] s', 'u:hexarr char[0x10] s'],
    [
      'types',
      'u32 a; char[20] msg; unsigned char[4] raw; __data_loc char[] path; __rel_loc char[] note; ' +
        'struct pair p 8; s64 big; unsigned short port; __data_loc u8[] blob',
      'u:types u32 a; char[20] msg; unsigned char[4] raw; __data_loc char[] path; __rel_loc char[] note; ' +
        'struct pair p 8; s64 big; unsigned short port; __data_loc u8[] blob',
    ],
  ];
  it.each(cases)('%s', (name, argText, expected) => {
    expect(dynamicEventLine(name, fields(argText))).toBe(expected);
  });
});

describe('matchesDeleteFields (§c.10 delete line)', () => {
  const words = (text: string): string[] => text.split(/\s+/).filter((w) => w !== '');
  const cases: Array<[string | null, string, boolean]> = [
    ['u32 a; u32 b', '', true],
    ['u32 a; u32 b', 'u32 a; u32 b', true],
    ['u32 a; u32 b', 'u32 a; u32 b;', true],
    ['u32 a; u32 b', 'u32   a;   u32 b', true],
    ['u32 a; u32 b', 'u32 a', false],
    ['u32 a; u32 b', 'u32 b', false],
    ['u32 a; u32 b', 'u32 a; u32', false],
    ['u32 a; u32 b', 'u32 a; u32 a', false],
    ['u32 a; u32 b', 'u32 b; u32 a', false],
    ['u32 a; u32 b', 'u32 a u32 b', false],
    ['u32 a; u32 b', 'u32 a; u32 b; u32 c', false],
    ['u32 a; u32 b', 'u32 a ; u32 b', false],
    ['struct custom a 20', 'struct custom a', true],
    ['struct custom a 20', 'struct custom a 20', false],
    ['struct custom a 20', 'struct custom a;', true],
    ['char[20] msg', 'char[20] msg', true],
    [null, '', true],
    [null, 'u32 a', false],
  ];
  it.each(cases)('fields %j, words %j -> %s', (argText, text, expected) => {
    expect(matchesDeleteFields(fields(argText), words(text))).toBe(expected);
  });
});

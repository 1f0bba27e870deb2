import { describe, it, expect } from 'vitest';
import { EINVAL } from '../../../worker/kernel/lib/errno';
import {
  minSize,
  parseCommand,
  parseFields,
  type ParsedCommand,
  type UserEventField,
} from '../../../worker/kernel/user-events/fields';

function field(
  type: string,
  name: string,
  offset: number,
  size: number,
  extra: Partial<UserEventField> = {},
): UserEventField {
  return {
    type,
    name,
    offset,
    size,
    isSigned: type[0] !== 'u',
    isStruct: false,
    dataLoc: 'none',
    ...extra,
  };
}

describe('parseCommand (§c.3 steps 1-3)', () => {
  const cases: Array<[string, ParsedCommand]> = [
    ['hello u32 count', { name: 'hello', flags: null, argText: 'u32 count' }],
    ['bye', { name: 'bye', flags: null, argText: null }],
    ['bye ', { name: 'bye', flags: null, argText: '' }],
    ['fl:ANY,FLAGS u32 x', { name: 'fl', flags: 'ANY,FLAGS', argText: 'u32 x' }],
    ['e:BPF_ITER,FLAG_FUTURE', { name: 'e', flags: 'BPF_ITER,FLAG_FUTURE', argText: null }],
    ['a:b:c x', { name: 'a', flags: 'b:c', argText: 'x' }],
    ['x u32 a', { name: 'x', flags: null, argText: 'u32 a' }],
    ['', { name: '', flags: null, argText: null }],
    [':f', { name: '', flags: 'f', argText: null }],
    ['a/b.c u8 x', { name: 'a/b.c', flags: null, argText: 'u8 x' }],
    ['tab\tname u8 x', { name: 'tab\tname', flags: null, argText: 'u8 x' }],
    ['n u32 a:b', { name: 'n', flags: null, argText: 'u32 a:b' }],
  ];
  it.each(cases)('parseCommand(%j)', (command, expected) => {
    expect(parseCommand(command)).toEqual(expected);
  });
});

describe('parseFields (§c.3 steps 4-5, §c.3.1)', () => {
  it('parses the S23 `types` event with packed offsets', () => {
    const r = parseFields(
      'u32 a; char[20] msg; unsigned char[4] raw; __data_loc char[] path; __rel_loc char[] note; ' +
        'struct pair p 8; s64 big; unsigned short port; __data_loc u8[] blob',
    );
    expect(r).toEqual({
      ok: true,
      value: [
        field('u32', 'a', 8, 4),
        field('char[20]', 'msg', 12, 20),
        field('unsigned char[4]', 'raw', 32, 4),
        field('__data_loc char[]', 'path', 36, 4, { dataLoc: 'data' }),
        field('__rel_loc char[]', 'note', 40, 4, { dataLoc: 'rel' }),
        field('struct pair', 'p', 44, 8, { isStruct: true }),
        field('s64', 'big', 52, 8),
        field('unsigned short', 'port', 60, 2),
        field('__data_loc u8[]', 'blob', 62, 4, { dataLoc: 'data' }),
      ],
    });
    if (r.ok) expect(minSize(r.value)).toBe(58);
  });

  const accepted: Array<[string | null, Array<[string, string, number]>]> = [
    [null, []],
    ['', []],
    [' ', []],
    [';;', []],
    ['u32 x;', [['u32', 'x', 4]]],
    [
      'u32 a;;u32 b',
      [
        ['u32', 'a', 4],
        ['u32', 'b', 4],
      ],
    ],
    [
      'u32 a;\t\n u32 b',
      [
        ['u32', 'a', 4],
        ['u32', 'b', 4],
      ],
    ],
    ['s64 a', [['s64', 'a', 8]]],
    ['u64 a', [['u64', 'a', 8]]],
    ['s32 a', [['s32', 'a', 4]]],
    ['int a', [['int', 'a', 4]]],
    ['unsigned int a', [['unsigned int', 'a', 4]]],
    ['s16 a', [['s16', 'a', 2]]],
    ['u16 a', [['u16', 'a', 2]]],
    ['short a', [['short', 'a', 2]]],
    ['unsigned short a', [['unsigned short', 'a', 2]]],
    ['s8 a', [['s8', 'a', 1]]],
    ['u8 a', [['u8', 'a', 1]]],
    ['char a', [['char', 'a', 1]]],
    ['unsigned char a', [['unsigned char', 'a', 1]]],
    ['char[20] s', [['char[20]', 's', 20]]],
    ['char[0x14] s', [['char[0x14]', 's', 20]]],
    ['char[0x10] s', [['char[0x10]', 's', 16]]],
    ['char[024] s', [['char[024]', 's', 20]]],
    ['char[+5] s', [['char[+5]', 's', 5]]],
    ['char[1024] s', [['char[1024]', 's', 1024]]],
    ['char[4]x s', [['char[4]x', 's', 4]]],
    ['unsigned char[8] s', [['unsigned char[8]', 's', 8]]],
    ['__data_loc x y', [['__data_loc x', 'y', 4]]],
    ['__data_loc unsigned char[] y', [['__data_loc unsigned char[]', 'y', 4]]],
    ['__rel_loc unsigned char[] y', [['__rel_loc unsigned char[]', 'y', 4]]],
    ['struct custom a 20', [['struct custom', 'a', 20]]],
    ['struct custom a +20', [['struct custom', 'a', 20]]],
    ['struct big a 2147483647', [['struct big', 'a', 2147483647]]],
    ['u32 ', [['u32', '', 4]]],
  ];
  it.each(accepted)('accepts %j', (argText, expected) => {
    const r = parseFields(argText);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.map((f) => [f.type, f.name, f.size])).toEqual(expected);
  });

  const rejected: string[] = [
    'u32',
    'u32 x 4',
    'u32  x',
    'u32 x ;u32 y',
    'u32 x # note',
    'long x',
    'bool x',
    'int[2] x',
    'u32[4] x',
    'unsigned long x',
    'unsigned x',
    'struct s x',
    'struct s',
    'struct s x 0',
    'struct s x 0x10',
    'struct s x -1',
    'struct s x 2147483648',
    'struct s x 4294967296',
    'struct s x 8 9',
    '__data_loc x',
    '__rel_loc x',
    'char[0] x',
    'char[] x',
    'char[aa] x',
    'char[2000] x',
    'char[1025] x',
    'char[9999] x',
    'char[0x0000000000001] x',
    'char[4 x',
    'char[ 4] x',
    'char* x',
    'u32 a; bogus b',
    'U32 x',
  ];
  it.each(rejected)('rejects %j with EINVAL', (argText) => {
    expect(parseFields(argText)).toEqual({ ok: false, err: -EINVAL });
  });
});

describe('minSize', () => {
  it('is 0 without fields and the sum of sizes otherwise', () => {
    expect(minSize([])).toBe(0);
    const r = parseFields('u32 uid; char[8] tty');
    expect(r.ok && minSize(r.value)).toBe(12);
  });
});

// xxd: dump styles, grouping, seeking, limits, reverting and its diagnostics.
// Expected outputs are what the real programs print on the reference machine (LC_ALL=C, a terminal).

import { describe, expect, it } from 'vitest';
import { sh } from '../../helpers';

describe('xxd', () => {
  it.each([
    [
      "cd /tmp; printf 'hello world\\n\\0\\1\\2\\377abc' > f; xxd f",
      '00000000: 6865 6c6c 6f20 776f 726c 640a 0001 02ff  hello world.....\n00000010: 6162 63                                  abc\n',
      0,
    ],
    [
      "cd /tmp; printf 'hello world\\n\\0\\1\\2\\377abc' > f; xxd -p f",
      '68656c6c6f20776f726c640a000102ff616263\n',
      0,
    ],
    [
      "cd /tmp; printf 'hello world\\n\\0\\1\\2\\377abc' > f; xxd -l 5 f",
      '00000000: 6865 6c6c 6f                             hello\n',
      0,
    ],
    [
      "cd /tmp; printf 'hello world\\n\\0\\1\\2\\377abc' > f; xxd -s 3 f",
      '00000003: 6c6f 2077 6f72 6c64 0a00 0102 ff61 6263  lo world.....abc\n',
      0,
    ],
    [
      "cd /tmp; printf 'hello world\\n\\0\\1\\2\\377abc' > f; xxd -c 8 f",
      '00000000: 6865 6c6c 6f20 776f  hello wo\n00000008: 726c 640a 0001 02ff  rld.....\n00000010: 6162 63              abc\n',
      0,
    ],
    [
      "cd /tmp; printf 'hello world\\n\\0\\1\\2\\377abc' > f; xxd -g 1 f",
      '00000000: 68 65 6c 6c 6f 20 77 6f 72 6c 64 0a 00 01 02 ff  hello world.....\n00000010: 61 62 63                                         abc\n',
      0,
    ],
    [
      "cd /tmp; printf 'hello world\\n\\0\\1\\2\\377abc' > f; xxd -u f",
      '00000000: 6865 6C6C 6F20 776F 726C 640A 0001 02FF  hello world.....\n00000010: 6162 63                                  abc\n',
      0,
    ],
    [
      "cd /tmp; printf 'hello world\\n\\0\\1\\2\\377abc' > f; xxd -g 4 -c 8 f",
      '00000000: 68656c6c 6f20776f  hello wo\n00000008: 726c640a 000102ff  rld.....\n00000010: 616263             abc\n',
      0,
    ],
    ["cd /tmp; printf 'hello world\\n\\0\\1\\2\\377abc' > f; xxd -s 100 f", '', 0],
    [
      "cd /tmp; printf 'hello world\\n\\0\\1\\2\\377abc' > f; xxd -c 0 f",
      '00000000: 6865 6c6c 6f20 776f 726c 640a 0001 02ff  hello world.....\n00000010: 6162 63                                  abc\n',
      0,
    ],
    [
      "cd /tmp; printf 'hello world\\n\\0\\1\\2\\377abc' > f; xxd -c 300 f",
      'xxd: invalid number of columns (max. 256).\n',
      1,
    ],
    [
      "cd /tmp; printf 'hello world\\n\\0\\1\\2\\377abc' > f; xxd -p -c 4 f",
      '68656c6c\n6f20776f\n726c640a\n000102ff\n616263\n',
      0,
    ],
    [
      "cd /tmp; printf 'hello world\\n\\0\\1\\2\\377abc' > f; xxd -g 3 f",
      '00000000: 68656c 6c6f20 776f72 6c640a 000102 ff  hello world.....\n00000010: 616263                                 abc\n',
      0,
    ],
    [
      "cd /tmp; printf 'hello world\\n\\0\\1\\2\\377abc' > f; xxd -g 0 f",
      '00000000: 68656c6c6f20776f726c640a000102ff  hello world.....\n00000010: 616263                            abc\n',
      0,
    ],
    [
      "cd /tmp; printf 'hello world\\n\\0\\1\\2\\377abc' > f; xxd -s -3 f",
      '00000010: 6162 63                                  abc\n',
      0,
    ],
    [
      "cd /tmp; printf 'hello world\\n\\0\\1\\2\\377abc' > f; xxd f out; cat out",
      '00000000: 6865 6c6c 6f20 776f 726c 640a 0001 02ff  hello world.....\n00000010: 6162 63                                  abc\n',
      0,
    ],
    [
      "cd /tmp; printf 'hello world\\n\\0\\1\\2\\377abc' > f; xxd -b f",
      '00000000: 01101000 01100101 01101100 01101100 01101111 00100000  hello \n00000006: 01110111 01101111 01110010 01101100 01100100 00001010  world.\n0000000c: 00000000 00000001 00000010 11111111 01100001 01100010  ....ab\n00000012: 01100011                                               c\n',
      0,
    ],
    [
      "cd /tmp; printf 'hello world\\n\\0\\1\\2\\377abc' > f; xxd -i f",
      'unsigned char f[] = {\n  0x68, 0x65, 0x6c, 0x6c, 0x6f, 0x20, 0x77, 0x6f, 0x72, 0x6c, 0x64, 0x0a,\n  0x00, 0x01, 0x02, 0xff, 0x61, 0x62, 0x63\n};\nunsigned int f_len = 19;\n',
      0,
    ],
    [
      "cd /tmp; printf 'hello world\\n\\0\\1\\2\\377abc' > f; xxd -e f",
      '00000000: 6c6c6568 6f77206f 0a646c72 ff020100  hello world.....\n00000010:   636261                             abc\n',
      0,
    ],
    [
      "cd /tmp; printf 'hello world\\n\\0\\1\\2\\377abc' > f; xxd -b -p f",
      '68656c6c6f20776f726c640a000102ff616263\n',
      0,
    ],
    [
      "cd /tmp; printf 'hello world\\n\\0\\1\\2\\377abc' > f; xxd -e -p f",
      '68656c6c6f20776f726c640a000102ff616263\n',
      0,
    ],
    [
      "cd /tmp; printf 'hello world\\n\\0\\1\\2\\377abc' > f; xxd -e -g 3 f",
      'xxd: number of octets per group must be a power of 2 with -e.\n',
      1,
    ],
    [
      "cd /tmp; printf 'hello world\\n\\0\\1\\2\\377abc' > f; xxd -p -c 0 f",
      '68656c6c6f20776f726c640a000102ff616263\n',
      0,
    ],
    [
      "cd /tmp; printf 'hello world\\n\\0\\1\\2\\377abc' > f; xxd -l -5 f",
      '00000000: 6865 6c6c 6f20 776f 726c 640a 0001 02ff  hello world.....\n00000010: 6162 63                                  abc\n',
      0,
    ],
    [
      "cd /tmp; printf 'hello world\\n\\0\\1\\2\\377abc' > f; xxd -c x f",
      '00000000: 6865 6c6c 6f20 776f 726c 640a 0001 02ff  hello world.....\n00000010: 6162 63                                  abc\n',
      0,
    ],
    [
      "cd /tmp; printf 'hello world\\n\\0\\1\\2\\377abc' > f; xxd -g x f",
      '00000000: 68656c6c6f20776f726c640a000102ff  hello world.....\n00000010: 616263                            abc\n',
      0,
    ],
    [
      "cd /tmp; printf 'hello world\\n\\0\\1\\2\\377abc' > f; xxd -r -b f",
      'xxd: Sorry, cannot revert this type of hexdump\n',
      255,
    ],
    [
      "cd /tmp; printf 'hello world\\n\\0\\1\\2\\377abc' > f; xxd -r -i f",
      'xxd: Sorry, cannot revert this type of hexdump\n',
      255,
    ],
    [
      "cd /tmp; printf 'hello world\\n\\0\\1\\2\\377abc' > f; xxd -ps f",
      '68656c6c6f20776f726c640a000102ff616263\n',
      0,
    ],
    [
      "cd /tmp; printf 'hello world\\n\\0\\1\\2\\377abc' > f; xxd --ps f",
      '68656c6c6f20776f726c640a000102ff616263\n',
      0,
    ],
    [
      "cd /tmp; printf 'hello world\\n\\0\\1\\2\\377abc' > f; xxd -cols 4 f",
      '00000000: 6865 6c6c  hell\n00000004: 6f20 776f  o wo\n00000008: 726c 640a  rld.\n0000000c: 0001 02ff  ....\n00000010: 6162 63    abc\n',
      0,
    ],
    [
      "cd /tmp; printf 'hello world\\n\\0\\1\\2\\377abc' > f; xxd -c4 f",
      '00000000: 6865 6c6c  hell\n00000004: 6f20 776f  o wo\n00000008: 726c 640a  rld.\n0000000c: 0001 02ff  ....\n00000010: 6162 63    abc\n',
      0,
    ],
    [
      "cd /tmp; printf 'hello world\\n\\0\\1\\2\\377abc' > f; xxd -len 3 f",
      '00000000: 6865 6c                                  hel\n',
      0,
    ],
    [
      "cd /tmp; printf 'hello world\\n\\0\\1\\2\\377abc' > f; xxd -l3 f",
      '00000000: 6865 6c                                  hel\n',
      0,
    ],
    [
      "cd /tmp; printf 'hello world\\n\\0\\1\\2\\377abc' > f; xxd -seek 2 f",
      '00000002: 6c6c 6f20 776f 726c 640a 0001 02ff 6162  llo world.....ab\n00000012: 63                                       c\n',
      0,
    ],
    [
      "cd /tmp; printf 'hello world\\n\\0\\1\\2\\377abc' > f; xxd -s2 f",
      '00000002: 6c6c 6f20 776f 726c 640a 0001 02ff 6162  llo world.....ab\n00000012: 63                                       c\n',
      0,
    ],
    [
      "cd /tmp; printf 'hello world\\n\\0\\1\\2\\377abc' > f; xxd -s +2 f",
      '00000002: 6c6c 6f20 776f 726c 640a 0001 02ff 6162  llo world.....ab\n00000012: 63                                       c\n',
      0,
    ],
    [
      "cd /tmp; printf 'hello world\\n\\0\\1\\2\\377abc' > f; xxd -u -p f",
      '68656C6C6F20776F726C640A000102FF616263\n',
      0,
    ],
    [
      "cd /tmp; printf 'hello world\\n\\0\\1\\2\\377abc' > f; xxd -i -C f",
      'unsigned char F[] = {\n  0x68, 0x65, 0x6c, 0x6c, 0x6f, 0x20, 0x77, 0x6f, 0x72, 0x6c, 0x64, 0x0a,\n  0x00, 0x01, 0x02, 0xff, 0x61, 0x62, 0x63\n};\nunsigned int F_LEN = 19;\n',
      0,
    ],
    [
      "cd /tmp; printf 'hello world\\n\\0\\1\\2\\377abc' > f; xxd -c 257 f",
      'xxd: invalid number of columns (max. 256).\n',
      1,
    ],
    [
      "cd /tmp; printf 'hello world\\n\\0\\1\\2\\377abc' > f; xxd -p -c 300 f",
      '68656c6c6f20776f726c640a000102ff616263\n',
      0,
    ],
    [
      "cd /tmp; printf 'hello world\\n\\0\\1\\2\\377abc' > f; xxd -E f",
      '00000000: 6865 6c6c 6f20 776f 726c 640a 0001 02ff  ..%%?..?.%......\n00000010: 6162 63                                  /..\n',
      0,
    ],
    [
      "cd /tmp; printf 'hello world\\n\\0\\1\\2\\377abc' > f; xxd -i -c 4 f",
      'unsigned char f[] = {\n  0x68, 0x65, 0x6c, 0x6c,\n  0x6f, 0x20, 0x77, 0x6f,\n  0x72, 0x6c, 0x64, 0x0a,\n  0x00, 0x01, 0x02, 0xff,\n  0x61, 0x62, 0x63\n};\nunsigned int f_len = 19;\n',
      0,
    ],
    [
      "cd /tmp; printf 'hello world\\n\\0\\1\\2\\377abc' > f; xxd -b -c 4 f",
      '00000000: 01101000 01100101 01101100 01101100  hell\n00000004: 01101111 00100000 01110111 01101111  o wo\n00000008: 01110010 01101100 01100100 00001010  rld.\n0000000c: 00000000 00000001 00000010 11111111  ....\n00000010: 01100001 01100010 01100011           abc\n',
      0,
    ],
    [
      "cd /tmp; printf 'hello world\\n\\0\\1\\2\\377abc' > f; xxd - < f",
      '00000000: 6865 6c6c 6f20 776f 726c 640a 0001 02ff  hello world.....\n00000010: 6162 63                                  abc\n',
      0,
    ],
    [
      "cd /tmp; printf 'hello world\\n\\0\\1\\2\\377abc' > f; xxd f -",
      '00000000: 6865 6c6c 6f20 776f 726c 640a 0001 02ff  hello world.....\n00000010: 6162 63                                  abc\n',
      0,
    ],
    [
      "cd /tmp; printf 'hello world\\n\\0\\1\\2\\377abc' > f; xxd f nodir/out",
      'xxd: nodir/out: No such file or directory\n',
      3,
    ],
    ["cd /tmp; printf 'hello world\\n\\0\\1\\2\\377abc' > f; xxd -p -l 0 f", '', 0],
    [
      "cd /tmp; printf 'hello world\\n\\0\\1\\2\\377abc' > f; xxd -o -16 f",
      'fffffffffffffff0: 6865 6c6c 6f20 776f 726c 640a 0001 02ff  hello world.....\n00000000: 6162 63                                  abc\n',
      0,
    ],
    [
      "cd /tmp; printf 'hello world\\n\\0\\1\\2\\377abc' > f; xxd -d f",
      '00000000: 6865 6c6c 6f20 776f 726c 640a 0001 02ff  hello world.....\n00000016: 6162 63                                  abc\n',
      0,
    ],
    [
      "cd /tmp; printf 'hello world\\n\\0\\1\\2\\377abc' > f; xxd -- f",
      '00000000: 6865 6c6c 6f20 776f 726c 640a 0001 02ff  hello world.....\n00000010: 6162 63                                  abc\n',
      0,
    ],
    [
      "cd /tmp; printf 'hello world\\n\\0\\1\\2\\377abc' > f; xxd -s 5 - < f",
      '00000005: 2077 6f72 6c64 0a00 0102 ff61 6263        world.....abc\n',
      0,
    ],
    [
      "cd /tmp; printf 'hello world\\n\\0\\1\\2\\377abc' > f; xxd -i < f",
      '  0x68, 0x65, 0x6c, 0x6c, 0x6f, 0x20, 0x77, 0x6f, 0x72, 0x6c, 0x64, 0x0a,\n  0x00, 0x01, 0x02, 0xff, 0x61, 0x62, 0x63\n',
      0,
    ],
    [
      "cd /tmp; printf 'hello world\\n\\0\\1\\2\\377abc' > f; xxd -g 16 f",
      '00000000: 68656c6c6f20776f726c640a000102ff  hello world.....\n00000010: 616263                            abc\n',
      0,
    ],
    [
      "cd /tmp; printf 'hello world\\n\\0\\1\\2\\377abc' > f; xxd -g 20 -c 8 f",
      '00000000: 68656c6c6f20776f  hello wo\n00000008: 726c640a000102ff  rld.....\n00000010: 616263            abc\n',
      0,
    ],
    [
      "cd /tmp; printf 'hello world\\n\\0\\1\\2\\377abc' > f; xxd -n foo -i f",
      'unsigned char foo[] = {\n  0x68, 0x65, 0x6c, 0x6c, 0x6f, 0x20, 0x77, 0x6f, 0x72, 0x6c, 0x64, 0x0a,\n  0x00, 0x01, 0x02, 0xff, 0x61, 0x62, 0x63\n};\nunsigned int foo_len = 19;\n',
      0,
    ],
    [
      "cd /tmp; printf 'hello world\\n\\0\\1\\2\\377abc' > f; xxd -e -g 2 f",
      '00000000: 6568 6c6c 206f 6f77 6c72 0a64 0100 ff02  hello world.....\n00000010: 6261   63                                abc\n',
      0,
    ],
    [
      "cd /tmp; printf 'hello world\\n\\0\\1\\2\\377abc' > f; xxd -c 5 -g 2 f",
      '00000000: 6865 6c6c 6f  hello\n00000005: 2077 6f72 6c   worl\n0000000a: 640a 0001 02  d....\n0000000f: ff61 6263     .abc\n',
      0,
    ],
    [
      "cd /tmp; printf 'hello world\\n\\0\\1\\2\\377abc' > f; xxd -o 16 f",
      '00000010: 6865 6c6c 6f20 776f 726c 640a 0001 02ff  hello world.....\n00000020: 6162 63                                  abc\n',
      0,
    ],
    [
      "cd /tmp; printf 'hello world\\n\\0\\1\\2\\377abc' > f; xxd -d -c 8 f",
      '00000000: 6865 6c6c 6f20 776f  hello wo\n00000008: 726c 640a 0001 02ff  rld.....\n00000016: 6162 63              abc\n',
      0,
    ],
    [
      "cd /tmp; printf 'hello world\\n\\0\\1\\2\\377abc' > f; xxd f | xxd -r | od -c",
      '0000000   h   e   l   l   o       w   o   r   l   d  \\n  \\0 001 002 377\n0000020   a   b   c\n0000023\n',
      0,
    ],
    [
      "cd /tmp; printf 'hello world\\n\\0\\1\\2\\377abc' > f; xxd -p f | xxd -r -p | od -c",
      '0000000   h   e   l   l   o       w   o   r   l   d  \\n  \\0 001 002 377\n0000020   a   b   c\n0000023\n',
      0,
    ],
    ["cd /tmp; printf 'hello world\\n\\0\\1\\2\\377abc' > f; xxd -l 0 f", '', 0],
    [
      "cd /tmp; printf 'hello world\\n\\0\\1\\2\\377abc' > f; xxd -u -i f",
      'unsigned char f[] = {\n  0X68, 0X65, 0X6C, 0X6C, 0X6F, 0X20, 0X77, 0X6F, 0X72, 0X6C, 0X64, 0X0A,\n  0X00, 0X01, 0X02, 0XFF, 0X61, 0X62, 0X63\n};\nunsigned int f_len = 19;\n',
      0,
    ],
    [
      "cd /tmp; printf 'hello world\\n\\0\\1\\2\\377abc' > f; xxd -a f",
      '00000000: 6865 6c6c 6f20 776f 726c 640a 0001 02ff  hello world.....\n00000010: 6162 63                                  abc\n',
      0,
    ],
    [
      "cd /tmp; printf 'hello world\\n\\0\\1\\2\\377abc' > f; xxd -c 256 f",
      '00000000: 6865 6c6c 6f20 776f 726c 640a 0001 02ff 6162 63                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                  hello world.....abc\n',
      0,
    ],
    [
      "cd /tmp; printf '\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0abc' > z; xxd z",
      '00000000: 0000 0000 0000 0000 0000 0000 0000 0000  ................\n00000010: 0000 0000 0000 0000 0000 0000 0000 0000  ................\n00000020: 0000 0000 0000 0000 0000 0000 0000 0000  ................\n00000030: 0000 0000 0000 0000 0000 0000 0000 0000  ................\n00000040: 6162 63                                  abc\n',
      0,
    ],
    [
      "cd /tmp; printf '\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0abc' > z; xxd -a z",
      '00000000: 0000 0000 0000 0000 0000 0000 0000 0000  ................\n*\n00000040: 6162 63                                  abc\n',
      0,
    ],
    [
      "cd /tmp; printf '\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0abc' > z; xxd -a -c 4 z",
      '00000000: 0000 0000  ....\n*\n00000040: 6162 63    abc\n',
      0,
    ],
    [
      "cd /tmp; printf '\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0abc' > z; xxd -p z",
      '000000000000000000000000000000000000000000000000000000000000\n000000000000000000000000000000000000000000000000000000000000\n00000000616263\n',
      0,
    ],
    [
      "cd /tmp; printf '\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0abc' > z; xxd -a -c 8 -s 8 z",
      '00000008: 0000 0000 0000 0000  ........\n*\n00000040: 6162 63              abc\n',
      0,
    ],
    ["printf '' | xxd; printf '' | xxd -p; printf '' | xxd -p -c 0; printf '' | xxd -i", '\n', 0],
    ['printf abc | xxd -s 5', 'xxd: Sorry, cannot seek.\n', 4],
    ['printf abcdef | xxd -s 2', '00000002: 6364 6566                                cdef\n', 0],
    ['printf abcdef | xxd -s -2', 'xxd: Sorry, cannot seek.\n', 4],
    ['printf abcdef | xxd -s +2 -d', '00000002: 6364 6566                                cdef\n', 0],
    ['xxd -r -p nope', 'xxd: nope: No such file or directory\n', 2],
    [
      "printf '0: 41 42\\n10: 43\\n' | xxd -r | od -c",
      '0000000   A   B  \\0  \\0  \\0  \\0  \\0  \\0  \\0  \\0  \\0  \\0  \\0  \\0  \\0  \\0\n0000020   C\n0000021\n',
      0,
    ],
    ["printf '41424' | xxd -r -p | od -c", '0000000   A   B\n0000002\n', 0],
    ["printf '3: 41' | xxd -r -s 2 | od -c", '0000000  \\0  \\0  \\0  \\0  \\0   A\n0000006\n', 0],
    ["printf '  41 42  \\n43' | xxd -r -p | od -c", '0000000   A   B   C\n0000003\n', 0],
    ["printf '00000000: 4142 4344  ABCD\\n' | xxd -r -c 2 | od -c", '0000000   A   B\n0000002\n', 0],
    ["printf 'zz: 41\\n' | xxd -r | od -c", '0000000\n', 0],
    ["printf '41' | xxd -r -p -s 3 | od -c", '0000000  \\0  \\0  \\0   A\n0000004\n', 0],
    [
      "cd /tmp; printf '5: 41\\n2: 42\\n' | xxd -r > rr; echo $?; od -c rr",
      '0\n0000000  \\0  \\0   B  \\0  \\0   A\n0000006\n',
      0,
    ],
    [
      "printf '5: 41\\n2: 42\\n' | xxd -r | od -c",
      'xxd: Sorry, cannot seek backwards.\n0000000  \\0  \\0  \\0  \\0  \\0   A\n0000006\n',
      0,
    ],
    ["cd /tmp; printf hello > x4; printf '1: 41\\n' | xxd -r - x4; cat x4", 'hAllo', 0],
    ["printf '0:4142 zz 43\\n' | xxd -r | od -c", '0000000   A   B\n0000002\n', 0],
    ["printf '0: 41 4z 43\\n' | xxd -r | od -c", '0000000   A   C\n0000002\n', 0],
    [
      "printf '10: 41\\n' | xxd -r -c 2 | od -c",
      '0000000  \\0  \\0  \\0  \\0  \\0  \\0  \\0  \\0  \\0  \\0  \\0  \\0  \\0  \\0  \\0  \\0\n0000020   A\n0000021\n',
      0,
    ],
    ["cd /tmp; printf '41\\n' | xxd -r -p - x3; od -c x3", '0000000   A\n0000001\n', 0],
    ['xxd nope', 'xxd: nope: No such file or directory\n', 2],
    [
      'xxd -z',
      'Usage:\n       xxd [options] [infile [outfile]]\n    or\n       xxd -r [-s [-]offset] [-c cols] [-ps] [infile [outfile]]\nOptions:\n    -a          toggle autoskip: A single \'*\' replaces nul-lines. Default off.\n    -b          binary digit dump (incompatible with -ps,-i,-r). Default hex.\n    -C          capitalize variable names in C include file style (-i).\n    -c cols     format <cols> octets per line. Default 16 (-i: 12, -ps: 30).\n    -E          show characters in EBCDIC. Default ASCII.\n    -e          little-endian dump (incompatible with -ps,-i,-r).\n    -g bytes    number of octets per group in normal output. Default 2 (-e: 4).\n    -h          print this summary.\n    -i          output in C include file style.\n    -l len      stop after <len> octets.\n    -n name     set the variable name used in C include output (-i).\n    -o off      add <off> to the displayed file position.\n    -ps         output in postscript plain hexdump style.\n    -r          reverse operation: convert (or patch) hexdump into binary.\n    -r -s off   revert with <off> added to file positions found in hexdump.\n    -d          show offset in decimal instead of hex.\n    -s [+][-]seek  start at <seek> bytes abs. (or +: rel.) infile offset.\n    -u          use upper case hex letters.\n    -v          show version: "xxd 2022-01-14 by Juergen Weigert et al.".\n',
      1,
    ],
    [
      'xxd -l',
      'Usage:\n       xxd [options] [infile [outfile]]\n    or\n       xxd -r [-s [-]offset] [-c cols] [-ps] [infile [outfile]]\nOptions:\n    -a          toggle autoskip: A single \'*\' replaces nul-lines. Default off.\n    -b          binary digit dump (incompatible with -ps,-i,-r). Default hex.\n    -C          capitalize variable names in C include file style (-i).\n    -c cols     format <cols> octets per line. Default 16 (-i: 12, -ps: 30).\n    -E          show characters in EBCDIC. Default ASCII.\n    -e          little-endian dump (incompatible with -ps,-i,-r).\n    -g bytes    number of octets per group in normal output. Default 2 (-e: 4).\n    -h          print this summary.\n    -i          output in C include file style.\n    -l len      stop after <len> octets.\n    -n name     set the variable name used in C include output (-i).\n    -o off      add <off> to the displayed file position.\n    -ps         output in postscript plain hexdump style.\n    -r          reverse operation: convert (or patch) hexdump into binary.\n    -r -s off   revert with <off> added to file positions found in hexdump.\n    -d          show offset in decimal instead of hex.\n    -s [+][-]seek  start at <seek> bytes abs. (or +: rel.) infile offset.\n    -u          use upper case hex letters.\n    -v          show version: "xxd 2022-01-14 by Juergen Weigert et al.".\n',
      1,
    ],
    [
      'xxd -h',
      'Usage:\n       xxd [options] [infile [outfile]]\n    or\n       xxd -r [-s [-]offset] [-c cols] [-ps] [infile [outfile]]\nOptions:\n    -a          toggle autoskip: A single \'*\' replaces nul-lines. Default off.\n    -b          binary digit dump (incompatible with -ps,-i,-r). Default hex.\n    -C          capitalize variable names in C include file style (-i).\n    -c cols     format <cols> octets per line. Default 16 (-i: 12, -ps: 30).\n    -E          show characters in EBCDIC. Default ASCII.\n    -e          little-endian dump (incompatible with -ps,-i,-r).\n    -g bytes    number of octets per group in normal output. Default 2 (-e: 4).\n    -h          print this summary.\n    -i          output in C include file style.\n    -l len      stop after <len> octets.\n    -n name     set the variable name used in C include output (-i).\n    -o off      add <off> to the displayed file position.\n    -ps         output in postscript plain hexdump style.\n    -r          reverse operation: convert (or patch) hexdump into binary.\n    -r -s off   revert with <off> added to file positions found in hexdump.\n    -d          show offset in decimal instead of hex.\n    -s [+][-]seek  start at <seek> bytes abs. (or +: rel.) infile offset.\n    -u          use upper case hex letters.\n    -v          show version: "xxd 2022-01-14 by Juergen Weigert et al.".\n',
      1,
    ],
    ['xxd -v', 'xxd 2022-01-14 by Juergen Weigert et al.\n', 0],
    ['xxd /etc', 'xxd: Is a directory\n', 2],
    [
      'cd /tmp; xxd a b c',
      'Usage:\n       xxd [options] [infile [outfile]]\n    or\n       xxd -r [-s [-]offset] [-c cols] [-ps] [infile [outfile]]\nOptions:\n    -a          toggle autoskip: A single \'*\' replaces nul-lines. Default off.\n    -b          binary digit dump (incompatible with -ps,-i,-r). Default hex.\n    -C          capitalize variable names in C include file style (-i).\n    -c cols     format <cols> octets per line. Default 16 (-i: 12, -ps: 30).\n    -E          show characters in EBCDIC. Default ASCII.\n    -e          little-endian dump (incompatible with -ps,-i,-r).\n    -g bytes    number of octets per group in normal output. Default 2 (-e: 4).\n    -h          print this summary.\n    -i          output in C include file style.\n    -l len      stop after <len> octets.\n    -n name     set the variable name used in C include output (-i).\n    -o off      add <off> to the displayed file position.\n    -ps         output in postscript plain hexdump style.\n    -r          reverse operation: convert (or patch) hexdump into binary.\n    -r -s off   revert with <off> added to file positions found in hexdump.\n    -d          show offset in decimal instead of hex.\n    -s [+][-]seek  start at <seek> bytes abs. (or +: rel.) infile offset.\n    -u          use upper case hex letters.\n    -v          show version: "xxd 2022-01-14 by Juergen Weigert et al.".\n',
      1,
    ],
    [
      'xxd -R f',
      'Usage:\n       xxd [options] [infile [outfile]]\n    or\n       xxd -r [-s [-]offset] [-c cols] [-ps] [infile [outfile]]\nOptions:\n    -a          toggle autoskip: A single \'*\' replaces nul-lines. Default off.\n    -b          binary digit dump (incompatible with -ps,-i,-r). Default hex.\n    -C          capitalize variable names in C include file style (-i).\n    -c cols     format <cols> octets per line. Default 16 (-i: 12, -ps: 30).\n    -E          show characters in EBCDIC. Default ASCII.\n    -e          little-endian dump (incompatible with -ps,-i,-r).\n    -g bytes    number of octets per group in normal output. Default 2 (-e: 4).\n    -h          print this summary.\n    -i          output in C include file style.\n    -l len      stop after <len> octets.\n    -n name     set the variable name used in C include output (-i).\n    -o off      add <off> to the displayed file position.\n    -ps         output in postscript plain hexdump style.\n    -r          reverse operation: convert (or patch) hexdump into binary.\n    -r -s off   revert with <off> added to file positions found in hexdump.\n    -d          show offset in decimal instead of hex.\n    -s [+][-]seek  start at <seek> bytes abs. (or +: rel.) infile offset.\n    -u          use upper case hex letters.\n    -v          show version: "xxd 2022-01-14 by Juergen Weigert et al.".\n',
      1,
    ],
    [
      'cd /tmp; printf x > 1ab; xxd -i 1ab',
      'unsigned char __1ab[] = {\n  0x78\n};\nunsigned int __1ab_len = 1;\n',
      0,
    ],
    [
      "printf 'ab' | xxd -o 0x7ffffffffffffff0 -d",
      '9223372036854775792: 6162                                     ab\n',
      0,
    ],
  ] as [string, string, number][])('%s', (script, out, status) => {
    expect(sh(script)).toEqual({ out, status });
  });
});

// hexdump: the display options, squeezing, skipping, limits and its diagnostics.
// Expected outputs are what the real programs print on the reference machine (LC_ALL=C, a terminal).

import { describe, expect, it } from 'vitest';
import { sh } from '../../helpers';

describe('hexdump', () => {
  it.each([
    [
      "cd /tmp; printf 'hello world\\n\\0\\1\\2\\377abc' > f; hexdump f",
      '0000000 6568 6c6c 206f 6f77 6c72 0a64 0100 ff02\n0000010 6261 0063                              \n0000013\n',
      0,
    ],
    [
      "cd /tmp; printf 'hello world\\n\\0\\1\\2\\377abc' > f; hexdump -C f",
      '00000000  68 65 6c 6c 6f 20 77 6f  72 6c 64 0a 00 01 02 ff  |hello world.....|\n00000010  61 62 63                                          |abc|\n00000013\n',
      0,
    ],
    [
      "cd /tmp; printf '\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0xyz' > z; hexdump -C z",
      '00000000  00 00 00 00 00 00 00 00  00 00 00 00 00 00 00 00  |................|\n*\n00000030  78 79 7a                                          |xyz|\n00000033\n',
      0,
    ],
    [
      "cd /tmp; printf '\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0xyz' > z; hexdump z",
      '0000000 0000 0000 0000 0000 0000 0000 0000 0000\n*\n0000030 7978 007a                              \n0000033\n',
      0,
    ],
    [
      "cd /tmp; printf '\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0xyz' > z; hexdump -v -C z",
      '00000000  00 00 00 00 00 00 00 00  00 00 00 00 00 00 00 00  |................|\n00000010  00 00 00 00 00 00 00 00  00 00 00 00 00 00 00 00  |................|\n00000020  00 00 00 00 00 00 00 00  00 00 00 00 00 00 00 00  |................|\n00000030  78 79 7a                                          |xyz|\n00000033\n',
      0,
    ],
    [
      "cd /tmp; printf 'hello world\\n\\0\\1\\2\\377abc' > f; hexdump -n 5 -C f",
      '00000000  68 65 6c 6c 6f                                    |hello|\n00000005\n',
      0,
    ],
    [
      "cd /tmp; printf 'hello world\\n\\0\\1\\2\\377abc' > f; hexdump -s 3 -C f",
      '00000003  6c 6f 20 77 6f 72 6c 64  0a 00 01 02 ff 61 62 63  |lo world.....abc|\n00000013\n',
      0,
    ],
    ["cd /tmp; printf 'hello world\\n\\0\\1\\2\\377abc' > f; hexdump -s 100 -C f", '00000013\n', 0],
    [
      "cd /tmp; printf 'hello world\\n\\0\\1\\2\\377abc' > f; hexdump -C f f",
      '00000000  68 65 6c 6c 6f 20 77 6f  72 6c 64 0a 00 01 02 ff  |hello world.....|\n00000010  61 62 63 68 65 6c 6c 6f  20 77 6f 72 6c 64 0a 00  |abchello world..|\n00000020  01 02 ff 61 62 63                                 |...abc|\n00000026\n',
      0,
    ],
    [
      "cd /tmp; printf 'hello world\\n\\0\\1\\2\\377abc' > f; hexdump -s 2 -n 3 f",
      '0000002 6c6c 006f                              \n0000005\n',
      0,
    ],
    [
      "cd /tmp; printf 'hello world\\n\\0\\1\\2\\377abc' > f; hexdump -c f",
      '0000000   h   e   l   l   o       w   o   r   l   d  \\n  \\0 001 002 377\n0000010   a   b   c                                                    \n0000013\n',
      0,
    ],
    [
      "cd /tmp; printf 'hello world\\n\\0\\1\\2\\377abc' > f; hexdump -x f",
      '0000000    6568    6c6c    206f    6f77    6c72    0a64    0100    ff02\n0000010    6261    0063                                                \n0000013\n',
      0,
    ],
    [
      "cd /tmp; printf 'hello world\\n\\0\\1\\2\\377abc' > f; hexdump -b f",
      '0000000 150 145 154 154 157 040 167 157 162 154 144 012 000 001 002 377\n0000010 141 142 143                                                    \n0000013\n',
      0,
    ],
    [
      "cd /tmp; printf 'hello world\\n\\0\\1\\2\\377abc' > f; hexdump -d f",
      '0000000   25960   27756   08303   28535   27762   02660   00256   65282\n0000010   25185   00099                                                \n0000013\n',
      0,
    ],
    [
      "cd /tmp; printf 'hello world\\n\\0\\1\\2\\377abc' > f; hexdump -o f",
      '0000000  062550  066154  020157  067567  066162  005144  000400  177402\n0000010  061141  000143                                                \n0000013\n',
      0,
    ],
    [
      "cd /tmp; printf 'hello world\\n\\0\\1\\2\\377abc' > f; hexdump -C -c f",
      '00000000  68 65 6c 6c 6f 20 77 6f  72 6c 64 0a 00 01 02 ff  |hello world.....|\n0000000   h   e   l   l   o       w   o   r   l   d  \\n  \\0 001 002 377\n00000010  61 62 63                                          |abc|\n0000010   a   b   c                                                    \n0000013\n',
      0,
    ],
    [
      "cd /tmp; printf 'hello world\\n\\0\\1\\2\\377abc' > f; hexdump -n 16 -C f",
      '00000000  68 65 6c 6c 6f 20 77 6f  72 6c 64 0a 00 01 02 ff  |hello world.....|\n00000010\n',
      0,
    ],
    ["cd /tmp; printf 'hello world\\n\\0\\1\\2\\377abc' > f; hexdump -n 0 f", '', 0],
    ["cd /tmp; printf 'hello world\\n\\0\\1\\2\\377abc' > f; hexdump -s 1k -C f", '00000013\n', 0],
    [
      "cd /tmp; printf 'hello world\\n\\0\\1\\2\\377abc' > f; hexdump -C -s 0x10 f",
      '00000010  61 62 63                                          |abc|\n00000013\n',
      0,
    ],
    [
      "cd /tmp; printf 'hello world\\n\\0\\1\\2\\377abc' > f; hexdump -C -n 3 f f",
      '00000000  68 65 6c                                          |hel|\n00000003\n',
      0,
    ],
    ["cd /tmp; printf 'hello world\\n\\0\\1\\2\\377abc' > f; hexdump -s 19 f", '0000013\n', 0],
    [
      "cd /tmp; printf 'hello world\\n\\0\\1\\2\\377abc' > f; hexdump -C < f",
      '00000000  68 65 6c 6c 6f 20 77 6f  72 6c 64 0a 00 01 02 ff  |hello world.....|\n00000010  61 62 63                                          |abc|\n00000013\n',
      0,
    ],
    [
      "cd /tmp; printf 'hello world\\n\\0\\1\\2\\377abc' > f; hexdump --canonical --length=4 f",
      '00000000  68 65 6c 6c                                       |hell|\n00000004\n',
      0,
    ],
    [
      "cd /tmp; printf 'hello world\\n\\0\\1\\2\\377abc' > f; hexdump -Cs 2 f",
      '00000002  6c 6c 6f 20 77 6f 72 6c  64 0a 00 01 02 ff 61 62  |llo world.....ab|\n00000012  63                                                |c|\n00000013\n',
      0,
    ],
    [
      "cd /tmp; printf 'hello world\\n\\0\\1\\2\\377abc' > f; hexdump -s 20 f f",
      '0000014 6c65 6f6c 7720 726f 646c 000a 0201 61ff\n0000024 6362                                   \n0000026\n',
      0,
    ],
    [
      "cd /tmp; printf '\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0' > e; hexdump -C e; hexdump e",
      '00000000  00 00 00 00 00 00 00 00  00 00 00 00 00 00 00 00  |................|\n*\n00000020\n0000000 0000 0000 0000 0000 0000 0000 0000 0000\n*\n0000020\n',
      0,
    ],
    [
      "printf abcde | hexdump; printf '' | hexdump -C; printf 'a\\tb\\r\\a' | hexdump -c",
      '0000000 6261 6463 0065                         \n0000005\n0000000   a  \\t   b  \\r  \\a                                            \n0000005\n',
      0,
    ],
    [
      'hexdump nope',
      'hexdump: nope: No such file or directory\nhexdump: all input file arguments failed\n',
      1,
    ],
    ['hexdump -z', "hexdump: invalid option -- 'z'\nTry 'hexdump --help' for more information.\n", 1],
    [
      "cd /tmp; printf 'hello world\\n\\0\\1\\2\\377abc' > f; hexdump -n x f",
      "hexdump: failed to parse length: 'x': Invalid argument\n",
      1,
    ],
    [
      "cd /tmp; printf 'hello world\\n\\0\\1\\2\\377abc' > f; hexdump -s x f",
      "hexdump: failed to parse offset: 'x': Invalid argument\n",
      1,
    ],
    [
      "cd /tmp; printf 'hello world\\n\\0\\1\\2\\377abc' > f; hexdump -s 2x f",
      "hexdump: failed to parse offset: '2x': Invalid argument\n",
      1,
    ],
    [
      "cd /tmp; printf 'hello world\\n\\0\\1\\2\\377abc' > f; hexdump -n -1 f",
      "hexdump: failed to parse length: '-1': Invalid argument\n",
      1,
    ],
    [
      "cd /tmp; printf 'hello world\\n\\0\\1\\2\\377abc' > f; hexdump -C nope f",
      'hexdump: nope: No such file or directory\n00000000  68 65 6c 6c 6f 20 77 6f  72 6c 64 0a 00 01 02 ff  |hello world.....|\n00000010  61 62 63                                          |abc|\n00000013\n',
      1,
    ],
    [
      "cd /tmp; printf 'hello world\\n\\0\\1\\2\\377abc' > f; hexdump -C f nope",
      '00000000  68 65 6c 6c 6f 20 77 6f  72 6c 64 0a 00 01 02 ff  |hello world.....|\nhexdump: nope: No such file or directory\n00000010  61 62 63                                          |abc|\n00000013\n',
      1,
    ],
    ['hexdump /etc', 'hexdump: /etc: Is a directory\n', 0],
    [
      'hexdump -n',
      "hexdump: option requires an argument -- 'n'\nTry 'hexdump --help' for more information.\n",
      1,
    ],
    [
      'hexdump nope1 nope2',
      'hexdump: nope1: No such file or directory\nhexdump: nope2: No such file or directory\nhexdump: all input file arguments failed\n',
      1,
    ],
    ['printf abcdef | hexdump -s 2 -C', 'hexdump: stdin: Illegal seek\n', 1],
    [
      "cd /tmp; printf 'hello world\\n\\0\\1\\2\\377abc' > f; hexdump - < f",
      'hexdump: -: No such file or directory\nhexdump: all input file arguments failed\n',
      1,
    ],
    [
      "cd /tmp; printf 'hello world\\n\\0\\1\\2\\377abc' > f; hexdump --bogus f",
      "hexdump: unrecognized option '--bogus'\nTry 'hexdump --help' for more information.\n",
      1,
    ],
    [
      "cd /tmp; printf 'hello world\\n\\0\\1\\2\\377abc' > f; hexdump --s 2 f",
      '0000002 6c6c 206f 6f77 6c72 0a64 0100 ff02 6261\n0000012 0063                                   \n0000013\n',
      0,
    ],
  ] as [string, string, number][])('%s', (script, out, status) => {
    expect(sh(script)).toEqual({ out, status });
  });
});

// od: output types, addresses, widths, repeats, limits and its diagnostics.
// Expected outputs are what the real programs print on the reference machine (LC_ALL=C, a terminal).

import { describe, expect, it } from 'vitest';
import { sh } from '../../helpers';

describe('od', () => {
  it.each([
    [
      "cd /tmp; printf 'hello world\\n\\0\\1\\2\\377abc' > f; od f",
      '0000000 062550 066154 020157 067567 066162 005144 000400 177402\n0000020 061141 000143\n0000023\n',
      0,
    ],
    [
      "cd /tmp; printf 'hello world\\n\\0\\1\\2\\377abc' > f; od -c f",
      '0000000   h   e   l   l   o       w   o   r   l   d  \\n  \\0 001 002 377\n0000020   a   b   c\n0000023\n',
      0,
    ],
    [
      "cd /tmp; printf 'hello world\\n\\0\\1\\2\\377abc' > f; od -An -tx1 f",
      ' 68 65 6c 6c 6f 20 77 6f 72 6c 64 0a 00 01 02 ff\n 61 62 63\n',
      0,
    ],
    [
      "cd /tmp; printf 'hello world\\n\\0\\1\\2\\377abc' > f; od -t x1z f",
      '0000000 68 65 6c 6c 6f 20 77 6f 72 6c 64 0a 00 01 02 ff  >hello world.....<\n0000020 61 62 63                                         >abc<\n0000023\n',
      0,
    ],
    [
      "cd /tmp; printf 'hello world\\n\\0\\1\\2\\377abc' > f; od -tx1 -tc f",
      '0000000  68  65  6c  6c  6f  20  77  6f  72  6c  64  0a  00  01  02  ff\n          h   e   l   l   o       w   o   r   l   d  \\n  \\0 001 002 377\n0000020  61  62  63\n          a   b   c\n0000023\n',
      0,
    ],
    [
      "cd /tmp; printf 'hello world\\n\\0\\1\\2\\377abc' > f; od -x f",
      '0000000 6568 6c6c 206f 6f77 6c72 0a64 0100 ff02\n0000020 6261 0063\n0000023\n',
      0,
    ],
    [
      "cd /tmp; printf 'hello world\\n\\0\\1\\2\\377abc' > f; od -b -w8 f",
      '0000000 150 145 154 154 157 040 167 157\n0000010 162 154 144 012 000 001 002 377\n0000020 141 142 143\n0000023\n',
      0,
    ],
    [
      "cd /tmp; printf 'hello world\\n\\0\\1\\2\\377abc' > f; od -a f",
      '0000000   h   e   l   l   o  sp   w   o   r   l   d  nl nul soh stx del\n0000020   a   b   c\n0000023\n',
      0,
    ],
    [
      "cd /tmp; printf 'hello world\\n\\0\\1\\2\\377abc' > f; od -t d4 f",
      '0000000  1819043176  1870078063   174353522   -16645888\n0000020     6513249\n0000023\n',
      0,
    ],
    [
      "cd /tmp; printf 'hello world\\n\\0\\1\\2\\377abc' > f; od -t u1 -j 3 -N 5 f",
      '0000003 108 111  32 119 111\n0000010\n',
      0,
    ],
    [
      "cd /tmp; printf 'hello world\\n\\0\\1\\2\\377abc' > f; od -Ad -tx2 f",
      '0000000 6568 6c6c 206f 6f77 6c72 0a64 0100 ff02\n0000016 6261 0063\n0000019\n',
      0,
    ],
    ["cd /tmp; printf 'hello world\\n\\0\\1\\2\\377abc' > f; od -Ax -N2 f", '000000 062550\n000002\n', 0],
    [
      "cd /tmp; printf 'hello world\\n\\0\\1\\2\\377abc' > f; od -j 0x10 f",
      '0000020 061141 000143\n0000023\n',
      0,
    ],
    [
      "cd /tmp; printf 'hello world\\n\\0\\1\\2\\377abc' > f; od -N 1k f",
      '0000000 062550 066154 020157 067567 066162 005144 000400 177402\n0000020 061141 000143\n0000023\n',
      0,
    ],
    [
      "cd /tmp; printf 'hello world\\n\\0\\1\\2\\377abc' > f; od -w3 -tx1 f",
      '0000000 68 65 6c\n0000003 6c 6f 20\n0000006 77 6f 72\n0000011 6c 64 0a\n0000014 00 01 02\n0000017 ff 61 62\n0000022 63\n0000023\n',
      0,
    ],
    [
      "cd /tmp; printf 'hello world\\n\\0\\1\\2\\377abc' > f; od -w f",
      '0000000 062550 066154 020157 067567 066162 005144 000400 177402 061141 000143\n0000023\n',
      0,
    ],
    [
      "cd /tmp; printf 'hello world\\n\\0\\1\\2\\377abc' > f; od -t x f",
      '0000000 6c6c6568 6f77206f 0a646c72 ff020100\n0000020 00636261\n0000023\n',
      0,
    ],
    [
      "cd /tmp; printf 'hello world\\n\\0\\1\\2\\377abc' > f; od -t x8 f",
      '0000000 6f77206f6c6c6568 ff0201000a646c72\n0000020 0000000000636261\n0000023\n',
      0,
    ],
    [
      "cd /tmp; printf 'hello world\\n\\0\\1\\2\\377abc' > f; od -t d8 f",
      '0000000  8031924123371070824   -71493544398525326\n0000020              6513249\n0000023\n',
      0,
    ],
    [
      "cd /tmp; printf 'hello world\\n\\0\\1\\2\\377abc' > f; od -t o8 f",
      '0000000 0675671006755433062550 1774020020001231066162\n0000020 0000000000000030661141\n0000023\n',
      0,
    ],
    [
      "cd /tmp; printf 'hello world\\n\\0\\1\\2\\377abc' > f; od -t u8 f",
      '0000000  8031924123371070824 18375250529311026290\n0000020              6513249\n0000023\n',
      0,
    ],
    [
      "cd /tmp; printf 'hello world\\n\\0\\1\\2\\377abc' > f; od -t d2 f",
      '0000000  25960  27756   8303  28535  27762   2660    256   -254\n0000020  25185     99\n0000023\n',
      0,
    ],
    [
      "cd /tmp; printf 'hello world\\n\\0\\1\\2\\377abc' > f; od -t u2 f",
      '0000000 25960 27756  8303 28535 27762  2660   256 65282\n0000020 25185    99\n0000023\n',
      0,
    ],
    [
      "cd /tmp; printf 'hello world\\n\\0\\1\\2\\377abc' > f; od -t d1 f",
      '0000000  104  101  108  108  111   32  119  111  114  108  100   10    0    1    2   -1\n0000020   97   98   99\n0000023\n',
      0,
    ],
    [
      "cd /tmp; printf 'hello world\\n\\0\\1\\2\\377abc' > f; od -t o4 f",
      '0000000 15433062550 15735620157 01231066162 37700400400\n0000020 00030661141\n0000023\n',
      0,
    ],
    [
      "cd /tmp; printf 'hello world\\n\\0\\1\\2\\377abc' > f; od -t u4 f",
      '0000000 1819043176 1870078063  174353522 4278321408\n0000020    6513249\n0000023\n',
      0,
    ],
    [
      "cd /tmp; printf 'hello world\\n\\0\\1\\2\\377abc' > f; od -s f",
      '0000000  25960  27756   8303  28535  27762   2660    256   -254\n0000020  25185     99\n0000023\n',
      0,
    ],
    [
      "cd /tmp; printf 'hello world\\n\\0\\1\\2\\377abc' > f; od -l f",
      '0000000  8031924123371070824   -71493544398525326\n0000020              6513249\n0000023\n',
      0,
    ],
    [
      "cd /tmp; printf 'hello world\\n\\0\\1\\2\\377abc' > f; od -i f",
      '0000000  1819043176  1870078063   174353522   -16645888\n0000020     6513249\n0000023\n',
      0,
    ],
    [
      "cd /tmp; printf 'hello world\\n\\0\\1\\2\\377abc' > f; od -d f",
      '0000000 25960 27756  8303 28535 27762  2660   256 65282\n0000020 25185    99\n0000023\n',
      0,
    ],
    [
      "cd /tmp; printf 'hello world\\n\\0\\1\\2\\377abc' > f; od -tx1zc f",
      '0000000  68  65  6c  6c  6f  20  77  6f  72  6c  64  0a  00  01  02  ff  >hello world.....<\n          h   e   l   l   o       w   o   r   l   d  \\n  \\0 001 002 377\n0000020  61  62  63                                                      >abc<\n          a   b   c\n0000023\n',
      0,
    ],
    [
      "cd /tmp; printf 'hello world\\n\\0\\1\\2\\377abc' > f; od -t a -t f4 f",
      '0000000   h   e   l   l   o  sp   w   o   r   l   d  nl nul soh stx del\n          1.1431415e+27   7.6482007e+28   1.0998197e-32  -1.7280483e+38\n0000020   a   b   c\n           9.127006e-39\n0000023\n',
      0,
    ],
    [
      "cd /tmp; printf 'hello world\\n\\0\\1\\2\\377abc' > f; od -t f4 f",
      '0000000   1.1431415e+27   7.6482007e+28   1.0998197e-32  -1.7280483e+38\n0000020    9.127006e-39\n0000023\n',
      0,
    ],
    [
      "cd /tmp; printf 'hello world\\n\\0\\1\\2\\377abc' > f; od -t f8 f",
      '0000000   8.765776478827897e+228   -6.17322917554311e+303\n0000020           3.2179726e-317\n0000023\n',
      0,
    ],
    [
      "cd /tmp; printf 'hello world\\n\\0\\1\\2\\377abc' > f; od --endian=big -tx2 f",
      '0000000 6865 6c6c 6f20 776f 726c 640a 0001 02ff\n0000020 6162 6300\n0000023\n',
      0,
    ],
    [
      "cd /tmp; printf 'hello world\\n\\0\\1\\2\\377abc' > f; od f +3",
      '0000003 067554 073440 071157 062154 000012 001001 060777 061542\n0000023\n',
      0,
    ],
    [
      "cd /tmp; printf 'hello world\\n\\0\\1\\2\\377abc' > f; od f 10",
      '0000010 066162 005144 000400 177402 061141 000143\n0000023\n',
      0,
    ],
    [
      "cd /tmp; printf 'hello world\\n\\0\\1\\2\\377abc' > f; od -c f f",
      '0000000   h   e   l   l   o       w   o   r   l   d  \\n  \\0 001 002 377\n0000020   a   b   c   h   e   l   l   o       w   o   r   l   d  \\n  \\0\n0000040 001 002 377   a   b   c\n0000046\n',
      0,
    ],
    [
      "cd /tmp; printf 'hello world\\n\\0\\1\\2\\377abc' > f; od -c f nope f",
      '0000000   h   e   l   l   o       w   o   r   l   d  \\n  \\0 001 002 377\nod: nope: No such file or directory\n0000020   a   b   c   h   e   l   l   o       w   o   r   l   d  \\n  \\0\n0000040 001 002 377   a   b   c\n0000046\n',
      1,
    ],
    [
      "cd /tmp; printf 'hello world\\n\\0\\1\\2\\377abc' > f; od -j 2 -N 2 -c f",
      '0000002   l   l\n0000004\n',
      0,
    ],
    ["cd /tmp; printf 'hello world\\n\\0\\1\\2\\377abc' > f; od --read=2 f", '0000000 062550\n0000002\n', 0],
    [
      "cd /tmp; printf 'hello world\\n\\0\\1\\2\\377abc' > f; od -t c -t x1 f",
      '0000000   h   e   l   l   o       w   o   r   l   d  \\n  \\0 001 002 377\n         68  65  6c  6c  6f  20  77  6f  72  6c  64  0a  00  01  02  ff\n0000020   a   b   c\n         61  62  63\n0000023\n',
      0,
    ],
    [
      "cd /tmp; printf 'hello world\\n\\0\\1\\2\\377abc' > f; od -w0 f",
      'od: warning: invalid width 0; using 2 instead\n0000000 062550\n0000002 066154\n0000004 020157\n0000006 067567\n0000010 066162\n0000012 005144\n0000014 000400\n0000016 177402\n0000020 061141\n0000022 000143\n0000023\n',
      0,
    ],
    [
      "cd /tmp; printf 'hello world\\n\\0\\1\\2\\377abc' > f; od -w5 f",
      'od: warning: invalid width 5; using 2 instead\n0000000 062550\n0000002 066154\n0000004 020157\n0000006 067567\n0000010 066162\n0000012 005144\n0000014 000400\n0000016 177402\n0000020 061141\n0000022 000143\n0000023\n',
      0,
    ],
    [
      "cd /tmp; printf '\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0xyz' > z; od z",
      '0000000 000000 000000 000000 000000 000000 000000 000000 000000\n*\n0000060 074570 000172\n0000063\n',
      0,
    ],
    [
      "cd /tmp; printf '\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0xyz' > z; od -v -tx1 z",
      '0000000 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00\n0000020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00\n0000040 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00\n0000060 78 79 7a\n0000063\n',
      0,
    ],
    [
      "cd /tmp; printf '\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0xyz' > z; od -c -w8 z",
      '0000000  \\0  \\0  \\0  \\0  \\0  \\0  \\0  \\0\n*\n0000060   x   y   z\n0000063\n',
      0,
    ],
    [
      "cd /tmp; printf '\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0xyz' > z; od -An -c z",
      '  \\0  \\0  \\0  \\0  \\0  \\0  \\0  \\0  \\0  \\0  \\0  \\0  \\0  \\0  \\0  \\0\n*\n   x   y   z\n',
      0,
    ],
    [
      "cd /tmp; printf 'ab\\0cdef\\0gh\\n\\0' > s; od -S 3 s; od -S 2 -An s; od -Ax -S 4 s",
      '0000003 cdef\nab\ncdef\n000003 cdef\n',
      0,
    ],
    [
      "printf '' | od; printf 'a' | od -c; printf 'abcdef' | od -j 2 -c -",
      '0000000\n0000000   a\n0000001\n0000002   c   d   e   f\n0000006\n',
      0,
    ],
    [
      "printf '\\0\\0\\0\\200\\0\\0\\200\\177\\0\\0\\300\\177' | od -tf4",
      '0000000              -0             inf             nan\n0000014\n',
      0,
    ],
    ['od -z', "od: invalid option -- 'z'\nTry 'od --help' for more information.\n", 1],
    ['od nope', 'od: nope: No such file or directory\n', 1],
    [
      'cd /tmp; printf abc > f; od nope f',
      'od: nope: No such file or directory\n0000000 061141 000143\n0000003\n',
      1,
    ],
    ['od /etc', 'od: /etc: Is a directory\n0000000\n', 1],
    [
      "cd /tmp; printf 'hello world\\n\\0\\1\\2\\377abc' > f; od -t q f",
      "od: invalid character 'q' in type string 'q'\n",
      1,
    ],
    [
      "cd /tmp; printf 'hello world\\n\\0\\1\\2\\377abc' > f; od -t x3 f",
      "od: invalid type string 'x3';\nthis system doesn't provide a 3-byte integral type\n",
      1,
    ],
    [
      "cd /tmp; printf 'hello world\\n\\0\\1\\2\\377abc' > f; od -t x16 f",
      "od: invalid type string 'x16';\nthis system doesn't provide a 16-byte integral type\n",
      1,
    ],
    [
      "cd /tmp; printf 'hello world\\n\\0\\1\\2\\377abc' > f; od -t d0 f",
      "od: invalid type string 'd0';\nthis system doesn't provide a 0-byte integral type\n",
      1,
    ],
    [
      "cd /tmp; printf 'hello world\\n\\0\\1\\2\\377abc' > f; od -t f2 f",
      "od: invalid type string 'f2';\nthis system doesn't provide a 2-byte floating point type\n",
      1,
    ],
    [
      "cd /tmp; printf 'hello world\\n\\0\\1\\2\\377abc' > f; od -t fH f",
      "od: invalid character 'H' in type string 'fH'\n",
      1,
    ],
    [
      "cd /tmp; printf 'hello world\\n\\0\\1\\2\\377abc' > f; od -A q f",
      "od: invalid output address radix 'q'; it must be one character from [doxn]\n",
      1,
    ],
    ["cd /tmp; printf 'hello world\\n\\0\\1\\2\\377abc' > f; od -N x f", "od: invalid -N argument 'x'\n", 1],
    [
      "cd /tmp; printf 'hello world\\n\\0\\1\\2\\377abc' > f; od -N 5x f",
      "od: invalid suffix in -N argument '5x'\n",
      1,
    ],
    [
      "cd /tmp; printf 'hello world\\n\\0\\1\\2\\377abc' > f; od -N -1 f",
      "od: invalid -N argument '-1'\n",
      1,
    ],
    [
      "cd /tmp; printf 'hello world\\n\\0\\1\\2\\377abc' > f; od --read-bytes=x f",
      "od: invalid --read-bytes argument 'x'\n",
      1,
    ],
    [
      "cd /tmp; printf 'hello world\\n\\0\\1\\2\\377abc' > f; od -j 100 f",
      'od: cannot skip past end of combined input\n',
      1,
    ],
    ["cd /tmp; printf 'hello world\\n\\0\\1\\2\\377abc' > f; od -wx f", "od: invalid -w argument 'x'\n", 1],
    [
      "cd /tmp; printf 'hello world\\n\\0\\1\\2\\377abc' > f; od -t",
      "od: option requires an argument -- 't'\nTry 'od --help' for more information.\n",
      1,
    ],
    [
      "cd /tmp; printf 'hello world\\n\\0\\1\\2\\377abc' > f; od --s f",
      "od: option '--s' is ambiguous; possibilities: '--skip-bytes' '--strings'\nTry 'od --help' for more information.\n",
      1,
    ],
    [
      "cd /tmp; printf 'hello world\\n\\0\\1\\2\\377abc' > f; od --endian=foo f",
      "od: invalid argument 'foo' for '--endian'\nValid arguments are:\n  - 'little'\n  - 'big'\nTry 'od --help' for more information.\n",
      1,
    ],
    [
      "cd /tmp; printf 'hello world\\n\\0\\1\\2\\377abc' > f; od -S 3 -c f",
      'od: no type may be specified when dumping strings\n',
      1,
    ],
    [
      "cd /tmp; printf 'hello world\\n\\0\\1\\2\\377abc' > f; od --bogus f",
      "od: unrecognized option '--bogus'\nTry 'od --help' for more information.\n",
      1,
    ],
    [
      "cd /tmp; printf 'hello world\\n\\0\\1\\2\\377abc' > f; od -v=1 f",
      "od: invalid option -- '='\nTry 'od --help' for more information.\n",
      1,
    ],
    [
      "cd /tmp; printf 'hello world\\n\\0\\1\\2\\377abc' > f; od --output-duplicates=1 f",
      "od: option '--output-duplicates' doesn't allow an argument\nTry 'od --help' for more information.\n",
      1,
    ],
  ] as [string, string, number][])('%s', (script, out, status) => {
    expect(sh(script)).toEqual({ out, status });
  });
});

// dd: operands, block counts, conversions, skipping and seeking, and its diagnostics.
// Expected outputs are what the real programs print on the reference machine (LC_ALL=C, a terminal);
// the time and rate of the transfer line depend on the clock, so only their form is checked (`T`).

import { describe, expect, it } from 'vitest';
import { sh } from '../../helpers';
import { transferLine } from '../../../../worker/user/coreutils/bytes/human';

const TIMING = /copied, ([^\n]*)/g;
const FORM = /^[0-9.e+-]+ s, (?:[0-9.]+ [kMGT]?B|Infinity B)\/s$/;

/** The run with each transfer line's time and rate checked for form and replaced by `T`. */
function run(script: string): { out: string; status: number } {
  const r = sh(script);
  const out = r.out.replace(TIMING, (_, timing: string) => {
    expect(timing).toMatch(FORM);
    return 'copied, T';
  });
  return { out, status: r.status };
}

describe('dd', () => {
  it.each([
    [
      "cd /tmp; printf 'hello world\\nsecond line\\n' > f; dd if=f of=o; cat o",
      '0+1 records in\n0+1 records out\n24 bytes copied, T\nhello world\nsecond line\n',
      0,
    ],
    [
      "cd /tmp; printf 'hello world\\nsecond line\\n' > f; dd if=f of=o bs=4",
      '6+0 records in\n6+0 records out\n24 bytes copied, T\n',
      0,
    ],
    [
      "cd /tmp; printf 'hello world\\nsecond line\\n' > f; dd if=f of=o bs=4 count=2; cat o",
      '2+0 records in\n2+0 records out\n8 bytes copied, T\nhello wo',
      0,
    ],
    [
      "cd /tmp; printf 'hello world\\nsecond line\\n' > f; dd if=f of=o bs=4 skip=1 count=2 status=none; cat o",
      'o world\n',
      0,
    ],
    [
      "cd /tmp; printf 'hello world\\nsecond line\\n' > f; dd if=f of=o status=noxfer",
      '0+1 records in\n0+1 records out\n',
      0,
    ],
    ["cd /tmp; printf 'hello world\\nsecond line\\n' > f; dd if=f bs=5 count=1 status=none", 'hello', 0],
    [
      "cd /tmp; printf 'hello world\\nsecond line\\n' > f; dd if=f skip=100 of=o",
      'dd: f: cannot skip to specified offset\n0+0 records in\n0+0 records out\n0 bytes copied, T\n',
      0,
    ],
    [
      "cd /tmp; printf 'hello world\\nsecond line\\n' > f; dd if=f of=o bs=1M",
      '0+1 records in\n0+1 records out\n24 bytes copied, T\n',
      0,
    ],
    [
      "cd /tmp; printf 'hello world\\nsecond line\\n' > f; dd if=f of=o ibs=3 obs=5",
      '8+0 records in\n4+1 records out\n24 bytes copied, T\n',
      0,
    ],
    [
      "cd /tmp; printf 'hello world\\nsecond line\\n' > f; dd if=f of=o bs=2k count=1",
      '0+1 records in\n0+1 records out\n24 bytes copied, T\n',
      0,
    ],
    ["cd /tmp; printf 'hello world\\nsecond line\\n' > f; dd if=f bs=2x3 count=1 status=none", 'hello ', 0],
    [
      "cd /tmp; printf 'hello world\\nsecond line\\n' > f; dd if=f count=0",
      '0+0 records in\n0+0 records out\n0 bytes copied, T\n',
      0,
    ],
    [
      "cd /tmp; printf 'hello world\\nsecond line\\n' > f; dd if=f status=progress of=o",
      '0+1 records in\n0+1 records out\n24 bytes copied, T\n',
      0,
    ],
    ["cd /tmp; printf 'hello world\\nsecond line\\n' > f; dd if=f iseek=3 bs=1 count=2 status=none", 'lo', 0],
    [
      "cd /tmp; printf 'hello world\\nsecond line\\n' > f; printf x > o; dd if=f of=o oflag=append status=none; cat o",
      'dd: you probably want conv=notrunc with oflag=append\nhello world\nsecond line\n',
      0,
    ],
    [
      "cd /tmp; printf 'hello world\\nsecond line\\n' > f; printf x > o; dd if=f of=o oflag=append conv=notrunc status=none; cat o",
      'xhello world\nsecond line\n',
      0,
    ],
    [
      "cd /tmp; printf 'hello world\\nsecond line\\n' > f; dd if=f of=f conv=excl",
      "dd: failed to open 'f': File exists\n",
      1,
    ],
    [
      "cd /tmp; printf 'hello world\\nsecond line\\n' > f; dd if=f of=nonex conv=nocreat",
      "dd: failed to open 'nonex': No such file or directory\n",
      1,
    ],
    [
      "cd /tmp; printf 'hello world\\nsecond line\\n' > f; dd if=f conv=ucase status=none",
      'HELLO WORLD\nSECOND LINE\n',
      0,
    ],
    [
      "cd /tmp; printf 'hello world\\nsecond line\\n' > f; dd if=f conv=lcase,ucase",
      'dd: cannot combine lcase and ucase\n',
      1,
    ],
    [
      "cd /tmp; printf 'hello world\\nsecond line\\n' > f; dd if=f conv=swab status=none",
      'ehll oowlr\ndesocdnl ni\ne',
      0,
    ],
    [
      "cd /tmp; printf 'hello world\\nsecond line\\n' > f; dd if=f bs=8 conv=sync status=none | od -c",
      '0000000   h   e   l   l   o       w   o   r   l   d  \\n   s   e   c   o\n0000020   n   d       l   i   n   e  \\n\n0000030\n',
      0,
    ],
    [
      "cd /tmp; printf 'hello world\\nsecond line\\n' > f; dd if=f iflag=bogus",
      "dd: invalid input flag: 'bogus'\nTry 'dd --help' for more information.\n",
      1,
    ],
    [
      "cd /tmp; printf 'hello world\\nsecond line\\n' > f; dd if=f oflag=fullblock",
      "dd: invalid output flag: 'fullblock'\nTry 'dd --help' for more information.\n",
      1,
    ],
    [
      "cd /tmp; printf 'hello world\\nsecond line\\n' > f; dd if=f bs=0x3 count=1",
      "dd: warning: '0x' is a zero multiplier; use '00x' if that is intended\ndd: invalid number: '0x3'\n",
      1,
    ],
    [
      "cd /tmp; printf 'hello world\\nsecond line\\n' > f; dd if=f bs=1 count=3 skip=1 iflag=skip_bytes,count_bytes status=none",
      'ell',
      0,
    ],
    [
      "cd /tmp; printf 'hello world\\nsecond line\\n' > f; dd if=f skip=1 bs=5 count=1",
      ' worl1+0 records in\n1+0 records out\n5 bytes copied, T\n',
      0,
    ],
    [
      "cd /tmp; printf 'hello world\\nsecond line\\n' > f; dd if=f cbs=4 conv=unblock status=none | od -c",
      '0000000   h   e   l   l  \\n   o       w   o  \\n   r   l   d  \\n  \\n   s\n0000020   e   c   o  \\n   n   d       l  \\n   i   n   e  \\n  \\n\n0000036\n',
      0,
    ],
    [
      "cd /tmp; printf 'hello world\\nsecond line\\n' > f; dd if=f of=/nodir/x",
      "dd: failed to open '/nodir/x': No such file or directory\n",
      1,
    ],
    [
      "cd /tmp; printf 'hello world\\nsecond line\\n' > f; dd if=f of=o status=none oseek=2; od -c o",
      '0000000  \\0  \\0  \\0  \\0  \\0  \\0  \\0  \\0  \\0  \\0  \\0  \\0  \\0  \\0  \\0  \\0\n*\n0002000   h   e   l   l   o       w   o   r   l   d  \\n   s   e   c   o\n0002020   n   d       l   i   n   e  \\n\n0002030\n',
      0,
    ],
    [
      "cd /tmp; printf 'hello world\\nsecond line\\n' > f; dd if=f status=none,noxfer",
      'hello world\nsecond line\n0+1 records in\n0+1 records out\n',
      0,
    ],
    [
      "cd /tmp; printf 'hello world\\nsecond line\\n' > f; dd if=f status=bogus,none",
      "dd: invalid status level: 'bogus'\nTry 'dd --help' for more information.\n",
      1,
    ],
    [
      "cd /tmp; printf 'hello world\\nsecond line\\n' > f; dd if=f conv=bogus",
      "dd: invalid conversion: 'bogus'\nTry 'dd --help' for more information.\n",
      1,
    ],
    ["cd /tmp; printf 'hello world\\nsecond line\\n' > f; dd if=f bs=x", "dd: invalid number: 'x'\n", 1],
    ["cd /tmp; printf 'hello world\\nsecond line\\n' > f; dd if=f bs=0", "dd: invalid number: '0'\n", 1],
    ["cd /tmp; printf 'hello world\\nsecond line\\n' > f; dd if=f count=x", "dd: invalid number: 'x'\n", 1],
    [
      "cd /tmp; printf 'hello world\\nsecond line\\n' > f; dd foo=1",
      "dd: unrecognized operand 'foo=1'\nTry 'dd --help' for more information.\n",
      1,
    ],
    [
      "cd /tmp; printf 'hello world\\nsecond line\\n' > f; dd if=f -z",
      "dd: invalid option -- 'z'\nTry 'dd --help' for more information.\n",
      1,
    ],
    [
      "cd /tmp; printf 'hello world\\nsecond line\\n' > f; dd if=f --bogus",
      "dd: unrecognized option '--bogus'\nTry 'dd --help' for more information.\n",
      1,
    ],
    [
      "cd /tmp; printf 'hello world\\nsecond line\\n' > f; dd if=f of=o count=1 ibs=3 obs=2",
      '1+0 records in\n1+1 records out\n3 bytes copied, T\n',
      0,
    ],
    [
      "cd /tmp; printf 'hello world\\nsecond line\\n' > f; dd if=f bs=1K count=1 status=noxfer",
      'hello world\nsecond line\n0+1 records in\n0+1 records out\n',
      0,
    ],
    [
      "cd /tmp; printf 'hello world\\nsecond line\\n' > f; dd if=f bs=1KB count=1 status=noxfer",
      'hello world\nsecond line\n0+1 records in\n0+1 records out\n',
      0,
    ],
    [
      "cd /tmp; printf 'hello world\\nsecond line\\n' > f; dd if=f bs=1kB count=1 status=none",
      'hello world\nsecond line\n',
      0,
    ],
    [
      "cd /tmp; printf 'hello world\\nsecond line\\n' > f; dd if=f conv=ucase,swab bs=4 count=2 status=noxfer",
      'EHLL OOW2+0 records in\n2+0 records out\n',
      0,
    ],
    [
      "cd /tmp; printf 'hello world\\nsecond line\\n' > f; dd if=f iflag=fullblock bs=4 count=1 status=none",
      'hell',
      0,
    ],
    [
      "cd /tmp; printf 'hello world\\nsecond line\\n' > f; dd if=f conv=lcase status=none < f",
      'hello world\nsecond line\n',
      0,
    ],
    [
      "cd /tmp; printf 'hello world\\nsecond line\\n' > f; dd < f status=none",
      'hello world\nsecond line\n',
      0,
    ],
    [
      "cd /tmp; printf 'hello world\\nsecond line\\n' > f; dd if=f of=o seek=1 bs=3 status=none; cat o",
      '\u0000\u0000\u0000hello world\nsecond line\n',
      0,
    ],
    [
      "cd /tmp; printf 'hello world\\nsecond line\\n' > f; dd if=f oflag=seek_bytes of=o seek=5 status=none; cat o",
      '\u0000\u0000\u0000\u0000\u0000hello world\nsecond line\n',
      0,
    ],
    [
      "cd /tmp; printf 'hello world\\nsecond line\\n' > f; dd if=f iflag=seek_bytes",
      'hello world\nsecond line\n0+1 records in\n0+1 records out\n24 bytes copied, T\n',
      0,
    ],
    [
      "cd /tmp; printf 'hello world\\nsecond line\\n' > f; dd if=f oflag=count_bytes",
      'hello world\nsecond line\n0+1 records in\n0+1 records out\n24 bytes copied, T\n',
      0,
    ],
    [
      "cd /tmp; printf 'hello world\\nsecond line\\n' > f; dd if=f conv=excl,nocreat",
      'dd: cannot combine excl and nocreat\n',
      1,
    ],
    [
      "cd /tmp; printf 'hello world\\nsecond line\\n' > f; dd if=f conv=ascii,ebcdic",
      'dd: cannot combine any two of {ascii,ebcdic,ibm}\n',
      1,
    ],
    [
      "cd /tmp; printf 'hello world\\nsecond line\\n' > f; dd if=f conv=block,unblock cbs=1",
      'dd: cannot combine block and unblock\n',
      1,
    ],
    [
      "cd /tmp; printf 'hello world\\nsecond line\\n' > f; dd if=f iflag=directory",
      "dd: failed to open 'f': Not a directory\n",
      1,
    ],
    [
      "cd /tmp; printf 'hello world\\nsecond line\\n' > f; dd if=f of=o obs=3 status=noxfer; cat o",
      '0+1 records in\n8+0 records out\nhello world\nsecond line\n',
      0,
    ],
    [
      'cd /tmp; printf hello > o; printf AB | dd of=o seek=1 bs=1 status=none; od -c o',
      '0000000   h   A   B\n0000003\n',
      0,
    ],
    [
      'cd /tmp; printf hello > o; printf AB | dd of=o seek=1 bs=1 conv=notrunc status=none; od -c o',
      '0000000   h   A   B   l   o\n0000005\n',
      0,
    ],
    [
      "cd /tmp; printf hello > o; printf '' | dd of=o seek=9 bs=1 status=none; od -c o",
      '0000000   h   e   l   l   o  \\0  \\0  \\0  \\0\n0000011\n',
      0,
    ],
    ['printf abcdef | dd skip=2 bs=1 status=noxfer', 'cdef4+0 records in\n4+0 records out\n', 0],
    ['printf abcdef | dd skip=2 bs=1', 'cdef4+0 records in\n4+0 records out\n4 bytes copied, T\n', 0],
    [
      'dd if=/etc',
      "dd: error reading '/etc': Is a directory\n0+0 records in\n0+0 records out\n0 bytes copied, T\n",
      1,
    ],
    ['dd if=/etc status=none', "dd: error reading '/etc': Is a directory\n", 1],
    [
      "cd /tmp; printf 'ab\\ncdefgh\\n' > b; dd if=b cbs=4 conv=block status=noxfer | od -c",
      '0+1 records in\n0+1 records out\n1 truncated record\n0000000   a   b           c   d   e   f\n0000010\n',
      0,
    ],
    [
      'printf abc | dd bs=2 skip=5 status=noxfer',
      "dd: 'standard input': cannot skip to specified offset\n0+0 records in\n0+0 records out\n",
      0,
    ],
    ['printf abcdefgh | dd bs=3 count=2 status=noxfer', 'abcdef2+0 records in\n2+0 records out\n', 0],
    ["printf 'abc' | dd obs=2 status=noxfer", 'abc0+1 records in\n1+1 records out\n', 0],
    ["printf '' | dd", '0+0 records in\n0+0 records out\n0 bytes copied, T\n', 0],
  ] as [string, string, number][])('%s', (script, out, status) => {
    expect(run(script)).toEqual({ out, status });
  });
});

describe('dd transfer line', () => {
  // Lines the real dd printed, with the nanoseconds its %g time shows.
  it.each([
    [19, 34772, '19 bytes copied, 3.4772e-05 s, 546 kB/s'],
    [19, 109093, '19 bytes copied, 0.000109093 s, 174 kB/s'],
    [8, 61321, '8 bytes copied, 6.1321e-05 s, 130 kB/s'],
    [0, 37636, '0 bytes copied, 3.7636e-05 s, 0.0 kB/s'],
    [1, 28272, '1 byte copied, 2.8272e-05 s, 35.4 kB/s'],
    [999, 29765, '999 bytes copied, 2.9765e-05 s, 33.6 MB/s'],
    [1000, 50575, '1000 bytes (1.0 kB) copied, 5.0575e-05 s, 19.8 MB/s'],
    [1023, 26530, '1023 bytes (1.0 kB) copied, 2.653e-05 s, 38.6 MB/s'],
    [1024, 29053, '1024 bytes (1.0 kB, 1.0 KiB) copied, 2.9053e-05 s, 35.2 MB/s'],
    [1500, 29373, '1500 bytes (1.5 kB, 1.5 KiB) copied, 2.9373e-05 s, 51.1 MB/s'],
    [10000, 39159, '10000 bytes (10 kB, 9.8 KiB) copied, 3.9159e-05 s, 255 MB/s'],
    [1048576, 2116640, '1048576 bytes (1.0 MB, 1.0 MiB) copied, 0.00211664 s, 495 MB/s'],
    [5000000, 10077900, '5000000 bytes (5.0 MB, 4.8 MiB) copied, 0.0100779 s, 496 MB/s'],
  ])('%i bytes in %i ns', (bytes, ns, line) => {
    expect(transferLine(bytes, ns)).toBe(line + '\n');
  });

  it('says Infinity when no time passed, as dd does', () => {
    expect(transferLine(5, 0)).toBe('5 bytes copied, 0 s, Infinity B/s\n');
  });
});

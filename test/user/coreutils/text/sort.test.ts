// Generated from the real programs (bash 5.2, GNU coreutils 9.1, LC_ALL=C): each script ran in
// an empty directory; the model runs it in /tmp.

import { describe, expect, it } from 'vitest';
import { run } from './run';

const S = "printf 'b\\nA\\na\\nB\\n10\\n9\\n\\n-1\\n b\\n' > s; ";
const N = "printf '10\\n9\\n-2\\n1.5\\n+3\\n0x10\\n-0\\n0\\n1e3\\nabc\\n 7\\n.5\\n-.5\\n1,000\\n' > n; ";
const K = "printf 'bob 30 x\\nalice 25 y\\ncarol 30 a\\ndave 5 z\\neve 25 b\\n' > k; ";
const P = "printf 'root:x:0:0\\nbin:x:1:1\\nuser:x:1000:1000\\nnobody:x:65534:65534\\ndaemon:x:2:2\\n' > p; ";
const H = "printf '1K\\n2M\\n512\\n1G\\n3k\\n-1M\\n0K\\n1.5K\\n' > h; ";

describe('sort basics', () => {
  it.each([
    [S + 'sort s', '\n b\n-1\n10\n9\nA\nB\na\nb\n', 0],
    [S + 'sort -r s', 'b\na\nB\nA\n9\n10\n-1\n b\n\n', 0],
    [S + 'sort -f s', '\n b\n-1\n10\n9\nA\na\nB\nb\n', 0],
    [S + 'sort -fs s', '\n b\n-1\n10\n9\nA\na\nb\nB\n', 0],
    [S + 'sort -u s', '\n b\n-1\n10\n9\nA\nB\na\nb\n', 0],
    [S + 'sort -fu s', '\n b\n-1\n10\n9\nA\nb\n', 0],
    [S + 'sort -b s', '\n-1\n10\n9\nA\nB\na\n b\nb\n', 0],
    [S + 'sort -d s', '\n b\n-1\n10\n9\nA\nB\na\nb\n', 0],
    [S + 'sort s s', '\n\n b\n b\n-1\n-1\n10\n10\n9\n9\nA\nA\nB\nB\na\na\nb\nb\n', 0],
    [S + 'sort -m s s', 'b\nA\na\nB\n10\n9\n\n-1\n b\nb\nA\na\nB\n10\n9\n\n-1\n b\n', 0],
    [S + 'sort -o out s; cat out', '\n b\n-1\n10\n9\nA\nB\na\nb\n', 0],
    [S + 'sort -o s s; cat s', '\n b\n-1\n10\n9\nA\nB\na\nb\n', 0],
    [S + 'cat s | sort - s', '\n\n b\n b\n-1\n-1\n10\n10\n9\n9\nA\nA\nB\nB\na\na\nb\nb\n', 0],
    [S + "sort -z s | tr '\\0' '|'", 'b\nA\na\nB\n10\n9\n\n-1\n b\n|', 0],
    ["printf 'b\\na' | sort", 'a\nb\n', 0],
    ["printf 'c\\nb\\n' > x; printf 'a' > y; sort x y", 'a\nb\nc\n', 0],
    ["printf 'a\\n\\tb\\n b\\n' | sort", '\tb\n b\na\n', 0],
    ["printf 'é\\nz\\ne\\n' | sort", 'e\nz\né\n', 0],
  ])('%s', (script, out, status) => {
    expect(run(script)).toEqual({ out, status });
  });
});

describe('sort numeric', () => {
  it.each([
    [N + 'sort -n n', '-2\n-.5\n+3\n-0\n0\n0x10\nabc\n.5\n1,000\n1e3\n1.5\n 7\n9\n10\n', 0],
    [N + 'sort -nr n', '10\n9\n 7\n1.5\n1e3\n1,000\n.5\nabc\n0x10\n0\n-0\n+3\n-.5\n-2\n', 0],
    [N + 'sort -nu n', '-2\n-.5\n+3\n.5\n1e3\n1.5\n 7\n9\n10\n', 0],
    [N + 'sort -g n', 'abc\n-2\n-.5\n-0\n0\n.5\n1,000\n1.5\n+3\n 7\n9\n10\n0x10\n1e3\n', 0],
    [N + 'sort -gr n', '1e3\n0x10\n10\n9\n 7\n+3\n1.5\n1,000\n.5\n0\n-0\n-.5\n-2\nabc\n', 0],
    [N + 'sort -h n', '-2\n-.5\n+3\n-0\n0\n0x10\nabc\n.5\n1,000\n1e3\n1.5\n 7\n9\n10\n', 0],
    [H + 'sort -h h', '-1M\n0K\n512\n1K\n1.5K\n3k\n2M\n1G\n', 0],
    [H + 'sort -hr h', '1G\n2M\n3k\n1.5K\n1K\n512\n0K\n-1M\n', 0],
    ["printf '1\\n01\\n1.0\\n001\\n' | sort -n", '001\n01\n1\n1.0\n', 0],
    ["printf '1\\n01\\n1.0\\n001\\n' | sort -ns", '1\n01\n1.0\n001\n', 0],
    ["printf '1\\n01\\n1.0\\n001\\n' | sort -nu", '1\n', 0],
    ["printf 'nan\\n1\\n-inf\\ninf\\nx\\n-nan\\n' | sort -g", 'x\nnan\n-nan\n-inf\n1\ninf\n', 0],
    ["printf '3.10\\n3.9\\n3.09\\n-3.1\\n-3.09\\n' | sort -n", '-3.1\n-3.09\n3.09\n3.10\n3.9\n', 0],
    ["printf '0.10\\n.1\\n0.1\\n00.1\\n' | sort -n", '.1\n0.1\n0.10\n00.1\n', 0],
    ["printf -- '-0\\n0\\n-0.0\\n+0\\n' | sort -n", '+0\n-0\n-0.0\n0\n', 0],
    ["printf -- '-1\\n-10\\n-2\\n-1.5\\n' | sort -n", '-10\n-2\n-1.5\n-1\n', 0],
    ["printf 'JAN\\nfeb\\n Mar\\nxyz\\ndec\\n' | sort -M", 'xyz\nJAN\nfeb\n Mar\ndec\n', 0],
    [
      "printf 'a-1.10\\na-1.2\\na-1.9\\na-1.10~rc1\\n.x\\n..\\n.\\n' | sort -V",
      '.\n..\n.x\na-1.2\na-1.9\na-1.10~rc1\na-1.10\n',
      0,
    ],
    ["printf 'v1.0.tar.gz\\nv1.0a\\nv1.0\\nv1.0~\\n' | sort -V", 'v1.0~\nv1.0\nv1.0.tar.gz\nv1.0a\n', 0],
  ])('%s', (script, out, status) => {
    expect(run(script)).toEqual({ out, status });
  });
});

describe('sort keys', () => {
  it.each([
    [K + 'sort -k2 k', 'eve 25 b\nalice 25 y\ncarol 30 a\nbob 30 x\ndave 5 z\n', 0],
    [K + 'sort -k2n k', 'dave 5 z\nalice 25 y\neve 25 b\nbob 30 x\ncarol 30 a\n', 0],
    [K + 'sort -k2,2n k', 'dave 5 z\nalice 25 y\neve 25 b\nbob 30 x\ncarol 30 a\n', 0],
    [K + 'sort -k2,2n -k1,1 k', 'dave 5 z\nalice 25 y\neve 25 b\nbob 30 x\ncarol 30 a\n', 0],
    [K + 'sort -k2,2nr -k1,1 k', 'bob 30 x\ncarol 30 a\nalice 25 y\neve 25 b\ndave 5 z\n', 0],
    [K + 'sort -k2,2n -k3r k', 'dave 5 z\nalice 25 y\neve 25 b\nbob 30 x\ncarol 30 a\n', 0],
    [K + 'sort -k2,2 -s k', 'alice 25 y\neve 25 b\nbob 30 x\ncarol 30 a\ndave 5 z\n', 0],
    [K + 'sort -k1.2 k', 'carol 30 a\ndave 5 z\nalice 25 y\nbob 30 x\neve 25 b\n', 0],
    [K + 'sort -k1.2,1.3 k', 'carol 30 a\ndave 5 z\nalice 25 y\nbob 30 x\neve 25 b\n', 0],
    [K + 'sort -k 3 k', 'carol 30 a\neve 25 b\nbob 30 x\nalice 25 y\ndave 5 z\n', 0],
    [K + 'sort -k2,2 -u k', 'alice 25 y\nbob 30 x\ndave 5 z\n', 0],
    [K + "sort -t ' ' -k2,2n -k1r k", 'dave 5 z\neve 25 b\nalice 25 y\ncarol 30 a\nbob 30 x\n', 0],
    [K + 'sort -r -k2,2n k', 'dave 5 z\neve 25 b\nalice 25 y\ncarol 30 a\nbob 30 x\n', 0],
    [K + 'sort -n -k2,2 k', 'dave 5 z\nalice 25 y\neve 25 b\nbob 30 x\ncarol 30 a\n', 0],
    [
      P + 'sort -t: -k3n p',
      'root:x:0:0\nbin:x:1:1\ndaemon:x:2:2\nuser:x:1000:1000\nnobody:x:65534:65534\n',
      0,
    ],
    [
      P + 'sort -t: -k3,3nr p',
      'nobody:x:65534:65534\nuser:x:1000:1000\ndaemon:x:2:2\nbin:x:1:1\nroot:x:0:0\n',
      0,
    ],
    [
      P + 'sort -t: -k2 p',
      'root:x:0:0\nuser:x:1000:1000\nbin:x:1:1\ndaemon:x:2:2\nnobody:x:65534:65534\n',
      0,
    ],
    [
      P + 'sort -t: -k1.2,1.3 p',
      'daemon:x:2:2\nbin:x:1:1\nnobody:x:65534:65534\nroot:x:0:0\nuser:x:1000:1000\n',
      0,
    ],
    [
      P + 'sort -t : -k 4 -n p',
      'root:x:0:0\nbin:x:1:1\ndaemon:x:2:2\nuser:x:1000:1000\nnobody:x:65534:65534\n',
      0,
    ],
    [
      P + "sort -t '\\0' p",
      'bin:x:1:1\ndaemon:x:2:2\nnobody:x:65534:65534\nroot:x:0:0\nuser:x:1000:1000\n',
      0,
    ],
    ["printf 'a  2\\na 1\\n' | sort -k2", 'a  2\na 1\n', 0],
    ["printf 'a  2\\na 1\\n' | sort -k2b", 'a 1\na  2\n', 0],
    ["printf 'a  2\\na 1\\n' | sort -b -k2", 'a 1\na  2\n', 0],
    ["printf 'x\\ty z\\nx\\ta b\\n' | sort -t $'\\t' -k2", 'x\ta b\nx\ty z\n', 0],
    ["printf 'a b c\\na b a\\n' | sort -k 2,2 -k 3", 'a b a\na b c\n', 0],
    ["printf 'ab\\naa\\nb\\n' | sort -k1.2", 'b\naa\nab\n', 0],
    ["printf 'ab\\naa\\nb\\n' | sort -k1.2,1.2", 'b\naa\nab\n', 0],
    ["printf 'aXb\\naYa\\n' | sort -k1.3 -k1.1,1.1", 'aYa\naXb\n', 0],
  ])('%s', (script, out, status) => {
    expect(run(script)).toEqual({ out, status });
  });
});

describe('sort check', () => {
  it.each([
    [S + 'sort -c s', 'sort: s:2: disorder: A\n', 1],
    [S + 'sort -C s; echo $?', '1\n', 0],
    [S + 'sort -c s s2', "sort: extra operand 's2' not allowed with -c\n", 2],
    [S + 'sort -r s > r; sort -rc r; echo $?', '0\n', 0],
    ["printf 'a\\nb\\n' | sort -c; echo $?", '0\n', 0],
    ["printf 'a\\na\\n' | sort -cu", 'sort: -:2: disorder: a\n', 1],
    ["printf 'b\\na\\n' | sort -c", 'sort: -:2: disorder: a\n', 1],
    ["printf '2\\n10\\n' | sort -cn; echo $?", '0\n', 0],
  ])('%s', (script, out, status) => {
    expect(run(script)).toEqual({ out, status });
  });
});

describe('sort errors', () => {
  it.each([
    ['sort nope', 'sort: cannot read: nope: No such file or directory\n', 2],
    ['sort /etc', 'sort: read failed: /etc: Is a directory\n', 2],
    ['sort < /etc', 'sort: read failed: -: Is a directory\n', 2],
    ['sort -k0', "sort: field number is zero: invalid field specification '0'\n", 2],
    ['sort -k1.0', "sort: character offset is zero: invalid field specification '1.0'\n", 2],
    ['sort -k1,0', "sort: field number is zero: invalid field specification '1,0'\n", 2],
    ['sort -k x', "sort: invalid number at field start: invalid count at start of 'x'\n", 2],
    ['sort -k1x', "sort: stray character in field spec: invalid field specification '1x'\n", 2],
    ['sort -k 1,2y', "sort: stray character in field spec: invalid field specification '1,2y'\n", 2],
    ['sort -k "x\'"', "sort: invalid number at field start: invalid count at start of 'x\\''\n", 2],
    ['sort -k1.x', "sort: invalid number after '.': invalid count at start of 'x'\n", 2],
    ['sort -k 1,x', "sort: invalid number after ',': invalid count at start of 'x'\n", 2],
    ['sort -k -1', "sort: invalid number at field start: invalid count at start of '-1'\n", 2],
    ['sort -t ab', "sort: multi-character tab 'ab'\n", 2],
    ["sort -t ''", 'sort: empty tab\n', 2],
    ['sort -t a -t b', 'sort: incompatible tabs\n', 2],
    ['sort -nM', "sort: options '-Mn' are incompatible\n", 2],
    ['sort -k1n,1g', "sort: options '-gn' are incompatible\n", 2],
    ['sort -nrb -gk2', "sort: options '-gn' are incompatible\n", 2],
    ['sort -o a -o b', 'sort: multiple output files specified\n', 2],
    ['sort -c a b', "sort: extra operand 'b' not allowed with -c\n", 2],
    ['sort -c "a b" c', "sort: extra operand 'c' not allowed with -c\n", 2],
    ['sort -cC', "sort: options '-cC' are incompatible\n", 2],
    ['sort -co x', "sort: options '-co' are incompatible\n", 2],
    ['sort -c nope', 'sort: open failed: nope: No such file or directory\n', 2],
    ['sort -x', "sort: invalid option -- 'x'\nTry 'sort --help' for more information.\n", 2],
    ['sort --foo', "sort: unrecognized option '--foo'\nTry 'sort --help' for more information.\n", 2],
    ['sort -k', "sort: option requires an argument -- 'k'\nTry 'sort --help' for more information.\n", 2],
    ['sort -o /nope/x nope', 'sort: cannot read: nope: No such file or directory\n', 2],
    [S + 'sort -o /nope/x s', 'sort: open failed: /nope/x: No such file or directory\n', 2],
  ])('%s', (script, out, status) => {
    expect(run(script)).toEqual({ out, status });
  });
});

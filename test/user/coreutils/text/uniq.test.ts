// Generated from the real programs (bash 5.2, GNU coreutils 9.1, LC_ALL=C): each script ran in
// an empty directory; the model runs it in /tmp.

import { describe, expect, it } from 'vitest';
import { run } from './run';

const U = "printf 'a\\na\\nb\\nc\\nc\\nc\\nd\\n' > u; ";
const W = "printf 'x 1 a\\ny 1 a\\nz 2 a\\nw 2 b\\n' > w; ";

describe('uniq', () => {
  it.each([
    [U + 'uniq u', 'a\nb\nc\nd\n', 0],
    [U + 'uniq -c u', '      2 a\n      1 b\n      3 c\n      1 d\n', 0],
    [U + 'uniq -d u', 'a\nc\n', 0],
    [U + 'uniq -u u', 'b\nd\n', 0],
    [U + 'uniq -D u', 'a\na\nc\nc\nc\n', 0],
    [U + 'uniq -cd u', '      2 a\n      3 c\n', 0],
    [U + 'uniq -du u', '', 0],
    [U + 'uniq --all-repeated=prepend u', '\na\na\n\nc\nc\nc\n', 0],
    [U + 'uniq --all-repeated=separate u', 'a\na\n\nc\nc\nc\n', 0],
    [U + 'uniq --all-repeated u', 'a\na\nc\nc\nc\n', 0],
    [U + 'uniq --group u', 'a\na\n\nb\n\nc\nc\nc\n\nd\n', 0],
    [U + 'uniq --group=prepend u', '\na\na\n\nb\n\nc\nc\nc\n\nd\n', 0],
    [U + 'uniq --group=append u', 'a\na\n\nb\n\nc\nc\nc\n\nd\n\n', 0],
    [U + 'uniq --group=both u', '\na\na\n\nb\n\nc\nc\nc\n\nd\n\n', 0],
    [U + 'uniq u out; cat out', 'a\nb\nc\nd\n', 0],
    [U + 'cat u | uniq - out2; cat out2', 'a\nb\nc\nd\n', 0],
    [U + 'uniq -c < u', '      2 a\n      1 b\n      3 c\n      1 d\n', 0],
    [W + 'uniq -f1 w', 'x 1 a\nz 2 a\nw 2 b\n', 0],
    [W + 'uniq -f 2 -c w', '      3 x 1 a\n      1 w 2 b\n', 0],
    [W + 'uniq -s 2 w', 'x 1 a\nz 2 a\nw 2 b\n', 0],
    [W + 'uniq -s 4 -D w', 'x 1 a\ny 1 a\nz 2 a\n', 0],
    [W + 'uniq -w 1 w', 'x 1 a\ny 1 a\nz 2 a\nw 2 b\n', 0],
    [W + 'uniq -f1 -w1 -c w', '      4 x 1 a\n', 0],
    [W + 'uniq -1 w', 'x 1 a\nz 2 a\nw 2 b\n', 0],
    ["printf 'a\\nA\\nb\\n' | uniq -i", 'a\nb\n', 0],
    ["printf 'a\\nA\\nb\\n' | uniq -ic", '      2 a\n      1 b\n', 0],
    ["printf 'a\\na' | uniq", 'a\n', 0],
    ["printf 'a\\nb' | uniq -c", '      1 a\n      1 b\n', 0],
    ["printf '' | uniq -c", '', 0],
    ["printf 'a\\0a\\0b\\0' | uniq -z", 'a\u0000b\u0000', 0],
  ])('%s', (script, out, status) => {
    expect(run(script)).toEqual({ out, status });
  });
});

describe('uniq errors', () => {
  it.each([
    ['uniq nope', 'uniq: nope: No such file or directory\n', 1],
    ['uniq a b c', "uniq: extra operand 'c'\nTry 'uniq --help' for more information.\n", 1],
    ['uniq /etc', "uniq: error reading '/etc'\n", 1],
    ['uniq < /etc', "uniq: error reading '-'\n", 1],
    ['uniq -f x', 'uniq: x: invalid number of fields to skip\n', 1],
    ['uniq -s -1', 'uniq: -1: invalid number of bytes to skip\n', 1],
    ['uniq -w 99999999999999999999999 < /dev/null', '', 0],
    [
      'uniq -c -D',
      "uniq: printing all duplicated lines and repeat counts is meaningless\nTry 'uniq --help' for more information.\n",
      1,
    ],
    [
      'uniq --group -c',
      "uniq: --group is mutually exclusive with -c/-d/-D/-u\nTry 'uniq --help' for more information.\n",
      1,
    ],
    [
      'uniq --group -d',
      "uniq: --group is mutually exclusive with -c/-d/-D/-u\nTry 'uniq --help' for more information.\n",
      1,
    ],
    [
      'uniq --all-repeated=foo',
      "uniq: invalid argument 'foo' for '--all-repeated'\nValid arguments are:\n  - 'none'\n  - 'prepend'\n  - 'separate'\nTry 'uniq --help' for more information.\n",
      1,
    ],
    [
      'uniq --group=x',
      "uniq: invalid argument 'x' for '--group'\nValid arguments are:\n  - 'prepend'\n  - 'append'\n  - 'separate'\n  - 'both'\nTry 'uniq --help' for more information.\n",
      1,
    ],
    ['uniq -f 1x', 'uniq: 1x: invalid number of fields to skip\n', 1],
    ['uniq -x', "uniq: invalid option -- 'x'\nTry 'uniq --help' for more information.\n", 1],
    ['uniq nope out; ls', 'uniq: nope: No such file or directory\n', 0],
  ])('%s', (script, out, status) => {
    expect(run(script)).toEqual({ out, status });
  });
});

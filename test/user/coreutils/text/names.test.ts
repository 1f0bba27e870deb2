// Generated from the real programs (bash 5.2, GNU coreutils 9.1, LC_ALL=C): each script ran in
// an empty directory; the model runs it in /tmp.

import { describe, expect, it } from 'vitest';
import { run } from './run';

describe('basename', () => {
  it.each([
    ['basename /a/b/', 'b\n', 0],
    ['basename /a/b.txt .txt', 'b\n', 0],
    ['basename a.c a.c', 'a.c\n', 0],
    ['basename -a x/y z/w', 'y\nw\n', 0],
    ['basename -s .c a.c b.c /x/c.c', 'a\nb\nc\n', 0],
    ['basename --suffix=.c -a a.c', 'a\n', 0],
    ['basename -- -a', '-a\n', 0],
    ["basename // ; basename / ; basename ''", '/\n/\n\n', 0],
    ['basename / /', '/\n', 0],
    ['basename -z a', 'a\u0000', 0],
    ['basename', "basename: missing operand\nTry 'basename --help' for more information.\n", 1],
    ['basename a b c', "basename: extra operand 'c'\nTry 'basename --help' for more information.\n", 1],
    [
      'basename a b "c\'d e"',
      "basename: extra operand 'c\\'d e'\nTry 'basename --help' for more information.\n",
      1,
    ],
    ['basename -q', "basename: invalid option -- 'q'\nTry 'basename --help' for more information.\n", 1],
    [
      'basename --nope',
      "basename: unrecognized option '--nope'\nTry 'basename --help' for more information.\n",
      1,
    ],
    ['basename -a', "basename: missing operand\nTry 'basename --help' for more information.\n", 1],
  ])('%s', (script, out, status) => {
    expect(run(script)).toEqual({ out, status });
  });
});

describe('dirname', () => {
  it.each([
    ["dirname a/b c //x /a// a '' ///", 'a\n.\n/\n/\n.\n.\n/\n', 0],
    ['dirname a/b/ /a/b//c.d', 'a\n/a/b\n', 0],
    ['dirname -z x/y', 'x\u0000', 0],
    ['dirname', "dirname: missing operand\nTry 'dirname --help' for more information.\n", 1],
    ['dirname -x', "dirname: invalid option -- 'x'\nTry 'dirname --help' for more information.\n", 1],
  ])('%s', (script, out, status) => {
    expect(run(script)).toEqual({ out, status });
  });
});

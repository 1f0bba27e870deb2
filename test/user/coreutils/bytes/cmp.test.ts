// cmp: first and all differences, EOF reports, skips, limits and its diagnostics.
// Expected outputs are what the real programs print on the reference machine (LC_ALL=C, a terminal).

import { describe, expect, it } from 'vitest';
import { sh } from '../../helpers';

describe('cmp', () => {
  it.each([
    [
      "cd /tmp; printf 'abc\\ndef\\n' > a; printf 'abX\\ndeY\\n' > b; printf 'ab' > c; printf 'abc\\ndef\\nghi\\n' > d; printf '' > e; printf 'abX' > x; printf 'a\\001\\377\\n' > y; printf 'a\\t\\200\\n' > w; cmp a b",
      'a b differ: char 3, line 1\n',
      1,
    ],
    [
      "cd /tmp; printf 'abc\\ndef\\n' > a; printf 'abX\\ndeY\\n' > b; printf 'ab' > c; printf 'abc\\ndef\\nghi\\n' > d; printf '' > e; printf 'abX' > x; printf 'a\\001\\377\\n' > y; printf 'a\\t\\200\\n' > w; cmp a a",
      '',
      0,
    ],
    [
      "cd /tmp; printf 'abc\\ndef\\n' > a; printf 'abX\\ndeY\\n' > b; printf 'ab' > c; printf 'abc\\ndef\\nghi\\n' > d; printf '' > e; printf 'abX' > x; printf 'a\\001\\377\\n' > y; printf 'a\\t\\200\\n' > w; cmp a c",
      'cmp: EOF on c after byte 2, in line 1\n',
      1,
    ],
    [
      "cd /tmp; printf 'abc\\ndef\\n' > a; printf 'abX\\ndeY\\n' > b; printf 'ab' > c; printf 'abc\\ndef\\nghi\\n' > d; printf '' > e; printf 'abX' > x; printf 'a\\001\\377\\n' > y; printf 'a\\t\\200\\n' > w; cmp c a",
      'cmp: EOF on c after byte 2, in line 1\n',
      1,
    ],
    [
      "cd /tmp; printf 'abc\\ndef\\n' > a; printf 'abX\\ndeY\\n' > b; printf 'ab' > c; printf 'abc\\ndef\\nghi\\n' > d; printf '' > e; printf 'abX' > x; printf 'a\\001\\377\\n' > y; printf 'a\\t\\200\\n' > w; cmp a d",
      'cmp: EOF on a after byte 8, line 2\n',
      1,
    ],
    [
      "cd /tmp; printf 'abc\\ndef\\n' > a; printf 'abX\\ndeY\\n' > b; printf 'ab' > c; printf 'abc\\ndef\\nghi\\n' > d; printf '' > e; printf 'abX' > x; printf 'a\\001\\377\\n' > y; printf 'a\\t\\200\\n' > w; cmp -l a b",
      '3 143 130\n7 146 131\n',
      1,
    ],
    [
      "cd /tmp; printf 'abc\\ndef\\n' > a; printf 'abX\\ndeY\\n' > b; printf 'ab' > c; printf 'abc\\ndef\\nghi\\n' > d; printf '' > e; printf 'abX' > x; printf 'a\\001\\377\\n' > y; printf 'a\\t\\200\\n' > w; cmp -s a b",
      '',
      1,
    ],
    [
      "cd /tmp; printf 'abc\\ndef\\n' > a; printf 'abX\\ndeY\\n' > b; printf 'ab' > c; printf 'abc\\ndef\\nghi\\n' > d; printf '' > e; printf 'abX' > x; printf 'a\\001\\377\\n' > y; printf 'a\\t\\200\\n' > w; cmp -s a nope",
      '',
      2,
    ],
    [
      "cd /tmp; printf 'abc\\ndef\\n' > a; printf 'abX\\ndeY\\n' > b; printf 'ab' > c; printf 'abc\\ndef\\nghi\\n' > d; printf '' > e; printf 'abX' > x; printf 'a\\001\\377\\n' > y; printf 'a\\t\\200\\n' > w; cmp a nope",
      'cmp: nope: No such file or directory\n',
      2,
    ],
    [
      "cd /tmp; printf 'abc\\ndef\\n' > a; printf 'abX\\ndeY\\n' > b; printf 'ab' > c; printf 'abc\\ndef\\nghi\\n' > d; printf '' > e; printf 'abX' > x; printf 'a\\001\\377\\n' > y; printf 'a\\t\\200\\n' > w; cmp nope a",
      'cmp: nope: No such file or directory\n',
      2,
    ],
    [
      "cd /tmp; printf 'abc\\ndef\\n' > a; printf 'abX\\ndeY\\n' > b; printf 'ab' > c; printf 'abc\\ndef\\nghi\\n' > d; printf '' > e; printf 'abX' > x; printf 'a\\001\\377\\n' > y; printf 'a\\t\\200\\n' > w; cmp < e a",
      'cmp: EOF on - which is empty\n',
      1,
    ],
    [
      "cd /tmp; printf 'abc\\ndef\\n' > a; printf 'abX\\ndeY\\n' > b; printf 'ab' > c; printf 'abc\\ndef\\nghi\\n' > d; printf '' > e; printf 'abX' > x; printf 'a\\001\\377\\n' > y; printf 'a\\t\\200\\n' > w; cmp",
      "cmp: missing operand after 'cmp'\ncmp: Try 'cmp --help' for more information.\n",
      2,
    ],
    [
      "cd /tmp; printf 'abc\\ndef\\n' > a; printf 'abX\\ndeY\\n' > b; printf 'ab' > c; printf 'abc\\ndef\\nghi\\n' > d; printf '' > e; printf 'abX' > x; printf 'a\\001\\377\\n' > y; printf 'a\\t\\200\\n' > w; cmp -z a b",
      "cmp: invalid option -- 'z'\ncmp: Try 'cmp --help' for more information.\n",
      2,
    ],
    [
      "cd /tmp; printf 'abc\\ndef\\n' > a; printf 'abX\\ndeY\\n' > b; printf 'ab' > c; printf 'abc\\ndef\\nghi\\n' > d; printf '' > e; printf 'abX' > x; printf 'a\\001\\377\\n' > y; printf 'a\\t\\200\\n' > w; cmp a b c",
      "cmp: invalid --ignore-initial value 'c'\ncmp: Try 'cmp --help' for more information.\n",
      2,
    ],
    [
      "cd /tmp; printf 'abc\\ndef\\n' > a; printf 'abX\\ndeY\\n' > b; printf 'ab' > c; printf 'abc\\ndef\\nghi\\n' > d; printf '' > e; printf 'abX' > x; printf 'a\\001\\377\\n' > y; printf 'a\\t\\200\\n' > w; cmp -b a b",
      'a b differ: byte 3, line 1 is 143 c 130 X\n',
      1,
    ],
    [
      "cd /tmp; printf 'abc\\ndef\\n' > a; printf 'abX\\ndeY\\n' > b; printf 'ab' > c; printf 'abc\\ndef\\nghi\\n' > d; printf '' > e; printf 'abX' > x; printf 'a\\001\\377\\n' > y; printf 'a\\t\\200\\n' > w; cmp -l a d",
      'cmp: EOF on a after byte 8\n',
      1,
    ],
    [
      "cd /tmp; printf 'abc\\ndef\\n' > a; printf 'abX\\ndeY\\n' > b; printf 'ab' > c; printf 'abc\\ndef\\nghi\\n' > d; printf '' > e; printf 'abX' > x; printf 'a\\001\\377\\n' > y; printf 'a\\t\\200\\n' > w; cmp -n 2 a b",
      '',
      0,
    ],
    [
      "cd /tmp; printf 'abc\\ndef\\n' > a; printf 'abX\\ndeY\\n' > b; printf 'ab' > c; printf 'abc\\ndef\\nghi\\n' > d; printf '' > e; printf 'abX' > x; printf 'a\\001\\377\\n' > y; printf 'a\\t\\200\\n' > w; cmp -i 3 a b",
      'a b differ: char 4, line 2\n',
      1,
    ],
    [
      "cd /tmp; printf 'abc\\ndef\\n' > a; printf 'abX\\ndeY\\n' > b; printf 'ab' > c; printf 'abc\\ndef\\nghi\\n' > d; printf '' > e; printf 'abX' > x; printf 'a\\001\\377\\n' > y; printf 'a\\t\\200\\n' > w; cmp /etc a",
      'cmp: /etc: Is a directory\n',
      2,
    ],
    [
      "cd /tmp; printf 'abc\\ndef\\n' > a; printf 'abX\\ndeY\\n' > b; printf 'ab' > c; printf 'abc\\ndef\\nghi\\n' > d; printf '' > e; printf 'abX' > x; printf 'a\\001\\377\\n' > y; printf 'a\\t\\200\\n' > w; cmp -l -s a b",
      "cmp: options -l and -s are incompatible\ncmp: Try 'cmp --help' for more information.\n",
      2,
    ],
    [
      "cd /tmp; printf 'abc\\ndef\\n' > a; printf 'abX\\ndeY\\n' > b; printf 'ab' > c; printf 'abc\\ndef\\nghi\\n' > d; printf '' > e; printf 'abX' > x; printf 'a\\001\\377\\n' > y; printf 'a\\t\\200\\n' > w; cmp a - < b",
      'a - differ: char 3, line 1\n',
      1,
    ],
    [
      "cd /tmp; printf 'abc\\ndef\\n' > a; printf 'abX\\ndeY\\n' > b; printf 'ab' > c; printf 'abc\\ndef\\nghi\\n' > d; printf '' > e; printf 'abX' > x; printf 'a\\001\\377\\n' > y; printf 'a\\t\\200\\n' > w; cmp -lb a b",
      '3 143 c    130 X\n7 146 f    131 Y\n',
      1,
    ],
    [
      "cd /tmp; printf 'abc\\ndef\\n' > a; printf 'abX\\ndeY\\n' > b; printf 'ab' > c; printf 'abc\\ndef\\nghi\\n' > d; printf '' > e; printf 'abX' > x; printf 'a\\001\\377\\n' > y; printf 'a\\t\\200\\n' > w; cmp --verbose a b",
      '3 143 130\n7 146 131\n',
      1,
    ],
    [
      "cd /tmp; printf 'abc\\ndef\\n' > a; printf 'abX\\ndeY\\n' > b; printf 'ab' > c; printf 'abc\\ndef\\nghi\\n' > d; printf '' > e; printf 'abX' > x; printf 'a\\001\\377\\n' > y; printf 'a\\t\\200\\n' > w; cmp -s a c",
      '',
      1,
    ],
    [
      "cd /tmp; printf 'abc\\ndef\\n' > a; printf 'abX\\ndeY\\n' > b; printf 'ab' > c; printf 'abc\\ndef\\nghi\\n' > d; printf '' > e; printf 'abX' > x; printf 'a\\001\\377\\n' > y; printf 'a\\t\\200\\n' > w; cmp -n x a b",
      "cmp: invalid --bytes value 'x'\ncmp: Try 'cmp --help' for more information.\n",
      2,
    ],
    [
      "cd /tmp; printf 'abc\\ndef\\n' > a; printf 'abX\\ndeY\\n' > b; printf 'ab' > c; printf 'abc\\ndef\\nghi\\n' > d; printf '' > e; printf 'abX' > x; printf 'a\\001\\377\\n' > y; printf 'a\\t\\200\\n' > w; cmp a b 1",
      'a b differ: char 1, line 1\n',
      1,
    ],
    [
      "cd /tmp; printf 'abc\\ndef\\n' > a; printf 'abX\\ndeY\\n' > b; printf 'ab' > c; printf 'abc\\ndef\\nghi\\n' > d; printf '' > e; printf 'abX' > x; printf 'a\\001\\377\\n' > y; printf 'a\\t\\200\\n' > w; cmp a b 1 1",
      'a b differ: char 2, line 1\n',
      1,
    ],
    [
      "cd /tmp; printf 'abc\\ndef\\n' > a; printf 'abX\\ndeY\\n' > b; printf 'ab' > c; printf 'abc\\ndef\\nghi\\n' > d; printf '' > e; printf 'abX' > x; printf 'a\\001\\377\\n' > y; printf 'a\\t\\200\\n' > w; cmp a b 1 1 1",
      "cmp: extra operand '1'\ncmp: Try 'cmp --help' for more information.\n",
      2,
    ],
    [
      "cd /tmp; printf 'abc\\ndef\\n' > a; printf 'abX\\ndeY\\n' > b; printf 'ab' > c; printf 'abc\\ndef\\nghi\\n' > d; printf '' > e; printf 'abX' > x; printf 'a\\001\\377\\n' > y; printf 'a\\t\\200\\n' > w; cmp - - < a",
      '',
      0,
    ],
    [
      "cd /tmp; printf 'abc\\ndef\\n' > a; printf 'abX\\ndeY\\n' > b; printf 'ab' > c; printf 'abc\\ndef\\nghi\\n' > d; printf '' > e; printf 'abX' > x; printf 'a\\001\\377\\n' > y; printf 'a\\t\\200\\n' > w; cmp e a",
      'cmp: EOF on e which is empty\n',
      1,
    ],
    [
      "cd /tmp; printf 'abc\\ndef\\n' > a; printf 'abX\\ndeY\\n' > b; printf 'ab' > c; printf 'abc\\ndef\\nghi\\n' > d; printf '' > e; printf 'abX' > x; printf 'a\\001\\377\\n' > y; printf 'a\\t\\200\\n' > w; cmp a e",
      'cmp: EOF on e which is empty\n',
      1,
    ],
    [
      "cd /tmp; printf 'abc\\ndef\\n' > a; printf 'abX\\ndeY\\n' > b; printf 'ab' > c; printf 'abc\\ndef\\nghi\\n' > d; printf '' > e; printf 'abX' > x; printf 'a\\001\\377\\n' > y; printf 'a\\t\\200\\n' > w; cmp -l x d",
      '3 130 143\ncmp: EOF on x after byte 3\n',
      1,
    ],
    [
      "cd /tmp; printf 'abc\\ndef\\n' > a; printf 'abX\\ndeY\\n' > b; printf 'ab' > c; printf 'abc\\ndef\\nghi\\n' > d; printf '' > e; printf 'abX' > x; printf 'a\\001\\377\\n' > y; printf 'a\\t\\200\\n' > w; cmp -b y w",
      'y w differ: byte 2, line 1 is   1 ^A  11 ^I\n',
      1,
    ],
    [
      "cd /tmp; printf 'abc\\ndef\\n' > a; printf 'abX\\ndeY\\n' > b; printf 'ab' > c; printf 'abc\\ndef\\nghi\\n' > d; printf '' > e; printf 'abX' > x; printf 'a\\001\\377\\n' > y; printf 'a\\t\\200\\n' > w; cmp -lb y w",
      '2   1 ^A    11 ^I\n3 377 M-^? 200 M-^@\n',
      1,
    ],
    [
      "cd /tmp; printf 'abc\\ndef\\n' > a; printf 'abX\\ndeY\\n' > b; printf 'ab' > c; printf 'abc\\ndef\\nghi\\n' > d; printf '' > e; printf 'abX' > x; printf 'a\\001\\377\\n' > y; printf 'a\\t\\200\\n' > w; cmp -l y w",
      '2   1  11\n3 377 200\n',
      1,
    ],
    [
      "cd /tmp; printf 'abc\\ndef\\n' > a; printf 'abX\\ndeY\\n' > b; printf 'ab' > c; printf 'abc\\ndef\\nghi\\n' > d; printf '' > e; printf 'abX' > x; printf 'a\\001\\377\\n' > y; printf 'a\\t\\200\\n' > w; cmp -i 1:2 a b",
      'a b differ: char 1, line 1\n',
      1,
    ],
    [
      "cd /tmp; printf 'abc\\ndef\\n' > a; printf 'abX\\ndeY\\n' > b; printf 'ab' > c; printf 'abc\\ndef\\nghi\\n' > d; printf '' > e; printf 'abX' > x; printf 'a\\001\\377\\n' > y; printf 'a\\t\\200\\n' > w; cmp -i x a b",
      "cmp: invalid --ignore-initial value 'x'\ncmp: Try 'cmp --help' for more information.\n",
      2,
    ],
    [
      "cd /tmp; printf 'abc\\ndef\\n' > a; printf 'abX\\ndeY\\n' > b; printf 'ab' > c; printf 'abc\\ndef\\nghi\\n' > d; printf '' > e; printf 'abX' > x; printf 'a\\001\\377\\n' > y; printf 'a\\t\\200\\n' > w; cmp a b 2 x",
      "cmp: invalid --ignore-initial value 'x'\ncmp: Try 'cmp --help' for more information.\n",
      2,
    ],
    [
      "cd /tmp; printf 'abc\\ndef\\n' > a; printf 'abX\\ndeY\\n' > b; printf 'ab' > c; printf 'abc\\ndef\\nghi\\n' > d; printf '' > e; printf 'abX' > x; printf 'a\\001\\377\\n' > y; printf 'a\\t\\200\\n' > w; cmp --bogus a b",
      "cmp: unrecognized option '--bogus'\ncmp: Try 'cmp --help' for more information.\n",
      2,
    ],
    [
      "cd /tmp; printf 'abc\\ndef\\n' > a; printf 'abX\\ndeY\\n' > b; printf 'ab' > c; printf 'abc\\ndef\\nghi\\n' > d; printf '' > e; printf 'abX' > x; printf 'a\\001\\377\\n' > y; printf 'a\\t\\200\\n' > w; cmp -n",
      "cmp: option requires an argument -- 'n'\ncmp: Try 'cmp --help' for more information.\n",
      2,
    ],
    [
      "cd /tmp; printf 'abc\\ndef\\n' > a; printf 'abX\\ndeY\\n' > b; printf 'ab' > c; printf 'abc\\ndef\\nghi\\n' > d; printf '' > e; printf 'abX' > x; printf 'a\\001\\377\\n' > y; printf 'a\\t\\200\\n' > w; cmp a a 0 1",
      'a a differ: char 1, line 1\n',
      1,
    ],
    [
      "cd /tmp; printf 'abc\\ndef\\n' > a; printf 'abX\\ndeY\\n' > b; printf 'ab' > c; printf 'abc\\ndef\\nghi\\n' > d; printf '' > e; printf 'abX' > x; printf 'a\\001\\377\\n' > y; printf 'a\\t\\200\\n' > w; cmp e e",
      '',
      0,
    ],
    [
      "cd /tmp; printf 'abc\\ndef\\n' > a; printf 'abX\\ndeY\\n' > b; printf 'ab' > c; printf 'abc\\ndef\\nghi\\n' > d; printf '' > e; printf 'abX' > x; printf 'a\\001\\377\\n' > y; printf 'a\\t\\200\\n' > w; cmp - a < e",
      'cmp: EOF on - which is empty\n',
      1,
    ],
    [
      "cd /tmp; printf 'abc\\ndef\\n' > a; printf 'abX\\ndeY\\n' > b; printf 'ab' > c; printf 'abc\\ndef\\nghi\\n' > d; printf '' > e; printf 'abX' > x; printf 'a\\001\\377\\n' > y; printf 'a\\t\\200\\n' > w; cmp a - < e",
      'cmp: EOF on - which is empty\n',
      1,
    ],
    [
      "cd /tmp; printf 'abc\\ndef\\n' > a; printf 'abX\\ndeY\\n' > b; printf 'ab' > c; printf 'abc\\ndef\\nghi\\n' > d; printf '' > e; printf 'abX' > x; printf 'a\\001\\377\\n' > y; printf 'a\\t\\200\\n' > w; cmp a b 1k 2",
      'cmp: EOF on a which is empty\n',
      1,
    ],
    [
      "cd /tmp; printf 'abc\\ndef\\n' > a; printf 'abX\\ndeY\\n' > b; printf 'ab' > c; printf 'abc\\ndef\\nghi\\n' > d; printf '' > e; printf 'abX' > x; printf 'a\\001\\377\\n' > y; printf 'a\\t\\200\\n' > w; cmp -s /etc a",
      'cmp: /etc: Is a directory\n',
      2,
    ],
    [
      "cd /tmp; printf 'abc\\ndef\\n' > a; printf 'abX\\ndeY\\n' > b; printf 'ab' > c; printf 'abc\\ndef\\nghi\\n' > d; printf '' > e; printf 'abX' > x; printf 'a\\001\\377\\n' > y; printf 'a\\t\\200\\n' > w; cmp a /etc",
      'cmp: /etc: Is a directory\n',
      2,
    ],
    [
      "cd /tmp; printf 'abc\\ndef\\n' > a; printf 'abX\\ndeY\\n' > b; printf 'ab' > c; printf 'abc\\ndef\\nghi\\n' > d; printf '' > e; printf 'abX' > x; printf 'a\\001\\377\\n' > y; printf 'a\\t\\200\\n' > w; cmp -l a - < b",
      '3 143 130\n7 146 131\n',
      1,
    ],
    [
      "cd /tmp; printf 'abc\\ndef\\n' > a; printf 'abX\\ndeY\\n' > b; printf 'ab' > c; printf 'abc\\ndef\\nghi\\n' > d; printf '' > e; printf 'abX' > x; printf 'a\\001\\377\\n' > y; printf 'a\\t\\200\\n' > w; cmp -l - a < b",
      '3 130 143\n7 131 146\n',
      1,
    ],
    [
      "cd /tmp; printf 'abc\\ndef\\n' > a; printf 'abX\\ndeY\\n' > b; printf 'ab' > c; printf 'abc\\ndef\\nghi\\n' > d; printf '' > e; printf 'abX' > x; printf 'a\\001\\377\\n' > y; printf 'a\\t\\200\\n' > w; cmp a ./a",
      '',
      0,
    ],
    [
      "cd /tmp; printf 'abc\\ndef\\n' > a; printf 'abX\\ndeY\\n' > b; printf 'ab' > c; printf 'abc\\ndef\\nghi\\n' > d; printf '' > e; printf 'abX' > x; printf 'a\\001\\377\\n' > y; printf 'a\\t\\200\\n' > w; cmp -i 2 a b",
      'a b differ: char 1, line 1\n',
      1,
    ],
    [
      "cd /tmp; printf 'abc\\ndef\\n' > a; printf 'abX\\ndeY\\n' > b; printf 'ab' > c; printf 'abc\\ndef\\nghi\\n' > d; printf '' > e; printf 'abX' > x; printf 'a\\001\\377\\n' > y; printf 'a\\t\\200\\n' > w; cmp -i 1: a b",
      "cmp: invalid --ignore-initial value ''\ncmp: Try 'cmp --help' for more information.\n",
      2,
    ],
    [
      "cd /tmp; printf 'abc\\ndef\\n' > a; printf 'abX\\ndeY\\n' > b; printf 'ab' > c; printf 'abc\\ndef\\nghi\\n' > d; printf '' > e; printf 'abX' > x; printf 'a\\001\\377\\n' > y; printf 'a\\t\\200\\n' > w; cmp -i :1 a b",
      "cmp: invalid --ignore-initial value ':1'\ncmp: Try 'cmp --help' for more information.\n",
      2,
    ],
    [
      "cd /tmp; printf 'abc\\ndef\\n' > a; printf 'abX\\ndeY\\n' > b; printf 'ab' > c; printf 'abc\\ndef\\nghi\\n' > d; printf '' > e; printf 'abX' > x; printf 'a\\001\\377\\n' > y; printf 'a\\t\\200\\n' > w; cmp --ignore-initial=1k a b",
      '',
      0,
    ],
    [
      "cd /tmp; printf 'abc\\ndef\\n' > a; printf 'abX\\ndeY\\n' > b; printf 'ab' > c; printf 'abc\\ndef\\nghi\\n' > d; printf '' > e; printf 'abX' > x; printf 'a\\001\\377\\n' > y; printf 'a\\t\\200\\n' > w; cmp -n 1k a b",
      'a b differ: char 3, line 1\n',
      1,
    ],
    [
      "cd /tmp; printf 'abc\\ndef\\n' > a; printf 'abX\\ndeY\\n' > b; printf 'ab' > c; printf 'abc\\ndef\\nghi\\n' > d; printf '' > e; printf 'abX' > x; printf 'a\\001\\377\\n' > y; printf 'a\\t\\200\\n' > w; cmp --bytes=2 a b",
      '',
      0,
    ],
    [
      "cd /tmp; printf 'abc\\ndef\\n' > a; printf 'abX\\ndeY\\n' > b; printf 'ab' > c; printf 'abc\\ndef\\nghi\\n' > d; printf '' > e; printf 'abX' > x; printf 'a\\001\\377\\n' > y; printf 'a\\t\\200\\n' > w; cmp -n -1 a b",
      "cmp: invalid --bytes value '-1'\ncmp: Try 'cmp --help' for more information.\n",
      2,
    ],
    [
      "cd /tmp; printf 'abc\\ndef\\n' > a; printf 'abX\\ndeY\\n' > b; printf 'ab' > c; printf 'abc\\ndef\\nghi\\n' > d; printf '' > e; printf 'abX' > x; printf 'a\\001\\377\\n' > y; printf 'a\\t\\200\\n' > w; cmp -i -1 a b",
      "cmp: invalid --ignore-initial value '-1'\ncmp: Try 'cmp --help' for more information.\n",
      2,
    ],
    [
      "cd /tmp; printf 'abc\\ndef\\n' > a; printf 'abX\\ndeY\\n' > b; printf 'ab' > c; printf 'abc\\ndef\\nghi\\n' > d; printf '' > e; printf 'abX' > x; printf 'a\\001\\377\\n' > y; printf 'a\\t\\200\\n' > w; cmp --v a b",
      "cmp: option '--v' is ambiguous; possibilities: '--verbose' '--version'\ncmp: Try 'cmp --help' for more information.\n",
      2,
    ],
    [
      "cd /tmp; printf 'abc\\ndef\\n' > a; printf 'abX\\ndeY\\n' > b; printf 'ab' > c; printf 'abc\\ndef\\nghi\\n' > d; printf '' > e; printf 'abX' > x; printf 'a\\001\\377\\n' > y; printf 'a\\t\\200\\n' > w; cmp -c a b",
      'a b differ: byte 3, line 1 is 143 c 130 X\n',
      1,
    ],
    [
      "cd /tmp; printf 'abc\\ndef\\n' > a; printf 'abX\\ndeY\\n' > b; printf 'ab' > c; printf 'abc\\ndef\\nghi\\n' > d; printf '' > e; printf 'abX' > x; printf 'a\\001\\377\\n' > y; printf 'a\\t\\200\\n' > w; cmp --print-chars a b",
      'a b differ: byte 3, line 1 is 143 c 130 X\n',
      1,
    ],
    [
      "cd /tmp; printf 'abc\\ndef\\n' > a; printf 'abX\\ndeY\\n' > b; printf 'ab' > c; printf 'abc\\ndef\\nghi\\n' > d; printf '' > e; printf 'abX' > x; printf 'a\\001\\377\\n' > y; printf 'a\\t\\200\\n' > w; cmp --silent a b",
      '',
      1,
    ],
    [
      "cd /tmp; printf 'abc\\ndef\\n' > a; printf 'abX\\ndeY\\n' > b; printf 'ab' > c; printf 'abc\\ndef\\nghi\\n' > d; printf '' > e; printf 'abX' > x; printf 'a\\001\\377\\n' > y; printf 'a\\t\\200\\n' > w; cmp a b -1",
      "cmp: invalid option -- '1'\ncmp: Try 'cmp --help' for more information.\n",
      2,
    ],
    [
      "cd /tmp; printf 'abc\\ndef\\n' > a; printf 'abX\\ndeY\\n' > b; printf 'ab' > c; printf 'abc\\ndef\\nghi\\n' > d; printf '' > e; printf 'abX' > x; printf 'a\\001\\377\\n' > y; printf 'a\\t\\200\\n' > w; cmp -lb a d",
      'cmp: EOF on a after byte 8\n',
      1,
    ],
    [
      "cd /tmp; printf 'abc\\ndef\\n' > a; printf 'abX\\ndeY\\n' > b; printf 'ab' > c; printf 'abc\\ndef\\nghi\\n' > d; printf '' > e; printf 'abX' > x; printf 'a\\001\\377\\n' > y; printf 'a\\t\\200\\n' > w; cmp -l e a",
      'cmp: EOF on e which is empty\n',
      1,
    ],
    [
      "cd /tmp; printf 'abc\\ndef\\n' > a; printf 'abX\\ndeY\\n' > b; printf 'ab' > c; printf 'abc\\ndef\\nghi\\n' > d; printf '' > e; printf 'abX' > x; printf 'a\\001\\377\\n' > y; printf 'a\\t\\200\\n' > w; cat a | cmp - b",
      '- b differ: char 3, line 1\n',
      1,
    ],
    [
      "cd /tmp; printf 'abc\\ndef\\n' > a; printf 'abX\\ndeY\\n' > b; printf 'ab' > c; printf 'abc\\ndef\\nghi\\n' > d; printf '' > e; printf 'abX' > x; printf 'a\\001\\377\\n' > y; printf 'a\\t\\200\\n' > w; cat d | cmp -l a -",
      'cmp: EOF on a after byte 8\n',
      1,
    ],
    [
      "cd /tmp; printf 'abc\\ndef\\n' > a; printf 'abX\\ndeY\\n' > b; printf 'ab' > c; printf 'abc\\ndef\\nghi\\n' > d; printf '' > e; printf 'abX' > x; printf 'a\\001\\377\\n' > y; printf 'a\\t\\200\\n' > w; cmp -s a d",
      '',
      1,
    ],
    [
      "cd /tmp; printf 'abc\\ndef\\n' > a; printf 'abX\\ndeY\\n' > b; printf 'ab' > c; printf 'abc\\ndef\\nghi\\n' > d; printf '' > e; printf 'abX' > x; printf 'a\\001\\377\\n' > y; printf 'a\\t\\200\\n' > w; cmp -s d d",
      '',
      0,
    ],
    [
      "cd /tmp; printf 'abc\\ndef\\n' > a; printf 'abX\\ndeY\\n' > b; printf 'ab' > c; printf 'abc\\ndef\\nghi\\n' > d; printf '' > e; printf 'abX' > x; printf 'a\\001\\377\\n' > y; printf 'a\\t\\200\\n' > w; cmp d a",
      'cmp: EOF on a after byte 8, line 2\n',
      1,
    ],
    [
      "cd /tmp; printf 'abc\\ndef\\n' > a; printf 'abX\\ndeY\\n' > b; printf 'ab' > c; printf 'abc\\ndef\\nghi\\n' > d; printf '' > e; printf 'abX' > x; printf 'a\\001\\377\\n' > y; printf 'a\\t\\200\\n' > w; cmp -n 3 a d; echo $?",
      '0\n',
      0,
    ],
    [
      "cd /tmp; printf 'abc\\ndef\\n' > a; printf 'abX\\ndeY\\n' > b; printf 'ab' > c; printf 'abc\\ndef\\nghi\\n' > d; printf '' > e; printf 'abX' > x; printf 'a\\001\\377\\n' > y; printf 'a\\t\\200\\n' > w; cmp -s a b; echo $?",
      '1\n',
      0,
    ],
  ] as [string, string, number][])('%s', (script, out, status) => {
    expect(sh(script)).toEqual({ out, status });
  });
});

// bash 5.2's `test` and `[` builtins, table-driven through the interactive shell. Every expected
// output was taken from the real bash 5.2.15 on a terminal (`bash --norc -i -c SCRIPT` under
// script(1), LC_ALL=C), run as root or as uid 1000 in a fresh directory standing for /tmp.

import { describe, expect, it } from 'vitest';
import { ALICE, sh } from '../helpers';

const DEEP = '[ ' + '\\( '.repeat(3000) + 'a ' + '\\) '.repeat(3000) + ']; echo $?';
const NOTS = '[ ' + '! '.repeat(3001) + 'a ]; echo $?';
const ANDS = '[ ' + 'a -a '.repeat(3000) + "'' ]; echo $?";

describe('test and [ as root', () => {
  it.each([
    ['test; echo $?', '1\n', 0],
    ["test ''; echo $?; test x; echo $?; test -n; echo $?; test '!'; echo $?", '1\n0\n0\n0\n', 0],
    ['[; echo $?', "bash: [: missing `]'\n2\n", 0],
    ['[ ]; echo $?', '1\n', 0],
    ['[ a; echo $?', "bash: [: missing `]'\n2\n", 0],
    ['[ a ] ]; echo $?', 'bash: [: a: unary operator expected\n2\n', 0],
    ['[ a b c d e ]; echo $?', 'bash: [: too many arguments\n2\n', 0],
    ["[ ! '' ]; echo $?; [ ! x ]; echo $?", '0\n1\n', 0],
    ["[ -n '' ]; echo $?; [ -z '' ]; echo $?; [ -n x ]; echo $?; [ -z x ]; echo $?", '1\n0\n0\n1\n', 0],
    ['[ -q a ]; echo $?', 'bash: [: -q: unary operator expected\n2\n', 0],
    ['[ x y ]; echo $?', 'bash: [: x: unary operator expected\n2\n', 0],
    ['test -- a; echo $?', 'bash: test: --: unary operator expected\n2\n', 0],
    ['test - a; echo $?', 'bash: test: -: unary operator expected\n2\n', 0],
    ['[ a = a ]; echo $?; [ a == b ]; echo $?; [ a != b ]; echo $?; [ a != a ]; echo $?', '0\n1\n0\n1\n', 0],
    [
      '[ a \\< b ]; echo $?; [ b \\< a ]; echo $?; [ B \\> a ]; echo $?; [ b \\> a ]; echo $?',
      '0\n1\n1\n0\n',
      0,
    ],
    ['[ x = ]; echo $?', 'bash: [: x: unary operator expected\n2\n', 0],
    ['[ = x ]; echo $?', 'bash: [: =: unary operator expected\n2\n', 0],
    ['[ = = = ]; echo $?; [ ! = ]; echo $?; [ ! = ! ]; echo $?', '0\n1\n0\n', 0],
    ['[ a -q b ]; echo $?', 'bash: [: -q: binary operator expected\n2\n', 0],
    ['test a b c; echo $?', 'bash: test: b: binary operator expected\n2\n', 0],
    ['[ 1 -eq x ]; echo $?', 'bash: [: x: integer expression expected\n2\n', 0],
    ['test a -lt 1; echo $?', 'bash: test: a: integer expression expected\n2\n', 0],
    [
      '[ 1 -eq 1 ]; echo $?; [ 1 -ne 1 ]; echo $?; [ 2 -lt 10 ]; echo $?; [ 2 -le 2 ]; echo $?; [ 3 -gt 2 ]; echo $?; [ 3 -ge 4 ]; echo $?',
      '0\n1\n0\n0\n0\n1\n',
      0,
    ],
    [
      "[ 1 -eq ' 1 ' ]; echo $?; [ ' 1' -eq 1 ]; echo $?; [ '1\t' -eq 1 ]; echo $?; [ +5 -eq 5 ]; echo $?; [ -0 -eq 0 ]; echo $?; [ 08 -eq 8 ]; echo $?",
      '0\n0\n0\n0\n0\n0\n',
      0,
    ],
    ['[ 9223372036854775807 -gt -9223372036854775808 ]; echo $?', '0\n', 0],
    [
      '[ 9223372036854775808 -gt 1 ]; echo $?',
      'bash: [: 9223372036854775808: integer expression expected\n2\n',
      0,
    ],
    ["[ '' -eq 0 ]; echo $?", 'bash: [: : integer expression expected\n2\n', 0],
    ["[ ' ' -eq 0 ]; echo $?", 'bash: [:  : integer expression expected\n2\n', 0],
    ['[ 0x10 -eq 16 ]; echo $?', 'bash: [: 0x10: integer expression expected\n2\n', 0],
    ['[ 1 -eq 1 -a ]; echo $?', 'bash: [: argument expected\n2\n', 0],
    ['[ 1 -eq 1 -a 2 ]; echo $?', '0\n', 0],
    [
      '[ ! ! a ]; echo $?; [ ! ! ! a ]; echo $?; [ ! ! ! ! a ]; echo $?; [ ! ! ! ]; echo $?',
      '0\n1\n0\n0\n',
      0,
    ],
    ["[ ! a = b ]; echo $?; [ ! -z '' ]; echo $?; [ ! -n ]; echo $?", '0\n1\n1\n', 0],
    ['[ ! -t x ]; echo $?', '0\n', 0],
    ["[ \\( a \\) ]; echo $?; [ \\( '' \\) ]; echo $?; [ \\( a \\)x ]; echo $?", '0\n1\n0\n', 0],
    ['[ \\( a ]; echo $?', 'bash: [: (: unary operator expected\n2\n', 0],
    ['[ \\( a b \\) ]; echo $?', 'bash: [: a: unary operator expected\n2\n', 0],
    ["[ \\( -z a \\) ]; echo $?; [ \\( ! '' \\) ]; echo $?", '1\n0\n', 0],
    ['[ \\( = = \\) ]; echo $?', 'bash: [: =: unary operator expected\n2\n', 0],
    ['[ \\( a -a b c ]; echo $?', "bash: [: `)' expected, found c\n2\n", 0],
    ['test \\( a -a b; echo $?', "bash: test: `)' expected\n2\n", 0],
    ['[ \\( a -a b ]; echo $?', "bash: [: `)' expected, found ]\n2\n", 0],
    ['[ a -a \\( b ]; echo $?', "bash: [: `)' expected, found ]\n2\n", 0],
    [
      "[ a -a b ]; echo $?; [ a -a '' ]; echo $?; [ '' -o b ]; echo $?; [ '' -o '' ]; echo $?",
      '0\n1\n0\n1\n',
      0,
    ],
    ['[ -z -a -z ]; echo $?; [ -t -a a ]; echo $?', '0\n0\n', 0],
    ["[ -n a -o -z a -a x ]; echo $?; [ -z a -o -n a -a '' ]; echo $?", '0\n1\n', 0],
    ['[ a -a b -a -n ]; echo $?', '0\n', 0],
    ['[ a -a b -a ! ]; echo $?', 'bash: [: argument expected\n2\n', 0],
    ['[ a -a -z a -a b ]; echo $?', '1\n', 0],
    [
      "[ ! \\( a -o b \\) -o x = y ]; echo $?; [ \\( ! a -o '' \\) -a x ]; echo $?; [ ! \\( a = b \\) -a \\( 1 -lt 2 -o x \\) ]; echo $?",
      '1\n1\n0\n',
      0,
    ],
    ["[ \\( \\( a \\) \\) -a \\( \\( \\( '' \\) -o b \\) \\) ]; echo $?", '0\n', 0],
    ['[ \\( \\( a \\) -o ]; echo $?', 'bash: [: argument expected\n2\n', 0],
    ['[ ! = a -o a ]; echo $?', 'bash: [: too many arguments\n2\n', 0],
    ['[ -t x -o a ]; echo $?', 'bash: [: too many arguments\n2\n', 0],
    ['[ -t x ]; echo $?', '1\n', 0],
    ['[ -t ]; echo $?; test -t; echo $?', '0\n0\n', 0],
    ['test -t 0 1; echo $?', 'bash: test: 0: binary operator expected\n2\n', 0],
    ['[ 1 -eq 1 -o 1 -eq x ]; echo $?', 'bash: [: x: integer expression expected\n2\n', 0],
    ['[ -f /etc/passwd -a -d /tmp -a -c /dev/null -a ! -e /nope ]; echo $?', '0\n', 0],
    [
      '[ -e /etc ]; echo $?; [ -a /etc ]; echo $?; [ -f /etc ]; echo $?; [ -d /etc/passwd ]; echo $?; [ -e /nope ]; echo $?',
      '0\n0\n1\n1\n1\n',
      0,
    ],
    ["[ -e '' ]; echo $?; [ -d '' ]; echo $?; [ '' -ef '' ]; echo $?", '1\n1\n1\n', 0],
    [
      '[ -c /dev/null ]; echo $?; [ -b /dev/null ]; echo $?; [ -p /dev/null ]; echo $?; [ -S /dev/null ]; echo $?; [ -h /dev/null ]; echo $?; [ -L /tmp ]; echo $?',
      '0\n1\n1\n1\n1\n1\n',
      0,
    ],
    [
      '[ -k /tmp ]; echo $?; [ -k /etc ]; echo $?; [ -u /etc/passwd ]; echo $?; [ -g /etc/passwd ]; echo $?',
      '0\n1\n1\n1\n',
      0,
    ],
    ['[ -s /etc/passwd ]; echo $?; [ -s /dev/null ]; echo $?; [ -s /nope ]; echo $?', '0\n1\n1\n', 0],
    ['[ -O /etc/passwd ]; echo $?; [ -G /etc/passwd ]; echo $?; [ -O /nope ]; echo $?', '0\n0\n1\n', 0],
    [
      '[ -r /root ]; echo $?; [ -w /root ]; echo $?; [ -x /root ]; echo $?; [ -x /etc/passwd ]; echo $?; [ -r /nope ]; echo $?',
      '0\n0\n0\n1\n1\n',
      0,
    ],
    [
      'cd /tmp; touch f; chmod 644 f; [ -x f ]; echo $?; chmod 100 f; [ -x f ]; echo $?; [ -r f ]; echo $?; [ -w f ]; echo $?',
      '1\n0\n0\n0\n',
      0,
    ],
    ['cd /tmp; touch f; [ -N f ]; echo $?', '1\n', 0],
    ['cd /tmp; touch f; [ -s f ]; echo $?; echo x > f; [ -s f ]; echo $?', '1\n0\n', 0],
    [
      'cd /tmp; touch f; chmod 4755 f; [ -u f ]; echo $?; [ -g f ]; echo $?; chmod 2755 f; [ -g f ]; echo $?; [ -k f ]; echo $?',
      '0\n1\n0\n1\n',
      0,
    ],
    ['cd /tmp; mkdir d; [ -d d ]; echo $?; [ -f d ]; echo $?; [ -x d ]; echo $?', '0\n1\n0\n', 0],
    [
      'cd /tmp; touch f; [ f -ef f ]; echo $?; [ f -ef ./f ]; echo $?; [ f -ef /etc/passwd ]; echo $?; [ f -ef nope ]; echo $?; [ nope -ef nope ]; echo $?',
      '0\n0\n1\n1\n1\n',
      0,
    ],
    [
      'cd /tmp; touch f; [ f -nt nope ]; echo $?; [ nope -nt f ]; echo $?; [ f -ot nope ]; echo $?; [ nope -ot f ]; echo $?; [ f -nt f ]; echo $?; [ f -ot f ]; echo $?; [ nope -nt nope ]; echo $?',
      '0\n1\n1\n0\n1\n1\n1\n',
      0,
    ],
    [
      '[ -t 0 ]; echo $?; [ -t 1 ]; echo $?; [ -t 2 ]; echo $?; [ -t 9 ]; echo $?; [ -t 99999999999 ]; echo $?; [ -t -1 ]; echo $?; [ -t " 1" ]; echo $?',
      '0\n0\n0\n1\n1\n1\n0\n',
      0,
    ],
    ['echo | [ -t 0 ]; echo $?', '1\n', 0],
    [
      '[ -p /dev/stdin ]; echo $?; [ -c /dev/stdin ]; echo $?; [ -c /dev/fd/1 ]; echo $?; [ -e /dev/fd/7 ]; echo $?; [ /dev/stdin -ef /dev/fd/0 ]; echo $?',
      '1\n0\n0\n1\n0\n',
      0,
    ],
    ['echo x | [ -p /dev/fd/0 ]; echo $?', '0\n', 0],
    [
      '[ -o history ]; echo $?; [ -o nounset ]; echo $?; [ -o nosuch ]; echo $?; [ -o ]; echo $?',
      '0\n1\n1\n0\n',
      0,
    ],
    [
      "[ -v HOME ]; echo $?; [ -v NOPE ]; echo $?; x=; [ -v x ]; echo $?; [ -v 0 ]; echo $?; [ -v 1 ]; echo $?; [ -v '?' ]; echo $?; [ -v 1x ]; echo $?",
      '0\n1\n0\n0\n1\n1\n1\n',
      0,
    ],
    [
      "a=1; [ -v 'a[0]' ]; echo $?; [ -v 'a[1]' ]; echo $?; [ -v 'a[@]' ]; echo $?; [ -v 'b[0]' ]; echo $?; [ -v ' 0 ' ]; echo $?; [ -v -1 ]; echo $?",
      '0\n1\n0\n1\n0\n1\n',
      0,
    ],
    ['[ -R x ]; echo $?', '1\n', 0],
    ['test 1 -eq 2 ] ; echo $?', 'bash: test: too many arguments\n2\n', 0],
    ['[ --help ]; echo $?; test --help; echo $?', '0\n0\n', 0],
    ['[ ! \\( ]; echo $?', '1\n', 0],
    ['[ \\( ! \\) ]; echo $?', '0\n', 0],
    ['[ \\) ]; echo $?; [ \\( \\) ]; echo $?', '0\nbash: [: (: unary operator expected\n2\n', 0],
    [
      '[ -a ]; echo $?; [ -o a ]; echo $?; [ a -o ]; echo $?',
      '0\n1\nbash: [: a: unary operator expected\n2\n',
      0,
    ],
    ['echo x | test -p /dev/stdin; echo $?', '0\n', 0],
    ['echo x | [ -t 0 ]; echo $?', '1\n', 0],
    ['[ -t 0 -a -t 1 -a -t 2 ]; echo $?; [ -t 0 -a -t ]; echo $?', '0\n0\n', 0],
    ["[ abc \\< abd -a abc \\> ab ]; echo $?; [ '' \\< a ]; echo $?; [ Z \\< a ]; echo $?", '0\n0\n0\n', 0],
    [
      'test x -a; echo $?; test -a x; echo $?; test -z -a; echo $?',
      'bash: test: x: unary operator expected\n2\n1\n1\n',
      0,
    ],
    ['test -z a -a; echo $?', 'bash: test: a: binary operator expected\n2\n', 0],
    ["test ! -a x -o ''; echo $?", '0\n', 0],
    ["[ a ]; echo $?; [ '' ]; echo $?; [ -- ]; echo $?; [ - ]; echo $?", '0\n1\n0\n0\n', 0],
    ['test -e /etc/passwd; echo $? && test ! -e /etc/passwd || echo no', '0\nno\n', 0],
    ["[ '(x' a ')' ]; echo $?; [ '(x' '' ')' ]; echo $?", '0\n1\n', 0],
    [
      "[ \\( a \\) -a \\( b \\) ]; echo $?; [ ! \\( '' \\) ]; echo $?; [ ! \\( ! '' \\) -o '' ]; echo $?",
      '0\n0\n1\n',
      0,
    ],
    ['[ ! \\( a b ]; echo $?', 'bash: [: a: binary operator expected\n2\n', 0],
    ['[ ! ! ]; echo $?; [ ! -e ]; echo $?; [ ! -e /nope ]; echo $?', '1\n1\n0\n', 0],
    ['[ -n = -n ]; echo $?; [ -z -o -n ]; echo $?; [ ! -o x ]; echo $?', '0\n0\n0\n', 0],
    ['[ -e -a -o -a -e ]; echo $?', '1\n', 0],
    ['[ \\( -e \\) -a x ]; echo $?', "bash: [: `)' expected, found ]\n2\n", 0],
    ['[ 1 -eq 1 -a \\( 2 -gt 1 -o \\( x = y \\) \\) -a ! -z a ]; echo $?', '0\n', 0],
    ['test \\( -t \\) ; echo $?; test \\( -t 5 \\); echo $?', '0\n1\n', 0],
    ['[ -t 1 x ]; echo $?', 'bash: [: 1: binary operator expected\n2\n', 0],
    [
      '[ a -ef ]; echo $?; [ -ef a ]; echo $?; [ -nt -nt -nt ]; echo $?',
      'bash: [: a: unary operator expected\n2\nbash: [: -ef: unary operator expected\n2\n1\n',
      0,
    ],
    [
      'test 1 -eq; echo $?; test -eq 1 2; echo $?',
      'bash: test: 1: unary operator expected\n2\nbash: test: 1: binary operator expected\n2\n',
      0,
    ],
    [
      '[ \\( \\) ]; echo $?; [ \\( \\) \\) ]; echo $?; [ \\( \\( \\) ]; echo $?',
      'bash: [: (: unary operator expected\n2\n0\n0\n',
      0,
    ],
    [
      '[ -1 -lt 1 -a -9223372036854775808 -lt 9223372036854775807 ]; echo $?; [ -9223372036854775809 -lt 0 ]; echo $?',
      '0\nbash: [: -9223372036854775809: integer expression expected\n2\n',
      0,
    ],
    [
      '[ 1 -eq "\t1" ]; echo $?; [ 1x -eq 1 ]; echo $?; [ - -eq 0 ]; echo $?; [ + -eq 0 ]; echo $?',
      '0\nbash: [: 1x: integer expression expected\n2\nbash: [: -: integer expression expected\n2\nbash: [: +: integer expression expected\n2\n',
      0,
    ],
  ] as const)('%s', (script, out, status) => {
    expect(sh(script)).toEqual({ out, status });
  });
});

describe('test and [ as a user', () => {
  it.each([
    [
      'cd /tmp; touch f; chmod 600 f; [ -r f ]; echo $?; [ -w f ]; echo $?; [ -x f ]; echo $?; [ -O f ]; echo $?; [ -G f ]; echo $?',
      '0\n0\n1\n0\n0\n',
      0,
    ],
    [
      'cd /tmp; touch f; chmod 070 f; [ -r f ]; echo $?; chmod 705 f; [ -x f ]; echo $?; [ -w f ]; echo $?',
      '1\n0\n0\n',
      0,
    ],
    [
      '[ -r /root ]; echo $?; [ -x /root ]; echo $?; [ -r /etc/passwd ]; echo $?; [ -w /etc/passwd ]; echo $?; [ -O /etc/passwd ]; echo $?; [ -G /etc/passwd ]; echo $?; [ -w /tmp ]; echo $?; [ -x /tmp ]; echo $?',
      '1\n1\n0\n1\n1\n1\n0\n0\n',
      0,
    ],
    ['[ -v HOME ]; echo $?; [ -k /tmp ]; echo $?', '0\n0\n', 0],
  ] as const)('%s', (script, out, status) => {
    expect(sh(script, ALICE)).toEqual({ out, status });
  });
});

describe('test and [ on long argument lists', () => {
  it.each([
    [DEEP, '0\n'],
    [NOTS, '1\n'],
    [ANDS, '1\n'],
  ])('%#', (script, out) => {
    expect(sh(script)).toEqual({ out, status: 0 });
  });
});

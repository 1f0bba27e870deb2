// Generated from the real programs (bash 5.2, GNU coreutils 9.1, LC_ALL=C): each script ran in
// an empty directory; the model runs it in /tmp.

import { describe, expect, it } from 'vitest';
import { run, runBytes } from './run';

describe('tr translate', () => {
  it.each([
    ['echo hello | tr a-z A-Z', 'HELLO\n', 0],
    ["echo hello | tr '[:lower:]' '[:upper:]'", 'HELLO\n', 0],
    ["echo HeLLo | tr '[:upper:]' '[:lower:]'", 'hello\n', 0],
    ['echo hello | tr el ip', 'hippo\n', 0],
    ["echo hello | tr 'a-z' 'A-C'", 'CCCCC\n', 0],
    ["echo hello | tr -t 'a-z' 'A-C'", 'hello\n', 0],
    ["echo hello | tr el '[x*]'", 'hxxxo\n', 0],
    ["echo hello | tr a-z 'A[x*3]Z'", 'ZZZZZ\n', 0],
    ["echo hello | tr a-z '[x*0100]'", 'xxxxx\n', 0],
    ["echo hello world | tr -c 'a-z\\n' '_'", 'hello_world\n', 0],
    ["echo 'hello world' | tr -c '[:alpha:]' '[\\n*]'", 'hello\nworld\n', 0],
    ["echo hello | tr 'lo' 'L'", 'heLLL\n', 0],
    ["printf 'a\\tb\\\\c\\n' | tr '\\t\\\\' 'T/'", 'aTb/c\n', 0],
    ["echo abc | tr 'a-c' '\\101-\\103'", 'ABC\n', 0],
    ["echo abc | tr abc '\\n\\t\\\\'", '\n\t\\\n', 0],
    ["echo 'a-b' | tr a-b x", 'x-x\n', 0],
    ["echo 'a-b' | tr 'a\\-b' xyz", 'xyz\n', 0],
    ["echo '-ab' | tr -- -a xy", 'xyb\n', 0],
    ["echo 'x[y]z' | tr '[]' '()'", 'x(y)z\n', 0],
    ["echo 'a:b' | tr '[:' '<>'", 'a>b\n', 0],
    ["echo abc | tr '[=a=]' x", 'xbc\n', 0],
    ['echo hello | tr -s l', 'helo\n', 0],
    ['echo hello | tr -s el LE', 'hLEo\n', 0],
    ["echo 'aabbccdd' | tr -s 'a-c' 'x'", 'xdd\n', 0],
    ["printf 'a  b\\t\\tc\\n' | tr -s '[:space:]'", 'a b\tc\n', 0],
    ["printf 'a  b\\t\\tc\\n' | tr -s '[:blank:]' ' '", 'a b c\n', 0],
    ["echo 'AbC' | tr '[:upper:][:lower:]' '[:lower:][:upper:]'", 'aBc\n', 0],
    ["echo 'a1!B' | tr '[:alnum:]' x", 'xx!x\n', 0],
    ["echo 'a1!B ' | tr -d '[:punct:][:space:]'", 'a1B', 0],
    ["echo 'a1!B' | tr -d '[:digit:]'", 'a!B\n', 0],
    ["echo 'a1f!G' | tr -d '[:xdigit:]'", '!G\n', 0],
    ["printf 'a\\001b\\n' | tr -d '[:cntrl:]'", 'ab', 0],
    ["printf 'a b\\n' | tr -d '[:graph:]'", ' \n', 0],
    ["printf 'a b\\n' | tr -cd '[:print:]'", 'a b', 0],
  ])('%s', (script, out, status) => {
    expect(run(script)).toEqual({ out, status });
  });
});

describe('tr delete and complement', () => {
  it.each([
    ['echo hello | tr -d l', 'heo\n', 0],
    ["echo hello | tr -d 'a-k'", 'llo\n', 0],
    ["echo hello | tr -cd 'l\\n'", 'll\n', 0],
    ["echo hello | tr -Cd 'lo'", 'llo', 0],
    ['echo hello | tr -ds l o', 'heo\n', 0],
    ["echo 'hello  world' | tr -ds 'l' ' '", 'heo word\n', 0],
    ["echo hello | tr -c '' x", 'xxxxxx', 0],
    ["echo hello | tr -dc ''", '', 0],
  ])('%s', (script, out, status) => {
    expect(run(script)).toEqual({ out, status });
  });
});

describe('tr errors', () => {
  it.each([
    ['tr', "tr: missing operand\nTry 'tr --help' for more information.\n", 1],
    [
      'echo x | tr a',
      "tr: missing operand after 'a'\nTwo strings must be given when translating.\nTry 'tr --help' for more information.\n",
      1,
    ],
    ['echo x | tr -d', "tr: missing operand\nTry 'tr --help' for more information.\n", 1],
    [
      'echo x | tr -d a b',
      "tr: extra operand 'b'\nOnly one string may be given when deleting without squeezing repeats.\nTry 'tr --help' for more information.\n",
      1,
    ],
    ['echo x | tr -s a b c', "tr: extra operand 'c'\nTry 'tr --help' for more information.\n", 1],
    [
      'echo x | tr -ds a',
      "tr: missing operand after 'a'\nTwo strings must be given when both deleting and squeezing repeats.\nTry 'tr --help' for more information.\n",
      1,
    ],
    ['echo x | tr a b c', "tr: extra operand 'c'\nTry 'tr --help' for more information.\n", 1],
    ['echo hello | tr z-a x', "tr: range-endpoints of 'z-a' are in reverse collating sequence order\n", 1],
    ["echo hello | tr '[:foo:]' x", "tr: invalid character class 'foo'\n", 1],
    ["echo hello | tr '[::]' x", "tr: missing character class name '[::]'\n", 1],
    ["echo hello | tr '[==]' x", "tr: missing equivalence class character '[==]'\n", 1],
    ["echo hello | tr '[=ab=]' x", 'tr: ab: equivalence class operand must be a single character\n', 1],
    [
      "echo hello | tr a '[:digit:]'",
      "tr: when translating, the only character classes that may appear in\nstring2 are 'upper' and 'lower'\n",
      1,
    ],
    ["echo hello | tr a '[=a=]'", 'tr: [=c=] expressions may not appear in string2 when translating\n', 1],
    ["echo hello | tr '[a*]' x", 'tr: the [c*] repeat construct may not appear in string1\n', 1],
    ["echo hello | tr a '[x*][y*]'", 'tr: only one [c*] repeat construct may appear in string2\n', 1],
    [
      "echo hello | tr -d a '[x*]'",
      "tr: extra operand '[x*]'\nOnly one string may be given when deleting without squeezing repeats.\nTry 'tr --help' for more information.\n",
      1,
    ],
    ["echo hello | tr a ''", 'tr: when not truncating set1, string2 must be non-empty\n', 1],
    ["echo hello | tr a-z '[:upper:]0'", 'tr: misaligned [:upper:] and/or [:lower:] construct\n', 1],
    ["echo hello | tr 'a-z0' '[:upper:]'", 'tr: misaligned [:upper:] and/or [:lower:] construct\n', 1],
    ["echo hello | tr '[:lower:]' 'A[:upper:]'", 'tr: misaligned [:upper:] and/or [:lower:] construct\n', 1],
    [
      "echo hello | tr -c '[:lower:]' 'ab'",
      'tr: when translating with complemented character classes,\nstring2 must map all characters in the domain to one\n',
      1,
    ],
    ["echo hello | tr 'ab' '[x*09]'", "tr: invalid repeat count '09' in [c*n] construct\n", 1],
    ["echo hello | tr 'ab' '[x*1x]'", "tr: invalid repeat count '1x' in [c*n] construct\n", 1],
    [
      "echo hello | tr 'a\\' x",
      'tr: warning: an unescaped backslash at end of string is not portable\nhello\n',
      0,
    ],
    [
      "echo hello | tr '\\400' x",
      'tr: warning: the ambiguous octal escape \\400 is being\n\tinterpreted as the 2-byte sequence \\040, 0\nhello\n',
      0,
    ],
    ['echo hello | tr -x a b', "tr: invalid option -- 'x'\nTry 'tr --help' for more information.\n", 1],
    [
      'echo hello | tr --foo a b',
      "tr: unrecognized option '--foo'\nTry 'tr --help' for more information.\n",
      1,
    ],
    ['echo hello | tr a -d', 'hello\n', 0],
    ['tr a b < /etc', 'tr: read error: Is a directory\n', 1],
    ["echo hello | tr -t a ''", 'hello\n', 0],
  ])('%s', (script, out, status) => {
    expect(run(script)).toEqual({ out, status });
  });
  it.each([
    ["printf 'a\\377b\\n' | tr '\\377' x", '6178620a', 0],
    ["printf 'abc\\n' | tr b '\\200'", '6180630a', 0],
    ["printf '\\200\\201\\n' | tr '\\200-\\377' 'A-Z'", '41420a', 0],
    ["printf 'x\\0y\\n' | tr '\\0' -", '782d790a', 0],
    ["printf 'x\\0y\\n' | tr -d '\\000'", '78790a', 0],
    ["printf 'ab\\n' | tr -c a '\\377'", '61ffff', 0],
  ])('%s (bytes)', (script, hex, status) => {
    expect(runBytes(script)).toEqual({ hex, status });
  });
});

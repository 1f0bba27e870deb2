// Generated from the real programs (bash 5.2, GNU coreutils 9.1, LC_ALL=C): each script ran in
// an empty directory; the model runs it in /tmp.

import { describe, expect, it } from 'vitest';
import { run } from './run';

const F = "printf 'a:b:c\\nd:e\\nnodelim\\n\\n' > f; ";
const T = "printf 'one\\ttwo\\tthree\\nfour\\tfive\\n' > t; ";

describe('cut fields', () => {
  it.each([
    [F + 'cut -d: -f2 f', 'b\ne\nnodelim\n\n', 0],
    [F + 'cut -d: -f1,3 f', 'a:c\nd\nnodelim\n\n', 0],
    [F + 'cut -d: -f1,3 --output-delimiter=XX f', 'aXXc\nd\nnodelim\n\n', 0],
    [F + 'cut -d: -f 2- f', 'b:c\ne\nnodelim\n\n', 0],
    [F + 'cut -d: -f -2 f', 'a:b\nd:e\nnodelim\n\n', 0],
    [F + 'cut -s -d: -f2- f', 'b:c\ne\n', 0],
    [F + 'cut -d: -f3 f', 'c\n\nnodelim\n\n', 0],
    [F + 'cut -sd: -f3 f', 'c\n\n', 0],
    [F + 'cut -d: --complement -f2 f', 'a:c\nd\nnodelim\n\n', 0],
    [
      F + 'cut -d : -f 1 -f 2 f',
      "cut: only one list may be specified\nTry 'cut --help' for more information.\n",
      1,
    ],
    [T + 'cut -f2 t', 'two\nfive\n', 0],
    [T + 'cut -f 1,3 t', 'one\tthree\nfour\n', 0],
    [T + 'cut -f3,1 t', 'one\tthree\nfour\n', 0],
    [T + 'cut -f 1 3 t', 'cut: 3: No such file or directory\none\nfour\n', 1],
    [T + 'cut -f2 --output-delimiter= t', 'two\nfive\n', 0],
    ["printf 'a:b\\nc' | cut -d: -f2", 'b\nc\n', 0],
    ["printf 'a:b\\nc' | cut -d: -f1", 'a\nc\n', 0],
    ["printf 'a:b:c' | cut -d: -f2,3", 'b:c\n', 0],
    ["printf 'x\\0y:z\\0w' | cut -z -d: -f2", 'x\u0000z\u0000w\u0000', 0],
    ["printf 'a,b\\nc,d\\n' | cut -d, -f 1,1,2-", 'a,b\nc,d\n', 0],
    ["printf 'a b  c\\n' | cut -d ' ' -f 3", '\n', 0],
    ["printf 'a\\nb\\nc\\n' | cut -d $'\\n' -f1", 'a\n', 0],
    ["printf 'a:b:c:d:e\\n' | cut -d: -f 1-2,4-", 'a:b:d:e\n', 0],
    ["printf 'a:b:c:d:e\\n' | cut -d: -f 1-2,4- --output-delimiter='|'", 'a|b|d|e\n', 0],
    ["printf 'a:b:c:d:e\\n' | cut -d: --complement -f 2-3", 'a:d:e\n', 0],
    ["printf 'a:b:c:d:e\\n' | cut -d: --complement -f 1-", '\n', 0],
  ])('%s', (script, out, status) => {
    expect(run(script)).toEqual({ out, status });
  });
});

describe('cut bytes', () => {
  it.each([
    [F + 'cut -b2-3,5 f', ':bc\n:e\nodl\n\n', 0],
    [F + 'cut -b 1,3 --output-delimiter=- f', 'a-b\nd-e\nn-d\n\n', 0],
    [F + 'cut -c -2 f', 'a:\nd:\nno\n\n', 0],
    [F + 'cut --complement -b2 f', 'ab:c\nde\nndelim\n\n', 0],
    [F + 'cut -b 3- f', 'b:c\ne\ndelim\n\n', 0],
    [F + 'cut -b 1-2,2-4 --output-delimiter=- f', 'a:b:\nd:e\nnode\n\n', 0],
    [F + 'cut -b 1,2,4-5 --output-delimiter=, f', 'a,:,:c\nd,:\nn,o,el\n\n', 0],
    [F + 'cut -n -b 1 f', 'a\nd\nn\n\n', 0],
    ["printf 'abc' | cut -b 2", 'b\n', 0],
    ["printf 'abcdef\\n' | cut -b 5,1-2 --output-delimiter=:", 'ab:e\n', 0],
    ["printf 'abcdef\\n' | cut --complement -c 2-3,5", 'adf\n', 0],
    ["printf 'abcdef\\n' | cut -b 1-1000000000000", 'abcdef\n', 0],
  ])('%s', (script, out, status) => {
    expect(run(script)).toEqual({ out, status });
  });
});

describe('cut errors', () => {
  it.each([
    [
      'cut',
      "cut: you must specify a list of bytes, characters, or fields\nTry 'cut --help' for more information.\n",
      1,
    ],
    [
      'cut -b 0 f',
      "cut: byte/character positions are numbered from 1\nTry 'cut --help' for more information.\n",
      1,
    ],
    ['cut -f 0 f', "cut: fields are numbered from 1\nTry 'cut --help' for more information.\n", 1],
    ['cut -b 3-1 f', "cut: invalid decreasing range\nTry 'cut --help' for more information.\n", 1],
    ['cut -f x f', "cut: invalid field value 'x'\nTry 'cut --help' for more information.\n", 1],
    ['cut -b x f', "cut: invalid byte/character position 'x'\nTry 'cut --help' for more information.\n", 1],
    [
      "cut -b '' f",
      "cut: byte/character positions are numbered from 1\nTry 'cut --help' for more information.\n",
      1,
    ],
    ["cut -f '' f", "cut: fields are numbered from 1\nTry 'cut --help' for more information.\n", 1],
    ['cut -c 1-2-3 f', "cut: invalid byte or character range\nTry 'cut --help' for more information.\n", 1],
    ['cut -f 1--2 f', "cut: invalid field range\nTry 'cut --help' for more information.\n", 1],
    ['cut -f - f', "cut: invalid range with no endpoint: -\nTry 'cut --help' for more information.\n", 1],
    [
      'cut -b 1, f',
      "cut: byte/character positions are numbered from 1\nTry 'cut --help' for more information.\n",
      1,
    ],
    [
      'cut -b ,1 f',
      "cut: byte/character positions are numbered from 1\nTry 'cut --help' for more information.\n",
      1,
    ],
    ['cut -b 1a f', "cut: invalid byte/character position 'a'\nTry 'cut --help' for more information.\n", 1],
    [
      'cut -b 0-3 f',
      "cut: byte/character positions are numbered from 1\nTry 'cut --help' for more information.\n",
      1,
    ],
    ['cut -b -0 f', "cut: invalid decreasing range\nTry 'cut --help' for more information.\n", 1],
    [
      'cut -f 99999999999999999999 f',
      "cut: field number '99999999999999999999' is too large\nTry 'cut --help' for more information.\n",
      1,
    ],
    [
      'cut -b 99999999999999999999 f',
      "cut: byte/character offset '99999999999999999999' is too large\nTry 'cut --help' for more information.\n",
      1,
    ],
    [
      'cut -b 18446744073709551615 f',
      "cut: byte/character offset '18446744073709551615' is too large\nTry 'cut --help' for more information.\n",
      1,
    ],
    [
      'cut -b "1\'x" f',
      "cut: invalid byte/character position '\\'x'\nTry 'cut --help' for more information.\n",
      1,
    ],
    [
      'cut -d ab -f1 f',
      "cut: the delimiter must be a single character\nTry 'cut --help' for more information.\n",
      1,
    ],
    [
      'cut -d : -b1 f',
      "cut: an input delimiter may be specified only when operating on fields\nTry 'cut --help' for more information.\n",
      1,
    ],
    [
      'cut -s -b1 f',
      "cut: suppressing non-delimited lines makes sense\n\tonly when operating on fields\nTry 'cut --help' for more information.\n",
      1,
    ],
    [
      'cut -b 1 -s f',
      "cut: suppressing non-delimited lines makes sense\n\tonly when operating on fields\nTry 'cut --help' for more information.\n",
      1,
    ],
    ['cut -f2- -c1 f', "cut: only one list may be specified\nTry 'cut --help' for more information.\n", 1],
    ['cut -f1 nope /etc', 'cut: nope: No such file or directory\ncut: /etc: Is a directory\n', 1],
    [
      "cut -f1 \"x'y\" 'a b'",
      "cut: \"x'y\": No such file or directory\ncut: 'a b': No such file or directory\n",
      1,
    ],
    ['cut -f1 -x', "cut: invalid option -- 'x'\nTry 'cut --help' for more information.\n", 1],
    [
      'cut --bytes',
      "cut: option '--bytes' requires an argument\nTry 'cut --help' for more information.\n",
      1,
    ],
    ['cut --nope', "cut: unrecognized option '--nope'\nTry 'cut --help' for more information.\n", 1],
    ['cut -b1 < /etc', 'cut: -: Is a directory\n', 1],
  ])('%s', (script, out, status) => {
    expect(run(script)).toEqual({ out, status });
  });
});

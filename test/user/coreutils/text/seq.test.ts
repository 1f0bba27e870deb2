// Generated from the real programs (bash 5.2, GNU coreutils 9.1, LC_ALL=C): each script ran in
// an empty directory; the model runs it in /tmp.

import { describe, expect, it } from 'vitest';
import { run } from './run';

describe('seq', () => {
  it.each([
    ['seq 3', '1\n2\n3\n', 0],
    ['seq 2 4', '2\n3\n4\n', 0],
    ['seq 1 2 7', '1\n3\n5\n7\n', 0],
    ['seq 5 1', '', 0],
    ['seq 5 -1 1', '5\n4\n3\n2\n1\n', 0],
    ['seq 10 -3 1', '10\n7\n4\n1\n', 0],
    ['seq -3 -1', '-3\n-2\n-1\n', 0],
    ['seq -- -1 1', '-1\n0\n1\n', 0],
    ['seq -s, 5', '1,2,3,4,5\n', 0],
    ["seq -s ', ' 3", '1, 2, 3\n', 0],
    ["seq -s '' 3", '123\n', 0],
    ['seq -w 8 11', '08\n09\n10\n11\n', 0],
    ['seq -w -1 1', '-1\n00\n01\n', 0],
    ['seq -w 0.5 1.5 5', '0.5\n2.0\n3.5\n5.0\n', 0],
    ['seq -w 1 0.5 2', '1.0\n1.5\n2.0\n', 0],
    ['seq -w 099 101', '099\n100\n101\n', 0],
    ['seq 0 0.1 0.3', '0.0\n0.1\n0.2\n0.3\n', 0],
    ['seq 0.1 0.3', '0.1\n', 0],
    ['seq 1 0.25 2', '1.00\n1.25\n1.50\n1.75\n2.00\n', 0],
    ['seq -1 0.5 1', '-1.0\n-0.5\n0.0\n0.5\n1.0\n', 0],
    ['seq 0 0.000001 0.000003', '0.000000\n0.000001\n0.000002\n0.000003\n', 0],
    ['seq 1e3 1e3', '1000\n', 0],
    ['seq 1e1 2e1 5e1', '10\n30\n50\n', 0],
    ['seq 1.5e1 16', '15\n16\n', 0],
    ['seq 0x10 0x12', '16\n17\n18\n', 0],
    ['seq 1 1 100000 | tail -1', '100000\n', 0],
    ['seq 100000 | wc -l', '100000\n', 0],
    [
      'seq 18446744073709551616 18446744073709551618',
      '18446744073709551616\n18446744073709551617\n18446744073709551618\n',
      0,
    ],
    ['seq 1 inf | head -3', '1\n2\n3\n', 0],
    ['seq inf | head -2', '1\n2\n', 0],
    ['seq 0 0.5 inf | head -3', '0.0\n0.5\n1.0\n', 0],
    ['seq -0 1', '-0\n1\n', 0],
    ['seq .5 2', '0.5\n1.5\n', 0],
    ['seq -.5 1', '-0.5\n0.5\n', 0],
    ['seq 1. 3', '1\n2\n3\n', 0],
  ])('%s', (script, out, status) => {
    expect(run(script)).toEqual({ out, status });
  });
});

describe('seq formats', () => {
  it.each([
    ['seq -f %a 1 3', '0x8p-3\n0x8p-2\n0xcp-2\n', 0],
    ['seq -f %La 0.1 0.1 0.3', '0xc.ccccccccccccccdp-7\n0xc.ccccccccccccccdp-6\n0x9.99999999999999ap-5\n', 0],
    ['seq -f %A -1.5 1 0', '-0XCP-3\n-0X8P-4\n', 0],
    ["seq -f '%.3a' 0.1 1 1", '0xc.ccdp-7\n', 0],
    ["seq -f '%a' 0 1 0", '0x0p+0\n', 0],
    ['seq -f %g -0 0', '-0\n', 0],
    [
      "seq -f '%.20f' 0.1 0.1 0.3",
      '0.10000000000000000000\n0.20000000000000000000\n0.30000000000000000001\n',
      0,
    ],
    [
      "seq -f '%.25g' 0.1 0.1 0.3",
      '0.1000000000000000000013553\n0.2000000000000000000027105\n0.300000000000000000010842\n',
      0,
    ],
    ["seq -f '%5.2e' 1 3", '1.00e+00\n2.00e+00\n3.00e+00\n', 0],
    ["seq -f '%-6gX' 1 2", '1     X\n2     X\n', 0],
    ["seq -f '%+g' 1 2", '+1\n+2\n', 0],
    ["seq -f '% g' -1 1", '-1\n 0\n 1\n', 0],
    ["seq -f '%08.3f' -1 1", '-001.000\n0000.000\n0001.000\n', 0],
    ["seq -f '%#g' 1 2", '1.00000\n2.00000\n', 0],
    ["seq -f '%#.0f' 1 2", '1.\n2.\n', 0],
    ["seq -f '%#x%g' 1 2", "seq: format '%#x%g' has unknown %x directive\n", 1],
    ["seq -f 'x%gy%%' 1 2", 'x1y%\nx2y%\n', 0],
    ["seq -f '%%%g' 1 2", '%1\n%2\n', 0],
    ["seq -f '%E' 123456789 123456789", '1.234568E+08\n', 0],
    ["seq -f '%G' 0.0000123 0.0000123", '1.23E-05\n', 0],
    ["seq -f '%g' 1e20 1e20", '1e+20\n1e+20\n1e+20\n1e+20\n1e+20\n', 0],
    ["seq -f '%g' 123456 123457", '123456\n123457\n', 0],
    ["seq -f '%g' 1234567 1234567", '1.23457e+06\n', 0],
    ['seq -f "%\'g" 1234567 1234567', '1.23457e+06\n', 0],
    ["seq -f '%.0e' 25 25", '2e+01\n', 0],
    ["seq -f '%.0f' 0.5 1 2.5", '0\n2\n2\n', 0],
    ["seq -f '%.1f' 0.25 0.5 1.25", '0.2\n0.8\n1.2\n', 0],
    ["seq -f '%Lg' 1 2", '1\n2\n', 0],
    ["seq -s: -f '%.1f' 1 3", '1.0:2.0:3.0\n', 0],
  ])('%s', (script, out, status) => {
    expect(run(script)).toEqual({ out, status });
  });
});

describe('seq errors', () => {
  it.each([
    ['seq', "seq: missing operand\nTry 'seq --help' for more information.\n", 1],
    ['seq 1 2 3 4', "seq: extra operand '4'\nTry 'seq --help' for more information.\n", 1],
    ['seq x', "seq: invalid floating point argument: 'x'\nTry 'seq --help' for more information.\n", 1],
    ['seq 1 x', "seq: invalid floating point argument: 'x'\nTry 'seq --help' for more information.\n", 1],
    [
      'seq "a\'b"',
      "seq: invalid floating point argument: 'a\\'b'\nTry 'seq --help' for more information.\n",
      1,
    ],
    ['seq 1 0 3', "seq: invalid Zero increment value: '0'\nTry 'seq --help' for more information.\n", 1],
    ['seq 1 0.0 3', "seq: invalid Zero increment value: '0.0'\nTry 'seq --help' for more information.\n", 1],
    ['seq nan', "seq: invalid 'not-a-number' argument: 'nan'\nTry 'seq --help' for more information.\n", 1],
    ['seq 1 nan', "seq: invalid 'not-a-number' argument: 'nan'\nTry 'seq --help' for more information.\n", 1],
    [
      'seq 1e5000',
      "seq: invalid floating point argument: '1e5000'\nTry 'seq --help' for more information.\n",
      1,
    ],
    ["seq -f '%d' 1", "seq: format '%d' has unknown %d directive\n", 1],
    ["seq -f 'abc' 1", "seq: format 'abc' has no % directive\n", 1],
    ["seq -f '%g %g' 1", "seq: format '%g %g' has too many % directives\n", 1],
    ["seq -f '%' 1", "seq: format '%' ends in %\n", 1],
    ["seq -f '%5' 1", "seq: format '%5' ends in %\n", 1],
    [
      "seq -f '%g' -w 1",
      "seq: format string may not be specified when printing equal width strings\nTry 'seq --help' for more information.\n",
      1,
    ],
    ['seq -x 1', "seq: invalid option -- 'x'\nTry 'seq --help' for more information.\n", 1],
    ['seq --foo 1', "seq: unrecognized option '--foo'\nTry 'seq --help' for more information.\n", 1],
    ['seq -s', "seq: option requires an argument -- 's'\nTry 'seq --help' for more information.\n", 1],
    ['seq -f', "seq: option requires an argument -- 'f'\nTry 'seq --help' for more information.\n", 1],
    ['seq 1 3 -w', "seq: invalid floating point argument: '-w'\nTry 'seq --help' for more information.\n", 1],
    [
      'seq -w 1 3 -x',
      "seq: invalid floating point argument: '-x'\nTry 'seq --help' for more information.\n",
      1,
    ],
  ])('%s', (script, out, status) => {
    expect(run(script)).toEqual({ out, status });
  });
});

import { describe, it, expect } from 'vitest';
import { EINVAL, ERANGE, fail, ok } from '../../../worker/kernel/lib/errno';
import {
  kstrtouint,
  kstrtoull,
  parseUserDecimal,
  type KstrtoxBase,
} from '../../../worker/kernel/lib/kstrtox';
import { latin1Bytes } from '../../../worker/kernel/lib/utf8';

describe('kstrtoull', () => {
  const cases: Array<[string, KstrtoxBase, ReturnType<typeof kstrtoull>]> = [
    ['0', 10, ok(0n)],
    ['1', 10, ok(1n)],
    ['1\n', 10, ok(1n)],
    ['+1', 10, ok(1n)],
    ['+1\n', 10, ok(1n)],
    ['007', 10, ok(7n)],
    ['18446744073709551615', 10, ok(18446744073709551615n)],
    ['18446744073709551616', 10, fail(ERANGE)],
    ['99999999999999999999', 10, fail(ERANGE)],
    ['99999999999999999999x', 10, fail(ERANGE)],
    ['', 10, fail(EINVAL)],
    ['\n', 10, fail(EINVAL)],
    ['+', 10, fail(EINVAL)],
    ['++1', 10, fail(EINVAL)],
    [' 1', 10, fail(EINVAL)],
    ['1 ', 10, fail(EINVAL)],
    ['1\n\n', 10, fail(EINVAL)],
    ['-1', 10, fail(EINVAL)],
    ['0x10', 10, fail(EINVAL)],
    ['1a', 10, fail(EINVAL)],
    ['1\0garbage', 10, ok(1n)],
    // base 0: 0x + hex digit = hex, leading 0 = octal
    ['0x10', 0, ok(16n)],
    ['0X1f', 0, ok(31n)],
    ['0xFF\n', 0, ok(255n)],
    ['010', 0, ok(8n)],
    ['024', 0, ok(20n)],
    ['0', 0, ok(0n)],
    ['+5', 0, ok(5n)],
    ['08', 0, fail(EINVAL)],
    ['0x', 0, fail(EINVAL)],
    ['0xg', 0, fail(EINVAL)],
    ['0x0000000000001', 0, ok(1n)],
    ['0xffffffffffffffff', 0, ok(0xffffffffffffffffn)],
    ['0x10000000000000000', 0, fail(ERANGE)],
    // explicit bases
    ['ff', 16, ok(255n)],
    ['0xff', 16, ok(255n)],
    ['0x', 16, fail(EINVAL)],
    ['17', 8, ok(15n)],
    ['8', 8, fail(EINVAL)],
    ['0x1', 8, fail(EINVAL)],
  ];
  it.each(cases)('kstrtoull(%j, %i)', (text, base, expected) => {
    expect(kstrtoull(text, base)).toEqual(expected);
  });
});

describe('kstrtouint', () => {
  const cases: Array<[string, KstrtoxBase, ReturnType<typeof kstrtouint>]> = [
    ['4294967295', 10, ok(4294967295)],
    ['4294967296', 10, fail(ERANGE)],
    ['0xffffffff', 0, ok(0xffffffff)],
    ['0x100000000', 0, fail(ERANGE)],
    ['99999999999999999999', 10, fail(ERANGE)],
    ['256', 0, ok(256)],
    ['010', 0, ok(8)],
    ['abc', 0, fail(EINVAL)],
    ['', 0, fail(EINVAL)],
    ['5 ', 0, fail(EINVAL)],
  ];
  it.each(cases)('kstrtouint(%j, %i)', (text, base, expected) => {
    expect(kstrtouint(text, base)).toEqual(expected);
  });
});

describe('parseUserDecimal (kstrtoull_from_user, base 10)', () => {
  const cases: Array<[string, ReturnType<typeof parseUserDecimal>]> = [
    ['1', ok(1n)],
    ['1\n', ok(1n)],
    ['0\n', ok(0n)],
    ['+1\n', ok(1n)],
    ['1\0', ok(1n)],
    ['1\0garbage', ok(1n)],
    ['\0', fail(EINVAL)],
    ['', fail(EINVAL)],
    [' 1', fail(EINVAL)],
    ['1 \n', fail(EINVAL)],
    ['-1', fail(EINVAL)],
    ['0x10', fail(EINVAL)],
    ['1.5', fail(EINVAL)],
    ['99999999999999999999', fail(ERANGE)],
    ['18446744073709551615\n', ok(18446744073709551615n)],
    // only the first 66 bytes count
    ['0'.repeat(65) + '1', ok(1n)],
    ['0'.repeat(66) + '1', ok(0n)],
    ['0'.repeat(66) + 'x', ok(0n)],
    ['0'.repeat(65) + '1x', ok(1n)],
    ['0'.repeat(64) + '1x', fail(EINVAL)],
    ['\xe9', fail(EINVAL)],
  ];
  it.each(cases)('parseUserDecimal(%j)', (text, expected) => {
    expect(parseUserDecimal(latin1Bytes(text))).toEqual(expected);
  });
});

import { describe, it, expect } from 'vitest';
import { hash32, jhash, userEventBucket } from '../../../worker/kernel/lib/jhash';
import { encodeUtf8 } from '../../../worker/kernel/lib/utf8';

describe('jhash (lookup3 hashlittle, Appendix A)', () => {
  const published: Array<[string, number, number]> = [
    ['Four score and seven years ago', 0, 0x17770551],
    ['Four score and seven years ago', 1, 0xcd628161],
    ['', 0, 0xdeadbeef],
  ];
  it.each(published)('jhash(%j, initval %i) = %i', (text, initval, expected) => {
    expect(jhash(encodeUtf8(text), initval)).toBe(expected);
  });

  const names: Array<[string, number, number]> = [
    ['test', 0xbe0c1952, 228],
    ['__test_event', 0x08941436, 35],
    ['hello', 0x34cbbc6e, 45],
    ['bye', 0x92affb2e, 118],
    ['login', 0x16e6caf5, 140],
    ['logout', 0xf4ccf433, 71],
    ['tick', 0x2c5c6eca, 199],
    ['example', 0xb8141aaf, 187],
    ['myevent', 0xaa5e3502, 187],
    ['a', 0x58d68708, 116],
    ['abcdefghijklm', 0x928128f9, 152],
    // SCENARIOS S15
    ['first', 0x99f4df82, 191],
    ['second', 0x5f4a320e, 172],
  ];
  it.each(names)('%s: jhash %i, bucket %i', (name, hash, bucket) => {
    expect(jhash(encodeUtf8(name))).toBe(hash);
    expect(userEventBucket(name)).toBe(bucket);
  });

  it('returns an unsigned 32-bit value for bytes with the top bit set', () => {
    const h = jhash(Uint8Array.from([0xff, 0xff, 0xff, 0xff, 0x80]));
    expect(Number.isInteger(h) && h >= 0 && h <= 0xffffffff).toBe(true);
  });
});

describe('hash32 (hash_32)', () => {
  const cases: Array<[number, number, number]> = [
    [0, 8, 0],
    [1, 8, 0x61],
    [1, 32, 0x61c88647],
    [0xffffffff, 32, 0x9e3779b9],
    [0xbe0c1952, 8, 228],
  ];
  it.each(cases)('hash32(%i, %i) = %i', (val, bits, expected) => {
    expect(hash32(val, bits)).toBe(expected);
  });
});

import { describe, it, expect } from 'vitest';
import { EFAULT } from '../../../worker/kernel/lib/errno';
import { latin1Bytes } from '../../../worker/kernel/lib/utf8';
import { parseFields, type UserEventField } from '../../../worker/kernel/user-events/fields';
import { entryValidator, validateEntry } from '../../../worker/kernel/user-events/validators';

function fields(argText: string): UserEventField[] {
  const r = parseFields(argText);
  if (!r.ok) throw new Error(`bad fields ${argText}`);
  return r.value;
}

/** An entry as §c.9 step 7 builds it: header (ID 20, flags 0, preempt 0, pid 1300) + payload. */
function entry(...payload: Array<number | string>): Uint8Array {
  const bytes = [0x14, 0x00, 0x00, 0x00, 0x14, 0x05, 0x00, 0x00];
  for (const part of payload) {
    if (typeof part === 'number')
      bytes.push(part & 0xff, (part >>> 8) & 0xff, (part >>> 16) & 0xff, part >>> 24);
    else bytes.push(...latin1Bytes(part));
  }
  return Uint8Array.from(bytes);
}

describe('validateEntry (§c.9 validators)', () => {
  const cases: Array<[string, string, Uint8Array, number]> = [
    // S9: x __rel_loc char[] data, payload = loc + 5 bytes
    ['S9 good', '__rel_loc char[] data', entry(0x00050000, 'Test\0'), 0],
    ['S9 offset 1024', '__rel_loc char[] data', entry(0x00050400, 'Test\0'), -EFAULT],
    ['S9 offset 1', '__rel_loc char[] data', entry(0x00050001, 'Test\0'), -EFAULT],
    ['S9 length 1029', '__rel_loc char[] data', entry(0x04050000, 'Test\0'), -EFAULT],
    ['S9 length 6', '__rel_loc char[] data', entry(0x00060000, 'Test\0'), -EFAULT],
    ['S9 no NUL', '__rel_loc char[] data', entry(0x00050000, 'AAAAA'), -EFAULT],
    ['rel: shorter string inside', '__rel_loc char[] data', entry(0x00030002, 'abc\0\0'), 0],
    [
      'rel: len 0 checks the byte before start (the loc word)',
      '__rel_loc char[] data',
      entry(0x00000000, 'Test\0'),
      0,
    ],
    [
      'rel: len 0 checks the byte before start (not NUL)',
      '__rel_loc char[] data',
      entry(0x00000001, 'Test\0'),
      -EFAULT,
    ],
    ['rel: len 0 after a NUL', '__rel_loc char[] data', entry(0x00000005, 'Test\0'), 0],
    ['rel: not char, no NUL needed', '__rel_loc u8[] data', entry(0x00050000, 'AAAAA'), 0],
    ['rel: not char, still bounded', '__rel_loc u8[] data', entry(0x00060000, 'AAAAA'), -EFAULT],
    // __data_loc offsets count from the start of the entry, header included
    ['data: good', '__data_loc char[] path', entry(0x0005000c, 'Test\0'), 0],
    ['data: one past the end', '__data_loc char[] path', entry(0x0005000d, 'Test\0'), -EFAULT],
    ['data: no NUL', '__data_loc char[] path', entry(0x0005000c, 'TestX'), -EFAULT],
    [
      'data: inside the header, ends on common_flags',
      '__data_loc char[] path',
      entry(0x00010002, 'Test\0'),
      0,
    ],
    ['data: len 0 at entry start', '__data_loc char[] path', entry(0x00000000, 'Test\0'), -EFAULT],
    ['data: not char, len 0', '__data_loc u8[] blob', entry(0x00000000), 0],
    ['no dynamic fields', 'u32 a; char[4] s', entry(0xffffffff, 'AAAA'), 0],
    [
      'second validator fails',
      '__data_loc char[] a; __rel_loc char[] b',
      entry(0x00020010, 0x00030000, 'x\0'),
      -EFAULT,
    ],
    [
      'both validators pass',
      '__data_loc char[] a; __rel_loc char[] b',
      entry(0x00020010, 0x00020000, 'x\0', 'y\0'),
      0,
    ],
  ];
  it.each(cases)('%s', (_label, argText, bytes, expected) => {
    expect(validateEntry(fields(argText), bytes)).toBe(expected);
  });

  it.each(cases)('%s, in place inside a ring-buffer page', (_label, argText, bytes, expected) => {
    // The entry sits at offset 12 between bytes that are neither NUL nor part of it.
    const page = new Uint8Array(12 + bytes.length + 16).fill(0x41);
    page.set(bytes, 12);
    expect(validateEntry(fields(argText), page, 12, bytes.length)).toBe(expected);
  });

  it('S9 good entry is 17 bytes', () => {
    expect(entry(0x00050000, 'Test\0').length).toBe(17);
  });
});

describe('entryValidator', () => {
  it('is null for an event without dynamic locations: there is nothing to check', () => {
    expect(entryValidator(fields('u32 a; char[4] s'))).toBeNull();
    expect(entryValidator([])).toBeNull();
  });

  it('checks entries in place for an event with one', () => {
    const validator = entryValidator(fields('__rel_loc char[] data'));
    const good = entry(0x00050000, 'Test\0');
    const page = new Uint8Array(40).fill(0x41);
    page.set(good, 8);
    expect(validator?.validate(page, 8, good.length)).toBe(0);
    expect(validator?.validate(page, 8, good.length - 1)).toBe(-EFAULT);
  });
});

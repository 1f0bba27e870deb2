// Models include/linux/jhash.h and include/linux/hash.h: Bob Jenkins' lookup3 and hash_32 (Appendix A).
// user_events keys its per-group hash table with these; the table order is visible in user_events_status.

import { encodeUtf8 } from './utf8';

const JHASH_INITVAL = 0xdeadbeef;
const GOLDEN_RATIO_32 = 0x61c88647;

function rol32(x: number, k: number): number {
  return ((x << k) | (x >>> (32 - k))) >>> 0;
}

function le32(bytes: Uint8Array, i: number): number {
  return (bytes[i] | (bytes[i + 1] << 8) | (bytes[i + 2] << 16) | (bytes[i + 3] << 24)) >>> 0;
}

/** lookup3 hashlittle() over a byte string: an unsigned 32-bit hash (the kernel's jhash()). */
export function jhash(bytes: Uint8Array, initval = 0): number {
  let length = bytes.length;
  let a = (JHASH_INITVAL + length + initval) >>> 0;
  let b = a;
  let c = a;
  let k = 0;

  while (length > 12) {
    a = (a + le32(bytes, k)) >>> 0;
    b = (b + le32(bytes, k + 4)) >>> 0;
    c = (c + le32(bytes, k + 8)) >>> 0;
    // __jhash_mix
    a = ((a - c) ^ rol32(c, 4)) >>> 0;
    c = (c + b) >>> 0;
    b = ((b - a) ^ rol32(a, 6)) >>> 0;
    a = (a + c) >>> 0;
    c = ((c - b) ^ rol32(b, 8)) >>> 0;
    b = (b + a) >>> 0;
    a = ((a - c) ^ rol32(c, 16)) >>> 0;
    c = (c + b) >>> 0;
    b = ((b - a) ^ rol32(a, 19)) >>> 0;
    a = (a + c) >>> 0;
    c = ((c - b) ^ rol32(b, 4)) >>> 0;
    b = (b + a) >>> 0;
    length -= 12;
    k += 12;
  }

  if (length === 0) return c;

  const tail = [0, 0, 0];
  for (let i = 0; i < length; i++) tail[i >> 2] += bytes[k + i] << (8 * (i & 3));
  a = (a + (tail[0] >>> 0)) >>> 0;
  b = (b + (tail[1] >>> 0)) >>> 0;
  c = (c + (tail[2] >>> 0)) >>> 0;
  // __jhash_final
  c = ((c ^ b) - rol32(b, 14)) >>> 0;
  a = ((a ^ c) - rol32(c, 11)) >>> 0;
  b = ((b ^ a) - rol32(a, 25)) >>> 0;
  c = ((c ^ b) - rol32(b, 16)) >>> 0;
  a = ((a ^ c) - rol32(c, 4)) >>> 0;
  b = ((b ^ a) - rol32(a, 14)) >>> 0;
  c = ((c ^ b) - rol32(b, 24)) >>> 0;
  return c;
}

/** hash_32(): multiply by the golden ratio (mod 2^32) and keep the top `bits` bits (1..32). */
export function hash32(val: number, bits: number): number {
  return (Math.imul(val, GOLDEN_RATIO_32) >>> 0) >>> (32 - bits);
}

/** The user_events register_table bucket (0..255) of an event name: hash_32(jhash(name), 8). */
export function userEventBucket(name: string): number {
  return hash32(jhash(encodeUtf8(name)), 8);
}

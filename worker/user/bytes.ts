// Models the byte strings of C programs inside JavaScript strings: text is UTF-8, and a raw byte that
// is not part of valid UTF-8 (made by an escape such as `\xff`) rides along as a lone surrogate
// U+DC80..U+DCFF (Python's "surrogateescape"), turned back into that one byte on output.

import { encodeUtf8 } from '../kernel/lib/utf8';

/** The character standing for one byte value produced by an escape. */
export function byteChar(value: number): string {
  return String.fromCharCode(value < 0x80 ? value : 0xdc00 + value);
}

/** Encodes text to the bytes a C program would write. */
export function encodeText(text: string): Uint8Array {
  if (!/[\udc80-\udcff]/.test(text)) return encodeUtf8(text);
  const parts: number[] = [];
  let run = '';
  const flush = () => {
    for (const b of encodeUtf8(run)) parts.push(b);
    run = '';
  };
  for (const ch of text) {
    const c = ch.charCodeAt(0);
    if (ch.length === 1 && c >= 0xdc80 && c <= 0xdcff) {
      flush();
      parts.push(c - 0xdc00);
    } else run += ch;
  }
  flush();
  return Uint8Array.from(parts);
}

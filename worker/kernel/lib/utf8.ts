// UTF-8 conversion for the kernel, which is built without DOM or Node globals (no TextEncoder).
// Kernel files carry bytes; user space and the page carry JavaScript strings.

export function encodeUtf8(text: string): Uint8Array {
  const out: number[] = [];
  for (const ch of text) {
    const c = ch.codePointAt(0) ?? 0;
    if (c < 0x80) out.push(c);
    else if (c < 0x800) out.push(0xc0 | (c >> 6), 0x80 | (c & 63));
    else if (c < 0x10000) out.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
    else out.push(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 63), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
  }
  return Uint8Array.from(out);
}

/** Decodes UTF-8; a byte that does not start a valid sequence becomes U+FFFD, as TextDecoder does. */
export function decodeUtf8(bytes: Uint8Array, start = 0, end = bytes.length): string {
  let out = '';
  let ascii = 0;
  let i = start;
  while (i < end) {
    const b = bytes[i];
    if (b < 0x80) {
      i++;
      ascii++;
      continue;
    }
    if (ascii) {
      out += latin(bytes, i - ascii, i);
      ascii = 0;
    }
    const n = b >= 0xf8 ? -1 : b >= 0xf0 ? 3 : b >= 0xe0 ? 2 : b >= 0xc0 ? 1 : -1;
    if (n < 0 || i + n >= end) {
      out += '\ufffd';
      i++;
      continue;
    }
    let c = b & (0x3f >> n);
    let good = true;
    for (let k = 1; k <= n; k++) {
      const cb = bytes[i + k];
      if ((cb & 0xc0) !== 0x80) {
        good = false;
        break;
      }
      c = (c << 6) | (cb & 0x3f);
    }
    if (!good) {
      out += '\ufffd';
      i++;
      continue;
    }
    out += String.fromCodePoint(c);
    i += n + 1;
  }
  if (ascii) out += latin(bytes, i - ascii, i);
  return out;
}

function latin(bytes: Uint8Array, start: number, end: number): string {
  let s = '';
  for (let i = start; i < end; i += 8192) {
    s += String.fromCharCode(...bytes.subarray(i, Math.min(end, i + 8192)));
  }
  return s;
}

/** Bytes of a string whose characters are all below 0x100, one byte each (for binary-safe text). */
export function latin1Bytes(text: string): Uint8Array {
  const out = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) out[i] = text.charCodeAt(i) & 0xff;
  return out;
}

export function latin1String(bytes: Uint8Array): string {
  return latin(bytes, 0, bytes.length);
}

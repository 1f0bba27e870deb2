// UTF-8 conversion for the kernel, which is built without DOM or Node globals (no TextEncoder).
// Kernel files carry bytes; user space and the page carry JavaScript strings.

export function encodeUtf8(text: string): Uint8Array {
  const out = new Uint8Array(text.length * 3);
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    let c = text.charCodeAt(i);
    if (c < 0x80) {
      out[n++] = c;
      continue;
    }
    if (c >= 0xd800 && c < 0xdc00 && i + 1 < text.length) {
      const lo = text.charCodeAt(i + 1);
      if (lo >= 0xdc00 && lo < 0xe000) {
        c = 0x10000 + ((c - 0xd800) << 10) + (lo - 0xdc00);
        i++;
      }
    }
    if (c < 0x800) {
      out[n++] = 0xc0 | (c >> 6);
    } else if (c < 0x10000) {
      out[n++] = 0xe0 | (c >> 12);
      out[n++] = 0x80 | ((c >> 6) & 63);
    } else {
      out[n++] = 0xf0 | (c >> 18);
      out[n++] = 0x80 | ((c >> 12) & 63);
      out[n++] = 0x80 | ((c >> 6) & 63);
    }
    out[n++] = 0x80 | (c & 63);
  }
  return out.slice(0, n);
}

/** The length of a string's UTF-8 encoding, in bytes. */
export function utf8Length(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c < 0xdc00) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
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

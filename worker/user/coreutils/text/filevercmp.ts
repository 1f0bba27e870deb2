// Models gnulib filevercmp() as sort -V uses it: names compared as Debian version strings (runs of
// digits by value, letters before other bytes, `~` before everything), a trailing file suffix like
// `.tar.gz` considered only when the rest is equal, and `.`, `..` and dot names first.

const isDigit = (c: number) => c >= 0x30 && c <= 0x39;
const isAlpha = (c: number) => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);

/** The ordering of one byte in verrevcmp(). */
function order(s: Uint8Array, pos: number, len: number): number {
  if (pos === len) return -1;
  const c = s[pos];
  if (isDigit(c)) return 0;
  if (isAlpha(c)) return c;
  if (c === 0x7e) return -2;
  return c + 256;
}

function verrevcmp(a: Uint8Array, alen: number, b: Uint8Array, blen: number): number {
  let i = 0;
  let j = 0;
  while (i < alen || j < blen) {
    let firstDiff = 0;
    while ((i < alen && !isDigit(a[i])) || (j < blen && !isDigit(b[j]))) {
      const ac = order(a, i, alen);
      const bc = order(b, j, blen);
      if (ac !== bc) return ac - bc;
      i++;
      j++;
    }
    while (i < alen && a[i] === 0x30) i++;
    while (j < blen && b[j] === 0x30) j++;
    while (i < alen && j < blen && isDigit(a[i]) && isDigit(b[j])) {
      firstDiff ||= a[i] - b[j];
      i++;
      j++;
    }
    if (i < alen && isDigit(a[i])) return 1;
    if (j < blen && isDigit(b[j])) return -1;
    if (firstDiff) return firstDiff;
  }
  return 0;
}

/** file_prefixlen(): the length without a suffix matching (\.[A-Za-z~][A-Za-z0-9~]*)*$. */
function prefixLength(s: Uint8Array): number {
  const n = s.length;
  let prefix = 0;
  for (let i = 0; ;) {
    if (i === n) return prefix;
    i++;
    prefix = i;
    while (i + 1 < n && s[i] === 0x2e && (isAlpha(s[i + 1]) || s[i + 1] === 0x7e)) {
      for (i += 2; i < n && (isAlpha(s[i]) || isDigit(s[i]) || s[i] === 0x7e); i++);
    }
  }
}

/** gnulib filenvercmp(): version order, as ls -v and sort -V use it. */
export function filevercmp(a: Uint8Array, b: Uint8Array): number {
  if (!a.length) return -Number(b.length > 0);
  if (!b.length) return 1;
  if (a[0] === 0x2e) {
    if (b[0] !== 0x2e) return -1;
    const adot = a.length === 1;
    const bdot = b.length === 1;
    if (adot) return -Number(!bdot);
    if (bdot) return 1;
    const adotdot = a[1] === 0x2e && a.length === 2;
    const bdotdot = b[1] === 0x2e && b.length === 2;
    if (adotdot) return -Number(!bdotdot);
    if (bdotdot) return 1;
  } else if (b[0] === 0x2e) return 1;
  const ap = prefixLength(a);
  const bp = prefixLength(b);
  const result = verrevcmp(a, ap, b, bp);
  return result || (ap === a.length && bp === b.length) ? result : verrevcmp(a, a.length, b, b.length);
}

// Models xxd -r (xxd.c huntype()): hex digit pairs turned back into bytes. In the normal style each
// line starts with its offset, which moves the output (a seek in a file, zero bytes on a pipe or
// terminal, an error backwards), at most -c bytes are taken from a line and the rest is its text
// column; -p takes every pair, blanks ignored. -s adds an offset to every position.

import { SEEK_CUR } from '../../../kernel/syscalls';
import type { Syscalls } from '../../../kernel/syscall-table';
import type { Wait } from '../../process';
import type { Stdio } from '../../stdio';
import type { XxdArgs } from './xxd-args';
import type { ByteReader } from './byte-reader';

function hexDigit(c: number): number {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  if (c >= 0x61 && c <= 0x66) return c - 0x61 + 10;
  if (c >= 0x41 && c <= 0x46) return c - 0x41 + 10;
  return -1;
}

/** Runs the revert; returns null, or xxd's message when it would have to seek backwards. */
export function* revert(
  sys: Syscalls,
  r: ByteReader,
  out: Stdio,
  a: XxdArgs,
): Generator<Wait, string | null, void> {
  const normal = a.hextype === 'normal';
  const cols = a.cols;
  const baseOff = a.negativeSeek ? -a.seek : a.seek;
  let ignoreGarbage = true;
  let n1 = -1;
  let n2 = 0;
  let n3: number;
  let p = cols;
  let haveOff = 0;
  let wantOff = 0;
  const pending: number[] = [];
  const flush = () => {
    if (pending.length) out.write(Uint8Array.from(pending.splice(0)));
  };
  function* skipToEol(c: number): Generator<Wait, number, void> {
    while (c !== 0x0a && c !== -1) c = yield* r.getc();
    return c;
  }
  for (let c = yield* r.getc(); c !== -1; c = yield* r.getc()) {
    if (c === 0x0d) continue;
    if (!normal && (c === 0x20 || c === 0x0a || c === 0x09)) continue;
    n3 = n2;
    n2 = n1;
    n1 = hexDigit(c);
    if (n1 === -1 && ignoreGarbage) continue;
    ignoreGarbage = false;
    if (normal && p >= cols) {
      if (n1 < 0) p = 0;
      else wantOff = wantOff * 16 + n1;
      continue;
    }
    if (baseOff + wantOff !== haveOff) {
      flush();
      out.flush();
      if (sys.lseek(out.fd, baseOff + wantOff - haveOff, SEEK_CUR) >= 0) haveOff = baseOff + wantOff;
      if (baseOff + wantOff < haveOff) return 'Sorry, cannot seek backwards.';
      for (; haveOff < baseOff + wantOff; haveOff++) pending.push(0);
    }
    if (n2 >= 0 && n1 >= 0) {
      pending.push((n2 << 4) | n1);
      if (pending.length >= 4096) flush();
      haveOff++;
      wantOff++;
      n1 = -1;
      if (normal && ++p >= cols) c = yield* skipToEol(c);
    } else if (n1 < 0 && n2 < 0 && n3 < 0) c = yield* skipToEol(c);
    if (c === 0x0a) {
      if (normal) wantOff = 0;
      p = cols;
      ignoreGarbage = true;
    }
  }
  flush();
  return null;
}

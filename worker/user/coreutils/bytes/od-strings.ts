// Models od -S N (coreutils od.c dump_strings): every run of at least N printable characters that
// ends in a NUL byte, printed on a line of its own after its address. (od.c also escapes \n, \t
// and the like, but isprint() lets none of them into a run.)

import type { Wait } from '../../process';
import type { Tool } from '../tool';
import type { InputChain } from './chain';
import { formatAddress, type Address } from './od-format';

/** isprint() in the C locale. */
const printable = (c: number) => c >= 0x20 && c < 0x7f;

export function* dumpStrings(
  t: Tool,
  chain: InputChain,
  address: Address,
  start: number,
  min: number,
  limit: number | null,
): Generator<Wait, void, void> {
  const end = limit === null ? Infinity : start + limit;
  let at = start;
  let buf: Uint8Array = new Uint8Array(0);
  let used = 0;
  /** The next byte of the stream, or -1 at its end. */
  function* next(): Generator<Wait, number, void> {
    if (used === buf.length) {
      buf = yield* chain.read(4096);
      used = 0;
      if (buf.length === 0) return -1;
    }
    return buf[used++];
  }
  for (;;) {
    if (end < min || end - min <= at) return;
    const run: number[] = [];
    let printing = true;
    for (let i = 0; i < min && printing; i++) {
      const c = yield* next();
      at++;
      if (c < 0) return;
      if (printable(c)) run.push(c);
      else printing = false;
    }
    // NOTE: a run cut short by -N is printed as if a NUL had ended it, as od does.
    while (printing && at < end) {
      const c = yield* next();
      at++;
      if (c < 0) return;
      if (c === 0) break;
      if (printable(c)) run.push(c);
      else printing = false;
    }
    if (!printing) continue;
    const text = run.map((b) => String.fromCharCode(b)).join('');
    t.out.write(`${formatAddress(address, at - run.length - 1)}${address.base ? ' ' : ''}${text}\n`);
  }
}

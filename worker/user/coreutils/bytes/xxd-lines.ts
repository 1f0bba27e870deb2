// Models how xxd lays out a dump line (xxd.c main loop and xxdline()): the address, the bytes in
// hex (or bits) at fixed columns by group, little-endian groups reversed for -e, the text column
// after them; and -a's autoskip, which keeps the first all-zero line, replaces the rest of a run
// with `*`, and still shows the last line of the dump.

import type { Stdio } from '../../stdio';
import type { XxdArgs } from './xxd-args';

const ETOA64 = [
  0o040, 0o240, 0o241, 0o242, 0o243, 0o244, 0o245, 0o246, 0o247, 0o250, 0o325, 0o056, 0o074, 0o050, 0o053,
  0o174, 0o046, 0o251, 0o252, 0o253, 0o254, 0o255, 0o256, 0o257, 0o260, 0o261, 0o041, 0o044, 0o052, 0o051,
  0o073, 0o176, 0o055, 0o057, 0o262, 0o263, 0o264, 0o265, 0o266, 0o267, 0o270, 0o271, 0o313, 0o054, 0o045,
  0o137, 0o076, 0o077, 0o272, 0o273, 0o274, 0o275, 0o276, 0o277, 0o300, 0o301, 0o302, 0o140, 0o072, 0o043,
  0o100, 0o047, 0o075, 0o042, 0o303, 0o141, 0o142, 0o143, 0o144, 0o145, 0o146, 0o147, 0o150, 0o151, 0o304,
  0o305, 0o306, 0o307, 0o310, 0o311, 0o312, 0o152, 0o153, 0o154, 0o155, 0o156, 0o157, 0o160, 0o161, 0o162,
  0o136, 0o314, 0o315, 0o316, 0o317, 0o320, 0o321, 0o345, 0o163, 0o164, 0o165, 0o166, 0o167, 0o170, 0o171,
  0o172, 0o322, 0o323, 0o324, 0o133, 0o326, 0o327, 0o330, 0o331, 0o332, 0o333, 0o334, 0o335, 0o336, 0o337,
  0o340, 0o341, 0o342, 0o343, 0o344, 0o135, 0o346, 0o347, 0o173, 0o101, 0o102, 0o103, 0o104, 0o105, 0o106,
  0o107, 0o110, 0o111, 0o350, 0o351, 0o352, 0o353, 0o354, 0o355, 0o175, 0o112, 0o113, 0o114, 0o115, 0o116,
  0o117, 0o120, 0o121, 0o122, 0o356, 0o357, 0o360, 0o361, 0o362, 0o363, 0o134, 0o237, 0o123, 0o124, 0o125,
  0o126, 0o127, 0o130, 0o131, 0o132, 0o364, 0o365, 0o366, 0o367, 0o370, 0o371, 0o060, 0o061, 0o062, 0o063,
  0o064, 0o065, 0o066, 0o067, 0o070, 0o071, 0o372, 0o373, 0o374, 0o375, 0o376, 0o377,
];

/** -E: the character a byte stands for in EBCDIC (a dot below 64, as xxd shows it). */
export function ebcdicToAscii(e: number): number {
  return e < 64 ? 0x2e : ETOA64[e - 64];
}

/** xxdline(): prints a line, or with autoskip holds back a run of zero lines. */
class Squeezer {
  private held = '';
  private zeroSeen = 0;

  constructor(private readonly out: Stdio) {}

  /** `nonzero` 0 for a line of zeros, 1 (or more) otherwise, -1 for the final flush. */
  line(l: string, nonzero: number): void {
    if (!nonzero && this.zeroSeen === 1) this.held = l;
    if (nonzero || !this.zeroSeen++) {
      if (nonzero) {
        if (nonzero < 0) this.zeroSeen--;
        if (this.zeroSeen === 2) this.out.write(this.held);
        if (this.zeroSeen > 2) this.out.write('*\n');
      }
      if (nonzero >= 0 || this.zeroSeen > 0) this.out.write(l);
      if (nonzero) this.zeroSeen = 0;
    }
  }
}

/** Builds the dump lines of the normal, -b and -e styles byte by byte, as xxd's main loop does. */
export class LineWriter {
  private readonly grplen: number;
  private readonly textAt: number;
  private readonly hex: string;
  private readonly squeezer: Squeezer;
  private line: string[] = [];
  private addrlen = 9;
  private p = 0;
  private end = 0;
  private nonzero = 0;

  constructor(
    private readonly a: XxdArgs,
    private readonly out: Stdio,
  ) {
    const { cols, group, hextype } = a;
    this.grplen = hextype === 'bits' ? 8 * group + 1 : 2 * group + 1;
    this.textAt =
      hextype === 'littleendian'
        ? this.grplen * Math.floor((cols + group - 1) / group) - 1
        : Math.floor((this.grplen * cols - 1) / group);
    this.hex = a.upper ? '0123456789ABCDEF' : '0123456789abcdef';
    this.squeezer = new Squeezer(out);
  }

  private address(n: number, seekOffset: number): string {
    const v = BigInt.asUintN(64, BigInt(n + seekOffset) + this.a.displayOffset);
    if (!this.a.decimal) return v.toString(16).padStart(8, '0');
    const d = BigInt.asIntN(64, v);
    return d < 0n ? '-' + (-d).toString().padStart(7, '0') : d.toString().padStart(8, '0');
  }

  /** One byte at dump position `n`: `e` as read, `shown` the byte its text column shows. */
  byte(n: number, seekOffset: number, shown: number, e: number): void {
    const { a } = this;
    if (this.p === 0) {
      const addr = this.address(n, seekOffset) + ':';
      this.addrlen = addr.length;
      this.line = [...addr, ...' '.repeat(this.textAt + 3 + a.cols + 1)];
    }
    const x = a.hextype === 'littleendian' ? this.p ^ (a.group - 1) : this.p;
    let c = this.addrlen + 1 + Math.floor((this.grplen * x) / a.group);
    if (a.hextype === 'bits') for (let i = 7; i >= 0; i--) this.line[c++] = e & (1 << i) ? '1' : '0';
    else {
      this.line[c] = this.hex[e >> 4];
      this.line[c + 1] = this.hex[e & 15];
    }
    if (e) this.nonzero++;
    c = this.textAt + this.addrlen + 3 + this.p;
    this.line[c++] = shown > 31 && shown < 127 ? String.fromCharCode(shown) : '.';
    this.end = c;
    if (++this.p === a.cols) {
      this.squeezer.line(this.line.slice(0, c).join('') + '\n', a.autoskip ? this.nonzero : 1);
      this.nonzero = 0;
      this.p = 0;
    }
  }

  /** The end of the dump: a short last line, or autoskip's last chance to show held lines. */
  finish(): void {
    if (this.p) this.squeezer.line(this.line.slice(0, this.end).join('') + '\n', 1);
    else if (this.a.autoskip) this.squeezer.line(this.line.slice(0, this.end).join('') + '\n', -1);
  }
}

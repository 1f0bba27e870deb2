// Models GNU coreutils od: the inputs dumped as one stream in lines of -w bytes (16 by default),
// each line the address (-A d/o/x/n) and one row per output type (-t, or the traditional -b -c -x
// ...; octal words by default); a run of identical lines shown as one `*` unless -v; -j skips and
// -N limits the bytes; the last line is the offset after the last byte. Also -S strings, --endian,
// and the traditional `od FILE +OFFSET` operand.

import { encodeText } from '../../bytes';
import type { Proc, ProcessContext } from '../../process';
import { quote, quotef, Tool } from '../tool';
import { InputChain } from './chain';
import { getopt, type LongOption } from './getopt';
import { badArgument, xstrtoumax } from './numbers';
import {
  decodeFormat,
  formatAddress,
  formatFields,
  hexlTrailer,
  type Address,
  type OdSpec,
} from './od-format';
import { dumpStrings } from './od-strings';
import { usageError } from './usage';

const MULTIPLIERS = 'bEGKkMmPQRTYZ0';

/** The widest line the model will allocate; od's xmalloc would fail somewhere past this. */
const MAX_LINE = 1 << 24;

const LONG: Readonly<Record<string, LongOption>> = {
  'skip-bytes': { key: 'j', arg: 'required' },
  'address-radix': { key: 'A', arg: 'required' },
  'read-bytes': { key: 'N', arg: 'required' },
  format: { key: 't', arg: 'required' },
  'output-duplicates': { key: 'v', arg: 'none' },
  strings: { key: 'S', arg: 'optional' },
  traditional: { key: 'traditional', arg: 'none' },
  width: { key: 'w', arg: 'optional' },
  endian: { key: 'endian', arg: 'required' },
  help: { key: 'help', arg: 'none' },
  version: { key: 'version', arg: 'none' },
};

/** The traditional single-letter types and the -t string each stands for. */
const OLD_TYPES: Readonly<Record<string, string>> = {
  a: 'a', b: 'o1', c: 'c', D: 'u4', d: 'u2', F: 'fD', e: 'fD', f: 'fF', X: 'x4', H: 'x4', i: 'dI',
  I: 'dL', L: 'dL', l: 'dL', O: 'o4', B: 'o2', o: 'o2', s: 'd2', h: 'x2', x: 'x2',
}; // prettier-ignore

/** parse_old_offset(): `[+]OFFSET[.][b]`, decimal with a dot, hex with 0x, else octal. */
function oldOffset(s: string): number | null {
  const t = s.startsWith('+') ? s.slice(1) : s;
  if (t === '') return null;
  const radix = t.includes('.') ? 10 : /^0[xX]/.test(t) ? 16 : 8;
  const r = xstrtoumax(t, radix, 'Bb');
  return r.status === 'ok' ? r.value : null;
}

interface Settings {
  specs: OdSpec[];
  address: Address;
  skip: number;
  limit: number | null;
  width: number | null;
  duplicates: boolean;
  strings: number | null;
  bigEndian: boolean;
  operands: string[];
}

function parse(t: Tool): Settings | number {
  const p = getopt({ short: 'A:aBbcDdeFfHhIij:LlN:OoS:st:vw::Xx', long: LONG }, t.ctx.argv.slice(1));
  if ('error' in p) return usageError(t, p.error);
  const s: Settings = {
    specs: [],
    address: { base: 8, pad: 7 },
    skip: 0,
    limit: null,
    width: null,
    duplicates: false,
    strings: null,
    bigEndian: false,
    operands: p.operands,
  };
  let modern = false;
  let traditional = false;
  let ok = true;
  const fail = (message: string) => {
    t.error(message);
    return t.finish(1);
  };
  for (const [key, arg, spelled] of p.options) {
    if (key === 'help') return usageError(t, null, 0);
    if (key === 'version') {
      t.out.write('od (GNU coreutils) 9.1\n');
      return t.finish(0);
    }
    if (Object.hasOwn(OLD_TYPES, key)) {
      decodeFormat(OLD_TYPES[key], s.specs);
      continue;
    }
    if (key !== 'traditional' && key !== 'endian') modern = true;
    const value = arg ?? '';
    if (key === 'A') {
      const radix = {
        d: { base: 10, pad: 7 },
        o: { base: 8, pad: 7 },
        x: { base: 16, pad: 6 },
        n: { base: 0, pad: 0 },
      };
      const chosen = radix[value[0] as keyof typeof radix];
      if (!chosen)
        return fail(`invalid output address radix '${value[0] ?? ''}'; it must be one character from [doxn]`);
      s.address = chosen;
    } else if (key === 'j' || key === 'N' || key === 'S') {
      if (key === 'S' && arg === undefined) {
        s.strings = 3;
        continue;
      }
      const r = xstrtoumax(value, 0, MULTIPLIERS);
      if (r.status !== 'ok') return fail(badArgument(r, spelled, value));
      if (key === 'j') s.skip = r.value;
      else if (key === 'N') s.limit = r.value;
      else s.strings = r.value;
    } else if (key === 't') {
      const err = decodeFormat(value, s.specs);
      if (err) {
        t.error(err);
        ok = false;
      }
    } else if (key === 'v') s.duplicates = true;
    else if (key === 'traditional') traditional = true;
    else if (key === 'endian') {
      if (value !== 'little' && value !== 'big') {
        t.error(`invalid argument ${quote(value)} for '--endian'`);
        t.sys.write(2, encodeText("Valid arguments are:\n  - 'little'\n  - 'big'\n"));
        return usageError(t, null);
      }
      s.bigEndian = value === 'big';
    } else if (key === 'w') {
      if (arg === undefined) s.width = 32;
      else {
        const r = xstrtoumax(value, 10, '');
        if (r.status !== 'ok') return fail(badArgument(r, spelled, value));
        s.width = r.value;
      }
    }
  }
  if (!ok) return t.finish(1);
  if (s.strings !== null && s.specs.length > 0) return fail('no type may be specified when dumping strings');
  if (!modern || traditional) {
    const ops = s.operands;
    if (ops.length === 1 && (traditional || ops[0][0] === '+')) {
      const o = oldOffset(ops[0]);
      if (o !== null) {
        s.skip = o;
        s.operands = [];
      }
    } else if (ops.length === 2 && (traditional || ops[1][0] === '+' || /^\d/.test(ops[1]))) {
      const o = oldOffset(ops[1]);
      if (o !== null) {
        s.skip = o;
        s.operands = [ops[0]];
      }
    }
  }
  if (s.specs.length === 0) decodeFormat('oS', s.specs);
  return s;
}

const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));

/** The line width and each type's padding, as od's main() computes them. */
function layout(t: Tool, s: Settings): number {
  const lcm = s.specs.reduce((l, spec) => (l * spec.size) / gcd(l, spec.size), 1);
  let perLine: number;
  if (s.width !== null) {
    if (s.width !== 0 && s.width % lcm === 0) perLine = s.width;
    else {
      t.error(`warning: invalid width ${s.width}; using ${lcm} instead`, 0);
      perLine = lcm;
    }
  } else perLine = lcm < 16 ? lcm * Math.floor(16 / lcm) : lcm;
  let widthPerBlock = 0;
  for (const spec of s.specs)
    widthPerBlock = Math.max(widthPerBlock, (spec.fieldWidth + 1) * (perLine / spec.size));
  for (const spec of s.specs) spec.padWidth = widthPerBlock - spec.fieldWidth * (perLine / spec.size);
  return perLine;
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** od.c write_block(): a line per type, or the `*` for a repeat of the line before. */
class BlockWriter {
  private prev: Uint8Array | null = null;
  private prevEqual = false;

  constructor(
    private readonly t: Tool,
    private readonly s: Settings,
    private readonly perLine: number,
  ) {}

  write(offset: number, block: Uint8Array, n: number): void {
    const { s, t, perLine } = this;
    if (!s.duplicates && this.prev && n === perLine && sameBytes(this.prev, block)) {
      if (!this.prevEqual) t.out.write('*\n');
      this.prevEqual = true;
      return;
    }
    this.prevEqual = false;
    this.prev = block;
    s.specs.forEach((spec, i) => {
      const fields = perLine / spec.size;
      const blank = Math.floor((perLine - n) / spec.size);
      let line = i === 0 ? formatAddress(s.address, offset) : ' '.repeat(s.address.pad);
      line += formatFields(spec, block, fields, blank, s.bigEndian);
      if (spec.hexl) {
        const pad = Math.floor((spec.padWidth * blank) / fields);
        line += ' '.repeat(blank * spec.fieldWidth + pad) + hexlTrailer(block, n);
      }
      t.out.write(line + '\n');
    });
  }
}

export function* od(ctx: ProcessContext): Proc {
  const t = new Tool(ctx, 'od');
  const s = parse(t);
  if (typeof s === 'number') return s;
  const chain = new InputChain(
    ctx.sys,
    s.operands.length ? s.operands : ['-'],
    (name, text) => t.error(`${quotef(name)}: ${text}`),
    s.limit !== null,
  );
  if (!chain.start()) return t.finish(1);
  if (s.skip > 0 && (yield* chain.skip(s.skip)) > 0) {
    t.error('cannot skip past end of combined input');
    return t.finish(1);
  }
  if (s.strings !== null) {
    yield* dumpStrings(t, chain, s.address, s.skip, s.strings, s.limit);
    return t.finish(chain.ok ? 0 : 1);
  }
  const perLine = layout(t, s);
  if (perLine > MAX_LINE) {
    t.error('memory exhausted');
    return t.finish(1);
  }
  const writer = new BlockWriter(t, s, perLine);
  const end = s.limit === null ? Infinity : s.skip + s.limit;
  let offset = s.skip;
  for (;;) {
    const want = Math.min(perLine, end - offset);
    const block = want > 0 ? yield* chain.read(want) : new Uint8Array(0);
    if (block.length < perLine) {
      if (block.length > 0) {
        const lcm = s.specs.reduce((l, spec) => (l * spec.size) / gcd(l, spec.size), 1);
        const padded = new Uint8Array(Math.max(perLine, Math.ceil(block.length / lcm) * lcm));
        padded.set(block);
        writer.write(offset, padded, block.length);
        offset += block.length;
      }
      break;
    }
    writer.write(offset, block, perLine);
    offset += perLine;
  }
  chain.close();
  t.out.write(formatAddress(s.address, offset) + (s.address.base === 0 ? '' : '\n'));
  return t.finish(chain.ok ? 0 : 1);
}

// Models util-linux hexdump: the inputs (files by name; `-` is a file too) read as one stream in
// 16-byte blocks, each block printed by the display options given (-b -c -C -d -o -x, the default
// two-byte hex), a repeat of the block before shown as one `*` unless -v, -s skipping (by size past
// whole regular files, by seeking into one) and -n limiting; the end address closes the dump.

import { strerror } from '../../../kernel/lib/errno';
import { SEEK_SET } from '../../../kernel/syscalls';
import { fileType, S_IFREG, type Proc, type ProcessContext } from '../../process';
import { Tool } from '../tool';
import { InputChain } from './chain';
import { getopt, type LongOption } from './getopt';
import { FORMATS, renderLine, type DisplayFormat } from './hexdump-format';
import { usageError } from './usage';

const LONG: Readonly<Record<string, LongOption>> = {
  'one-byte-octal': { key: 'b', arg: 'none' },
  'one-byte-char': { key: 'c', arg: 'none' },
  canonical: { key: 'C', arg: 'none' },
  'two-bytes-decimal': { key: 'd', arg: 'none' },
  'two-bytes-octal': { key: 'o', arg: 'none' },
  'two-bytes-hex': { key: 'x', arg: 'none' },
  format: { key: 'e', arg: 'required' },
  'format-file': { key: 'f', arg: 'required' },
  color: { key: 'L', arg: 'optional' },
  length: { key: 'n', arg: 'required' },
  skip: { key: 's', arg: 'required' },
  'no-squeezing': { key: 'v', arg: 'none' },
  help: { key: 'h', arg: 'none' },
  version: { key: 'V', arg: 'none' },
};

const BLOCK = 16;

/** util-linux strtosize(): a number (0x hex, 0 octal) with K M G ... (KiB) or KB MB ... suffixes. */
export function parseSize(s: string): number | null {
  const m = /^\s*(0[xX][0-9a-fA-F]+|0[0-7]*|[1-9]\d*)(.*)$/.exec(s);
  if (!m) return null;
  let value = Number(m[1].startsWith('0') && !/^0[xX]/.test(m[1]) ? parseInt(m[1], 8) : m[1]);
  const suffix = m[2];
  if (suffix === '') return value;
  const sm = /^([KMGTPEZYkmgtpezy])(iB|ib|B|b)?$/.exec(suffix);
  if (!sm) return null;
  const base = sm[2] === 'B' || sm[2] === 'b' ? 1000 : 1024;
  value *= base ** ('KMGTPEZY'.indexOf(sm[1].toUpperCase()) + 1);
  return value <= Number.MAX_SAFE_INTEGER ? value : null;
}

interface Settings {
  formats: DisplayFormat[];
  skip: number;
  length: number;
  squeeze: boolean;
  operands: string[];
}

function parse(t: Tool): Settings | number {
  const p = getopt({ short: 'bcCde:f:L::n:os:vxhV', long: LONG }, t.ctx.argv.slice(1));
  if ('error' in p) return usageError(t, p.error);
  const s: Settings = { formats: [], skip: 0, length: -1, squeeze: true, operands: p.operands };
  for (const [key, arg, spelled] of p.options) {
    if (key === 'h') return usageError(t, null, 0);
    if (key === 'V') {
      t.out.write('hexdump from util-linux 2.38.1\n');
      return t.finish(0);
    }
    if (Object.hasOwn(FORMATS, key)) s.formats.push(FORMATS[key]);
    else if (key === 'n' || key === 's') {
      const v = parseSize(arg!);
      if (v === null) {
        t.error(`failed to parse ${key === 'n' ? 'length' : 'offset'}: '${arg}': Invalid argument`);
        return t.finish(1);
      }
      if (key === 'n') s.length = v;
      else s.skip = v;
    } else if (key === 'v') s.squeeze = false;
    else if (key === 'e' || key === 'f' || key === 'L') {
      t.error(`option '${spelled}' is not modelled in the playground`);
      return t.finish(1);
    }
  }
  if (s.formats.length === 0) s.formats.push(FORMATS.default);
  return s;
}

/**
 * hexdump's doskip(): past each regular file no longer than what is left to skip, then a seek from
 * the start of the file it ends in. Returns the address reached, or null after a fatal seek error.
 */
function skipInputs(t: Tool, chain: InputChain, skip: number): number | null {
  let left = skip;
  let address = 0;
  for (let input = chain.current(); input && left > 0; input = chain.current()) {
    const st = t.sys.fstat(input.fd);
    if (st.ok && fileType(st.value.mode) === S_IFREG && left > st.value.size) {
      left -= st.value.size;
      address += st.value.size;
      chain.drop();
      continue;
    }
    const r = t.sys.lseek(input.fd, left, SEEK_SET);
    if (r < 0) {
      t.error(`${chain.nameOf(input)}: ${strerror(r)}`);
      return null;
    }
    address += left;
    left = 0;
  }
  return address;
}

export function* hexdump(ctx: ProcessContext): Proc {
  const t = new Tool(ctx, 'hexdump');
  const s = parse(t);
  if (typeof s === 'number') return s;
  const fromStdin = s.operands.length === 0;
  const chain = new InputChain(
    ctx.sys,
    fromStdin ? ['-'] : s.operands,
    (name, text) => t.error(`${name}: ${text}`),
    s.length >= 0,
    fromStdin ? 'stdin' : null,
  );
  let address = 0;
  if (s.skip > 0) {
    const reached = skipInputs(t, chain, s.skip);
    if (reached === null) return t.finish(1);
    address = reached;
  }
  let left = s.length;
  let prev: Uint8Array | null = null;
  let starred = false;
  let end = -1;
  while (left !== 0) {
    const block = yield* chain.read(left >= 0 ? Math.min(left, BLOCK) : BLOCK);
    if (left >= 0) left -= block.length;
    if (block.length === 0) break;
    if (block.length < BLOCK) {
      const padded = new Uint8Array(BLOCK);
      padded.set(block);
      for (const f of s.formats)
        for (const line of f.lines) t.out.write(renderLine(line, padded, block.length, address));
      end = address + block.length;
      break;
    }
    if (s.squeeze && prev && block.every((b, i) => b === prev![i])) {
      if (!starred) t.out.write('*\n');
      starred = true;
    } else {
      starred = false;
      for (const f of s.formats)
        for (const line of f.lines) t.out.write(renderLine(line, block, BLOCK, address));
    }
    prev = block;
    address += BLOCK;
  }
  if (chain.openFailed && chain.opened === 0) {
    t.error('all input file arguments failed');
    return t.finish(1);
  }
  if (end < 0) end = address;
  if (end > 0) {
    const digits = s.formats[s.formats.length - 1].endDigits;
    t.out.write(end.toString(16).padStart(digits, '0') + '\n');
  }
  chain.close();
  return t.finish(chain.openFailed ? 1 : 0);
}

// Models dd's operands (coreutils dd.c scanargs): NAME=VALUE words; sizes with dd's suffixes (c w b
// kB K MB M ... and `x` products such as 2x512); conv=, iflag= and oflag= symbol lists; status=
// levels; and the checks scanargs makes, each failing in dd's words.

import { O_APPEND, O_DIRECTORY, O_NONBLOCK } from '../../../kernel/syscalls';
import { xstrtoumax } from './numbers';

/** conv= bits; TWOBUFS marks the conversions that need an output buffer of their own. */
export const CONV = {
  ascii: 1, ebcdic: 2, ibm: 4, block: 8, unblock: 16, lcase: 32, ucase: 64, sparse: 128, swab: 256,
  noerror: 512, nocreat: 1024, excl: 2048, notrunc: 4096, sync: 8192, fdatasync: 16384, fsync: 32768,
  twobufs: 65536,
} as const; // prettier-ignore

/** What each conv= symbol sets (dd.c's conversions table: ascii implies unblock, ebcdic block). */
const CONV_SYMBOLS: Readonly<Record<string, number>> = {
  ascii: CONV.ascii | CONV.unblock,
  ebcdic: CONV.ebcdic | CONV.block,
  ibm: CONV.ibm | CONV.block,
  block: CONV.block | CONV.twobufs,
  unblock: CONV.unblock | CONV.twobufs,
  lcase: CONV.lcase | CONV.twobufs,
  ucase: CONV.ucase | CONV.twobufs,
  sparse: CONV.sparse,
  swab: CONV.swab | CONV.twobufs,
  noerror: CONV.noerror,
  nocreat: CONV.nocreat,
  excl: CONV.excl,
  notrunc: CONV.notrunc,
  sync: CONV.sync,
  fdatasync: CONV.fdatasync,
  fsync: CONV.fsync,
};

/** iflag/oflag symbols: those with a meaning here carry open flags or dd's own bits; the rest are accepted. */
export const FLAG = {
  append: O_APPEND, direct: 0, directory: O_DIRECTORY, dsync: 0, sync: 0, fullblock: 1 << 24,
  nonblock: O_NONBLOCK, noatime: 0, nocache: 0, noctty: 0, nofollow: 0,
  count_bytes: 1 << 25, skip_bytes: 1 << 26, seek_bytes: 1 << 27,
} as const; // prettier-ignore

export const FULLBLOCK = FLAG.fullblock;
export const COUNT_BYTES = FLAG.count_bytes;
export const SKIP_BYTES = FLAG.skip_bytes;
export const SEEK_BYTES = FLAG.seek_bytes;
/** The flag bits that are dd's own, not open(2) flags. */
export const DD_BITS = FULLBLOCK | COUNT_BYTES | SKIP_BYTES | SEEK_BYTES;

export type Status = 'default' | 'none' | 'noxfer' | 'progress';

export interface DdArgs {
  input: string | null;
  output: string | null;
  ibs: number;
  obs: number;
  /** bs= without a conversion that needs two buffers: each read is written as it came. */
  oneBuffer: boolean;
  cbs: number;
  conv: number;
  iflag: number;
  oflag: number;
  status: Status;
  skipRecords: number;
  skipBytes: number;
  seekRecords: number;
  seekBytes: number;
  maxRecords: number;
  maxBytes: number;
}

/** What stops dd before it copies: a message, and whether the `Try 'dd --help'` line follows. */
export interface DdFailure {
  readonly message: string;
  readonly usage: boolean;
}

/** parse_integer(): a size, or null; `warnings` collects the zero-multiplier warning. */
function parseInteger(s: string, warnings: string[]): number | null {
  const r = xstrtoumax(s, 10, 'bcEGkKMPTwYZ0');
  if (r.status === 'suffix' && r.rest[0] === 'x') {
    const m = parseInteger(r.rest.slice(1), warnings);
    if (m === null) return null;
    if (r.value === 0 && s.startsWith('0x'))
      warnings.push(`warning: '0x' is a zero multiplier; use '00x' if that is intended`);
    const v = r.value * m;
    return v <= Number.MAX_SAFE_INTEGER ? v : null;
  }
  return r.status === 'ok' ? r.value : null;
}

function symbols(value: string, table: Readonly<Record<string, number>>, what: string): number | DdFailure {
  let bits = 0;
  for (const word of value.split(',')) {
    if (!Object.hasOwn(table, word)) return { message: `${what}: '${word}'`, usage: true };
    bits |= table[word];
  }
  return bits;
}

/** Parses the operands; warnings met on the way go to `warnings` even when parsing then fails. */
export function scanArgs(operands: readonly string[], warnings: string[]): DdArgs | DdFailure {
  const a: DdArgs = {
    input: null,
    output: null,
    ibs: 0,
    obs: 0,
    oneBuffer: false,
    cbs: 0,
    conv: 0,
    iflag: 0,
    oflag: 0,
    status: 'default',
    skipRecords: 0,
    skipBytes: 0,
    seekRecords: 0,
    seekBytes: 0,
    maxRecords: Infinity,
    maxBytes: 0,
  };
  let bs = 0;
  let count = -1;
  let skip = 0;
  let seek = 0;
  for (const word of operands) {
    const eq = word.indexOf('=');
    if (eq < 0) return { message: `unrecognized operand '${word}'`, usage: true };
    const name = word.slice(0, eq);
    const value = word.slice(eq + 1);
    if (name === 'if') a.input = value;
    else if (name === 'of') a.output = value;
    else if (name === 'status') {
      // NOTE: status= takes a list too, the last symbol winning.
      for (const level of value.split(',')) {
        if (level !== 'none' && level !== 'noxfer' && level !== 'progress')
          return { message: `invalid status level: '${level}'`, usage: true };
        a.status = level;
      }
    } else if (name === 'conv' || name === 'iflag' || name === 'oflag') {
      const what = { conv: 'invalid conversion', iflag: 'invalid input flag', oflag: 'invalid output flag' }[
        name
      ];
      const bits = symbols(value, name === 'conv' ? CONV_SYMBOLS : FLAG, what);
      if (typeof bits !== 'number') return bits;
      if (name === 'conv') a.conv |= bits;
      else if (name === 'iflag') a.iflag |= bits;
      else a.oflag |= bits;
    } else {
      const n = parseInteger(value, warnings);
      const positive = ['ibs', 'obs', 'bs', 'cbs'].includes(name);
      if (name === 'ibs') a.ibs = n ?? 0;
      else if (name === 'obs') a.obs = n ?? 0;
      else if (name === 'bs') bs = n ?? 0;
      else if (name === 'cbs') a.cbs = n ?? 0;
      else if (name === 'skip' || name === 'iseek') skip = n ?? 0;
      else if (name === 'seek' || name === 'oseek') seek = n ?? 0;
      else if (name === 'count') count = n ?? 0;
      else return { message: `unrecognized operand '${word}'`, usage: true };
      if (n === null || (positive && n < 1)) return { message: `invalid number: '${value}'`, usage: false };
    }
  }
  if (bs) a.ibs = a.obs = bs;
  else a.conv |= CONV.twobufs;
  a.oneBuffer = !(a.conv & CONV.twobufs);
  a.ibs ||= 512;
  a.obs ||= 512;
  if (a.cbs === 0) a.conv &= ~(CONV.block | CONV.unblock);
  if (a.oflag & FULLBLOCK) return { message: `invalid output flag: 'fullblock'`, usage: true };
  if (a.iflag & SKIP_BYTES) [a.skipRecords, a.skipBytes] = [Math.floor(skip / a.ibs), skip % a.ibs];
  else a.skipRecords = skip;
  if (count >= 0) {
    if (a.iflag & COUNT_BYTES) [a.maxRecords, a.maxBytes] = [Math.floor(count / a.ibs), count % a.ibs];
    else a.maxRecords = count;
  }
  if (a.oflag & SEEK_BYTES) [a.seekRecords, a.seekBytes] = [Math.floor(seek / a.obs), seek % a.obs];
  else a.seekRecords = seek;
  if (a.oflag & O_APPEND && !(a.conv & CONV.notrunc))
    warnings.push('you probably want conv=notrunc with oflag=append');
  const several = (bits: number) => (bits & (bits - 1)) !== 0;
  if (several(a.conv & (CONV.ascii | CONV.ebcdic | CONV.ibm)))
    return { message: 'cannot combine any two of {ascii,ebcdic,ibm}', usage: false };
  if (several(a.conv & (CONV.block | CONV.unblock)))
    return { message: 'cannot combine block and unblock', usage: false };
  if (several(a.conv & (CONV.lcase | CONV.ucase)))
    return { message: 'cannot combine lcase and ucase', usage: false };
  if (several(a.conv & (CONV.excl | CONV.nocreat)))
    return { message: 'cannot combine excl and nocreat', usage: false };
  return a;
}

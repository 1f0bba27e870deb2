// Models xxd's own command line (vim's xxd.c, the 2022-01-14 version on the reference machine): no
// getopt, each option matched by its first two characters (`-ps`, `-cols 8`, `-len3`, `--seek`),
// numbers read by strtol() that takes whatever digits it finds, the last of -b -e -i -p winning,
// and any mistake answered by the usage text on stderr with status 1.

export type HexType = 'normal' | 'postscript' | 'cinclude' | 'bits' | 'littleendian';

export interface XxdArgs {
  autoskip: boolean;
  hextype: HexType;
  upper: boolean;
  capitalize: boolean;
  decimal: boolean;
  revert: boolean;
  ebcdic: boolean;
  cols: number;
  colsGiven: boolean;
  group: number;
  /** -o: added to every displayed offset, modulo 2^64. */
  displayOffset: bigint;
  seek: number;
  /** -s given without `+`: seek from the start (or the end, with `-`). */
  absoluteSeek: boolean;
  negativeSeek: boolean;
  length: number;
  varname: string | null;
  files: string[];
}

/** What parsing asks for instead of a dump. */
export type XxdAction = { kind: 'usage' } | { kind: 'version' } | { kind: 'fail'; message: string };

export const USAGE = `Usage:
       xxd [options] [infile [outfile]]
    or
       xxd -r [-s [-]offset] [-c cols] [-ps] [infile [outfile]]
Options:
    -a          toggle autoskip: A single '*' replaces nul-lines. Default off.
    -b          binary digit dump (incompatible with -ps,-i,-r). Default hex.
    -C          capitalize variable names in C include file style (-i).
    -c cols     format <cols> octets per line. Default 16 (-i: 12, -ps: 30).
    -E          show characters in EBCDIC. Default ASCII.
    -e          little-endian dump (incompatible with -ps,-i,-r).
    -g bytes    number of octets per group in normal output. Default 2 (-e: 4).
    -h          print this summary.
    -i          output in C include file style.
    -l len      stop after <len> octets.
    -n name     set the variable name used in C include output (-i).
    -o off      add <off> to the displayed file position.
    -ps         output in postscript plain hexdump style.
    -r          reverse operation: convert (or patch) hexdump into binary.
    -r -s off   revert with <off> added to file positions found in hexdump.
    -d          show offset in decimal instead of hex.
    -s [+][-]seek  start at <seek> bytes abs. (or +: rel.) infile offset.
    -u          use upper case hex letters.
    -v          show version: "xxd 2022-01-14 by Juergen Weigert et al.".
`;

export const VERSION = 'xxd 2022-01-14 by Juergen Weigert et al.\n';

/** strtol(s, NULL, 0) as a 64-bit long: leading digits only, 0 when there are none. */
export function strtol(s: string): number {
  const m = /^[ \t\n\v\f\r]*([+-]?)(0[xX][0-9a-fA-F]+|0[0-7]*|[1-9]\d*)?/.exec(s)!;
  if (!m[2]) return 0;
  const v = /^0[xX]/.test(m[2]) ? parseInt(m[2], 16) : m[2][0] === '0' ? parseInt(m[2], 8) : Number(m[2]);
  return m[1] === '-' ? -v : v;
}

/** strtoul(s, NULL, 0): exact to 64 bits; a negative number wraps around 2^64. */
function strtoul(s: string): bigint {
  const m = /^[ \t\n\v\f\r]*([+-]?)(0[xX][0-9a-fA-F]+|0[0-7]*|[1-9]\d*)?/.exec(s)!;
  if (!m[2]) return 0n;
  const v = /^0[0-7]/.test(m[2]) ? BigInt('0o' + m[2].slice(1)) : BigInt(m[2]);
  return BigInt.asUintN(64, m[1] === '-' ? -v : v);
}

export function parseArgs(argv: readonly string[]): XxdArgs | XxdAction {
  const a: XxdArgs = {
    autoskip: false,
    hextype: 'normal',
    upper: false,
    capitalize: false,
    decimal: false,
    revert: false,
    ebcdic: false,
    cols: 0,
    colsGiven: false,
    group: -1,
    displayOffset: 0n,
    seek: 0,
    absoluteSeek: false,
    negativeSeek: false,
    length: -1,
    varname: null,
    files: [],
  };
  const args = [...argv];
  /**
   * An option's value: attached (`-c8`) unless what follows is its long spelling (`-cols`), else the
   * next word; null when there is none.
   */
  const value = (pp: string, longTail: string): string | null => {
    const tail = pp.slice(2);
    if (tail && !tail.startsWith(longTail)) return tail;
    return args.length > 1 ? args.splice(1, 1)[0] : null;
  };
  while (args.length > 0) {
    const arg = args[0];
    const pp = arg.startsWith('--') && arg.length > 2 ? arg.slice(1) : arg;
    const two = pp.slice(0, 2);
    if (two === '-a') a.autoskip = !a.autoskip;
    else if (two === '-b') a.hextype = 'bits';
    else if (two === '-e') a.hextype = 'littleendian';
    else if (two === '-u') a.upper = true;
    else if (two === '-p') a.hextype = 'postscript';
    else if (two === '-i') a.hextype = 'cinclude';
    else if (two === '-C') a.capitalize = true;
    else if (two === '-d') a.decimal = true;
    else if (two === '-r') a.revert = true;
    else if (two === '-E') a.ebcdic = true;
    else if (two === '-v') return { kind: 'version' };
    else if (two === '-c') {
      if (pp.slice(2).startsWith('apitalize')) a.capitalize = true;
      else {
        const v = value(pp, 'ols');
        if (v === null) return { kind: 'usage' };
        a.colsGiven = true;
        a.cols = strtol(v);
      }
    } else if (two === '-g') {
      const v = value(pp, 'roup');
      if (v === null) return { kind: 'usage' };
      a.group = strtol(v);
    } else if (two === '-o') {
      const v = value(pp, 'ffset');
      if (v === null) return { kind: 'usage' };
      a.displayOffset = strtoul(v);
    } else if (two === '-s') {
      const v = pp.slice(2).startsWith('kip') ? value(pp, 'kip') : value(pp, 'eek');
      if (v === null) return { kind: 'usage' };
      const rel = v[0] === '+' ? 1 : 0;
      a.absoluteSeek = rel === 0;
      a.negativeSeek = v[rel] === '-';
      a.seek = strtol(v.slice(rel + (a.negativeSeek ? 1 : 0)));
    } else if (two === '-l') {
      const v = value(pp, 'en');
      if (v === null) return { kind: 'usage' };
      a.length = strtol(v);
    } else if (two === '-n') {
      const v = value(pp, 'ame');
      if (v === null) return { kind: 'usage' };
      a.varname = v;
    } else if (pp === '--') {
      args.shift();
      break;
    } else if (pp[0] === '-' && pp.length > 1) return { kind: 'usage' };
    else break;
    args.shift();
  }
  if (args.length > 2) return { kind: 'usage' };
  a.files = args;
  if (!a.colsGiven || (a.cols === 0 && a.hextype !== 'postscript'))
    a.cols = { postscript: 30, cinclude: 12, bits: 6, normal: 16, littleendian: 16 }[a.hextype];
  if (a.group < 0) a.group = { bits: 1, normal: 2, littleendian: 4, postscript: 0, cinclude: 0 }[a.hextype];
  const dumpsLines = a.hextype === 'normal' || a.hextype === 'bits' || a.hextype === 'littleendian';
  if (
    (a.hextype === 'postscript' && a.cols < 0) ||
    (a.hextype !== 'postscript' && a.cols < 1) ||
    (dumpsLines && a.cols > 256)
  )
    return { kind: 'fail', message: 'invalid number of columns (max. 256).' };
  if (a.group < 1 || a.group > a.cols) a.group = a.cols;
  else if (a.hextype === 'littleendian' && a.group & (a.group - 1))
    return { kind: 'fail', message: 'number of octets per group must be a power of 2 with -e.' };
  return a;
}

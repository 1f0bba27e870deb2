// Models mawk's cells: a value is a number (C_DOUBLE), a string (C_STRING), a string from input that
// may also be a number (C_MBSTRN: fields, getline, split, ARGV, ENVIRON, -v) or the untouched cell
// (C_NOINIT, both "" and 0). Strings are byte strings, one character per byte (the C locale).
// Number-to-string follows mawk built with 32-bit ints: an integral value within ±(2^31-1) prints as
// an integer, any other through CONVFMT (or OFMT for print); string-to-number is strtod(3).

import { formatNumber, MAX_INT } from './format';

/** A string from input: a number too when it looks like one (mawk's test after strtod). */
export class StrNum {
  private n: number | undefined;
  private numeric: boolean | undefined;

  constructor(readonly s: string) {}

  get num(): number {
    if (this.n === undefined) this.n = strtod(this.s);
    return this.n;
  }

  /** True when the whole string (blanks aside) is a decimal or hex number: compared as a number. */
  get looksNumeric(): boolean {
    if (this.numeric === undefined) this.numeric = looksNumeric(this.s);
    return this.numeric;
  }
}

/** The cell no one has assigned: "" and 0 at once. */
export const UNINIT = new StrNum('');
Object.defineProperty(UNINIT, 'looksNumeric', { value: true });

export type Value = number | string | StrNum;

const SPACE = /[ \t\n\v\f\r]/;
const DECIMAL = /^[ \t\n\v\f\r]*[-+]?(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][-+]?[0-9]+)?/;
const HEX = /^[ \t\n\v\f\r]*[-+]?0[xX](?:[0-9a-fA-F]+\.?[0-9a-fA-F]*|\.[0-9a-fA-F]+)(?:[pP][-+]?[0-9]+)?/;
const SPECIAL = /^[ \t\n\v\f\r]*([-+]?)(inf(?:inity)?|nan(?:\([0-9A-Za-z_]*\))?)/i;

/** strtod(3): the longest numeric prefix, and how many characters it took (0 when none). */
function scan(s: string): [value: number, end: number, special: boolean] {
  const hex = HEX.exec(s);
  if (hex) return [hexValue(hex[0].trim()), hex[0].length, false];
  const dec = DECIMAL.exec(s);
  if (dec) return [Number(dec[0].trim()), dec[0].length, false];
  const sp = SPECIAL.exec(s);
  if (sp) {
    const v = sp[2][0].toLowerCase() === 'n' ? NaN : Infinity;
    return [sp[1] === '-' ? -v : v, sp[0].length, true];
  }
  return [0, 0, false];
}

function hexValue(text: string): number {
  const m = /^([-+]?)0[xX]([0-9a-fA-F]*)\.?([0-9a-fA-F]*)(?:[pP]([-+]?[0-9]+))?$/.exec(text)!;
  let v = 0;
  for (const c of m[2]) v = v * 16 + parseInt(c, 16);
  let scale = 1 / 16;
  for (const c of m[3]) {
    v += parseInt(c, 16) * scale;
    scale /= 16;
  }
  if (m[4]) v *= Math.pow(2, Number(m[4]));
  return m[1] === '-' ? -v : v;
}

/** A plain run of digits, the common case of a field: no regular expression needed. */
function digitsOnly(s: string): boolean {
  if (s.length === 0 || s.length > 15) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

export function strtod(s: string): number {
  if (digitsOnly(s)) return Number(s);
  return scan(s)[0];
}

export function looksNumeric(s: string): boolean {
  if (digitsOnly(s)) return true;
  const [, end, special] = scan(s);
  if (end === 0 || special) return false;
  for (let i = end; i < s.length; i++) if (!SPACE.test(s[i])) return false;
  return true;
}

export function toNum(v: Value): number {
  if (typeof v === 'number') return v;
  if (typeof v === 'string') return strtod(v);
  return v.num;
}

/** A number as text: an integer when it is one (within Max_Int), else through FMT (CONVFMT or OFMT). */
export function numToStr(d: number, fmt: string): string {
  if (Number.isInteger(d) && d >= -MAX_INT && d <= MAX_INT) return String(d);
  return formatNumber(fmt, d);
}

export function toStr(v: Value, convfmt: string): string {
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return numToStr(v, convfmt);
  return v.s;
}

export function toBool(v: Value): boolean {
  if (typeof v === 'number') return v !== 0;
  if (typeof v === 'string') return v !== '';
  if (v === UNINIT) return false;
  return v.looksNumeric ? v.num !== 0 : v.s !== '';
}

function isNumeric(v: Value): boolean {
  return typeof v === 'number' || (typeof v !== 'string' && v.looksNumeric);
}

/** POSIX comparison: numbers when both sides are numeric, else strings (bytes) with CONVFMT. */
export function compare(a: Value, b: Value, convfmt: string): number {
  if (isNumeric(a) && isNumeric(b)) {
    const x = toNum(a);
    const y = toNum(b);
    return x < y ? -1 : x > y ? 1 : 0;
  }
  const s = toStr(a, convfmt);
  const t = toStr(b, convfmt);
  return s < t ? -1 : s > t ? 1 : 0;
}

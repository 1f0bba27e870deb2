// Models the C library's printf conversions as mawk hands them its arguments: %d %i clamp to ±Max_Int,
// %o %x %X %u to [0, 2^32-1], %c prints a byte (a number's value, a string's first byte), %e %f %g
// round the exact binary value (ties to even as glibc does), inf and nan print as words; flags
// `-+ #0`, width and precision, `*` taking them from the arguments.

/** mawk's Max_Int: the widest integer that prints as an integer and that %d can show. */
export const MAX_INT = 2147483647;

export interface Spec {
  flags: string;
  width: number;
  /** -1 when absent. */
  prec: number;
  conv: string;
}

/** glibc's inf/nan words; every NaN prints as glibc prints the default NaN of an invalid operation. */
function special(d: number, upper: boolean, sign: string): string {
  const word = Number.isNaN(d) ? '-nan' : (d < 0 ? '-' : sign) + 'inf';
  return upper ? word.toUpperCase() : word;
}

/** Rounds like glibc when the decimal digits end exactly half-way (the value is exact in binary). */
function fixed(d: number, prec: number): string {
  const s = d.toFixed(prec);
  const scaled = d * Math.pow(10, prec);
  if (Math.abs(scaled) < 2 ** 52 && !Number.isInteger(scaled) && Number.isInteger(scaled * 2)) {
    const down = Math.trunc(scaled);
    const even = down % 2 === 0 ? down : down + Math.sign(scaled);
    return (even / Math.pow(10, prec)).toFixed(prec);
  }
  return s;
}

/** Adds one to the last digit of a string of decimal digits; the result may be one digit longer. */
function increment(digits: string): string {
  let i = digits.length - 1;
  while (i >= 0 && digits[i] === '9') i--;
  if (i < 0) return '1' + '0'.repeat(digits.length);
  return digits.slice(0, i) + String(+digits[i] + 1) + '0'.repeat(digits.length - i - 1);
}

function expo(d: number, prec: number, upper: boolean): string {
  const p = Math.min(prec, 100);
  let s = d.toExponential(p);
  const wide = p + 25 <= 100 && d !== 0 ? d.toExponential(p + 25) : '';
  const tie = /^(-?)(\d)\.?(\d*)e([-+]\d+)$/.exec(wide);
  if (tie && /^50*$/.test(tie[3].slice(p))) {
    let digits = tie[2] + tie[3].slice(0, p);
    let exp = Number(tie[4]);
    if (+digits[digits.length - 1] % 2 === 1) digits = increment(digits);
    if (digits.length > p + 1) {
      digits = digits.slice(0, p + 1);
      exp++;
    }
    s = `${tie[1]}${digits[0]}${p > 0 ? '.' + digits.slice(1) : ''}e${exp < 0 ? '-' : '+'}${Math.abs(exp)}`;
  }
  const m = /^(-?[\d.]+)e([-+])(\d+)$/.exec(s)!;
  const e = m[3].length < 2 ? '0' + m[3] : m[3];
  return `${m[1]}${upper ? 'E' : 'e'}${m[2]}${e}`;
}

function general(d: number, prec: number, upper: boolean, alt: boolean): string {
  const p = prec < 0 ? 6 : prec === 0 ? 1 : prec;
  if (d === 0) return alt ? (0).toFixed(p - 1) : '0';
  const x = Number(/e([-+]\d+)$/.exec(d.toExponential(p - 1))![1]);
  let s = p > x && x >= -4 ? fixed(d, p - 1 - x) : expo(d, p - 1, upper);
  if (!alt) {
    const at = s.search(/[eE]/);
    let mant = at < 0 ? s : s.slice(0, at);
    const rest = at < 0 ? '' : s.slice(at);
    if (mant.includes('.')) mant = mant.replace(/0+$/, '').replace(/\.$/, '');
    s = mant + rest;
  }
  return s;
}

function pad(body: string, sign: string, spec: Spec, zeroOk: boolean): string {
  const left = spec.flags.includes('-');
  const width = spec.width;
  const len = sign.length + body.length;
  if (len >= width) return sign + body;
  if (left) return sign + body + ' '.repeat(width - len);
  if (zeroOk && spec.flags.includes('0')) return sign + '0'.repeat(width - len) + body;
  return ' '.repeat(width - len) + sign + body;
}

function signOf(neg: boolean, flags: string): string {
  return neg ? '-' : flags.includes('+') ? '+' : flags.includes(' ') ? ' ' : '';
}

/** %d %i: mawk's d_to_I, then C's integer formatting. */
function integer(d: number, spec: Spec): string {
  const n = d >= MAX_INT ? MAX_INT : d > -MAX_INT ? Math.trunc(d) : -MAX_INT;
  let digits = String(Math.abs(n));
  if (spec.prec >= 0) {
    if (spec.prec === 0 && n === 0) digits = '';
    digits = digits.padStart(spec.prec, '0');
  }
  return pad(digits, signOf(n < 0, spec.flags), spec, spec.prec < 0);
}

/** %o %x %X %u: mawk's d_to_UL (clamped to an unsigned 32-bit value). */
function unsigned(d: number, spec: Spec): string {
  const n = d >= 4294967295 ? 4294967295 : d > 0 ? Math.trunc(d) : 0;
  const radix = spec.conv === 'o' ? 8 : spec.conv === 'u' ? 10 : 16;
  let digits = n.toString(radix);
  if (spec.conv === 'X') digits = digits.toUpperCase();
  if (spec.prec >= 0) {
    if (spec.prec === 0 && n === 0) digits = '';
    digits = digits.padStart(spec.prec, '0');
  }
  let prefix = '';
  if (spec.flags.includes('#')) {
    if (spec.conv === 'o' && !digits.startsWith('0')) digits = '0' + digits;
    else if (n !== 0 && spec.conv === 'x') prefix = '0x';
    else if (n !== 0 && spec.conv === 'X') prefix = '0X';
  }
  return pad(digits, prefix, spec, spec.prec < 0);
}

function floating(d: number, spec: Spec): string {
  const upper = spec.conv === 'E' || spec.conv === 'G' || spec.conv === 'F';
  const neg = d < 0 || Object.is(d, -0);
  if (!Number.isFinite(d)) return pad(special(d, upper, signOf(false, spec.flags)), '', spec, false);
  const prec = spec.prec < 0 ? 6 : spec.prec;
  const alt = spec.flags.includes('#');
  const a = Math.abs(d);
  let body: string;
  if (spec.conv === 'f' || spec.conv === 'F') body = fixed(a, prec);
  else if (spec.conv === 'e' || spec.conv === 'E') body = expo(a, prec, upper);
  else body = general(a, spec.prec, upper, alt);
  if (alt && !body.includes('.') && prec === 0 && spec.conv !== 'g' && spec.conv !== 'G') {
    body = body.replace(/^(\d+)/, '$1.');
  }
  return pad(body, signOf(neg, spec.flags), spec, true);
}

/** One numeric conversion of a number. */
export function convertNumber(d: number, spec: Spec): string {
  switch (spec.conv) {
    case 'd':
    case 'i':
      return integer(d, spec);
    case 'o':
    case 'x':
    case 'X':
    case 'u':
      return unsigned(d, spec);
    default:
      return floating(d, spec);
  }
}

/** %s and %c: precision cuts a string, width pads it. */
export function convertString(s: string, spec: Spec): string {
  const body = spec.conv === 's' && spec.prec >= 0 ? s.slice(0, spec.prec) : s;
  return pad(body, '', spec, false);
}

const SIMPLE = /^%([-+ #0]*)(\d*)(?:\.(\d*))?([diouxXeEfFgG])$/;
const cache = new Map<string, Spec | null>();

/** A number through CONVFMT or OFMT (a format with one numeric conversion, usually %.6g). */
export function formatNumber(fmt: string, d: number): string {
  if (fmt === '%.6g') {
    if (!Number.isFinite(d)) return special(d, false, '');
    return (d < 0 ? '-' : '') + general(Math.abs(d), 6, false, false);
  }
  let spec = cache.get(fmt);
  if (spec === undefined) {
    const m = SIMPLE.exec(fmt);
    spec = m
      ? {
          flags: m[1],
          width: Number(m[2] || 0),
          prec: m[3] === undefined ? -1 : Number(m[3] || 0),
          conv: m[4],
        }
      : null;
    cache.set(fmt, spec);
  }
  return spec ? convertNumber(d, spec) : fmt;
}

// Models bash's `printf` builtin (printf.def) and the escape handling shared with `echo -e`:
// conversions %d %i %u %o %x %X %c %s %b %q %e %f %g %%, flags, width and precision (also `*`),
// the format reused while arguments remain, and `invalid number` diagnostics.

import { byteChar } from '../bytes';

/** Result of expanding escapes: the text, and whether `\c` asked to stop all further output. */
export interface Unescaped {
  text: string;
  stop: boolean;
}

/**
 * Backslash escapes as `echo -e` and `%b` read them (bash ansicstr for echo): octal needs a leading
 * `0` (`\0nnn`), `\xHH` takes one or two hex digits, `\c` ends the output.
 */
export function echoEscapes(s: string): Unescaped {
  return unescape(s, true);
}

const SIMPLE: Record<string, string> = {
  a: '\x07',
  b: '\b',
  e: '\x1b',
  E: '\x1b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
  v: '\v',
  '\\': '\\',
};

interface Escape {
  text: string;
  /** Index just after the escape. */
  next: number;
  stop: boolean;
}

/** The escape starting at s[i] === '\\'. */
function escapeAt(s: string, i: number, forEcho: boolean): Escape {
  const c = s[i + 1];
  if (c === undefined) return { text: '\\', next: i + 1, stop: false };
  if (c in SIMPLE) return { text: SIMPLE[c], next: i + 2, stop: false };
  if (c === 'c') return { text: '', next: i + 2, stop: true };
  if (!forEcho && (c === '"' || c === "'" || c === '?')) return { text: c, next: i + 2, stop: false };
  if ((forEcho && c === '0') || (!forEcho && /[0-7]/.test(c))) {
    let j = forEcho ? i + 2 : i + 1;
    let digits = '';
    while (digits.length < 3 && /[0-7]/.test(s[j] ?? '')) digits += s[j++];
    return { text: byteChar(parseInt(digits || '0', 8) & 0xff), next: j, stop: false };
  }
  if ((c === 'u' || c === 'U') && /[0-9a-fA-F]/.test(s[i + 2] ?? '')) {
    let j = i + 2;
    let digits = '';
    while (digits.length < (c === 'u' ? 4 : 8) && /[0-9a-fA-F]/.test(s[j] ?? '')) digits += s[j++];
    const code = parseInt(digits, 16);
    return { text: code <= 0x10ffff ? String.fromCodePoint(code) : '', next: j, stop: false };
  }
  if (c === 'x' && /[0-9a-fA-F]/.test(s[i + 2] ?? '')) {
    let j = i + 2;
    let digits = '';
    while (digits.length < 2 && /[0-9a-fA-F]/.test(s[j] ?? '')) digits += s[j++];
    return { text: byteChar(parseInt(digits, 16)), next: j, stop: false };
  }
  return { text: '\\' + c, next: i + 2, stop: false };
}

function unescape(s: string, forEcho: boolean): Unescaped {
  let out = '';
  for (let i = 0; i < s.length;) {
    if (s[i] !== '\\') {
      out += s[i++];
      continue;
    }
    const e = escapeAt(s, i, forEcho);
    if (e.stop) return { text: out, stop: true };
    out += e.text;
    i = e.next;
  }
  return { text: out, stop: false };
}

/** The body of $'...' (bash ansicstr): printf's escapes, but `\cX` is the control character X. */
export function ansiC(body: string): string {
  let out = '';
  for (let i = 0; i < body.length;) {
    if (body[i] !== '\\') {
      out += body[i++];
    } else if (body[i + 1] === 'c' && i + 2 < body.length) {
      out += String.fromCharCode(body.charCodeAt(i + 2) & 0x1f);
      i += 3;
    } else {
      const e = escapeAt(body, i, false);
      out += e.text;
      i = e.next;
    }
  }
  return out;
}

export interface PrintfResult {
  output: string;
  /** Diagnostics, each printed as `bash: printf: <text>`. */
  errors: string[];
  status: number;
}

/** Parses a numeric argument like bash's getintmax: sign, 0x, leading 0, or 'c for a character code. */
function parseNumber(arg: string, errors: string[]): bigint {
  if (/^['"]/.test(arg)) return BigInt(arg.length > 1 ? arg.codePointAt(1)! : 0);
  const m = /^\s*([+-]?)(0[xX][0-9a-fA-F]+|0[0-7]*|[1-9][0-9]*)/.exec(arg);
  if (!m) {
    if (arg !== '') errors.push(`${arg}: invalid number`);
    return 0n;
  }
  if (m[0].length !== arg.length) errors.push(`${arg}: invalid number`);
  const body = m[2];
  const value = /^0[xX]/.test(body)
    ? BigInt(body)
    : body.length > 1 && body[0] === '0'
      ? BigInt('0o' + body.slice(1))
      : BigInt(body);
  return m[1] === '-' ? -value : value;
}

function parseFloatArg(arg: string, errors: string[]): number {
  if (arg === '') return 0;
  const v = Number(arg);
  if (Number.isNaN(v)) {
    const lead = parseFloat(arg);
    errors.push(`${arg}: invalid number`);
    return Number.isNaN(lead) ? 0 : lead;
  }
  return v;
}

function pad(body: string, width: number, flags: string, numeric: boolean): string {
  if (body.length >= width) return body;
  if (flags.includes('-')) return body + ' '.repeat(width - body.length);
  if (numeric && flags.includes('0')) {
    const sign = /^[+\- ]|^0[xX]/.exec(body)?.[0] ?? '';
    return sign + '0'.repeat(width - body.length) + body.slice(sign.length);
  }
  return ' '.repeat(width - body.length) + body;
}

function formatInteger(conv: string, value: bigint, flags: string, precision: number | null): string {
  let digits: string;
  let sign = '';
  if (conv === 'd' || conv === 'i') {
    if (value < 0n) sign = '-';
    else if (flags.includes('+')) sign = '+';
    else if (flags.includes(' ')) sign = ' ';
    digits = (value < 0n ? -value : value).toString();
  } else {
    const u = BigInt.asUintN(64, value);
    digits = u.toString(conv === 'o' ? 8 : conv === 'u' ? 10 : 16);
    if (conv === 'X') digits = digits.toUpperCase();
    if (flags.includes('#') && u !== 0n) {
      if (conv === 'o') digits = '0' + digits;
      else if (conv === 'x' || conv === 'X') sign = conv === 'x' ? '0x' : '0X';
    }
  }
  if (precision !== null) digits = digits.padStart(precision, '0');
  return sign + digits;
}

function formatFloat(conv: string, v: number, flags: string, precision: number | null): string {
  const p = precision ?? 6;
  let body: string;
  const lower = conv.toLowerCase();
  if (lower === 'f') body = Math.abs(v).toFixed(p);
  else if (lower === 'e') body = expForm(Math.abs(v), p);
  else {
    const P = p === 0 ? 1 : p;
    const exp = v === 0 ? 0 : Math.floor(Math.log10(Math.abs(Number(Math.abs(v).toPrecision(P)))));
    body = exp < -4 || exp >= P ? expForm(Math.abs(v), P - 1) : Math.abs(v).toFixed(Math.max(0, P - 1 - exp));
    if (!flags.includes('#')) body = body.replace(/\.?0+(e|$)/, '$1').replace(/\.(e|$)/, '$1');
  }
  if (conv === conv.toUpperCase()) body = body.toUpperCase();
  const sign = v < 0 || Object.is(v, -0) ? '-' : flags.includes('+') ? '+' : flags.includes(' ') ? ' ' : '';
  return sign + body;
}

function expForm(v: number, p: number): string {
  const [mant, exp] = v.toExponential(p).split('e');
  const e = Number(exp);
  return `${mant}e${e < 0 ? '-' : '+'}${String(Math.abs(e)).padStart(2, '0')}`;
}

/** bash `%q`: quoted so the shell would read it back as the same word. */
export function shellQuote(s: string): string {
  if (s === '') return "''";
  if (/[\x00-\x1f\x7f]/.test(s)) {
    const body = s.replace(/[\\'\x00-\x1f\x7f]/g, (c) => {
      const named: Record<string, string> = {
        '\n': '\\n',
        '\t': '\\t',
        '\r': '\\r',
        '\\': '\\\\',
        "'": "\\'",
      };
      return named[c] ?? '\\' + c.charCodeAt(0).toString(8).padStart(3, '0');
    });
    return `$'${body}'`;
  }
  return s.replace(/[^A-Za-z0-9_\-./,:=+@%^]/g, '\\$&');
}

const CONVERSION = /%([-+ #0]*)(\*|\d+)?(?:\.(\*|\d*))?(hh|h|ll|l|L|j|z|t)?(.?)/y;

/** Runs one printf: the whole output text, the diagnostics and the status. */
export function formatPrintf(format: string, args: readonly string[]): PrintfResult {
  const errors: string[] = [];
  let out = '';
  let next = 0;
  const arg = () => (next < args.length ? args[next++] : undefined);
  for (;;) {
    const before = next;
    for (let i = 0; i < format.length;) {
      const c = format[i];
      if (c === '\\') {
        const e = escapeAt(format, i, false);
        out += e.text;
        if (e.stop) return { output: out, errors, status: errors.length ? 1 : 0 };
        i = e.next;
        continue;
      }
      if (c !== '%') {
        out += c;
        i++;
        continue;
      }
      CONVERSION.lastIndex = i;
      const m = CONVERSION.exec(format)!;
      i = CONVERSION.lastIndex;
      const [, flags, w, p, , conv] = m;
      if (conv === '%' && !flags && !w && p === undefined) {
        out += '%';
        continue;
      }
      const width = w === '*' ? Number(parseNumber(arg() ?? '', errors)) : w ? Number(w) : 0;
      const precision =
        p === undefined ? null : p === '*' ? Number(parseNumber(arg() ?? '', errors)) : Number(p || 0);
      const a = arg();
      let body: string;
      let numeric = false;
      if (conv === 's') body = a ?? '';
      else if (conv === 'b') {
        const u = echoEscapes(a ?? '');
        if (u.stop) return { output: out + u.text, errors, status: errors.length ? 1 : 0 };
        body = u.text;
      } else if (conv === 'q') body = shellQuote(a ?? '');
      else if (conv === 'c') body = (a ?? '').slice(0, 1);
      else if ('diouxX'.includes(conv) && conv) {
        numeric = true;
        body = formatInteger(conv, parseNumber(a ?? '', errors), flags, precision);
      } else if ('eEfFgG'.includes(conv) && conv) {
        numeric = true;
        body = formatFloat(conv, parseFloatArg(a ?? '', errors), flags, precision);
      } else {
        errors.push(conv ? `\`${conv}': invalid format character` : "`%': missing format character");
        return { output: out, errors, status: 1 };
      }
      if (precision !== null && 'sbqc'.includes(conv)) body = body.slice(0, precision);
      // NOTE: C ignores the 0 flag for an integer with a precision, never for a float.
      out += pad(body, width, flags, numeric && (precision === null || 'eEfFgG'.includes(conv)));
    }
    if (next >= args.length || next === before) break;
  }
  return { output: out, errors, status: errors.length ? 1 : 0 };
}

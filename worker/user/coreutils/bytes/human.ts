// Models gnulib human_readable() as dd calls it for its transfer line (autoscale, round to nearest,
// SI prefixes with a space and `B`: `1.0 kB`, `9.8 KiB`, `35.4 MB/s`), exactly where the numbers
// divide evenly and through floating point where they do not, as the C code does; and printf's %g.

const PREFIX = ['', 'k', 'M', 'G', 'T', 'P', 'E', 'Z', 'Y'];
const PREFIX_1024 = ['', 'K', 'M', 'G', 'T', 'P', 'E', 'Z', 'Y'];

/** printf's %.{p}g of a finite number. */
export function formatG(x: number, p = 6): string {
  if (x === 0) return Object.is(x, -0) ? '-0' : '0';
  const [mant, expText] = x.toExponential(p - 1).split('e');
  const exp = Number(expText);
  const trim = (t: string) => (t.includes('.') ? t.replace(/0+$/, '').replace(/\.$/, '') : t);
  if (exp < -4 || exp >= p)
    return `${trim(mant)}e${exp < 0 ? '-' : '+'}${String(Math.abs(exp)).padStart(2, '0')}`;
  return trim(x.toFixed(p - 1 - exp));
}

function suffix(exponent: number, base1024: boolean): string {
  return ' ' + (base1024 ? PREFIX_1024[exponent] + (exponent ? 'i' : '') : PREFIX[exponent]) + 'B';
}

/** The integer path: `amt` and its tenths and rounding state (0..3, as gnulib keeps them). */
function integerPath(amtIn: bigint, tenthsIn: number, roundingIn: number, base1024: boolean): string {
  const base = base1024 ? 1024n : 1000n;
  let amt = amtIn;
  let tenths = tenthsIn;
  let rounding = roundingIn;
  let exponent = 0;
  let fraction = '';
  if (base <= amt) {
    do {
      const r10 = Number(amt % base) * 10 + tenths;
      const r2 = (r10 % Number(base)) * 2 + (rounding >> 1);
      amt /= base;
      tenths = Math.floor(r10 / Number(base));
      rounding = r2 < Number(base) ? Number(r2 + rounding !== 0) : 2 + Number(Number(base) < r2 + rounding);
      exponent++;
    } while (base <= amt && exponent < PREFIX.length - 1);
    if (amt < 10n) {
      if (2 < rounding + (tenths & 1)) {
        tenths++;
        rounding = 0;
        if (tenths === 10) {
          amt++;
          tenths = 0;
        }
      }
      if (amt < 10n) {
        fraction = '.' + tenths;
        tenths = rounding = 0;
      }
    }
  }
  if (5 < tenths + Number(0 < rounding + Number(amt & 1n))) {
    amt++;
    if (amt === base && exponent < PREFIX.length - 1) {
      exponent++;
      fraction = '.0';
      amt = 1n;
    }
  }
  return `${amt}${fraction}${suffix(exponent, base1024)}`;
}

/** human_readable(n, opts, from, to) with dd's options: n * from / to, scaled. */
export function humanReadable(n: number, from: number, to: number, base1024 = false): string {
  if (to <= from && from % to === 0) return integerPath(BigInt(n) * BigInt(from / to), 0, 0, base1024);
  if (to > from && to % from === 0) {
    const divisor = BigInt(to / from);
    const big = BigInt(n);
    const r10 = (big % divisor) * 10n;
    const r2 = (r10 % divisor) * 2n;
    const rounding = r2 < divisor ? Number(0n < r2) : 2 + Number(divisor < r2);
    return integerPath(big / divisor, Number(r10 / divisor), rounding, base1024);
  }
  const base = base1024 ? 1024 : 1000;
  let damt = n * (from / to);
  let e = 1;
  let exponent = 0;
  do {
    e *= base;
    exponent++;
  } while (e * base <= damt && exponent < PREFIX.length - 1);
  damt /= e;
  let text = damt.toFixed(1);
  if (text.length > 4) text = damt.toFixed(0);
  return text + suffix(exponent, base1024);
}

/** dd's third status line for `bytes` copied in `ns` nanoseconds of (virtual) time. */
export function transferLine(bytes: number, ns: number): string {
  const si = humanReadable(bytes, 1, 1);
  const iec = humanReadable(bytes, 1, 1, true);
  const rate = ns > 0 ? humanReadable(bytes, 1e9, ns) + '/s' : 'Infinity B/s';
  const time = `${formatG(ns / 1e9)} s`;
  const lacksPrefix = (s: string) => s[s.length - 2] === ' ';
  if (lacksPrefix(si)) return `${bytes} byte${bytes === 1 ? '' : 's'} copied, ${time}, ${rate}\n`;
  if (lacksPrefix(iec)) return `${bytes} bytes (${si}) copied, ${time}, ${rate}\n`;
  return `${bytes} bytes (${si}, ${iec}) copied, ${time}, ${rate}\n`;
}

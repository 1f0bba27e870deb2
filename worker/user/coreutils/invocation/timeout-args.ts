// Models what timeout (coreutils 9.1) makes of its arguments: a DURATION is a C floating-point
// number (strtod: decimal or hexadecimal, an exponent, `inf`) with one optional unit s, m, h or d,
// never negative; a SIGNAL is a number up to 64 or a name with or without SIG, in any case
// (gnulib's operand2sig and str2sig/sig2str, with Linux x86-64 numbers).

import { SIGNAL_NAMES } from '../../signal-names';

/** Seconds per unit suffix. */
const UNITS: Readonly<Record<string, number>> = { '': 1, s: 1, m: 60, h: 3600, d: 86400 };

/** What strtod() accepts after leading white space: the longest number at the start. */
const STRTOD =
  /^[ \t\n\v\f\r]*([+-]?(?:0[xX](?:[0-9a-fA-F]+\.?[0-9a-fA-F]*|\.[0-9a-fA-F]+)(?:[pP][+-]?\d+)?|(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?|inf(?:inity)?|nan))/i;

/** strtod's value of a number it matched, hexadecimal included. */
function numberValue(text: string): number {
  const hex = /^([+-]?)0x([0-9a-f]*)\.?([0-9a-f]*)(?:p([+-]?\d+))?$/i.exec(text);
  if (!hex) return Number(text.replace(/^([+-]?)inf(inity)?$/i, '$1Infinity'));
  const [, sign, whole, fraction, exponent] = hex;
  const mantissa = parseInt(whole + fraction || '0', 16) / 16 ** fraction.length;
  return (sign === '-' ? -1 : 1) * mantissa * 2 ** Number(exponent ?? 0);
}

/** parse_duration(): seconds (Infinity for `inf`), or null for an invalid time interval. */
export function parseDuration(arg: string): number | null {
  const m = STRTOD.exec(arg);
  if (!m) return null;
  const unit = arg.slice(m[0].length);
  if (!Object.hasOwn(UNITS, unit)) return null;
  const seconds = numberValue(m[1]) * UNITS[unit];
  return seconds >= 0 ? seconds : null;
}

/** The virtual-clock nanoseconds of a duration; 0 (no timer) stays 0, a tiny one becomes 1 ns. */
export function durationNs(seconds: number): number {
  if (seconds === 0) return 0;
  if (!Number.isFinite(seconds)) return Infinity;
  return Math.max(1, Math.ceil(seconds * 1e9));
}

/**
 * Linux's signal names by number (x86-64), 0 being `EXIT` as in sig2str; 32 and 33 belong to the C
 * library and have no name, so they are no valid operand either.
 */
const NAMES = SIGNAL_NAMES;

const ALIASES: Readonly<Record<string, number>> = { IOT: 6, CLD: 17, IO: 29 };
const SIGRTMIN = 34;
const SIGRTMAX = 64;

/** str2sig(): the number of a signal name (without SIG), or null. */
function nameToNumber(name: string): number | null {
  const at = NAMES.indexOf(name);
  if (at >= 0) return at;
  if (Object.hasOwn(ALIASES, name)) return ALIASES[name];
  const rt = /^RTM(IN|AX)(?:([+-])(\d+))?$/.exec(name);
  if (!rt) return null;
  const offset = rt[2] ? Number(rt[3]) * (rt[2] === '+' ? 1 : -1) : 0;
  const n = (rt[1] === 'IN' ? SIGRTMIN : SIGRTMAX) + offset;
  if ((rt[1] === 'IN' && offset < 0) || (rt[1] === 'AX' && offset > 0)) return null;
  return n >= SIGRTMIN && n <= SIGRTMAX ? n : null;
}

/** operand2sig(): a signal number (0..64) from a number or a name in any case; null if invalid. */
export function operandToSignal(operand: string): number | null {
  if (/^\d+$/.test(operand)) {
    const n = Number(operand);
    return n < NAMES.length || (n >= SIGRTMIN && n <= SIGRTMAX) ? n : null;
  }
  const name = operand.toUpperCase().replace(/^SIG/, '');
  return nameToNumber(name);
}

/** sig2str(): the name timeout --verbose prints for a signal (`EXIT` for 0). */
export function signalName(sig: number): string {
  if (sig < NAMES.length) return NAMES[sig];
  const half = (SIGRTMIN + SIGRTMAX) >> 1;
  const [base, offset] = sig <= half ? ['RTMIN', sig - SIGRTMIN] : ['RTMAX', SIGRTMAX - sig];
  return offset === 0 ? base : `${base}${sig <= half ? '+' : '-'}${offset}`;
}

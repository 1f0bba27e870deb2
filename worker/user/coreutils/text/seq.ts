// Models GNU coreutils seq: LAST, FIRST LAST or FIRST INCREMENT LAST as long doubles; -s STRING
// between numbers, -w pads to equal width, -f FORMAT (one %e %f %g %a directive). Without -f the
// format is %.PRECf from the operands' own digits (`seq 0 0.5 2` prints 0.0 0.5 ...), or %g.
// Non-negative integers with a small step go through seq_fast, exact at any size and endless with
// `inf`. Options end at the first operand or negative number (`seq -1 1`).

import { latin1String } from '../../../kernel/lib/utf8';
import { encodeText } from '../../bytes';
import type { Proc, ProcessContext, Yielded } from '../../process';
import { Tool } from '../tool';
import { finishTool, outputPause, tryHelp } from './common';
import {
  add,
  compare,
  fromInteger,
  isZero,
  multiply,
  parseLongDouble,
  ZERO,
  type LongDouble,
} from './long-double';
import { formatLongDouble, type Conversion } from './printf-ld';
import { quote } from './quoting';

/** Limit below which seq_fast is used (SEQ_FAST_STEP_LIMIT). */
const FAST_STEP_LIMIT = 200;
const INT_MAX = 2147483647;

interface Operand {
  value: LongDouble;
  width: number;
  precision: number;
}

/** A validated -f FORMAT: the text around its one conversion. */
interface Layout {
  readonly prefix: string;
  readonly suffix: string;
  readonly conversion: Conversion;
}

/** long_double_format(): the one directive of FORMAT, or the message that rejects it. */
function parseFormat(fmt: string): Layout | string {
  const q = quote(fmt);
  let i = 0;
  let prefix = '';
  while (!(fmt[i] === '%' && fmt[i + 1] !== '%')) {
    if (i >= fmt.length) return `format ${q} has no % directive`;
    prefix += fmt[i];
    i += fmt[i] === '%' ? 2 : 1;
  }
  const m = /^%([-+#0 ']*)(\d*)(?:\.(\d*))?(L?)/.exec(fmt.slice(i))!;
  i += m[0].length;
  if (i >= fmt.length) return `format ${q} ends in %`;
  if (!'efgaEFGA'.includes(fmt[i])) return `format ${q} has unknown %${fmt[i]} directive`;
  const conversion: Conversion = {
    flags: m[1],
    width: m[2] ? Number(m[2]) : 0,
    precision: m[3] !== undefined ? Number(m[3] || '0') : -1,
    conv: fmt[i],
  };
  let suffix = '';
  for (i++; i < fmt.length; i += fmt[i] === '%' ? 2 : 1) {
    if (fmt[i] === '%' && fmt[i + 1] !== '%') return `format ${q} has too many % directives`;
    suffix += fmt[i];
  }
  return { prefix, suffix, conversion };
}

/** scan_arg(): the value, and the width and precision its text implies; null with the diagnostic. */
function scanArg(t: Tool, arg: string): Operand | null {
  const value = parseLongDouble(arg);
  if (!value) {
    t.error(`invalid floating point argument: ${quote(arg)}`);
    return null;
  }
  if (value.kind === 'nan') {
    t.error(`invalid 'not-a-number' argument: ${quote(arg)}`);
    return null;
  }
  const a = latin1String(encodeText(arg)).replace(/^[ \t\n\v\f\r+]+/, '');
  const ret: Operand = { value, width: 0, precision: INT_MAX };
  const point = a.indexOf('.');
  if (point < 0 && !a.includes('p')) ret.precision = 0;
  if (!/[xX]/.test(a) && value.kind === 'finite') {
    let fraction = 0;
    ret.width = a.length;
    if (point >= 0) {
      fraction = /^[^eE]*/.exec(a.slice(point + 1))![0].length;
      ret.precision = fraction;
      ret.width += fraction === 0 ? -1 : point === 0 || !/\d/.test(a[point - 1]) ? 1 : 0;
    }
    let e = a.indexOf('e');
    if (e < 0) e = a.indexOf('E');
    if (e >= 0) {
      let exponent = parseInt(a.slice(e + 1), 10) || 0;
      ret.precision += exponent < 0 ? -exponent : -Math.min(ret.precision, exponent);
      ret.width -= a.length - e;
      if (exponent < 0) {
        if (point < 0 || e === point + 1) ret.width++;
        exponent = -exponent;
      } else {
        if (point >= 0 && ret.precision === 0 && fraction) ret.width--;
        exponent -= Math.min(fraction, exponent);
      }
      ret.width += exponent;
    }
  }
  return ret;
}

/** get_default_format(): %.PRECf (zero-padded to a common width with -w) or %g. */
function defaultFormat(first: Operand, step: Operand, last: Operand, equalWidth: boolean): Layout {
  const prec = Math.max(first.precision, step.precision);
  const layout = (conversion: Conversion): Layout => ({ prefix: '', suffix: '', conversion });
  if (prec !== INT_MAX && last.precision !== INT_MAX) {
    if (!equalWidth) return layout({ flags: '', width: 0, precision: prec, conv: 'f' });
    let firstWidth = first.width + (prec - first.precision);
    let lastWidth = last.width + (prec - last.precision);
    if (last.precision && prec === 0) lastWidth--;
    if (last.precision === 0 && prec) lastWidth++;
    if (first.precision === 0 && prec) firstWidth++;
    const width = Math.max(firstWidth, lastWidth);
    if (width <= INT_MAX) return layout({ flags: '0', width, precision: prec, conv: 'f' });
  }
  return layout({ flags: '', width: 0, precision: -1, conv: 'g' });
}

function format(layout: Layout, x: LongDouble): string {
  return layout.prefix + formatLongDouble(layout.conversion, x) + layout.suffix;
}

/** print_numbers(): FIRST, FIRST + STEP, ... while not past LAST, with the rounding rescue at the end. */
function* printNumbers(
  t: Tool,
  layout: Layout,
  first: LongDouble,
  step: LongDouble,
  last: LongDouble,
  separator: string,
): Generator<Yielded, void, void> {
  const negative = step.neg;
  const past = (x: LongDouble) => (negative ? compare(x, last) : compare(last, x)) === -1;
  let outOfRange = past(first);
  if (outOfRange) return;
  let x = first;
  const endless = last.kind === 'inf';
  for (let i = 1n; ; i++) {
    const x0 = x;
    t.out.write(format(layout, x));
    if (outOfRange) break;
    x = add(first, multiply(fromInteger(i), step));
    outOfRange = past(x);
    if (outOfRange) {
      const text = formatLongDouble(layout.conversion, x);
      const value = parseLongDouble(text);
      if (!value || compare(value, last) !== 0 || formatLongDouble(layout.conversion, x0) === text) break;
    }
    t.out.write(separator);
    if (i % 4096n === 0n) {
      if (t.out.error) return;
      yield outputPause(t, endless);
    }
  }
  t.out.write('\n');
}

/** seq_fast(): whole numbers as exact decimal text; false when A > B (the general code takes over). */
function* seqFast(
  t: Tool,
  a: string,
  b: string,
  step: bigint,
  separator: string,
): Generator<Yielded, boolean, void> {
  const endless = b === 'inf';
  const end = endless ? null : BigInt(b);
  // NOTE: plain numbers while they are exact, BigInt beyond (seq_fast works on decimal text).
  const exact = end !== null && end < BigInt(Number.MAX_SAFE_INTEGER) - step;
  let n: number | bigint = exact ? Number(a) : BigInt(a);
  const last: number | bigint = exact ? Number(end) : (end ?? 0n);
  const by: number | bigint = exact ? Number(step) : step;
  if (end !== null && n > last) return false;
  let line = n.toString();
  for (let count = 1; ; count++) {
    n = exact ? (n as number) + (by as number) : (n as bigint) + (by as bigint);
    if (end !== null && n > last) break;
    line += separator + n.toString();
    if (line.length >= 4096) {
      t.out.write(line);
      line = '';
      if (t.out.error) return true;
    }
    if (count % 4096 === 0) yield outputPause(t, endless);
  }
  t.out.write(line + '\n');
  return true;
}

const allDigits = (s: string) => /^\d+$/.test(s);

export function* seq(ctx: ProcessContext): Proc {
  const t = new Tool(ctx, 'seq');
  const argv = ctx.argv.slice(1);
  let k = 0;
  while (k < argv.length) {
    const a = argv[k];
    if (/^-[.\d]/.test(a) || !a.startsWith('-') || a === '-') break;
    k++;
    if (a === '--') break;
    if (/^(-[ws]*[fs]|--format|--separator)$/.test(a) || /^-w*[fs]$/.test(a)) k++;
  }
  const p = t.options(
    { flags: 'w', withArg: 'fs', long: { 'equal-width': 'w', 'format=': 'f', 'separator=': 's' } },
    argv.slice(0, k),
  );
  if (typeof p === 'number') return p;
  const args = [...p.operands, ...argv.slice(k)];
  if (args.length === 0) return t.usage('missing operand');
  if (args.length > 3) return t.usage(`extra operand ${quote(args[3])}`);
  const equalWidth = p.has('w');
  const separator = p.value('s') ?? '\n';
  const fmt = p.value('f');
  let layout: Layout | null = null;
  if (fmt !== undefined) {
    const parsed = parseFormat(fmt);
    if (typeof parsed === 'string') {
      t.error(parsed);
      return t.finish(1);
    }
    layout = parsed;
  }
  if (layout && equalWidth)
    return t.usage('format string may not be specified when printing equal width strings');
  const plain = !equalWidth && !layout && encodeText(separator).length === 1;
  const n = args.length;
  const stepText = n === 3 ? args[1] : '1';
  const fastStep = allDigits(stepText) && Number(stepText) > 0 && Number(stepText) <= FAST_STEP_LIMIT;
  if (
    plain &&
    allDigits(args[0]) &&
    (n === 1 || allDigits(args[1])) &&
    (n < 3 || (fastStep && allDigits(args[2])))
  ) {
    const done = yield* seqFast(t, n === 1 ? '1' : args[0], args[n - 1], BigInt(Number(stepText)), separator);
    if (done) return finishTool(t);
  }
  const one: Operand = { value: fromInteger(1n), width: 1, precision: 0 };
  let first = one;
  let step = one;
  let last = scanArg(t, args[0]);
  if (!last) return tryHelp(t);
  if (n > 1) {
    first = last;
    last = scanArg(t, args[1]);
    if (!last) return tryHelp(t);
    if (n > 2) {
      step = last;
      if (isZero(step.value)) {
        t.error(`invalid Zero increment value: ${quote(args[1])}`);
        return tryHelp(t);
      }
      last = scanArg(t, args[2]);
      if (!last) return tryHelp(t);
    }
  }
  if (plain && first.precision === 0 && step.precision === 0 && last.precision === 0) {
    const whole = integerOf(step.value);
    const nonNegative = (x: LongDouble) => (compare(x, ZERO) ?? -1) >= 0;
    if (
      first.value.kind === 'finite' &&
      nonNegative(first.value) &&
      nonNegative(last.value) &&
      whole !== null &&
      whole > 0n &&
      whole <= BigInt(FAST_STEP_LIMIT)
    ) {
      const integer: Conversion = { flags: '', width: 0, precision: 0, conv: 'f' };
      const a = formatLongDouble(integer, first.value);
      const b = last.value.kind === 'inf' ? 'inf' : formatLongDouble(integer, last.value);
      if (!a.startsWith('-') && !b.startsWith('-') && (yield* seqFast(t, a, b, whole, separator)))
        return finishTool(t);
    }
  }
  layout ??= defaultFormat(first, step, last, equalWidth);
  yield* printNumbers(t, layout, first.value, step.value, last.value, separator);
  return finishTool(t);
}

/** A positive step's whole part, as seq_fast() takes it (uintmax_t); null for inf or negative. */
function integerOf(x: LongDouble): bigint | null {
  if (x.kind !== 'finite' || x.neg) return null;
  return x.exp >= 0 ? x.mant << BigInt(x.exp) : x.mant >> BigInt(-x.exp);
}

// Models GNU coreutils date under LC_ALL=C on the model's clock: now is the kernel's boot moment
// (2022-07-28 09:00:00 UTC, the wall clock file times use too) plus the
// virtual CLOCK_MONOTONIC. Prints the default format, +FORMAT, -R, -I[FMT] or --rfc-3339=FMT, of
// now, -d DATE or -r FILE. The zone is always UTC (there is no zoneinfo in the model), and -d
// reads a subset of parse_datetime: @SECONDS, now/today/yesterday/tomorrow, YYYY-MM-DD with an
// optional [T]HH:MM[:SS] and Z/UTC, a bare HH:MM[:SS], and relative items (`2 hours ago`, `+1 day`).

import { strerror } from '../../../kernel/lib/errno';
import { encodeText } from '../../bytes';
import type { Proc, ProcessContext } from '../../process';
import { quote, Tool } from '../tool';
import { formatTime } from './date-format';

/**
 * The wall-clock moment of boot, 2022-07-28 09:00:00 UTC: the kernel's BOOT_EPOCH_SECONDS
 * (kernel/lib/clock.ts, which stamps file times), repeated here because user space may not import
 * it and the model has no clock_gettime(CLOCK_REALTIME).
 */
export const BOOT_EPOCH_SECONDS = 1_658_998_800;

/**
 * The furthest time the model formats (a JavaScript Date's range, year 275760). NOTE: 64-bit
 * glibc goes on to year 2147483647; beyond this the model says `out of range` sooner.
 */
const MAX_SECONDS = 8.64e12;

const DEFAULT_FORMAT = '%a %b %e %H:%M:%S %Z %Y';
const RFC_EMAIL = '%a, %d %b %Y %H:%M:%S %z';

const ISO: Readonly<Record<string, string>> = {
  hours: '%Y-%m-%dT%H%:z',
  minutes: '%Y-%m-%dT%H:%M%:z',
  date: '%Y-%m-%d',
  seconds: '%Y-%m-%dT%H:%M:%S%:z',
  ns: '%Y-%m-%dT%H:%M:%S,%N%:z',
};

const RFC_3339: Readonly<Record<string, string>> = {
  date: '%Y-%m-%d',
  seconds: '%Y-%m-%d %H:%M:%S%:z',
  ns: '%Y-%m-%d %H:%M:%S.%N%:z',
};

const UNITS: Readonly<Record<string, number>> = {
  sec: 1,
  second: 1,
  min: 60,
  minute: 60,
  hour: 3600,
  day: 86400,
  week: 604800,
  fortnight: 1209600,
};

interface Instant {
  seconds: number;
  ns: number;
}

/** Relative items: `[+-]N unit[s]`..., an optional `ago` negating them; null if it is not that. */
function relative(text: string): number | null {
  let total = 0;
  let rest = text.trim();
  while (rest !== '' && rest !== 'ago') {
    const m = /^([+-]?\s*[0-9]+)?\s*([a-z]+?)s?\b\s*/.exec(rest);
    if (!m || UNITS[m[2]] === undefined) return null;
    total += (m[1] === undefined ? 1 : Number(m[1].replace(/\s/g, ''))) * UNITS[m[2]];
    rest = rest.slice(m[0].length);
  }
  return rest === 'ago' ? -total : total;
}

/** parse_datetime() for the forms the model reads; null for an invalid date. */
export function parseDate(spec: string, now: Instant): Instant | null {
  const text = spec.trim().toLowerCase();
  const epoch = /^@\s*([+-]?[0-9]+)(?:[.,]([0-9]+))?$/.exec(text);
  if (epoch) {
    const frac = Number((epoch[2] ?? '').padEnd(9, '0').slice(0, 9));
    const whole = Number(epoch[1]);
    return whole < 0 && frac ? { seconds: whole - 1, ns: 1e9 - frac } : { seconds: whole, ns: frac };
  }
  const midnight = Math.floor(now.seconds / 86400) * 86400;
  const words: Readonly<Record<string, number>> = { now: 0, today: 0, yesterday: -86400, tomorrow: 86400 };
  const first = /^([a-z]+)\b\s*(.*)$/.exec(text);
  if (text === '') return { seconds: midnight, ns: 0 };
  if (first && words[first[1]] !== undefined) {
    const more = relative(first[2]);
    return more === null ? null : { seconds: now.seconds + words[first[1]] + more, ns: now.ns };
  }
  const m =
    /^(?:([0-9]{4})-([0-9]{1,2})-([0-9]{1,2}))?(?:(?:^|[t\s]+)([0-9]{1,2}):([0-9]{2})(?::([0-9]{2}))?)?\s*(?:z|utc|gmt|\+0000|\+00:00)?\s*(.*)$/.exec(
      text,
    );
  if (!m || (m[1] === undefined && m[4] === undefined)) {
    const more = relative(text);
    return more === null ? null : { seconds: now.seconds + more, ns: now.ns };
  }
  const more = relative(m[7]);
  if (more === null) return null;
  const [month, day, hour, minute, second] = [m[2], m[3], m[4], m[5], m[6]].map((x) => Number(x ?? 0));
  if (month > 12 || day > 31 || hour > 23 || minute > 59 || second > 60) return null;
  if (m[1] !== undefined && (month < 1 || day < 1)) return null;
  const base = m[1] === undefined ? midnight : Date.UTC(Number(m[1]), month - 1, day) / 1000;
  if (m[1] !== undefined && new Date(base * 1000).getUTCDate() !== day) return null;
  return { seconds: base + hour * 3600 + minute * 60 + second + more, ns: 0 };
}

/** -I[FMT] and --iso-8601[=FMT] take their argument only attached; none means `date`. */
function isoArguments(args: readonly string[]): string[] {
  return args.map((a) => {
    if (a === '--iso-8601' || a === '-I') return '--iso-8601=date';
    return /^-I./.test(a) ? `--iso-8601=${a.slice(2)}` : a;
  });
}

/** argmatch's failure: the valid arguments listed, then the usage line. */
function invalidArgument(t: Tool, value: string, option: string, valid: readonly string[]): number {
  t.error(`invalid argument ${quote(value)} for '--${option}'`);
  t.sys.write(2, encodeText(`Valid arguments are:\n${valid.map((v) => `  - '${v}'\n`).join('')}`));
  t.sys.write(2, encodeText(`Try '${t.name} --help' for more information.\n`));
  return t.finish(1);
}

export function* date(ctx: ProcessContext): Proc {
  const t = new Tool(ctx, 'date');
  const p = t.options(
    {
      flags: 'uR',
      withArg: 'drI',
      long: {
        utc: 'u',
        universal: 'u',
        'date=': 'd',
        'reference=': 'r',
        'rfc-email': 'R',
        'iso-8601=': 'I',
        'rfc-3339=': '3',
      },
    },
    isoArguments(ctx.argv.slice(1)),
  );
  if (typeof p === 'number') return p;
  const clock = ctx.sys.clock();
  const now: Instant = {
    seconds: BOOT_EPOCH_SECONDS + Math.floor(clock / 1e9),
    ns: clock % 1e9,
  };
  const formats = p.operands.filter((o) => o.startsWith('+'));
  if (p.operands.length > 1) return t.usage(`extra operand ${quote(p.operands[1])}`);
  if (p.operands.length === 1 && formats.length === 0) {
    t.error(`invalid date ${quote(p.operands[0])}`);
    return t.finish();
  }
  if (p.has('d') && p.has('r'))
    return t.usage('the options to specify dates for printing are mutually exclusive');
  let when: Instant | null = now;
  const spec = p.value('d');
  const reference = p.value('r');
  if (spec !== undefined) {
    when = parseDate(spec, now);
    if (!when) {
      t.error(`invalid date ${quote(spec)}`);
      return t.finish();
    }
  } else if (reference !== undefined) {
    const st = ctx.sys.stat(reference);
    if (!st.ok) {
      t.error(`${reference}: ${strerror(st.err)}`);
      return t.finish();
    }
    when = { seconds: st.value.mtime, ns: 0 };
  }
  if (Math.abs(when.seconds) > MAX_SECONDS) {
    const given = /^\s*@\s*([+-]?[0-9]+)/.exec(spec ?? '')?.[1] ?? String(when.seconds);
    t.error(`time ${quote(given)} is out of range`);
    return t.finish();
  }
  let format = formats.length ? formats[0].slice(1) : DEFAULT_FORMAT;
  const styles = p.list.filter(([k]) => 'RI3'.includes(k));
  if (styles.length && formats.length) {
    t.error('multiple output formats specified');
    return t.finish();
  }
  const style = styles.pop();
  if (style?.[0] === 'R') format = RFC_EMAIL;
  else if (style) {
    const [table, name] = style[0] === 'I' ? [ISO, 'iso-8601'] : [RFC_3339, 'rfc-3339'];
    if (!Object.hasOwn(table, style[1])) return invalidArgument(t, style[1], name, Object.keys(table));
    format = table[style[1]];
  }
  t.out.write(formatTime(format, when.seconds, when.ns) + '\n');
  return t.finish(0);
}

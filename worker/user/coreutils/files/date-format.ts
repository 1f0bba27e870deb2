// Models gnulib nstrftime() as GNU date uses it under LC_ALL=C with TZ=UTC: every conversion of
// date(1)'s manual, the flags `-` (no padding), `_` (spaces), `0` (zeros), `^` (upper case) and
// `#` (swapped case), a field width, and %:z %::z %:::z. An unknown conversion is copied as is.

const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** The broken-down UTC time of gmtime(). */
interface Tm {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  /** 0 = Sunday. */
  weekday: number;
  /** 0-based day of the year. */
  yearDay: number;
}

function gmtime(seconds: number): Tm {
  const d = new Date(seconds * 1000);
  const year = d.getUTCFullYear();
  return {
    year,
    month: d.getUTCMonth(),
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(),
    weekday: d.getUTCDay(),
    yearDay: Math.floor((Date.UTC(year, d.getUTCMonth(), d.getUTCDate()) - Date.UTC(year, 0, 1)) / 86400000),
  };
}

/** ISO 8601 week-based year and week number (%G, %V). */
function isoWeek(tm: Tm): { year: number; week: number } {
  const isoDay = (tm.weekday + 6) % 7;
  const thursday = tm.yearDay - isoDay + 3;
  const daysIn = (y: number) => (y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 366 : 365);
  if (thursday < 0) {
    const prev = tm.year - 1;
    return { year: prev, week: Math.floor((thursday + daysIn(prev)) / 7) + 1 };
  }
  if (thursday >= daysIn(tm.year)) return { year: tm.year + 1, week: 1 };
  return { year: tm.year, week: Math.floor(thursday / 7) + 1 };
}

type Field = { text: string } | { number: number; width: number; pad: '0' | ' ' };

function conversion(c: string, colons: number, tm: Tm, seconds: number, ns: number): Field | null {
  const num = (number: number, width = 2, pad: '0' | ' ' = '0'): Field => ({ number, width, pad });
  const text = (s: string): Field => ({ text: s });
  const hour12 = tm.hour % 12 || 12;
  const sub = (f: string) => text(formatTime(f, seconds, ns));
  switch (c) {
    case 'a':
      return text(DAYS[tm.weekday].slice(0, 3));
    case 'A':
      return text(DAYS[tm.weekday]);
    case 'b':
    case 'h':
      return text(MONTHS[tm.month].slice(0, 3));
    case 'B':
      return text(MONTHS[tm.month]);
    case 'c':
      return sub('%a %b %e %H:%M:%S %Y');
    case 'C':
      return num(Math.floor(tm.year / 100));
    case 'd':
      return num(tm.day);
    case 'D':
    case 'x':
      return sub('%m/%d/%y');
    case 'e':
      return num(tm.day, 2, ' ');
    case 'F':
      return sub('%Y-%m-%d');
    case 'g':
      return num(isoWeek(tm).year % 100);
    case 'G':
      return num(isoWeek(tm).year, 4);
    case 'H':
      return num(tm.hour);
    case 'I':
      return num(hour12);
    case 'j':
      return num(tm.yearDay + 1, 3);
    case 'k':
      return num(tm.hour, 2, ' ');
    case 'l':
      return num(hour12, 2, ' ');
    case 'm':
      return num(tm.month + 1);
    case 'M':
      return num(tm.minute);
    case 'n':
      return text('\n');
    case 'N':
      return num(ns, 9);
    case 'p':
      return text(tm.hour < 12 ? 'AM' : 'PM');
    case 'P':
      return text(tm.hour < 12 ? 'am' : 'pm');
    case 'q':
      return num(Math.floor(tm.month / 3) + 1, 1);
    case 'r':
      return sub('%I:%M:%S %p');
    case 'R':
      return sub('%H:%M');
    case 's':
      return num(seconds, 1);
    case 'S':
      return num(tm.second);
    case 't':
      return text('\t');
    case 'T':
    case 'X':
      return sub('%H:%M:%S');
    case 'u':
      return num(((tm.weekday + 6) % 7) + 1, 1);
    case 'U':
      return num(Math.floor((tm.yearDay + 7 - tm.weekday) / 7));
    case 'V':
      return num(isoWeek(tm).week);
    case 'w':
      return num(tm.weekday, 1);
    case 'W':
      return num(Math.floor((tm.yearDay + 7 - ((tm.weekday + 6) % 7)) / 7));
    case 'y':
      return num(tm.year % 100);
    case 'Y':
      return num(tm.year, 1);
    case 'z':
      return text(['+0000', '+00:00', '+00:00:00', '+00'][colons] ?? '+0000');
    case 'Z':
      return text('UTC');
    case '%':
      return text('%');
    default:
      return null;
  }
}

function applyFlags(field: Field, flag: string, width: number | null): string {
  if ('text' in field) {
    let s = field.text;
    if (flag === '^') s = s.toUpperCase();
    else if (flag === '#') s = s === s.toUpperCase() ? s.toLowerCase() : s.toUpperCase();
    return width !== null && s.length < width ? s.padStart(width, flag === '0' ? '0' : ' ') : s;
  }
  const negative = field.number < 0;
  let digits = String(Math.abs(field.number));
  let pad = flag === '_' ? ' ' : flag === '0' ? '0' : field.pad;
  let w = width ?? field.width;
  if (flag === '-') w = 0;
  if (pad === ' ') {
    digits = (negative ? '-' : '') + digits;
    return digits.padStart(w, ' ');
  }
  if (negative) w = Math.max(0, w - 1);
  pad = '0';
  return (negative ? '-' : '') + digits.padStart(w, pad);
}

/** strftime(format) for a time in seconds since the epoch (UTC) and its nanoseconds. */
export function formatTime(format: string, seconds: number, ns: number): string {
  const tm = gmtime(seconds);
  let out = '';
  for (let i = 0; i < format.length; i++) {
    if (format[i] !== '%') {
      out += format[i];
      continue;
    }
    const m = /^([-_0^#]*)([0-9]*)(:{0,3})(.?)/s.exec(format.slice(i + 1))!;
    const [whole, flags, widthText, colons, c] = m;
    const field = c && (colons === '' || c === 'z') ? conversion(c, colons.length, tm, seconds, ns) : null;
    if (!field) {
      out += '%' + whole;
      i += whole.length;
      continue;
    }
    const width = widthText === '' ? null : Number(widthText);
    const flag = flags.slice(-1);
    if (c === 'N' && width !== null) {
      // NOTE: a width on %N is a precision: %3N is milliseconds.
      out += String(ns).padStart(9, '0').slice(0, width).padEnd(width, '0');
      i += whole.length;
      continue;
    }
    let piece = applyFlags(field, flag, width);
    if (flags.includes('^') && flag !== '^') piece = piece.toUpperCase();
    out += piece;
    i += whole.length;
  }
  return out;
}

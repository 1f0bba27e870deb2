// Models gnulib's xstrtoumax(): an unsigned number in base 8, 10, 16 or chosen by its prefix (0x, 0),
// with the multiplier suffixes a program allows (`b` 512, `K` 1024, `KB` 1000, `KiB` 1024, ...),
// and xstrtol_fatal()'s wording for a bad option argument. Values stay JavaScript numbers: past
// 2^53 they count as overflow, a limit far beyond any file the playground holds.

export type StrtolResult =
  | { readonly status: 'ok'; readonly value: number }
  | { readonly status: 'invalid' | 'overflow' }
  | { readonly status: 'suffix'; readonly value: number; readonly rest: string };

const POWERS: Readonly<Record<string, number>> = {
  E: 6,
  G: 3,
  g: 3,
  k: 1,
  K: 1,
  M: 2,
  m: 2,
  P: 5,
  Q: 10,
  R: 9,
  T: 4,
  t: 4,
  Y: 8,
  Z: 7,
};

function digitValue(c: string): number {
  const v = parseInt(c, 36);
  return Number.isNaN(v) ? 99 : v;
}

/** strtoumax(): the digits at the start of `s` (after blanks), or null when there are none. */
function leadingNumber(s: string, base: number): { value: number; end: number } | null {
  let at = 0;
  while (at < s.length && ' \t\n\v\f\r'.includes(s[at])) at++;
  if (s[at] === '+') at++;
  let radix = base;
  if (base === 0 || base === 16) {
    if (s[at] === '0' && (s[at + 1] === 'x' || s[at + 1] === 'X') && digitValue(s[at + 2] ?? '') < 16) {
      at += 2;
      radix = 16;
    } else if (base === 0) radix = s[at] === '0' ? 8 : 10;
  }
  const start = at;
  let value = 0;
  while (at < s.length && digitValue(s[at]) < radix) value = value * radix + digitValue(s[at++]);
  return at === start ? null : { value, end: at };
}

/** xstrtoumax(s, &end, base, &value, validSuffixes); `validSuffixes` null allows no suffix. */
export function xstrtoumax(s: string, base: number, validSuffixes: string | null): StrtolResult {
  if (/^[ \t\n\v\f\r]*-/.test(s)) return { status: 'invalid' };
  const num = leadingNumber(s, base);
  let value: number;
  let rest: string;
  if (num) {
    value = num.value;
    rest = s.slice(num.end);
  } else if (validSuffixes && s.length > 0 && validSuffixes.includes(s[0])) {
    value = 1;
    rest = s;
  } else return { status: 'invalid' };
  if (rest === '') return value > Number.MAX_SAFE_INTEGER ? { status: 'overflow' } : { status: 'ok', value };
  if (!validSuffixes || !validSuffixes.includes(rest[0])) return { status: 'suffix', value, rest };
  let unit = 1024;
  let eaten = 1;
  if (validSuffixes.includes('0')) {
    if (rest[1] === 'i' && rest[2] === 'B') eaten = 3;
    else if (rest[1] === 'B' || rest[1] === 'D') {
      unit = 1000;
      eaten = 2;
    }
  }
  const c = rest[0];
  let factor: number;
  if (c === 'b') factor = 512;
  else if (c === 'B') factor = 1024;
  else if (c === 'c') factor = 1;
  else if (c === 'w') factor = 2;
  else if (Object.hasOwn(POWERS, c)) factor = unit ** POWERS[c];
  else return { status: 'suffix', value, rest };
  value *= factor;
  if (rest.length > eaten) return { status: 'suffix', value, rest: rest.slice(eaten) };
  return value > Number.MAX_SAFE_INTEGER ? { status: 'overflow' } : { status: 'ok', value };
}

/** xstrtol_fatal()'s message for an option argument, `spelled` being `-N` or `--read-bytes`. */
export function badArgument(result: StrtolResult, spelled: string, arg: string): string {
  if (result.status === 'overflow') return `${spelled} argument '${arg}' too large`;
  if (result.status === 'suffix') return `invalid suffix in ${spelled} argument '${arg}'`;
  return `invalid ${spelled} argument '${arg}'`;
}

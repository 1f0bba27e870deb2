// Models POSIX regular expressions as GNU grep reads them (basic by default, -E extended, -F fixed),
// translated to JavaScript RegExp over byte strings (one character per byte, C locale): BRE's `\(`
// `\)` `\{` `\}` `\|` `\+` `\?`, literal `*` at the start, bracket expressions with [:class:] names.

/** The [:class:] names as JavaScript character-class ranges over bytes (C locale). */
export const CLASS: Record<string, string> = {
  alpha: 'A-Za-z',
  digit: '0-9',
  alnum: '0-9A-Za-z',
  upper: 'A-Z',
  lower: 'a-z',
  space: ' \\t\\n\\r\\f\\v',
  blank: ' \\t',
  punct: '!-\\/:-@\\[-`{-~',
  xdigit: '0-9A-Fa-f',
  print: ' -~',
  graph: '!-~',
  cntrl: '\\x00-\\x1f\\x7f',
};

/** Copies a bracket expression starting at re[i] === '['; returns the JS text and the next index. */
function bracket(re: string, i: number): [string, number] | null {
  let j = i + 1;
  let out = '[';
  if (re[j] === '^') {
    out += '^';
    j++;
  }
  let first = true;
  while (j < re.length && (re[j] !== ']' || first)) {
    first = false;
    if (re.startsWith('[:', j)) {
      const end = re.indexOf(':]', j + 2);
      const cls = end > 0 ? CLASS[re.slice(j + 2, end)] : undefined;
      if (cls !== undefined) {
        out += cls;
        j = end + 2;
        continue;
      }
    }
    out +=
      /[\\\][^-]/.test(re[j]) && !(re[j] === '-' && j > i + 1 && re[j + 1] !== ']') ? '\\' + re[j] : re[j];
    j++;
  }
  if (j >= re.length) return null;
  return [out + ']', j + 1];
}

const JS_SPECIAL = /[.*+?^${}()|[\]\\/]/;

/** Translates a POSIX pattern to JavaScript regular-expression source; null when it is invalid. */
export function toJsRegex(re: string, extended: boolean): string | null {
  let out = '';
  let atStart = true;
  for (let i = 0; i < re.length;) {
    const c = re[i];
    const startHere = atStart;
    atStart = false;
    if (c === '[') {
      const b = bracket(re, i);
      if (!b) return null;
      out += b[0];
      i = b[1];
      continue;
    }
    if (c === '\\') {
      const n = re[i + 1];
      i += 2;
      if (n === undefined) return null;
      if (!extended && '(){}|+?'.includes(n)) {
        out += n;
        atStart = n === '(' || n === '|';
      } else if (n === '<' || n === '>') out += '\\b';
      else if ('bBwWsS'.includes(n)) out += '\\' + n;
      else out += JS_SPECIAL.test(n) ? '\\' + n : n;
      continue;
    }
    i++;
    if (c === '*' && startHere) out += '\\*';
    else if (!extended && '(){}|+?'.includes(c)) out += '\\' + c;
    else if (c === '^') out += startHere || extended ? '^' : '\\^';
    else if (c === '$') {
      const end =
        i >= re.length ||
        re.startsWith('\\)', i) ||
        re.startsWith('\\|', i) ||
        (extended && /[)|]/.test(re[i]));
      out += end || extended ? '$' : '\\$';
    } else if (extended && c === '{' && !/^\{\d*(,\d*)?\}/.test(re.slice(i - 1))) out += '\\{';
    else {
      out += c === '/' ? '\\/' : c;
      if (extended && (c === '(' || c === '|')) atStart = true;
    }
  }
  try {
    new RegExp(out);
  } catch {
    return null;
  }
  return out;
}

export function escapeFixed(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

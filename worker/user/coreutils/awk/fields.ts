// Models how mawk splits a record into fields (field.c, split.c): FS " " splits on runs of spaces,
// tabs and newlines and ignores them at both ends; an empty FS makes each byte a field; any other
// single character is itself the separator; a longer FS is a regular expression. An empty string
// has no fields. split(s, A, sep) uses the same rules (a /regex/ separator is always one).

import { dynamicRegex, type Matcher } from './regex';

export type Splitter = (text: string) => string[];

const BLANKS = /[ \t\n]+/;

function splitBlanks(text: string): string[] {
  let start = 0;
  let end = text.length;
  while (start < end && isBlank(text.charCodeAt(start))) start++;
  while (end > start && isBlank(text.charCodeAt(end - 1))) end--;
  if (start === end) return [];
  const inner = text.slice(start, end);
  return /[ \t\n]/.test(inner) ? inner.split(BLANKS) : [inner];
}

function isBlank(c: number): boolean {
  return c === 32 || c === 9 || c === 10;
}

/** Splits on every match of a regular expression (a match of nothing does not split). */
export function splitRegex(text: string, m: Matcher): string[] {
  if (text === '') return [];
  const re = m.global;
  const out: string[] = [];
  let start = 0;
  re.lastIndex = 0;
  for (;;) {
    const hit = re.exec(text);
    if (!hit) break;
    if (hit[0].length === 0) {
      re.lastIndex = hit.index + 1;
      if (re.lastIndex > text.length) break;
      continue;
    }
    out.push(text.slice(start, hit.index));
    start = hit.index + hit[0].length;
  }
  out.push(text.slice(start));
  return out;
}

/** The splitter for a value of FS (or split's string separator). */
export function makeSplitter(fs: string): Splitter {
  if (fs === ' ') return splitBlanks;
  if (fs === '') return (text) => text.split('');
  if (fs.length === 1 && fs !== '\\') {
    return (text) => (text === '' ? [] : text.split(fs));
  }
  const m = dynamicRegex(fs);
  return (text) => splitRegex(text, m);
}

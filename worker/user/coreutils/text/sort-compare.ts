// Models the comparisons of GNU coreutils sort under LC_ALL=C: keycompare() over each key (bytes,
// or -n strnumcmp(), -g strtold(), -h unit suffixes, -M month names, -V filevercmp(); -f folds to
// upper case, -d/-i skip bytes), then compare()'s last resort, the whole line byte by byte, which
// -s and -u leave out.

import { filevercmp } from './filevercmp';
import { parseLongDoublePrefix, type LongDouble } from './long-double';
import { begfield, isBlank, limfield, SIZE_MAX, type KeyField, type Tab } from './sort-keys';
import { cString, generalCompare, humanCompare, month, skipBlanks, strnumcmp } from './sort-numbers';

export interface SortLine {
  /** The line without its end. */
  readonly text: Uint8Array;
  /** The first key's [begin, limit), computed once as sort does. */
  readonly keyBeg: number;
  readonly keyLim: number;
}

export interface SortSettings {
  readonly keys: readonly KeyField[];
  readonly tab: Tab;
  readonly reverse: boolean;
  /** -s or -u: equal keys stay equal (no last-resort comparison). */
  readonly keysOnly: boolean;
}

const isDigit = (c: number) => c >= 0x30 && c <= 0x39;
const isAlpha = (c: number) => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
const toUpper = (c: number) => (c >= 0x61 && c <= 0x7a ? c - 32 : c);

function ignored(key: KeyField, c: number): boolean {
  if (key.ignore === 'nonprinting') return c < 0x20 || c >= 0x7f;
  if (key.ignore === 'nondictionary') return !(isAlpha(c) || isDigit(c) || isBlank(c));
  return false;
}

/** The key's bytes after -d/-i and -f, as the numeric comparisons see them. */
function keyText(key: KeyField, line: Uint8Array, beg: number, lim: number): Uint8Array {
  const raw = line.subarray(beg, lim);
  if (!key.ignore && !key.translate) return raw;
  const out: number[] = [];
  for (const c of raw) if (!ignored(key, c)) out.push(key.translate ? toUpper(c) : c);
  return Uint8Array.from(out);
}

/** Each line's -g value per key, parsed once rather than at every comparison. */
const generalValues = new WeakMap<KeyField, WeakMap<SortLine, LongDouble | null>>();

function generalValue(key: KeyField, line: SortLine, text: Uint8Array): LongDouble | null {
  let values = generalValues.get(key);
  if (!values) generalValues.set(key, (values = new WeakMap()));
  let v = values.get(line);
  if (v === undefined) values.set(line, (v = parseLongDoublePrefix(cString(text))));
  return v;
}

/** Byte comparison of two keys with -f/-d/-i applied on the fly. */
function textCompare(
  key: KeyField,
  a: Uint8Array,
  ia: number,
  la: number,
  b: Uint8Array,
  ib: number,
  lb: number,
): number {
  if (key.ignore) {
    for (;;) {
      while (ia < la && ignored(key, a[ia])) ia++;
      while (ib < lb && ignored(key, b[ib])) ib++;
      if (!(ia < la && ib < lb)) return Number(ia < la) - Number(ib < lb);
      const d = key.translate ? toUpper(a[ia]) - toUpper(b[ib]) : a[ia] - b[ib];
      if (d) return d;
      ia++;
      ib++;
    }
  }
  const n = Math.min(la - ia, lb - ib);
  for (let k = 0; k < n; k++) {
    const d = key.translate ? toUpper(a[ia + k]) - toUpper(b[ib + k]) : a[ia + k] - b[ib + k];
    if (d) return d;
  }
  return Math.sign(la - ia - (lb - ib));
}

/** keycompare(): the first key that differs decides, reversed by its `r`. */
function keycompare(s: SortSettings, a: SortLine, b: SortLine): number {
  let ia = a.keyBeg;
  let ib = b.keyBeg;
  let la = a.keyLim;
  let lb = b.keyLim;
  for (let k = 0; ;) {
    const key = s.keys[k];
    la = Math.max(ia, la);
    lb = Math.max(ib, lb);
    let diff: number;
    if (key.numeric || key.generalNumeric || key.humanNumeric || key.month || key.version) {
      const ta = keyText(key, a.text, ia, la);
      const tb = keyText(key, b.text, ib, lb);
      if (key.numeric) diff = strnumcmp(ta, skipBlanks(ta), tb, skipBlanks(tb));
      else if (key.generalNumeric) diff = generalCompare(generalValue(key, a, ta), generalValue(key, b, tb));
      else if (key.humanNumeric) diff = humanCompare(ta, tb);
      else if (key.month) diff = month(ta) - month(tb);
      else diff = filevercmp(ta, tb);
    } else diff = textCompare(key, a.text, ia, la, b.text, ib, lb);
    if (diff) return key.reverse ? -diff : diff;
    if (++k === s.keys.length) return 0;
    [ia, la] = keyBounds(s.keys[k], a.text, s.tab);
    [ib, lb] = keyBounds(s.keys[k], b.text, s.tab);
  }
}

/** A key's [begin, limit) in a line. */
export function keyBounds(key: KeyField, text: Uint8Array, tab: Tab): [number, number] {
  const len = text.length;
  const lim = key.eword === SIZE_MAX ? len : limfield(text, len, key, tab);
  if (key.sword !== SIZE_MAX) return [begfield(text, len, key, tab), lim];
  let beg = 0;
  if (key.skipsblanks) while (beg < lim && isBlank(text[beg])) beg++;
  return [beg, lim];
}

/** compare(): the keys, then (unless -s or -u) the whole lines as bytes. */
export function compareLines(s: SortSettings, a: SortLine, b: SortLine): number {
  if (s.keys.length) {
    const diff = keycompare(s, a, b);
    if (diff || s.keysOnly) return diff;
  }
  const x = a.text;
  const y = b.text;
  const n = Math.min(x.length, y.length);
  let diff = 0;
  for (let k = 0; k < n && !diff; k++) diff = x[k] - y[k];
  if (!diff) diff = Math.sign(x.length - y.length);
  return s.reverse ? -diff : diff;
}

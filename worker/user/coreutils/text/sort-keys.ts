// Models the keys of GNU coreutils sort: -k POS1[,POS2] (F[.C][OPTS]) parsed as sort.c does,
// the ordering letters bdfghiMnRrV of set_ordering(), the inheritance of global options by keys
// that have none, the incompatible-option check, and begfield()/limfield(), which find a key in
// a line split by -t SEP or by runs of blanks (the blanks belong to the field that follows them).

import { quote } from './quoting';

/** SIZE_MAX: "to the end of the line" for eword, "no field start" for sword. */
export const SIZE_MAX = Number.MAX_SAFE_INTEGER;

export type Ignore = 'nondictionary' | 'nonprinting' | null;

export interface KeyField {
  sword: number;
  schar: number;
  eword: number;
  echar: number;
  skipsblanks: boolean;
  skipeblanks: boolean;
  ignore: Ignore;
  translate: boolean;
  numeric: boolean;
  generalNumeric: boolean;
  humanNumeric: boolean;
  month: boolean;
  version: boolean;
  reverse: boolean;
}

export function newKey(): KeyField {
  return {
    sword: SIZE_MAX,
    schar: 0,
    eword: SIZE_MAX,
    echar: 0,
    skipsblanks: false,
    skipeblanks: false,
    ignore: null,
    translate: false,
    numeric: false,
    generalNumeric: false,
    humanNumeric: false,
    month: false,
    version: false,
    reverse: false,
  };
}

/** blanks[]: isblank() and the newline. */
export function isBlank(b: number): boolean {
  return b === 0x20 || b === 0x09 || b === 0x0a;
}

/** set_ordering(): applies ordering letters; returns where they stop. */
export function setOrdering(s: string, at: number, key: KeyField, blanks: 'start' | 'end' | 'both'): number {
  for (; at < s.length; at++) {
    switch (s[at]) {
      case 'b':
        if (blanks !== 'end') key.skipsblanks = true;
        if (blanks !== 'start') key.skipeblanks = true;
        break;
      case 'd':
        key.ignore = 'nondictionary';
        break;
      case 'f':
        key.translate = true;
        break;
      case 'g':
        key.generalNumeric = true;
        break;
      case 'h':
        key.humanNumeric = true;
        break;
      case 'i':
        key.ignore ??= 'nonprinting';
        break;
      case 'M':
        key.month = true;
        break;
      case 'n':
        key.numeric = true;
        break;
      case 'r':
        key.reverse = true;
        break;
      case 'V':
        key.version = true;
        break;
      default:
        return at;
    }
  }
  return at;
}

/** parse_field_count(): a count (huge saturates), or the diagnostic when no digits start it. */
function fieldCount(s: string, at: number, what: string): { n: number; at: number } | string {
  const m = /^[ \t\n\v\f\r]*\+?(\d+)/.exec(s.slice(at));
  if (!m) return `${what}: invalid count at start of ${quote(s.slice(at))}`;
  return { n: Math.min(Number(m[1]), SIZE_MAX), at: at + m[0].length };
}

/** -k POS1[,POS2]: the key, or the diagnostic sort dies with. */
export function parseKey(spec: string): KeyField | string {
  const key = newKey();
  const bad = (why: string) => `${why}: invalid field specification ${quote(spec)}`;
  let r = fieldCount(spec, 0, 'invalid number at field start');
  if (typeof r === 'string') return r;
  if (r.n === 0) return bad('field number is zero');
  key.sword = r.n - 1;
  let at = r.at;
  if (spec[at] === '.') {
    r = fieldCount(spec, at + 1, "invalid number after '.'");
    if (typeof r === 'string') return r;
    if (r.n === 0) return bad('character offset is zero');
    key.schar = r.n - 1;
    at = r.at;
  }
  if (!(key.sword || key.schar)) key.sword = SIZE_MAX;
  at = setOrdering(spec, at, key, 'start');
  if (spec[at] !== ',') {
    key.eword = SIZE_MAX;
    key.echar = 0;
  } else {
    r = fieldCount(spec, at + 1, "invalid number after ','");
    if (typeof r === 'string') return r;
    if (r.n === 0) return bad('field number is zero');
    key.eword = r.n - 1;
    at = r.at;
    if (spec[at] === '.') {
      r = fieldCount(spec, at + 1, "invalid number after '.'");
      if (typeof r === 'string') return r;
      key.echar = r.n;
      at = r.at;
    }
    at = setOrdering(spec, at, key, 'end');
  }
  if (at < spec.length) return bad('stray character in field spec');
  return key;
}

/** default_key_compare(): the key asks for no special ordering (reverse aside). */
export function isDefaultKey(key: KeyField): boolean {
  return !(
    key.ignore ||
    key.translate ||
    key.skipsblanks ||
    key.skipeblanks ||
    key.numeric ||
    key.generalNumeric ||
    key.humanNumeric ||
    key.month ||
    key.version
  );
}

/** A key with no options of its own takes the global ones. */
export function inherit(key: KeyField, global: KeyField): void {
  if (!isDefaultKey(key) || key.reverse) return;
  key.ignore = global.ignore;
  key.translate = global.translate;
  key.skipsblanks = global.skipsblanks;
  key.skipeblanks = global.skipeblanks;
  key.month = global.month;
  key.numeric = global.numeric;
  key.generalNumeric = global.generalNumeric;
  key.humanNumeric = global.humanNumeric;
  key.version = global.version;
  key.reverse = global.reverse;
}

/** check_ordering_compatibility(): the `options '-XY' are incompatible` text, or null. */
export function incompatible(key: KeyField): string | null {
  const kinds =
    Number(key.numeric) +
    Number(key.generalNumeric) +
    Number(key.humanNumeric) +
    Number(key.month) +
    Number(key.version || key.ignore !== null);
  if (kinds <= 1) return null;
  let opts = '';
  if (key.ignore === 'nondictionary') opts += 'd';
  if (key.translate) opts += 'f';
  if (key.generalNumeric) opts += 'g';
  if (key.humanNumeric) opts += 'h';
  if (key.ignore === 'nonprinting') opts += 'i';
  if (key.month) opts += 'M';
  if (key.numeric) opts += 'n';
  if (key.version) opts += 'V';
  return `options '-${opts}' are incompatible`;
}

/** -t SEP as a byte, or -1 for fields split by blanks. */
export type Tab = number;

/** begfield(): where the key starts in line[0..len). */
export function begfield(line: Uint8Array, len: number, key: KeyField, tab: Tab): number {
  let ptr = 0;
  let sword = key.sword;
  if (tab >= 0) {
    while (ptr < len && sword-- > 0) {
      while (ptr < len && line[ptr] !== tab) ptr++;
      if (ptr < len) ptr++;
    }
  } else {
    while (ptr < len && sword-- > 0) {
      while (ptr < len && isBlank(line[ptr])) ptr++;
      while (ptr < len && !isBlank(line[ptr])) ptr++;
    }
  }
  if (key.skipsblanks) while (ptr < len && isBlank(line[ptr])) ptr++;
  return Math.min(len, ptr + key.schar);
}

/** limfield(): where the key ends (one past its last byte). */
export function limfield(line: Uint8Array, len: number, key: KeyField, tab: Tab): number {
  let ptr = 0;
  let lim = len;
  let eword = key.eword;
  const echar = key.echar;
  if (echar === 0) eword++;
  if (tab >= 0) {
    while (ptr < lim && eword-- > 0) {
      while (ptr < lim && line[ptr] !== tab) ptr++;
      if (ptr < lim && (eword || echar)) ptr++;
    }
  } else {
    while (ptr < lim && eword-- > 0) {
      while (ptr < lim && isBlank(line[ptr])) ptr++;
      while (ptr < lim && !isBlank(line[ptr])) ptr++;
    }
  }
  if (echar !== 0) {
    if (tab >= 0) {
      const next = line.subarray(ptr, lim).indexOf(tab);
      if (next >= 0) lim = ptr + next;
    } else {
      let newlim = ptr;
      while (newlim < lim && isBlank(line[newlim])) newlim++;
      while (newlim < lim && !isBlank(line[newlim])) newlim++;
      lim = newlim;
    }
    if (key.skipeblanks) while (ptr < lim && isBlank(line[ptr])) ptr++;
    ptr = Math.min(lim, ptr + echar);
  }
  return ptr;
}

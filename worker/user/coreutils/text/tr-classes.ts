// Models the character classes of tr under LC_ALL=C (is_char_class_member() with the C locale's
// <ctype.h>): [:alnum:] [:alpha:] [:blank:] [:cntrl:] [:digit:] [:graph:] [:lower:] [:print:]
// [:punct:] [:space:] [:upper:] [:xdigit:], over the bytes 0..255.

export type CharClass =
  | 'alnum'
  | 'alpha'
  | 'blank'
  | 'cntrl'
  | 'digit'
  | 'graph'
  | 'lower'
  | 'print'
  | 'punct'
  | 'space'
  | 'upper'
  | 'xdigit';

export const CLASS_NAMES: readonly CharClass[] = [
  'alnum',
  'alpha',
  'blank',
  'cntrl',
  'digit',
  'graph',
  'lower',
  'print',
  'punct',
  'space',
  'upper',
  'xdigit',
];

const isUpper = (c: number) => c >= 0x41 && c <= 0x5a;
const isLower = (c: number) => c >= 0x61 && c <= 0x7a;
const isDigit = (c: number) => c >= 0x30 && c <= 0x39;
const isAlpha = (c: number) => isUpper(c) || isLower(c);
const isGraph = (c: number) => c > 0x20 && c < 0x7f;

/** is_char_class_member() under LC_ALL=C. */
export function inClass(cls: CharClass, c: number): boolean {
  switch (cls) {
    case 'alnum':
      return isAlpha(c) || isDigit(c);
    case 'alpha':
      return isAlpha(c);
    case 'blank':
      return c === 0x20 || c === 0x09;
    case 'cntrl':
      return c < 0x20 || c === 0x7f;
    case 'digit':
      return isDigit(c);
    case 'graph':
      return isGraph(c);
    case 'lower':
      return isLower(c);
    case 'print':
      return isGraph(c) || c === 0x20;
    case 'punct':
      return isGraph(c) && !isAlpha(c) && !isDigit(c);
    case 'space':
      return c === 0x20 || (c >= 0x09 && c <= 0x0d);
    case 'upper':
      return isUpper(c);
    case 'xdigit':
      return isDigit(c) || (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66);
  }
}

/** The members of a class in increasing order. */
export function classMembers(cls: CharClass): number[] {
  const out: number[] = [];
  for (let c = 0; c < 256; c++) if (inClass(cls, c)) out.push(c);
  return out;
}

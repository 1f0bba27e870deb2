// The C locale's <ctype.h> classes over the bytes 0..255, as POSIX bracket expressions and tr
// name them ([:alpha:] ...): one table for the tools that match bytes (tr, sed, find's fnmatch).

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

const isUpper = (c: number) => c >= 0x41 && c <= 0x5a;
const isLower = (c: number) => c >= 0x61 && c <= 0x7a;
const isDigit = (c: number) => c >= 0x30 && c <= 0x39;
const isAlpha = (c: number) => isUpper(c) || isLower(c);
const isGraph = (c: number) => c > 0x20 && c < 0x7f;

/** Each class's test of a byte, in the alphabetical order tr's messages list them. */
export const C_CLASSES: Readonly<Record<CharClass, (c: number) => boolean>> = {
  alnum: (c) => isAlpha(c) || isDigit(c),
  alpha: isAlpha,
  blank: (c) => c === 0x20 || c === 0x09,
  cntrl: (c) => c < 0x20 || c === 0x7f,
  digit: isDigit,
  graph: isGraph,
  lower: isLower,
  print: (c) => isGraph(c) || c === 0x20,
  punct: (c) => isGraph(c) && !isAlpha(c) && !isDigit(c),
  space: (c) => c === 0x20 || (c >= 0x09 && c <= 0x0d),
  upper: isUpper,
  xdigit: (c) => isDigit(c) || (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66),
};

/** True when `name` is one of the classes (own names only: `toString` is none). */
export function isCharClass(name: string): name is CharClass {
  return Object.hasOwn(C_CLASSES, name);
}

// Models the character classes of tr under LC_ALL=C (is_char_class_member() with the C locale's
// <ctype.h>): [:alnum:] [:alpha:] [:blank:] [:cntrl:] [:digit:] [:graph:] [:lower:] [:print:]
// [:punct:] [:space:] [:upper:] [:xdigit:], over the bytes 0..255.

import { C_CLASSES, type CharClass } from '../../ctype';

export type { CharClass };

export const CLASS_NAMES = Object.keys(C_CLASSES) as readonly CharClass[];

/** is_char_class_member() under LC_ALL=C. */
export function inClass(cls: CharClass, c: number): boolean {
  return C_CLASSES[cls](c);
}

/** The members of a class in increasing order. */
export function classMembers(cls: CharClass): number[] {
  const out: number[] = [];
  for (let c = 0; c < 256; c++) if (inClass(cls, c)) out.push(c);
  return out;
}

// Models do_subst(): the matches of an `s` command across the pattern space, left to right, each
// replaced (all with g, from the Nth with a number) by its expansion of the right-hand side. An
// empty match right after the previous match does not count, so `baaac` through s/a*/x/g gives
// `xbxcx`.

import type { SedRegex } from './match';
import type { Subst } from './program';
import { expand } from './replacement';

/** The new pattern space; null when nothing was replaced. */
export function substitute(text: string, sub: Subst, re: SedRegex): string | null {
  let m = re.exec(text, 0);
  if (!m) return null;
  let out = '';
  let start = 0;
  let lastEnd = 0;
  let count = 0;
  let again = true;
  let replaced = false;
  do {
    const offset = m.index;
    let matched = (m[0] as string).length;
    if (start < offset) {
      out += text.slice(start, offset);
      start = offset;
    }
    if ((matched > 0 || count === 0 || offset > lastEnd) && ++count >= sub.nth) {
      replaced = true;
      out += expand(sub.replacement, m);
      again = sub.global;
    } else {
      if (matched === 0) {
        if (start >= text.length) break;
        matched = 1;
      }
      out += text.slice(offset, offset + matched);
    }
    start = offset + matched;
    lastEnd = m.index + (m[0] as string).length;
  } while (again && start <= text.length && (m = re.exec(text, start)));
  if (!replaced) return null;
  return start < text.length ? out + text.slice(start) : out;
}

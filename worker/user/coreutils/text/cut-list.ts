// Models coreutils src/set-fields.c, the LIST of cut -b/-c/-f: numbers and ranges (`N`, `N-`,
// `N-M`, `-M`) separated by commas or blanks, sorted and merged, complemented for --complement.
// Its diagnostics name bytes/characters or fields as cut's own messages do.

import { quote } from './quoting';

/** One inclusive range of positions; `hi` is Infinity for `N-` (UINTMAX_MAX in C). */
export interface FieldRange {
  lo: number;
  hi: number;
}

/** UINTMAX_MAX: a number that reaches it is too large. */
const UINTMAX_MAX = 2n ** 64n - 1n;

/**
 * Parses LIST; `positions` selects the byte/character wording. Returns the merged ranges (after
 * the complement when asked), or the message of the usage error.
 */
export function parseFieldList(
  list: string,
  positions: boolean,
  complement: boolean,
): FieldRange[] | { error: string } {
  const fromOne = positions ? 'byte/character positions are numbered from 1' : 'fields are numbered from 1';
  const ranges: FieldRange[] = [];
  let initial = 1;
  let value = 0n;
  let lhs = false;
  let rhs = false;
  let dash = false;
  let numStart = -1;
  for (let i = 0; ; i++) {
    const c = list[i] ?? '';
    if (c === '-') {
      numStart = -1;
      if (dash) return { error: positions ? 'invalid byte or character range' : 'invalid field range' };
      dash = true;
      if (lhs && value === 0n) return { error: fromOne };
      initial = lhs ? Number(value) : 1;
      value = 0n;
    } else if (c === ',' || c === ' ' || c === '\t' || c === '') {
      numStart = -1;
      if (dash) {
        dash = false;
        if (!lhs && !rhs) return { error: 'invalid range with no endpoint: -' };
        if (!rhs) ranges.push({ lo: initial, hi: Infinity });
        else {
          if (Number(value) < initial) return { error: 'invalid decreasing range' };
          ranges.push({ lo: initial, hi: Number(value) });
        }
      } else {
        if (value === 0n) return { error: fromOne };
        ranges.push({ lo: Number(value), hi: Number(value) });
      }
      value = 0n;
      if (c === '') break;
      lhs = rhs = false;
    } else if (c >= '0' && c <= '9') {
      if (numStart < 0) numStart = i;
      if (dash) rhs = true;
      else lhs = true;
      value = value * 10n + BigInt(c.charCodeAt(0) - 48);
      if (value >= UINTMAX_MAX) {
        const bad = /^\d*/.exec(list.slice(numStart))![0];
        return {
          error: positions
            ? `byte/character offset '${bad}' is too large`
            : `field number '${bad}' is too large`,
        };
      }
    } else {
      const rest = quote(list.slice(i));
      return {
        error: positions ? `invalid byte/character position ${rest}` : `invalid field value ${rest}`,
      };
    }
  }
  return complement ? complementRanges(merge(ranges)) : merge(ranges);
}

/** Sorts by start and merges overlapping ranges (`2-5,3-4` is `2-5`). */
function merge(ranges: FieldRange[]): FieldRange[] {
  ranges.sort((a, b) => a.lo - b.lo);
  const out: FieldRange[] = [];
  for (const r of ranges) {
    const last = out[out.length - 1];
    if (last && r.lo <= last.hi) last.hi = Math.max(last.hi, r.hi);
    else out.push({ ...r });
  }
  return out;
}

/** complement_rp(): the positions the ranges leave out. */
function complementRanges(c: FieldRange[]): FieldRange[] {
  const out: FieldRange[] = [];
  if (c[0].lo > 1) out.push({ lo: 1, hi: c[0].lo - 1 });
  for (let i = 1; i < c.length; i++) {
    if (c[i - 1].hi + 1 !== c[i].lo) out.push({ lo: c[i - 1].hi + 1, hi: c[i].lo - 1 });
  }
  if (c[c.length - 1].hi !== Infinity) out.push({ lo: c[c.length - 1].hi + 1, hi: Infinity });
  return out;
}

/** A cursor over the ranges for positions 1, 2, 3... of one line (next_item / print_kth). */
export class RangeCursor {
  private at = 0;

  constructor(private readonly ranges: readonly FieldRange[]) {}

  reset(): void {
    this.at = 0;
  }

  /** Whether position k (visited in increasing order) is selected. */
  selected(k: number): boolean {
    while (this.at < this.ranges.length && this.ranges[this.at].hi < k) this.at++;
    return this.at < this.ranges.length && this.ranges[this.at].lo <= k;
  }

  /** Whether k starts a range (where --output-delimiter goes between byte ranges). */
  startsRange(k: number): boolean {
    return this.at < this.ranges.length && this.ranges[this.at].lo === k;
  }
}

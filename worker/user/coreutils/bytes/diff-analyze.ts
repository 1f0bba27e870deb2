// Models GNU diff's analysis (diffutils io.c and analyze.c), step for step so that the same hunks
// come out: the identical prefix and suffix set aside (keeping `horizon` lines of context), lines
// numbered into equivalence classes, lines with no match in the other file discarded before the
// comparison, the changes slid to merge with neighbours (shift_boundaries), then the edit script.

import { compareSeq } from './diff-seq';

export interface DiffText {
  /** The lines, each with its newline except a last line that lacks one. */
  readonly lines: Uint8Array[];
  readonly missingNewline: boolean;
}

/** One run of changes: `deleted` lines at `line0` of the first file, `inserted` at `line1`. */
export interface Change {
  readonly line0: number;
  readonly line1: number;
  readonly deleted: number;
  readonly inserted: number;
}

export interface AnalyzeOptions {
  /** Lines of the identical ends kept in the comparison (the context length, for -u). */
  readonly horizon: number;
  /** The text lines are compared by (lowercased for -i, blanks squeezed for -b/-w). */
  readonly key: (line: Uint8Array) => string;
  /** -b or -w: an incomplete last line may equal a complete one. */
  readonly blanksIgnored: boolean;
}

export function splitText(data: Uint8Array): DiffText {
  const lines: Uint8Array[] = [];
  let start = 0;
  for (let i = data.indexOf(0x0a); i >= 0; i = data.indexOf(0x0a, start)) {
    lines.push(data.subarray(start, i + 1));
    start = i + 1;
  }
  if (start < data.length) lines.push(data.subarray(start));
  return { lines, missingNewline: start < data.length };
}

/** find_identical_ends(): how many whole lines to set aside at the start and at the end. */
function identicalEnds(
  t0: DiffText,
  t1: DiffText,
  b0: Uint8Array,
  b1: Uint8Array,
  horizon: number,
): [number, number] {
  const n0 = b0.length;
  const n1 = b1.length;
  let p = 0;
  const shorter = Math.min(n0, n1);
  while (p < shorter && b0[p] === b1[p]) p++;
  // The newline appended to an incomplete last line is not part of the prefix.
  if (n0 - Number(t0.missingNewline) < p !== n1 - Number(t1.missingNewline) < p) p--;
  let hor = horizon;
  while (p !== 0 && (b0[p - 1] !== 0x0a || hor-- > 0)) p--;
  let prefixLines = 0;
  for (let i = 0; i < p; i++) if (b0[i] === 0x0a) prefixLines++;
  let suffixLines = 0;
  if (t0.missingNewline === t1.missingNewline) {
    let e0 = n0;
    let e1 = n1;
    const beg0 = p + (n0 < n1 ? 0 : n0 - n1);
    while (e0 !== beg0 && b0[e0 - 1] === b1[e1 - 1]) {
      e0--;
      e1--;
    }
    const atLineStart = (e0 === 0 || b0[e0 - 1] === 0x0a) && (e1 === 0 || b1[e1 - 1] === 0x0a);
    for (let i = horizon + (atLineStart ? 0 : 1); i > 0 && e0 !== n0; i--) while (b0[e0++] !== 0x0a) continue;
    for (let i = e0; i < n0; i++) if (b0[i] === 0x0a) suffixLines++;
  }
  return [prefixLines, suffixLines];
}

/** The text as diff buffers it: an incomplete last line gets its newline. */
function buffered(data: Uint8Array, t: DiffText): Uint8Array {
  if (!t.missingNewline) return data;
  const b = new Uint8Array(data.length + 1);
  b.set(data);
  b[data.length] = 0x0a;
  return b;
}

const floorLog2 = (n: number) => 31 - Math.clz32(n);

/** discard_confusing_lines(): which lines of each side the comparison may leave out. */
function discards(equivs: Int32Array, otherCounts: Map<number, number>): Uint8Array {
  const end = equivs.length;
  const d = new Uint8Array(end);
  const many = 5 << (end < 64 ? 0 : (floorLog2(end) >> 1) - 3);
  for (let i = 0; i < end; i++) {
    const nmatch = otherCounts.get(equivs[i]) ?? 0;
    if (nmatch === 0) d[i] = 1;
    else if (nmatch > many) d[i] = 2;
  }
  for (let i = 0; i < end; i++) {
    if (d[i] === 2) d[i] = 0;
    else if (d[i] !== 0) {
      let provisional = 0;
      let j: number;
      for (j = i; j < end && d[j] !== 0; j++) if (d[j] === 2) provisional++;
      while (j > i && d[j - 1] === 2) {
        d[--j] = 0;
        provisional--;
      }
      const length = j - i;
      if (length >> 2 < provisional) {
        while (j > i) if (d[--j] === 2) d[j] = 0;
      } else {
        const minimum = length < 4 ? 2 : (1 << ((floorLog2(length) >> 1) - 1)) + 1;
        let consec = 0;
        for (j = 0; j < length; j++)
          if (d[i + j] !== 2) consec = 0;
          else if (minimum === ++consec) j -= consec;
          else if (minimum < consec) d[i + j] = 0;
        for (j = 0, consec = 0; j < length; j++) {
          if (j >= 8 && d[i + j] === 1) break;
          if (d[i + j] === 2) {
            consec = 0;
            d[i + j] = 0;
          } else if (d[i + j] === 0) consec = 0;
          else consec++;
          if (consec === 3) break;
        }
        i += length - 1;
        for (j = 0, consec = 0; j < length; j++) {
          if (j >= 8 && d[i - j] === 1) break;
          if (d[i - j] === 2) {
            consec = 0;
            d[i - j] = 0;
          } else if (d[i - j] === 0) consec = 0;
          else consec++;
          if (consec === 3) break;
        }
      }
    }
  }
  return d;
}

/**
 * shift_boundaries(): slides each run of changes so it merges with the runs around it and, failing
 * that, ends where a change in the other file ends. `changed` arrays carry a false sentinel at
 * each end (index 0 and length + 1).
 */
function shiftBoundaries(changed: [Uint8Array, Uint8Array], equivs: [Int32Array, Int32Array]): void {
  for (const f of [0, 1]) {
    const ch = changed[f];
    const other = changed[1 - f];
    const eq = equivs[f];
    const c = (i: number) => ch[i + 1];
    const set = (i: number, v: number) => (ch[i + 1] = v);
    const oc = (j: number) => other[j + 1];
    const iEnd = eq.length;
    let i = 0;
    let j = 0;
    for (;;) {
      while (i < iEnd && !c(i)) {
        while (oc(j++)) continue;
        i++;
      }
      if (i === iEnd) break;
      let start = i;
      while (c(++i)) continue;
      while (oc(j)) j++;
      let runlength: number;
      let corresponding: number;
      do {
        runlength = i - start;
        while (start && eq[start - 1] === eq[i - 1]) {
          set(--start, 1);
          set(--i, 0);
          while (c(start - 1)) start--;
          while (oc(--j)) continue;
        }
        corresponding = oc(j - 1) ? i : iEnd;
        while (i !== iEnd && eq[start] === eq[i]) {
          set(start++, 0);
          set(i++, 1);
          while (c(i)) i++;
          while (oc(++j)) corresponding = i;
        }
      } while (runlength !== i - start);
      while (corresponding < i) {
        set(--start, 1);
        set(--i, 0);
        while (oc(--j)) continue;
      }
    }
  }
}

/** The edit script of two texts, in forward order, with line numbers counted from 0. */
export function analyze(
  data0: Uint8Array,
  data1: Uint8Array,
  t0: DiffText,
  t1: DiffText,
  o: AnalyzeOptions,
): Change[] {
  const [prefix, suffix] = identicalEnds(t0, t1, buffered(data0, t0), buffered(data1, t1), o.horizon);
  const ends = [t0.lines.length - suffix, t1.lines.length - suffix];
  const classes = new Map<string, number>();
  const texts = [t0, t1];
  const equivs = [0, 1].map((f) => {
    const t = texts[f];
    const eq = new Int32Array(Math.max(0, ends[f] - prefix));
    for (let i = prefix; i < ends[f]; i++) {
      const incomplete = t.missingNewline && i === t.lines.length - 1 && !o.blanksIgnored;
      const key = (incomplete ? '\u0000' : '') + o.key(t.lines[i]);
      let id = classes.get(key);
      if (id === undefined) classes.set(key, (id = classes.size + 1));
      eq[i - prefix] = id;
    }
    return eq;
  }) as [Int32Array, Int32Array];
  const counts = equivs.map((eq) => {
    const m = new Map<number, number>();
    for (const e of eq) m.set(e, (m.get(e) ?? 0) + 1);
    return m;
  });
  const changed: [Uint8Array, Uint8Array] = [
    new Uint8Array(equivs[0].length + 2),
    new Uint8Array(equivs[1].length + 2),
  ];
  const kept = [0, 1].map((f) => {
    const d = discards(equivs[f], counts[1 - f]);
    const real: number[] = [];
    d.forEach((v, i) => (v === 0 ? real.push(i) : (changed[f][i + 1] = 1)));
    return real;
  });
  const diags = kept[0].length + kept[1].length + 3;
  compareSeq(
    {
      xv: Int32Array.from(kept[0], (i) => equivs[0][i]),
      yv: Int32Array.from(kept[1], (i) => equivs[1][i]),
      noteDelete: (x) => (changed[0][kept[0][x] + 1] = 1),
      noteInsert: (y) => (changed[1][kept[1][y] + 1] = 1),
      tooExpensive: Math.max(4096, 1 << ((floorLog2(diags) >> 1) + 1)),
    },
    false,
  );
  shiftBoundaries(changed, equivs);
  const script: Change[] = [];
  let i0 = 0;
  let i1 = 0;
  const len0 = equivs[0].length;
  const len1 = equivs[1].length;
  while (i0 < len0 || i1 < len1) {
    if (changed[0][i0 + 1] || changed[1][i1 + 1]) {
      const line0 = i0;
      const line1 = i1;
      while (changed[0][i0 + 1]) i0++;
      while (changed[1][i1 + 1]) i1++;
      script.push({
        line0: line0 + prefix,
        line1: line1 + prefix,
        deleted: i0 - line0,
        inserted: i1 - line1,
      });
    }
    i0++;
    i1++;
  }
  return script;
}

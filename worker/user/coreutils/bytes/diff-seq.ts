// Models gnulib diffseq.h as GNU diff uses it: Myers' O(ND) comparison, searching from both ends for
// the middle snake and splitting there, with diff's cost cutoff (past about sqrt(N) edit steps, at
// least 4096, it takes the furthest-reaching diagonal instead of a minimal answer). Equal elements
// are equal class numbers; the result is a `changed` flag per element of each side.

const OFFSET_MAX = 0x7fffffff;

interface Partition {
  xmid: number;
  ymid: number;
  loMinimal: boolean;
  hiMinimal: boolean;
}

export interface SeqContext {
  readonly xv: Int32Array;
  readonly yv: Int32Array;
  /** Marks element x of xv deleted. */
  readonly noteDelete: (x: number) => void;
  /** Marks element y of yv inserted. */
  readonly noteInsert: (y: number) => void;
  readonly tooExpensive: number;
}

/** diag(): the midpoint of a shortest edit script of xv[xoff..xlim) and yv[yoff..ylim). */
function diag(
  c: SeqContext,
  fd: Int32Array,
  bd: Int32Array,
  base: number,
  xoff: number,
  xlim: number,
  yoff: number,
  ylim: number,
  findMinimal: boolean,
): Partition {
  const { xv, yv } = c;
  const dmin = xoff - ylim;
  const dmax = xlim - yoff;
  const fmid = xoff - yoff;
  const bmid = xlim - ylim;
  let fmin = fmid;
  let fmax = fmid;
  let bmin = bmid;
  let bmax = bmid;
  const odd = ((fmid - bmid) & 1) !== 0;
  fd[base + fmid] = xoff;
  bd[base + bmid] = xlim;
  for (let cost = 1; ; cost++) {
    if (fmin > dmin) fd[base + --fmin - 1] = -1;
    else ++fmin;
    if (fmax < dmax) fd[base + ++fmax + 1] = -1;
    else --fmax;
    for (let d = fmax; d >= fmin; d -= 2) {
      const tlo = fd[base + d - 1];
      const thi = fd[base + d + 1];
      let x = tlo < thi ? thi : tlo + 1;
      let y = x - d;
      while (x < xlim && y < ylim && xv[x] === yv[y]) {
        x++;
        y++;
      }
      fd[base + d] = x;
      if (odd && bmin <= d && d <= bmax && bd[base + d] <= x)
        return { xmid: x, ymid: y, loMinimal: true, hiMinimal: true };
    }
    if (bmin > dmin) bd[base + --bmin - 1] = OFFSET_MAX;
    else ++bmin;
    if (bmax < dmax) bd[base + ++bmax + 1] = OFFSET_MAX;
    else --bmax;
    for (let d = bmax; d >= bmin; d -= 2) {
      const tlo = bd[base + d - 1];
      const thi = bd[base + d + 1];
      let x = tlo < thi ? tlo : thi - 1;
      let y = x - d;
      while (xoff < x && yoff < y && xv[x - 1] === yv[y - 1]) {
        x--;
        y--;
      }
      bd[base + d] = x;
      if (!odd && fmin <= d && d <= fmax && x <= fd[base + d])
        return { xmid: x, ymid: y, loMinimal: true, hiMinimal: true };
    }
    if (findMinimal || cost < c.tooExpensive) continue;
    // Gone well beyond the call of duty: report halfway between the best results so far.
    let fxybest = -1;
    let fxbest = 0;
    for (let d = fmax; d >= fmin; d -= 2) {
      let x = Math.min(fd[base + d], xlim);
      let y = x - d;
      if (ylim < y) {
        x = ylim + d;
        y = ylim;
      }
      if (fxybest < x + y) {
        fxybest = x + y;
        fxbest = x;
      }
    }
    let bxybest = OFFSET_MAX;
    let bxbest = 0;
    for (let d = bmax; d >= bmin; d -= 2) {
      let x = Math.max(xoff, bd[base + d]);
      let y = x - d;
      if (y < yoff) {
        x = yoff + d;
        y = yoff;
      }
      if (x + y < bxybest) {
        bxybest = x + y;
        bxbest = x;
      }
    }
    if (xlim + ylim - bxybest < fxybest - (xoff + yoff))
      return { xmid: fxbest, ymid: fxybest - fxbest, loMinimal: true, hiMinimal: false };
    return { xmid: bxbest, ymid: bxybest - bxbest, loMinimal: false, hiMinimal: true };
  }
}

/** compareseq(): the whole comparison, its recursion kept on an explicit stack. */
export function compareSeq(c: SeqContext, minimal: boolean): void {
  const { xv, yv } = c;
  const base = yv.length + 1;
  const fd = new Int32Array(xv.length + yv.length + 3);
  const bd = new Int32Array(xv.length + yv.length + 3);
  const stack: [number, number, number, number, boolean][] = [[0, xv.length, 0, yv.length, minimal]];
  while (stack.length > 0) {
    const item = stack.pop()!;
    const findMinimal = item[4];
    let [xoff, xlim, yoff, ylim] = item;
    while (xoff < xlim && yoff < ylim && xv[xoff] === yv[yoff]) {
      xoff++;
      yoff++;
    }
    while (xoff < xlim && yoff < ylim && xv[xlim - 1] === yv[ylim - 1]) {
      xlim--;
      ylim--;
    }
    if (xoff === xlim) for (; yoff < ylim; yoff++) c.noteInsert(yoff);
    else if (yoff === ylim) for (; xoff < xlim; xoff++) c.noteDelete(xoff);
    else {
      const part = diag(c, fd, bd, base, xoff, xlim, yoff, ylim, findMinimal);
      stack.push([part.xmid, xlim, part.ymid, ylim, part.hiMinimal]);
      stack.push([xoff, part.xmid, yoff, part.ymid, part.loMinimal]);
    }
  }
}

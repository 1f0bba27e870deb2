// Order statistics for the page benchmark: medians and percentiles of a sample, the interquartile
// range as a fraction of the median (the spread), and a Markdown table row.

function sorted(xs: readonly number[]): number[] {
  return [...xs].sort((a, b) => a - b);
}

/** The p-quantile (0 ≤ p ≤ 1) by linear interpolation between the nearest ranks. */
export function percentile(xs: readonly number[], p: number): number {
  const s = sorted(xs);
  if (s.length === 0) return NaN;
  const at = p * (s.length - 1);
  const lo = Math.floor(at);
  const hi = Math.min(s.length - 1, lo + 1);
  return s[lo] + (s[hi] - s[lo]) * (at - lo);
}

export function median(xs: readonly number[]): number {
  return percentile(xs, 0.5);
}

/** Interquartile range as a fraction of the median. */
export function spread(xs: readonly number[]): number {
  return (percentile(xs, 0.75) - percentile(xs, 0.25)) / median(xs);
}

export function formatRow(cells: readonly string[]): string {
  return `| ${cells.join(' | ')} |`;
}

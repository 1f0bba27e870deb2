// Benchmark harness: runs a floor and a subject alternately, many rounds, and reports medians and
// spread, because this machine is noisy (two identical runs differ by tens of percent).

export interface Pair {
  name: string;
  /** What one round does, for the table. */
  unit: string;
  floor: () => void;
  subject: () => void;
  /** The target: subject/floor time at most, or subject/floor rate at least. */
  target: { kind: 'max-time-ratio' | 'min-rate-ratio'; value: number } | null;
}

export interface PairResult {
  name: string;
  unit: string;
  floorMs: number;
  subjectMs: number;
  floorSpread: number;
  subjectSpread: number;
  /** subject time / floor time. */
  timeRatio: number;
  verdict: string;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** Interquartile range as a fraction of the median: the spread column. */
function spread(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const q = (p: number) => s[Math.min(s.length - 1, Math.floor(p * (s.length - 1)))];
  return (q(0.75) - q(0.25)) / median(xs);
}

function time(fn: () => void): number {
  const t0 = performance.now();
  fn();
  return performance.now() - t0;
}

export function runPair(pair: Pair, rounds: number, warmup = 2): PairResult {
  for (let i = 0; i < warmup; i++) {
    pair.floor();
    pair.subject();
  }
  const floor: number[] = [];
  const subject: number[] = [];
  for (let i = 0; i < rounds; i++) {
    if (i % 2 === 0) {
      floor.push(time(pair.floor));
      subject.push(time(pair.subject));
    } else {
      subject.push(time(pair.subject));
      floor.push(time(pair.floor));
    }
  }
  const floorMs = median(floor);
  const subjectMs = median(subject);
  const timeRatio = subjectMs / floorMs;
  let verdict = '';
  if (pair.target?.kind === 'max-time-ratio') {
    verdict =
      timeRatio <= pair.target.value ? `meets <= ${pair.target.value}x` : `MISSES <= ${pair.target.value}x`;
  } else if (pair.target?.kind === 'min-rate-ratio') {
    const rate = 1 / timeRatio;
    verdict =
      rate >= pair.target.value ? `meets >= ${pair.target.value}x` : `MISSES >= ${pair.target.value}x`;
  }
  return {
    name: pair.name,
    unit: pair.unit,
    floorMs,
    subjectMs,
    floorSpread: spread(floor),
    subjectSpread: spread(subject),
    timeRatio,
    verdict,
  };
}

export function formatTable(results: PairResult[]): string {
  const rows = results.map((r) => [
    r.name,
    r.unit,
    `${r.floorMs.toFixed(2)} ±${(r.floorSpread * 100).toFixed(0)}%`,
    `${r.subjectMs.toFixed(2)} ±${(r.subjectSpread * 100).toFixed(0)}%`,
    `${r.timeRatio.toFixed(2)}x time (${(1 / r.timeRatio).toFixed(3)}x rate)`,
    r.verdict,
  ]);
  const head = ['benchmark', 'one round', 'floor ms (IQR)', 'subject ms (IQR)', 'subject / floor', 'target'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => '| ' + cells.map((c, i) => c.padEnd(widths[i])).join(' | ') + ' |';
  return [line(head), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

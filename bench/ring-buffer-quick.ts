// Quick timing of the trace hot paths (not a test): 10^6 writes of 12-byte entries into a default-size
// buffer, and one `cat trace` render of 10^5 held entries. Run: npx tsx bench/ring-buffer-quick.ts
// (add `node --expose-gc --import tsx` to also check that overwritten entries are collected).

import { RingBuffer, pagesForKb, type TraceRecord } from '../worker/kernel/trace/ring-buffer';
import { renderTrace } from '../worker/kernel/trace/trace-output';

const WRITES = 1_000_000;
const RENDERED = 100_000;

function userEntry(n: number, pid: number): Uint8Array {
  const e = new Uint8Array(12);
  e[0] = 20;
  e[4] = pid & 0xff;
  e[5] = pid >> 8;
  e[8] = n & 0xff;
  e[9] = (n >> 8) & 0xff;
  e[10] = (n >> 16) & 0xff;
  return e;
}

function record(n: number): TraceRecord {
  return { ts: 600e9 + n * 1000, pid: 1700, type: 20, data: userEntry(n, 1700), text: null };
}

function time(label: string, fn: () => unknown): void {
  fn();
  const runs: number[] = [];
  for (let i = 0; i < 5; i++) {
    const t0 = performance.now();
    fn();
    runs.push(performance.now() - t0);
  }
  runs.sort((a, b) => a - b);
  process.stdout.write(`${label}: median ${runs[2].toFixed(1)} ms (min ${runs[0].toFixed(1)} ms)\n`);
}

const premade = Array.from({ length: WRITES }, (_, n) => record(n));

time(`${WRITES} writes, records premade`, () => {
  const rb = new RingBuffer(2, pagesForKb(1408));
  for (let n = 0; n < WRITES; n++) rb.write(0, 12, premade[n], true);
  return rb;
});

time(`${WRITES} writes, records built per write`, () => {
  const rb = new RingBuffer(2, pagesForKb(1408));
  for (let n = 0; n < WRITES; n++) rb.write(0, 12, record(n), true);
  return rb;
});

const full = new RingBuffer(2, 400);
for (let n = 0; n < RENDERED; n++) full.write(n & 1, 12, premade[n], true);
let bytes = 0;
time(`render ${full.entries()} entries (2 CPUs) and join`, () => {
  const text = renderTrace(
    full,
    () => 'ticker',
    { contextInfo: true, irqInfo: true },
    () => true,
  ).join('');
  bytes = text.length;
});
process.stdout.write(`rendered ${bytes} characters\n`);

const gc = (globalThis as { gc?: () => void }).gc;
if (gc) {
  const rb = new RingBuffer(2, 2);
  gc();
  const before = process.memoryUsage().heapUsed;
  for (let n = 0; n < WRITES; n++) rb.write(0, 12, record(n), true);
  gc();
  const after = process.memoryUsage().heapUsed;
  process.stdout.write(
    `heap growth after ${WRITES} writes into 2 pages: ${((after - before) / 1024).toFixed(0)} KiB\n`,
  );
}

// Models GNU diff comparing two files (diffutils analyze.c diff_2_files): a file with a NUL byte in
// its first block is binary and only said to differ, as every file is under -q; text files are
// analyzed and printed in normal or unified form, the unified headers stamped with each file's
// modification time the way stat prints it; -s also reports identical files.

import { strerror } from '../../../kernel/lib/errno';
import type { Stat } from '../../../kernel/syscall-table';
import type { Wait } from '../../process';
import { statDate } from '../format';
import { closeInput, openInput, readAll } from '../input';
import type { Tool } from '../tool';
import { analyze, splitText } from './diff-analyze';
import { normalFormat, unifiedFormat } from './diff-output';

export interface DiffOptions {
  brief: boolean;
  reportIdentical: boolean;
  text: boolean;
  unified: boolean;
  context: number;
  ignoreCase: boolean;
  /** -b (`change`) or -w (`all`). */
  blanks: 'none' | 'change' | 'all';
  newFile: boolean;
  labels: string[];
  recursive: boolean;
  /** The options as typed, for the `diff ...` line before each pair of files in directories. */
  switches: string;
}

/** One side of a comparison: its name, and its stat (null for a missing file under -N). */
export interface Side {
  readonly name: string;
  readonly st: Stat | null;
}

/** The size of the first block diff reads to decide whether a file is binary. */
const FIRST_BLOCK = 4096;

function lineKey(o: DiffOptions): (line: Uint8Array) => string {
  return (bytes) => {
    let end = bytes.length;
    if (bytes[end - 1] === 0x0a) end--;
    let s = '';
    for (let i = 0; i < end; i += 8192)
      s += String.fromCharCode(...bytes.subarray(i, Math.min(end, i + 8192)));
    if (o.blanks === 'all') s = s.replace(/[ \t\v\f\r]+/g, '');
    else if (o.blanks === 'change') s = s.replace(/[ \t\v\f\r]+$/, '').replace(/[ \t\v\f\r]+/g, ' ');
    return o.ignoreCase ? s.replace(/[A-Z]+/g, (m) => m.toLowerCase()) : s;
  };
}

function* contents(t: Tool, side: Side): Generator<Wait, Uint8Array | null, void> {
  if (side.st === null) return new Uint8Array(0);
  const input = openInput(t.sys, side.name);
  if (typeof input === 'number') {
    t.error(`${side.name}: ${strerror(input)}`, 2);
    return null;
  }
  const all = yield* readAll(t.sys, input.fd);
  closeInput(t.sys, input);
  if (all.err) {
    t.error(`${side.name}: ${strerror(all.err)}`, 2);
    return null;
  }
  return all.data;
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((v, i) => v === b[i]);
}

const hasNul = (data: Uint8Array) => data.subarray(0, FIRST_BLOCK).includes(0);

/**
 * The time a unified header shows: the file's modification time. NOTE: for standard input diff
 * shows the time now, as POSIX asks; user space has no wall clock here, so it shows the mtime of
 * what standard input is (a pipe's is its creation, which is close).
 */
function stamp(side: Side): string {
  return statDate(side.st ? side.st.mtime : 0);
}

function label(o: DiffOptions, f: 0 | 1, side: Side): string {
  return o.labels[f] ?? `${side.name}\t${stamp(side)}`;
}

/**
 * Compares two files; returns 0 (same), 1 (different) or 2 (trouble). `header` is printed before
 * the first output (the `diff a/x b/x` line of a directory comparison).
 */
export function* diffFiles(
  t: Tool,
  o: DiffOptions,
  sides: [Side, Side],
  header: string,
): Generator<Wait, number, void> {
  const [a, b] = sides;
  if (a.st && b.st && a.st.ino === b.st.ino && a.name !== '-' && b.name !== '-') {
    if (o.reportIdentical) t.out.write(`Files ${a.name} and ${b.name} are identical\n`);
    return 0;
  }
  const d0 = yield* contents(t, a);
  if (d0 === null) return 2;
  const d1 = a.name === '-' && b.name === '-' ? d0 : yield* contents(t, b);
  if (d1 === null) return 2;
  if (o.brief || (!o.text && (hasNul(d0) || hasNul(d1)))) {
    if (sameBytes(d0, d1)) {
      if (o.reportIdentical) t.out.write(`Files ${a.name} and ${b.name} are identical\n`);
      return 0;
    }
    t.out.write(`${o.brief ? 'Files' : 'Binary files'} ${a.name} and ${b.name} differ\n`);
    return 1;
  }
  const t0 = splitText(d0);
  const t1 = splitText(d1);
  const script = analyze(d0, d1, t0, t1, {
    horizon: o.unified ? o.context : 0,
    key: lineKey(o),
    blanksIgnored: o.blanks !== 'none',
  });
  if (script.length === 0) {
    if (o.reportIdentical) t.out.write(`Files ${a.name} and ${b.name} are identical\n`);
    return 0;
  }
  if (header) t.out.write(header);
  const chunks = o.unified
    ? unifiedFormat(t0, t1, script, o.context, [label(o, 0, a), label(o, 1, b)])
    : normalFormat(t0, t1, script);
  for (const chunk of chunks) t.out.write(chunk);
  return 1;
}

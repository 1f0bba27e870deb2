// diff's analysis against GNU diff: random small pairs where several minimal scripts exist (so the
// same one must be chosen, hunks slid the same way), and large pairs, built by a seeded generator,
// whose real outputs are pinned by length and FNV-1a hash. Expected values come from the real diff
// (LC_ALL=C, `diff A B` and `diff -U N --label A --label B A B`).

import { describe, expect, it } from 'vitest';
import { analyze, splitText } from '../../../../worker/user/coreutils/bytes/diff-analyze';
import { normalFormat, unifiedFormat } from '../../../../worker/user/coreutils/bytes/diff-output';
import { concatBytes } from '../../../../worker/user/process';

const encoder = new TextEncoder();
const key = (line: Uint8Array) =>
  String.fromCharCode(...line.subarray(0, line[line.length - 1] === 10 ? -1 : undefined));

function run(a: string, b: string, context: number): { normal: Uint8Array; unified: Uint8Array } {
  const d0 = encoder.encode(a);
  const d1 = encoder.encode(b);
  const t0 = splitText(d0);
  const t1 = splitText(d1);
  const normal = concatBytes(
    normalFormat(t0, t1, analyze(d0, d1, t0, t1, { horizon: 0, key, blanksIgnored: false })),
  );
  const script = analyze(d0, d1, t0, t1, { horizon: context, key, blanksIgnored: false });
  const unified = script.length
    ? concatBytes(unifiedFormat(t0, t1, script, context, ['A', 'B']))
    : new Uint8Array(0);
  return { normal, unified };
}

const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

describe('diff analysis on random pairs', () => {
  it.each([
    [
      'h\nh\nd\nc\nh\nc\nb\nh\ne\nc\nb\na\ng\n',
      'h\nh\nd\nh\nc\nb\nh\ne\nc\nc\nb\na\na\ng\n',
      '4d3\n< c\n10a10\n> c\n11a12\n> a\n',
      0,
      '--- A\n+++ B\n@@ -4 +3,0 @@\n-c\n@@ -10,0 +10 @@\n+c\n@@ -11,0 +12 @@\n+a\n',
    ],
    [
      'b\nb\na\nc\na\nb\nc\nb\nb\nc\n',
      'b\nb\na\nc\na\na\nb\nc\nb\nb\nc',
      '5a6\n> a\n10c11\n< c\n---\n> c\n\\ No newline at end of file\n',
      3,
      '--- A\n+++ B\n@@ -3,8 +3,9 @@\n a\n c\n a\n+a\n b\n c\n b\n b\n-c\n+c\n\\ No newline at end of file\n',
    ],
    [
      'a\nb\nb\na\na\na\n',
      'b\nb\na\na\na\nb\n',
      '1d0\n< a\n6a6\n> b\n',
      0,
      '--- A\n+++ B\n@@ -1 +0,0 @@\n-a\n@@ -6,0 +6 @@\n+b\n',
    ],
    [
      'a\nc\nc\na\nd',
      'c\nc\na\nd\n',
      '1d0\n< a\n5c4\n< d\n\\ No newline at end of file\n---\n> d\n',
      1,
      '--- A\n+++ B\n@@ -1,2 +1 @@\n-a\n c\n@@ -4,2 +3,2 @@\n a\n-d\n\\ No newline at end of file\n+d\n',
    ],
    [
      'c\na\nb\nc\na\nc\na\nb\nc\nb',
      'c\na\nb\na\nc\na\nb\nc\nb\n',
      '4d3\n< c\n10c9\n< b\n\\ No newline at end of file\n---\n> b\n',
      3,
      '--- A\n+++ B\n@@ -1,10 +1,9 @@\n c\n a\n b\n-c\n a\n c\n a\n b\n c\n-b\n\\ No newline at end of file\n+b\n',
    ],
    [
      'a\nb\nb\nd\na\na\nb\nb\nd\nc\na\nc\nc\nd\n',
      'a\nb\nb\na\na\nb\nb\nd\nc\na\nc\nc\nd\n',
      '4d3\n< d\n',
      3,
      '--- A\n+++ B\n@@ -1,7 +1,6 @@\n a\n b\n b\n-d\n a\n a\n b\n',
    ],
    [
      'd\nb\nd\nb\nd\n',
      'd\nb\nb\nd\nb\nb\n',
      '3d2\n< d\n5a5,6\n> b\n> b\n',
      3,
      '--- A\n+++ B\n@@ -1,5 +1,6 @@\n d\n b\n-d\n b\n d\n+b\n+b\n',
    ],
    [
      'b\nb\nc\na\nb\na\na\na\na\nc\n',
      'b\nb\na\nb\na\na\nc\n',
      '3d2\n< c\n6,7d4\n< a\n< a\n',
      0,
      '--- A\n+++ B\n@@ -3 +2,0 @@\n-c\n@@ -6,2 +4,0 @@\n-a\n-a\n',
    ],
    [
      'c\nc\nc\nc\na\nb\na',
      'c\nb\nc\na\nc\nc\na\nb\na\n',
      '1a2\n> b\n2a4\n> a\n7c9\n< a\n\\ No newline at end of file\n---\n> a\n',
      3,
      '--- A\n+++ B\n@@ -1,7 +1,9 @@\n c\n+b\n c\n+a\n c\n c\n a\n b\n-a\n\\ No newline at end of file\n+a\n',
    ],
    ['b\n', 'b\nb\n', '1a2\n> b\n', 0, '--- A\n+++ B\n@@ -1,0 +2 @@\n+b\n'],
    [
      'a\nb\na\nb\nb\na\na\na\nb\n',
      'b\na\nb\na\na\nb\n',
      '1d0\n< a\n5,6d3\n< b\n< a\n',
      1,
      '--- A\n+++ B\n@@ -1,2 +1 @@\n-a\n b\n@@ -4,4 +3,2 @@\n b\n-b\n-a\n a\n',
    ],
    [
      'a\nb\nb\nb\nb\ne\ng\nf\ng\n',
      'a\nb\nb\nb\nb\ne\ng\nb\na\nh\nf\ng',
      '7a8,10\n> b\n> a\n> h\n9c12\n< g\n---\n> g\n\\ No newline at end of file\n',
      1,
      '--- A\n+++ B\n@@ -7,3 +7,6 @@\n g\n+b\n+a\n+h\n f\n-g\n+g\n\\ No newline at end of file\n',
    ],
    [
      'c\na\nc\na\nb\nc\nb\nb\na\nb',
      'c\na\na\na\nc\na\nb\nc\nb\na\nb\n',
      '2a3,4\n> a\n> a\n8d9\n< b\n10c11\n< b\n\\ No newline at end of file\n---\n> b\n',
      0,
      '--- A\n+++ B\n@@ -2,0 +3,2 @@\n+a\n+a\n@@ -8 +9,0 @@\n-b\n@@ -10 +11 @@\n-b\n\\ No newline at end of file\n+b\n',
    ],
    [
      'a\na\nb\nb\n',
      'a\na\nb\nb\nb\nb\n',
      '4a5,6\n> b\n> b\n',
      1,
      '--- A\n+++ B\n@@ -4 +4,3 @@\n b\n+b\n+b\n',
    ],
    [
      'b\nb\nb\na\na\nb\nb\na\na\nb\n',
      'a\nb\nb\nb\na\na\nb\nb\na\na\nb\nb\n',
      '0a1\n> a\n9a11\n> b\n',
      0,
      '--- A\n+++ B\n@@ -0,0 +1 @@\n+a\n@@ -9,0 +11 @@\n+b\n',
    ],
    [
      'c\na\nh\na\n',
      'c\ng\na\na\n',
      '1a2\n> g\n3d3\n< h\n',
      0,
      '--- A\n+++ B\n@@ -1,0 +2 @@\n+g\n@@ -3 +3,0 @@\n-h\n',
    ],
    [
      'b\na\nb\nb\na\na\n',
      'b\na\na\nb\na\nb\nb\na\n',
      '3c3\n< b\n---\n> a\n5a6,7\n> b\n> b\n',
      3,
      '--- A\n+++ B\n@@ -1,6 +1,8 @@\n b\n a\n-b\n+a\n b\n a\n+b\n+b\n a\n',
    ],
    ['a\nc\na\na\n', 'b\nc\na\na\n', '1c1\n< a\n---\n> b\n', 0, '--- A\n+++ B\n@@ -1 +1 @@\n-a\n+b\n'],
    [
      'h\nh\n',
      'b\nh\ne\nc\nd',
      '0a1\n> b\n2c3,5\n< h\n---\n> e\n> c\n> d\n\\ No newline at end of file\n',
      3,
      '--- A\n+++ B\n@@ -1,2 +1,5 @@\n+b\n h\n-h\n+e\n+c\n+d\n\\ No newline at end of file\n',
    ],
    [
      'd\nb\nd\na\na\nd\na\na\nd',
      'd\nb\na\na\nd\na\nc\n',
      '3d2\n< d\n8,9c7\n< a\n< d\n\\ No newline at end of file\n---\n> c\n',
      1,
      '--- A\n+++ B\n@@ -2,3 +2,2 @@\n b\n-d\n a\n@@ -7,3 +6,2 @@\n a\n-a\n-d\n\\ No newline at end of file\n+c\n',
    ],
    ['h\n', 'd\n', '1c1\n< h\n---\n> d\n', 3, '--- A\n+++ B\n@@ -1 +1 @@\n-h\n+d\n'],
    ['c\nc\nb\n', 'a\nb\n', '1,2c1\n< c\n< c\n---\n> a\n', 0, '--- A\n+++ B\n@@ -1,2 +1 @@\n-c\n-c\n+a\n'],
    [
      'a\na\nc\na\nb\nb\na\nb\nb\nc\nc\na\na\nb\n',
      'a\na\nc\na\nb\nb\na\nb\nb\nc\na\na\nb\n',
      '11d10\n< c\n',
      1,
      '--- A\n+++ B\n@@ -10,3 +10,2 @@\n c\n-c\n a\n',
    ],
    [
      'b\na\na\nb\na\na\na\nb\na\na\na\n',
      'b\na\nb\na\na\na\nb\na\na\na\n',
      '3d2\n< a\n',
      0,
      '--- A\n+++ B\n@@ -3 +2,0 @@\n-a\n',
    ],
    ['b\na\n', 'b\n', '2d1\n< a\n', 0, '--- A\n+++ B\n@@ -2 +1,0 @@\n-a\n'],
    [
      'b\nb\na\na\nc\na\n',
      'b\nc\nb\na\na\nc\nb\n',
      '1a2\n> c\n6c7\n< a\n---\n> b\n',
      1,
      '--- A\n+++ B\n@@ -1,2 +1,3 @@\n b\n+c\n b\n@@ -5,2 +6,2 @@\n c\n-a\n+b\n',
    ],
    [
      'a\nc\na\na\nb\nb\n',
      'c\nc\nb\n',
      '1d0\n< a\n3,5c2\n< a\n< a\n< b\n---\n> c\n',
      1,
      '--- A\n+++ B\n@@ -1,6 +1,3 @@\n-a\n c\n-a\n-a\n-b\n+c\n b\n',
    ],
    [
      'd\nb\ng\na\nb\nb\nd\ne\nh\ng\n',
      'b\nh\nd\nb\ng\nb\nd\ne\nh\ng',
      '0a1,2\n> b\n> h\n4,5d5\n< a\n< b\n10c10\n< g\n---\n> g\n\\ No newline at end of file\n',
      3,
      '--- A\n+++ B\n@@ -1,10 +1,10 @@\n+b\n+h\n d\n b\n g\n-a\n-b\n b\n d\n e\n h\n-g\n+g\n\\ No newline at end of file\n',
    ],
    ['a\nb\nb\na\nb\na\n', 'a\nb\nb\na\nb\nb\na\n', '5a6\n> b\n', 0, '--- A\n+++ B\n@@ -5,0 +6 @@\n+b\n'],
    [
      'a\na\na\nb\nb\na\nb\nb\na\nb\na\na\n',
      'a\na\nb\na\nb\na\nb\nb\na\na\na\na',
      '3d2\n< a\n4a4\n> a\n10d9\n< b\n12a12\n> a\n\\ No newline at end of file\n',
      1,
      '--- A\n+++ B\n@@ -2,4 +2,4 @@\n a\n-a\n b\n+a\n b\n@@ -9,4 +9,4 @@\n a\n-b\n a\n a\n+a\n\\ No newline at end of file\n',
    ],
    [
      'd',
      '',
      '1d0\n< d\n\\ No newline at end of file\n',
      3,
      '--- A\n+++ B\n@@ -1 +0,0 @@\n-d\n\\ No newline at end of file\n',
    ],
    [
      'e\ng\nf\nc\ne\nc\nd\n',
      'e\ng\nc\ne\nd\nc\nd\n',
      '3d2\n< f\n5a5\n> d\n',
      0,
      '--- A\n+++ B\n@@ -3 +2,0 @@\n-f\n@@ -5,0 +5 @@\n+d\n',
    ],
    [
      'c\na\nc\na\nc\na\na\nb\n',
      'a\na\nc\nc\na\na\nb\n',
      '1d0\n< c\n3d1\n< c\n4a3\n> c\n',
      0,
      '--- A\n+++ B\n@@ -1 +0,0 @@\n-c\n@@ -3 +1,0 @@\n-c\n@@ -4,0 +3 @@\n+c\n',
    ],
    [
      'd\nc\nb\nc\nc\nd\nb\n',
      'd\nc\nb\nc\nc\nd\nd\n',
      '7c7\n< b\n---\n> d\n',
      0,
      '--- A\n+++ B\n@@ -7 +7 @@\n-b\n+d\n',
    ],
    [
      'e\ng\nc\nf\nc\nf\n',
      'e\ng\nc\nf\nc\nb\nb\nc\nf\n',
      '5a6,8\n> b\n> b\n> c\n',
      3,
      '--- A\n+++ B\n@@ -3,4 +3,7 @@\n c\n f\n c\n+b\n+b\n+c\n f\n',
    ],
    [
      'h\ne\na\nb\ne\nd\nb\ne\nh\nf\ne\nc\nd\n',
      'h\ne\na\nb\ne\nf\nd\nb\ne\ne\nh\nf\nf\nc\nd\n',
      '5a6\n> f\n8a10\n> e\n11c13\n< e\n---\n> f\n',
      1,
      '--- A\n+++ B\n@@ -5,2 +5,3 @@\n e\n+f\n d\n@@ -8,5 +9,6 @@\n e\n+e\n h\n f\n-e\n+f\n c\n',
    ],
    [
      'd\ng\nd\nb\nf\n',
      'd\nf\ng\nd\nc\nf\n',
      '1a2\n> f\n4c5\n< b\n---\n> c\n',
      0,
      '--- A\n+++ B\n@@ -1,0 +2 @@\n+f\n@@ -4 +5 @@\n-b\n+c\n',
    ],
    [
      'b\nb\na\na\na\na\nb\na\nb\na\nb\na',
      'b\nb\na\na\nb\na\nb\na\nb\n',
      '5,6d4\n< a\n< a\n12d9\n< a\n\\ No newline at end of file\n',
      1,
      '--- A\n+++ B\n@@ -4,4 +4,2 @@\n a\n-a\n-a\n b\n@@ -11,2 +9 @@\n b\n-a\n\\ No newline at end of file\n',
    ],
    [
      'a\nb\nc\nb\nb\nb\nb\nb\nb\nc\na',
      'b\na\nb\nc\nb\nb\nb\nb\nb\nb\nb\nc\na\nb\n',
      '0a1\n> b\n9a11\n> b\n11c13,14\n< a\n\\ No newline at end of file\n---\n> a\n> b\n',
      3,
      '--- A\n+++ B\n@@ -1,3 +1,4 @@\n+b\n a\n b\n c\n@@ -7,5 +8,7 @@\n b\n b\n b\n+b\n c\n-a\n\\ No newline at end of file\n+a\n+b\n',
    ],
    [
      'b\na\na\nb\nb\na\na\na\n',
      'a\nb\na\nb\nb\na\na\na\n',
      '1d0\n< b\n2a2\n> b\n',
      0,
      '--- A\n+++ B\n@@ -1 +0,0 @@\n-b\n@@ -2,0 +2 @@\n+b\n',
    ],
  ])('%j', (a, b, normal, context, unified) => {
    const r = run(a as string, b as string, context as number);
    expect(text(r.normal)).toBe(normal);
    expect(text(r.unified)).toBe(unified);
  });
});

/** The generator the expected values were made with: an LCG, lines `L<n>`, random edits. */
function make(seed: number, n: number, edits: number, alpha: number): [string, string] {
  let x = seed;
  const next = () => {
    x = (Math.imul(x, 1103515245) + 12345) & 0x7fffffff;
    return Math.floor(x / 256);
  };
  const a = Array.from({ length: n }, () => `L${next() % alpha}`);
  const b = [...a];
  for (let i = 0; i < edits; i++) {
    const op = next() % 10;
    const pos = next() % (b.length + 1);
    const val = `L${next() % alpha}`;
    if (op < 4 && pos < b.length) b.splice(pos, 1);
    else if (op < 8) b.splice(pos, 0, val);
    else if (pos < b.length) b[pos] = val;
  }
  return [a.map((l) => l + '\n').join(''), b.map((l) => l + '\n').join('')];
}

function fnv(data: Uint8Array): number {
  let h = 0x811c9dc5;
  for (const c of data) h = Math.imul(h ^ c, 0x01000193) >>> 0;
  return h;
}

describe('diff analysis on large pairs', () => {
  it.each([
    [1, 10000, 2000, 500, 33426, 3583378181, 59323, 3137826845],
    [2, 10000, 40, 10000, 776, 2913307680, 2757, 3936454430],
    [3, 3000, 3000, 4, 20233, 1968779071, 15790, 4078191376],
  ])(
    'seed %i: %i lines, %i edits over %i distinct lines',
    (seed, n, edits, alpha, nLen, nHash, uLen, uHash) => {
      const [a, b] = make(seed, n, edits, alpha);
      const r = run(a, b, 3);
      expect([r.normal.length, fnv(r.normal)]).toEqual([nLen, nHash]);
      expect([r.unified.length, fnv(r.unified)]).toEqual([uLen, uHash]);
    },
  );
});

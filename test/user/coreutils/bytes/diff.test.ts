// diff: normal and unified output, brief, binary, ignore options, directories and its diagnostics.
// Expected outputs are what the real programs print on the reference machine (LC_ALL=C, a terminal).

import { describe, expect, it } from 'vitest';
import { sh } from '../../helpers';

describe('diff', () => {
  it.each([
    [
      "cd /tmp; printf 'a\\nb\\nc\\nd\\ne\\n' > p; printf 'a\\nB\\nc\\ne\\nf\\n' > q; printf 'x' > nn; printf 'y' > nn2; printf 'a\\0b' > bin1; printf 'a\\0c' > bin2; printf 'abc\\ndef\\n' > a; printf '' > e; diff p q",
      '2c2\n< b\n---\n> B\n4d3\n< d\n5a5\n> f\n',
      1,
    ],
    [
      "cd /tmp; printf 'a\\nb\\nc\\nd\\ne\\n' > p; printf 'a\\nB\\nc\\ne\\nf\\n' > q; printf 'x' > nn; printf 'y' > nn2; printf 'a\\0b' > bin1; printf 'a\\0c' > bin2; printf 'abc\\ndef\\n' > a; printf '' > e; diff -u p q",
      '--- p\t2022-07-28 09:00:05.000000000 +0000\n+++ q\t2022-07-28 09:00:05.000000000 +0000\n@@ -1,5 +1,5 @@\n a\n-b\n+B\n c\n-d\n e\n+f\n',
      1,
    ],
    [
      "cd /tmp; printf 'a\\nb\\nc\\nd\\ne\\n' > p; printf 'a\\nB\\nc\\ne\\nf\\n' > q; printf 'x' > nn; printf 'y' > nn2; printf 'a\\0b' > bin1; printf 'a\\0c' > bin2; printf 'abc\\ndef\\n' > a; printf '' > e; diff -q p q",
      'Files p and q differ\n',
      1,
    ],
    [
      "cd /tmp; printf 'a\\nb\\nc\\nd\\ne\\n' > p; printf 'a\\nB\\nc\\ne\\nf\\n' > q; printf 'x' > nn; printf 'y' > nn2; printf 'a\\0b' > bin1; printf 'a\\0c' > bin2; printf 'abc\\ndef\\n' > a; printf '' > e; diff p p",
      '',
      0,
    ],
    [
      "cd /tmp; printf 'a\\nb\\nc\\nd\\ne\\n' > p; printf 'a\\nB\\nc\\ne\\nf\\n' > q; printf 'x' > nn; printf 'y' > nn2; printf 'a\\0b' > bin1; printf 'a\\0c' > bin2; printf 'abc\\ndef\\n' > a; printf '' > e; diff nn nn2",
      '1c1\n< x\n\\ No newline at end of file\n---\n> y\n\\ No newline at end of file\n',
      1,
    ],
    [
      "cd /tmp; printf 'a\\nb\\nc\\nd\\ne\\n' > p; printf 'a\\nB\\nc\\ne\\nf\\n' > q; printf 'x' > nn; printf 'y' > nn2; printf 'a\\0b' > bin1; printf 'a\\0c' > bin2; printf 'abc\\ndef\\n' > a; printf '' > e; diff -u nn nn2",
      '--- nn\t2022-07-28 09:00:05.000000000 +0000\n+++ nn2\t2022-07-28 09:00:05.000000000 +0000\n@@ -1 +1 @@\n-x\n\\ No newline at end of file\n+y\n\\ No newline at end of file\n',
      1,
    ],
    [
      "cd /tmp; printf 'a\\nb\\nc\\nd\\ne\\n' > p; printf 'a\\nB\\nc\\ne\\nf\\n' > q; printf 'x' > nn; printf 'y' > nn2; printf 'a\\0b' > bin1; printf 'a\\0c' > bin2; printf 'abc\\ndef\\n' > a; printf '' > e; diff e a",
      '0a1,2\n> abc\n> def\n',
      1,
    ],
    [
      "cd /tmp; printf 'a\\nb\\nc\\nd\\ne\\n' > p; printf 'a\\nB\\nc\\ne\\nf\\n' > q; printf 'x' > nn; printf 'y' > nn2; printf 'a\\0b' > bin1; printf 'a\\0c' > bin2; printf 'abc\\ndef\\n' > a; printf '' > e; diff a e",
      '1,2d0\n< abc\n< def\n',
      1,
    ],
    [
      "cd /tmp; printf 'a\\nb\\nc\\nd\\ne\\n' > p; printf 'a\\nB\\nc\\ne\\nf\\n' > q; printf 'x' > nn; printf 'y' > nn2; printf 'a\\0b' > bin1; printf 'a\\0c' > bin2; printf 'abc\\ndef\\n' > a; printf '' > e; diff -u e a",
      '--- e\t2022-07-28 09:00:05.000000000 +0000\n+++ a\t2022-07-28 09:00:05.000000000 +0000\n@@ -0,0 +1,2 @@\n+abc\n+def\n',
      1,
    ],
    [
      "cd /tmp; printf 'a\\nb\\nc\\nd\\ne\\n' > p; printf 'a\\nB\\nc\\ne\\nf\\n' > q; printf 'x' > nn; printf 'y' > nn2; printf 'a\\0b' > bin1; printf 'a\\0c' > bin2; printf 'abc\\ndef\\n' > a; printf '' > e; diff p nope",
      'diff: nope: No such file or directory\n',
      2,
    ],
    [
      "cd /tmp; printf 'a\\nb\\nc\\nd\\ne\\n' > p; printf 'a\\nB\\nc\\ne\\nf\\n' > q; printf 'x' > nn; printf 'y' > nn2; printf 'a\\0b' > bin1; printf 'a\\0c' > bin2; printf 'abc\\ndef\\n' > a; printf '' > e; diff nope p",
      'diff: nope: No such file or directory\n',
      2,
    ],
    [
      "cd /tmp; printf 'a\\nb\\nc\\nd\\ne\\n' > p; printf 'a\\nB\\nc\\ne\\nf\\n' > q; printf 'x' > nn; printf 'y' > nn2; printf 'a\\0b' > bin1; printf 'a\\0c' > bin2; printf 'abc\\ndef\\n' > a; printf '' > e; diff",
      "diff: missing operand after 'diff'\ndiff: Try 'diff --help' for more information.\n",
      2,
    ],
    [
      "cd /tmp; printf 'a\\nb\\nc\\nd\\ne\\n' > p; printf 'a\\nB\\nc\\ne\\nf\\n' > q; printf 'x' > nn; printf 'y' > nn2; printf 'a\\0b' > bin1; printf 'a\\0c' > bin2; printf 'abc\\ndef\\n' > a; printf '' > e; diff p",
      "diff: missing operand after 'p'\ndiff: Try 'diff --help' for more information.\n",
      2,
    ],
    [
      "cd /tmp; printf 'a\\nb\\nc\\nd\\ne\\n' > p; printf 'a\\nB\\nc\\ne\\nf\\n' > q; printf 'x' > nn; printf 'y' > nn2; printf 'a\\0b' > bin1; printf 'a\\0c' > bin2; printf 'abc\\ndef\\n' > a; printf '' > e; diff -z p q",
      "diff: invalid option -- 'z'\ndiff: Try 'diff --help' for more information.\n",
      2,
    ],
    [
      "cd /tmp; printf 'a\\nb\\nc\\nd\\ne\\n' > p; printf 'a\\nB\\nc\\ne\\nf\\n' > q; printf 'x' > nn; printf 'y' > nn2; printf 'a\\0b' > bin1; printf 'a\\0c' > bin2; printf 'abc\\ndef\\n' > a; printf '' > e; diff bin1 bin2",
      'Binary files bin1 and bin2 differ\n',
      1,
    ],
    [
      "cd /tmp; printf 'a\\nb\\nc\\nd\\ne\\n' > p; printf 'a\\nB\\nc\\ne\\nf\\n' > q; printf 'x' > nn; printf 'y' > nn2; printf 'a\\0b' > bin1; printf 'a\\0c' > bin2; printf 'abc\\ndef\\n' > a; printf '' > e; diff -q p p",
      '',
      0,
    ],
    [
      "cd /tmp; printf 'a\\nb\\nc\\nd\\ne\\n' > p; printf 'a\\nB\\nc\\ne\\nf\\n' > q; printf 'x' > nn; printf 'y' > nn2; printf 'a\\0b' > bin1; printf 'a\\0c' > bin2; printf 'abc\\ndef\\n' > a; printf '' > e; diff p q r",
      "diff: extra operand 'r'\ndiff: Try 'diff --help' for more information.\n",
      2,
    ],
    [
      "cd /tmp; printf 'a\\nb\\nc\\nd\\ne\\n' > p; printf 'a\\nB\\nc\\ne\\nf\\n' > q; printf 'x' > nn; printf 'y' > nn2; printf 'a\\0b' > bin1; printf 'a\\0c' > bin2; printf 'abc\\ndef\\n' > a; printf '' > e; diff -u a nn",
      '--- a\t2022-07-28 09:00:05.000000000 +0000\n+++ nn\t2022-07-28 09:00:05.000000000 +0000\n@@ -1,2 +1 @@\n-abc\n-def\n+x\n\\ No newline at end of file\n',
      1,
    ],
    [
      "cd /tmp; printf 'a\\nb\\nc\\nd\\ne\\n' > p; printf 'a\\nB\\nc\\ne\\nf\\n' > q; printf 'x' > nn; printf 'y' > nn2; printf 'a\\0b' > bin1; printf 'a\\0c' > bin2; printf 'abc\\ndef\\n' > a; printf '' > e; diff -U1 p q",
      '--- p\t2022-07-28 09:00:05.000000000 +0000\n+++ q\t2022-07-28 09:00:05.000000000 +0000\n@@ -1,5 +1,5 @@\n a\n-b\n+B\n c\n-d\n e\n+f\n',
      1,
    ],
    [
      "cd /tmp; printf 'a\\nb\\nc\\nd\\ne\\n' > p; printf 'a\\nB\\nc\\ne\\nf\\n' > q; printf 'x' > nn; printf 'y' > nn2; printf 'a\\0b' > bin1; printf 'a\\0c' > bin2; printf 'abc\\ndef\\n' > a; printf '' > e; diff -U 0 p q",
      '--- p\t2022-07-28 09:00:05.000000000 +0000\n+++ q\t2022-07-28 09:00:05.000000000 +0000\n@@ -2 +2 @@\n-b\n+B\n@@ -4 +3,0 @@\n-d\n@@ -5,0 +5 @@\n+f\n',
      1,
    ],
    [
      "cd /tmp; printf 'a\\nb\\nc\\nd\\ne\\n' > p; printf 'a\\nB\\nc\\ne\\nf\\n' > q; printf 'x' > nn; printf 'y' > nn2; printf 'a\\0b' > bin1; printf 'a\\0c' > bin2; printf 'abc\\ndef\\n' > a; printf '' > e; diff -x",
      "diff: option requires an argument -- 'x'\ndiff: Try 'diff --help' for more information.\n",
      2,
    ],
    [
      "cd /tmp; printf 'a\\nb\\nc\\nd\\ne\\n' > p; printf 'a\\nB\\nc\\ne\\nf\\n' > q; printf 'x' > nn; printf 'y' > nn2; printf 'a\\0b' > bin1; printf 'a\\0c' > bin2; printf 'abc\\ndef\\n' > a; printf '' > e; diff --bogus p q",
      "diff: unrecognized option '--bogus'\ndiff: Try 'diff --help' for more information.\n",
      2,
    ],
    [
      "cd /tmp; printf 'a\\nb\\nc\\nd\\ne\\n' > p; printf 'a\\nB\\nc\\ne\\nf\\n' > q; printf 'x' > nn; printf 'y' > nn2; printf 'a\\0b' > bin1; printf 'a\\0c' > bin2; printf 'abc\\ndef\\n' > a; printf '' > e; diff /etc p",
      'diff: /etc/p: No such file or directory\n',
      2,
    ],
    [
      "cd /tmp; printf 'a\\nb\\nc\\nd\\ne\\n' > p; printf 'a\\nB\\nc\\ne\\nf\\n' > q; printf 'x' > nn; printf 'y' > nn2; printf 'a\\0b' > bin1; printf 'a\\0c' > bin2; printf 'abc\\ndef\\n' > a; printf '' > e; diff - p < q",
      '2c2\n< B\n---\n> b\n3a4\n> d\n5d5\n< f\n',
      1,
    ],
    [
      "cd /tmp; printf 'a\\nb\\nc\\nd\\ne\\n' > p; printf 'a\\nB\\nc\\ne\\nf\\n' > q; printf 'x' > nn; printf 'y' > nn2; printf 'a\\0b' > bin1; printf 'a\\0c' > bin2; printf 'abc\\ndef\\n' > a; printf '' > e; diff -U x p q",
      "diff: invalid context length 'x'\ndiff: Try 'diff --help' for more information.\n",
      2,
    ],
    [
      "cd /tmp; printf 'a\\nb\\nc\\nd\\ne\\n' > p; printf 'a\\nB\\nc\\ne\\nf\\n' > q; printf 'x' > nn; printf 'y' > nn2; printf 'a\\0b' > bin1; printf 'a\\0c' > bin2; printf 'abc\\ndef\\n' > a; printf '' > e; diff -s p p",
      'Files p and p are identical\n',
      0,
    ],
    [
      "cd /tmp; printf 'a\\nb\\nc\\nd\\ne\\n' > p; printf 'a\\nB\\nc\\ne\\nf\\n' > q; printf 'x' > nn; printf 'y' > nn2; printf 'a\\0b' > bin1; printf 'a\\0c' > bin2; printf 'abc\\ndef\\n' > a; printf '' > e; diff -s -q p p",
      'Files p and p are identical\n',
      0,
    ],
    [
      "cd /tmp; printf 'a\\nb\\nc\\nd\\ne\\n' > p; printf 'a\\nB\\nc\\ne\\nf\\n' > q; printf 'x' > nn; printf 'y' > nn2; printf 'a\\0b' > bin1; printf 'a\\0c' > bin2; printf 'abc\\ndef\\n' > a; printf '' > e; diff -N p nope",
      '1,5d0\n< a\n< b\n< c\n< d\n< e\n',
      1,
    ],
    [
      "cd /tmp; printf 'a\\nb\\nc\\nd\\ne\\n' > p; printf 'a\\nB\\nc\\ne\\nf\\n' > q; printf 'x' > nn; printf 'y' > nn2; printf 'a\\0b' > bin1; printf 'a\\0c' > bin2; printf 'abc\\ndef\\n' > a; printf '' > e; diff -N -u nope p",
      '--- nope\t1970-01-01 00:00:00.000000000 +0000\n+++ p\t2022-07-28 09:00:05.000000000 +0000\n@@ -0,0 +1,5 @@\n+a\n+b\n+c\n+d\n+e\n',
      1,
    ],
    [
      "cd /tmp; printf 'a\\nb\\nc\\nd\\ne\\n' > p; printf 'a\\nB\\nc\\ne\\nf\\n' > q; printf 'x' > nn; printf 'y' > nn2; printf 'a\\0b' > bin1; printf 'a\\0c' > bin2; printf 'abc\\ndef\\n' > a; printf '' > e; diff bin1 bin1",
      '',
      0,
    ],
    [
      "cd /tmp; printf 'a\\nb\\nc\\nd\\ne\\n' > p; printf 'a\\nB\\nc\\ne\\nf\\n' > q; printf 'x' > nn; printf 'y' > nn2; printf 'a\\0b' > bin1; printf 'a\\0c' > bin2; printf 'abc\\ndef\\n' > a; printf '' > e; diff -a bin1 bin2",
      '1c1\n< a\u0000b\n\\ No newline at end of file\n---\n> a\u0000c\n\\ No newline at end of file\n',
      1,
    ],
    [
      "cd /tmp; printf 'a\\nb\\nc\\nd\\ne\\n' > p; printf 'a\\nB\\nc\\ne\\nf\\n' > q; printf 'x' > nn; printf 'y' > nn2; printf 'a\\0b' > bin1; printf 'a\\0c' > bin2; printf 'abc\\ndef\\n' > a; printf '' > e; diff -q bin1 bin2",
      'Files bin1 and bin2 differ\n',
      1,
    ],
    [
      "cd /tmp; printf 'a\\nb\\nc\\nd\\ne\\n' > p; printf 'a\\nB\\nc\\ne\\nf\\n' > q; printf 'x' > nn; printf 'y' > nn2; printf 'a\\0b' > bin1; printf 'a\\0c' > bin2; printf 'abc\\ndef\\n' > a; printf '' > e; diff --unified=1 p q",
      '--- p\t2022-07-28 09:00:05.000000000 +0000\n+++ q\t2022-07-28 09:00:05.000000000 +0000\n@@ -1,5 +1,5 @@\n a\n-b\n+B\n c\n-d\n e\n+f\n',
      1,
    ],
    [
      "cd /tmp; printf 'a\\nb\\nc\\nd\\ne\\n' > p; printf 'a\\nB\\nc\\ne\\nf\\n' > q; printf 'x' > nn; printf 'y' > nn2; printf 'a\\0b' > bin1; printf 'a\\0c' > bin2; printf 'abc\\ndef\\n' > a; printf '' > e; diff --unified p q",
      '--- p\t2022-07-28 09:00:05.000000000 +0000\n+++ q\t2022-07-28 09:00:05.000000000 +0000\n@@ -1,5 +1,5 @@\n a\n-b\n+B\n c\n-d\n e\n+f\n',
      1,
    ],
    [
      "cd /tmp; printf 'a\\nb\\nc\\nd\\ne\\n' > p; printf 'a\\nB\\nc\\ne\\nf\\n' > q; printf 'x' > nn; printf 'y' > nn2; printf 'a\\0b' > bin1; printf 'a\\0c' > bin2; printf 'abc\\ndef\\n' > a; printf '' > e; diff -uL left -L right p q",
      '--- left\n+++ right\n@@ -1,5 +1,5 @@\n a\n-b\n+B\n c\n-d\n e\n+f\n',
      1,
    ],
    [
      "cd /tmp; printf 'a\\nb\\nc\\nd\\ne\\n' > p; printf 'a\\nB\\nc\\ne\\nf\\n' > q; printf 'x' > nn; printf 'y' > nn2; printf 'a\\0b' > bin1; printf 'a\\0c' > bin2; printf 'abc\\ndef\\n' > a; printf '' > e; diff -L x -L y -L z p q",
      'diff: too many file label options\n',
      2,
    ],
    [
      "cd /tmp; printf 'a\\nb\\nc\\nd\\ne\\n' > p; printf 'a\\nB\\nc\\ne\\nf\\n' > q; printf 'x' > nn; printf 'y' > nn2; printf 'a\\0b' > bin1; printf 'a\\0c' > bin2; printf 'abc\\ndef\\n' > a; printf '' > e; diff p q; echo $?",
      '2c2\n< b\n---\n> B\n4d3\n< d\n5a5\n> f\n1\n',
      0,
    ],
    [
      "cd /tmp; printf 'a\\nb\\nc\\nd\\ne\\n' > p; printf 'a\\nB\\nc\\ne\\nf\\n' > q; printf 'x' > nn; printf 'y' > nn2; printf 'a\\0b' > bin1; printf 'a\\0c' > bin2; printf 'abc\\ndef\\n' > a; printf '' > e; printf 'A\\nb\\n' > i1; printf 'a\\nB\\n' > i2; diff i1 i2; diff -i i1 i2; echo $?",
      '1,2c1,2\n< A\n< b\n---\n> a\n> B\n0\n',
      0,
    ],
    [
      "cd /tmp; printf 'a\\nb\\nc\\nd\\ne\\n' > p; printf 'a\\nB\\nc\\ne\\nf\\n' > q; printf 'x' > nn; printf 'y' > nn2; printf 'a\\0b' > bin1; printf 'a\\0c' > bin2; printf 'abc\\ndef\\n' > a; printf '' > e; printf 'a b\\nc\\td\\n' > w1; printf 'a  b \\ncd\\n' > w2; diff w1 w2; diff -b w1 w2; diff -w w1 w2; echo $?",
      '1,2c1,2\n< a b\n< c\td\n---\n> a  b \n> cd\n2c2\n< c\td\n---\n> cd\n0\n',
      0,
    ],
    [
      "cd /tmp; printf 'a\\nb\\nc\\nd\\ne\\n' > p; printf 'a\\nB\\nc\\ne\\nf\\n' > q; printf 'x' > nn; printf 'y' > nn2; printf 'a\\0b' > bin1; printf 'a\\0c' > bin2; printf 'abc\\ndef\\n' > a; printf '' > e; printf 'x\\n' > nl1; printf 'x' > nl2; diff nl1 nl2; diff -u nl1 nl2",
      '1c1\n< x\n---\n> x\n\\ No newline at end of file\n--- nl1\t2022-07-28 09:00:05.000000000 +0000\n+++ nl2\t2022-07-28 09:00:05.000000000 +0000\n@@ -1 +1 @@\n-x\n+x\n\\ No newline at end of file\n',
      1,
    ],
    [
      "cd /tmp; printf 'a\\nb\\nc\\nd\\ne\\n' > p; printf 'a\\nB\\nc\\ne\\nf\\n' > q; printf 'x' > nn; printf 'y' > nn2; printf 'a\\0b' > bin1; printf 'a\\0c' > bin2; printf 'abc\\ndef\\n' > a; printf '' > e; printf '1\\n2\\n3\\n4\\n5\\n6\\n7\\n8\\n9\\n10\\n11\\n12\\n' > l1; printf '1\\n2\\nX\\n4\\n5\\n6\\n7\\n8\\n9\\n10\\nY\\n12\\n' > l2; diff -u l1 l2; diff -U1 l1 l2; diff l1 l2",
      '--- l1\t2022-07-28 09:00:05.000000000 +0000\n+++ l2\t2022-07-28 09:00:05.000000000 +0000\n@@ -1,6 +1,6 @@\n 1\n 2\n-3\n+X\n 4\n 5\n 6\n@@ -8,5 +8,5 @@\n 8\n 9\n 10\n-11\n+Y\n 12\n--- l1\t2022-07-28 09:00:05.000000000 +0000\n+++ l2\t2022-07-28 09:00:05.000000000 +0000\n@@ -2,3 +2,3 @@\n 2\n-3\n+X\n 4\n@@ -10,3 +10,3 @@\n 10\n-11\n+Y\n 12\n3c3\n< 3\n---\n> X\n11c11\n< 11\n---\n> Y\n',
      1,
    ],
    [
      "cd /tmp; printf 'a\\nb\\nc\\nd\\ne\\n' > p; printf 'a\\nB\\nc\\ne\\nf\\n' > q; printf 'x' > nn; printf 'y' > nn2; printf 'a\\0b' > bin1; printf 'a\\0c' > bin2; printf 'abc\\ndef\\n' > a; printf '' > e; printf '1\\n2\\n3\\n4\\n5\\n6\\n7\\n8\\n' > m1; printf '1\\n2\\nX\\n4\\n5\\n6\\n7\\nY\\n' > m2; diff -u m1 m2",
      '--- m1\t2022-07-28 09:00:05.000000000 +0000\n+++ m2\t2022-07-28 09:00:05.000000000 +0000\n@@ -1,8 +1,8 @@\n 1\n 2\n-3\n+X\n 4\n 5\n 6\n 7\n-8\n+Y\n',
      1,
    ],
    [
      "cd /tmp; printf 'a\\nb\\nc\\nd\\ne\\n' > p; printf 'a\\nB\\nc\\ne\\nf\\n' > q; printf 'x' > nn; printf 'y' > nn2; printf 'a\\0b' > bin1; printf 'a\\0c' > bin2; printf 'abc\\ndef\\n' > a; printf '' > e; mkdir d1 d2 d1/sub d2/sub d2/sub2 d1/f; printf 'a\\n' > d1/x; printf 'b\\n' > d2/x; printf 'same\\n' > d1/s; printf 'same\\n' > d2/s; printf 'o\\n' > d1/only1; printf 'o\\n' > d2/only2; printf q > d2/f; diff d1 d2; echo $?; diff -u d1 d2; diff -q d1 d2; diff -s d1 d2",
      'File d1/f is a directory while file d2/f is a regular file\nOnly in d1: only1\nOnly in d2: only2\nCommon subdirectories: d1/sub and d2/sub\nOnly in d2: sub2\ndiff d1/x d2/x\n1c1\n< a\n---\n> b\n1\nFile d1/f is a directory while file d2/f is a regular file\nOnly in d1: only1\nOnly in d2: only2\nCommon subdirectories: d1/sub and d2/sub\nOnly in d2: sub2\ndiff -u d1/x d2/x\n--- d1/x\t2022-07-28 09:00:05.000000000 +0000\n+++ d2/x\t2022-07-28 09:00:05.000000000 +0000\n@@ -1 +1 @@\n-a\n+b\nFile d1/f is a directory while file d2/f is a regular file\nOnly in d1: only1\nOnly in d2: only2\nCommon subdirectories: d1/sub and d2/sub\nOnly in d2: sub2\nFiles d1/x and d2/x differ\nFile d1/f is a directory while file d2/f is a regular file\nOnly in d1: only1\nOnly in d2: only2\nFiles d1/s and d2/s are identical\nCommon subdirectories: d1/sub and d2/sub\nOnly in d2: sub2\ndiff -s d1/x d2/x\n1c1\n< a\n---\n> b\n',
      1,
    ],
    [
      "cd /tmp; printf 'a\\nb\\nc\\nd\\ne\\n' > p; printf 'a\\nB\\nc\\ne\\nf\\n' > q; printf 'x' > nn; printf 'y' > nn2; printf 'a\\0b' > bin1; printf 'a\\0c' > bin2; printf 'abc\\ndef\\n' > a; printf '' > e; mkdir -p r1/s r2/s; printf '1\\n' > r1/s/f; printf '2\\n' > r2/s/f; diff r1 r2; diff -r r1 r2; diff -rq r1 r2",
      'Common subdirectories: r1/s and r2/s\ndiff -r r1/s/f r2/s/f\n1c1\n< 1\n---\n> 2\nFiles r1/s/f and r2/s/f differ\n',
      1,
    ],
    [
      "cd /tmp; printf 'a\\nb\\nc\\nd\\ne\\n' > p; printf 'a\\nB\\nc\\ne\\nf\\n' > q; printf 'x' > nn; printf 'y' > nn2; printf 'a\\0b' > bin1; printf 'a\\0c' > bin2; printf 'abc\\ndef\\n' > a; printf '' > e; mkdir dd; printf 'a\\nb\\nc\\nd\\ne\\n' > dd/p; diff dd p; diff p dd; diff -u dd/ p",
      '',
      0,
    ],
    [
      "cd /tmp; printf 'a\\nb\\nc\\nd\\ne\\n' > p; printf 'a\\nB\\nc\\ne\\nf\\n' > q; printf 'x' > nn; printf 'y' > nn2; printf 'a\\0b' > bin1; printf 'a\\0c' > bin2; printf 'abc\\ndef\\n' > a; printf '' > e; cat q | diff -q p -",
      'Files p and - differ\n',
      1,
    ],
    [
      "cd /tmp; printf 'a\\nb\\nc\\nd\\ne\\n' > p; printf 'a\\nB\\nc\\ne\\nf\\n' > q; printf 'x' > nn; printf 'y' > nn2; printf 'a\\0b' > bin1; printf 'a\\0c' > bin2; printf 'abc\\ndef\\n' > a; printf '' > e; diff -q p nope",
      'diff: nope: No such file or directory\n',
      2,
    ],
    [
      "cd /tmp; printf 'a\\nb\\nc\\nd\\ne\\n' > p; printf 'a\\nB\\nc\\ne\\nf\\n' > q; printf 'x' > nn; printf 'y' > nn2; printf 'a\\0b' > bin1; printf 'a\\0c' > bin2; printf 'abc\\ndef\\n' > a; printf '' > e; diff p /etc",
      'diff: /etc/p: No such file or directory\n',
      2,
    ],
  ] as [string, string, number][])('%s', (script, out, status) => {
    expect(sh(script)).toEqual({ out, status });
  });
});

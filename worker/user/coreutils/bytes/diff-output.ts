// Models GNU diff's two output formats here (diffutils normal.c and context.c): normal `2c2` hunks
// with `<`/`---`/`>` lines, and unified `--- a\tDATE` / `+++ b\tDATE` headers with `@@ -1,5 +1,5 @@`
// hunks, changes closer than twice the context merged into one hunk; a last line without its
// newline is followed by `\ No newline at end of file`.

import { encodeText } from '../../bytes';
import type { Change, DiffText } from './diff-analyze';

/** A line of output: its flag, the line itself, and the marker if it lacks its newline. */
function line(flag: string, bytes: Uint8Array, out: Uint8Array[]): void {
  if (flag) out.push(encodeText(flag));
  out.push(bytes);
  if (bytes[bytes.length - 1] !== 0x0a) out.push(encodeText('\n\\ No newline at end of file\n'));
}

/** print_number_range(): `a,b`, or one number for a range of one line or none. */
function range(first: number, last: number): string {
  const a = first + 1;
  const b = last + 1;
  return b <= a ? String(b) : `${a},${b}`;
}

export function normalFormat(t0: DiffText, t1: DiffText, script: readonly Change[]): Uint8Array[] {
  const out: Uint8Array[] = [];
  for (const c of script) {
    const letter = c.deleted && c.inserted ? 'c' : c.deleted ? 'd' : 'a';
    out.push(
      encodeText(
        `${range(c.line0, c.line0 + c.deleted - 1)}${letter}${range(c.line1, c.line1 + c.inserted - 1)}\n`,
      ),
    );
    for (let i = 0; i < c.deleted; i++) line('< ', t0.lines[c.line0 + i], out);
    if (c.deleted && c.inserted) out.push(encodeText('---\n'));
    for (let i = 0; i < c.inserted; i++) line('> ', t1.lines[c.line1 + i], out);
  }
  return out;
}

/** print_unidiff_number_range(): `a,count`, `a` for one line, `b,0` for none. */
function unifiedRange(first: number, last: number): string {
  const a = first + 1;
  const b = last + 1;
  if (b <= a) return b < a ? `${b},0` : String(b);
  return `${a},${b - a + 1}`;
}

export function unifiedFormat(
  t0: DiffText,
  t1: DiffText,
  script: readonly Change[],
  context: number,
  labels: [string, string],
): Uint8Array[] {
  const out: Uint8Array[] = [encodeText(`--- ${labels[0]}\n+++ ${labels[1]}\n`)];
  for (let h = 0; h < script.length;) {
    // find_hunk(): changes less than 2 * context + 1 lines apart go together.
    let end = h;
    while (
      end + 1 < script.length &&
      script[end + 1].line0 - (script[end].line0 + script[end].deleted) < 2 * context + 1
    )
      end++;
    const first = script[h];
    const last = script[end];
    const first0 = Math.max(first.line0 - context, 0);
    const first1 = Math.max(first.line1 - context, 0);
    const last0 = Math.min(last.line0 + last.deleted - 1 + context, t0.lines.length - 1);
    const last1 = Math.min(last.line1 + last.inserted - 1 + context, t1.lines.length - 1);
    out.push(encodeText(`@@ -${unifiedRange(first0, last0)} +${unifiedRange(first1, last1)} @@\n`));
    let i = first0;
    let j = first1;
    let next = h;
    while (i <= last0 || j <= last1) {
      if (next > end || i < script[next].line0) {
        line(' ', t0.lines[i++], out);
        j++;
      } else {
        const c = script[next++];
        for (let k = 0; k < c.deleted; k++) line('-', t0.lines[i++], out);
        for (let k = 0; k < c.inserted; k++) line('+', t1.lines[j++], out);
      }
    }
    h = end + 1;
  }
  return out;
}

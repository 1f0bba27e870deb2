// Models GNU coreutils wc: lines, words (runs of non-blank bytes), bytes; -l -w -c -m select counts;
// the column width follows wc's rule (1 for a single count of one input, wide enough for the total
// size of regular files, at least 7 when an input is not a regular file); a `total` line for several.

import { strerror } from '../../kernel/lib/errno';
import { fileType, S_IFREG, type Proc, type ProcessContext } from '../process';
import { closeInput, openInput, readAll } from './input';
import { quotef, Tool } from './tool';
import { decodeUtf8 } from '../../kernel/lib/utf8';

type Counts = [lines: number, words: number, chars: number, bytes: number];

function count(data: Uint8Array): Counts {
  let lines = 0;
  let words = 0;
  let inWord = false;
  for (const b of data) {
    if (b === 0x0a) lines++;
    const blank = b === 0x20 || (b >= 0x09 && b <= 0x0d);
    if (!blank && !inWord) words++;
    inWord = !blank;
  }
  return [lines, words, [...decodeUtf8(data)].length, data.length];
}

export function* wc(ctx: ProcessContext): Proc {
  const t = new Tool(ctx, 'wc');
  const p = t.options({ flags: 'lwcm', long: { lines: 'l', words: 'w', bytes: 'c', chars: 'm' } });
  if (typeof p === 'number') return p;
  let show = [p.has('l'), p.has('w'), p.has('m'), p.has('c')];
  if (!show.some(Boolean)) show = [true, true, false, true];
  const operands = p.operands.length ? p.operands : ['-'];
  const single = operands.length === 1 && show.filter(Boolean).length === 1;
  let regularTotal = 0;
  let minWidth = 1;
  for (const operand of operands) {
    const st = operand === '-' ? ctx.sys.fstat(0) : ctx.sys.stat(operand);
    if (!st.ok) continue;
    if (fileType(st.value.mode) === S_IFREG) regularTotal += st.value.size;
    else minWidth = 7;
  }
  const width = single ? 1 : Math.max(minWidth, String(regularTotal).length);
  const total: Counts = [0, 0, 0, 0];
  const print = (c: Counts, name: string) => {
    const cols = c.filter((_, i) => show[i]).map((n) => String(n).padStart(width));
    t.out.write(
      cols.join(' ') + (name === '-' && operands.length === 1 && !p.operands.length ? '' : ` ${name}`) + '\n',
    );
  };
  for (const operand of operands) {
    const input = openInput(ctx.sys, operand);
    if (typeof input === 'number') {
      t.error(`${quotef(operand)}: ${strerror(input)}`);
      continue;
    }
    try {
      const all = yield* readAll(ctx.sys, input.fd);
      if (all.err) t.error(`${quotef(operand)}: ${strerror(all.err)}`);
      const c = count(all.data);
      c.forEach((n, i) => (total[i] += n));
      print(c, operand);
    } finally {
      closeInput(ctx.sys, input);
    }
  }
  if (operands.length > 1) print(total, 'total');
  return t.finish();
}

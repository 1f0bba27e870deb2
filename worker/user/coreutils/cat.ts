// Models GNU coreutils cat: each chunk read (up to 128 KiB) is written with one write() (so a
// tracefs file sees the whole input in one call, KERNEL-MODEL §g.2); `-` is standard input; -n numbers
// lines. A failed write ends cat with `cat: write error: TEXT`.

import { strerror } from '../../kernel/lib/errno';
import { readBlocking, writeAll, type Proc, type ProcessContext } from '../process';
import { closeInput, openInput } from './input';
import { quotef, Tool } from './tool';
import { encodeText } from '../bytes';

/** coreutils' io_blksize() for the model's files. */
const CHUNK = 128 * 1024;

export function* cat(ctx: ProcessContext): Proc {
  const t = new Tool(ctx, 'cat');
  const p = t.options({ flags: 'nuE', long: { number: 'n', 'show-ends': 'E' } });
  if (typeof p === 'number') return p;
  const number = p.has('n');
  const ends = p.has('E');
  let lineNo = 0;
  let atLineStart = true;
  const decorate = (chunk: Uint8Array): Uint8Array => {
    if (!number && !ends) return chunk;
    let text = '';
    for (const b of chunk) {
      if (atLineStart && number) text += `${String(++lineNo).padStart(6)}\t`;
      atLineStart = b === 0x0a;
      text += (b === 0x0a && ends ? '$' : '') + String.fromCharCode(b < 0x80 ? b : 0xdc00 + b);
    }
    return encodeText(text);
  };
  for (const operand of p.operands.length ? p.operands : ['-']) {
    const input = openInput(ctx.sys, operand);
    if (typeof input === 'number') {
      t.error(`${quotef(operand)}: ${strerror(input)}`);
      continue;
    }
    try {
      for (;;) {
        const got = yield* readBlocking(ctx.sys, input.fd, CHUNK);
        if (typeof got === 'number') {
          t.error(`${quotef(operand)}: ${strerror(got)}`);
          break;
        }
        if (got.length === 0) break;
        const err = writeAll(ctx.sys, 1, decorate(got));
        if (err < 0) {
          t.error(`write error: ${strerror(err)}`);
          return 1;
        }
      }
    } finally {
      closeInput(ctx.sys, input);
    }
  }
  return t.finish();
}

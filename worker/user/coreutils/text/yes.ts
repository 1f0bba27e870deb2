// Models GNU coreutils yes: its operands joined by spaces (default `y`), one line after another,
// written as whole 8 KiB blocks of copies until a write fails. A pipe without readers ends it by
// SIGPIPE; with the signal ignored it says `yes: standard output: Broken pipe`.
// NOTE: the model's pipes and terminal never fill up, so a write never blocks; after each block yes
// waits on its standard output as a writer waits on a full pipe or terminal. In a pipeline that
// lets the reader run (`yes | head -3` ends when head has gone); alone, the command waits like a
// blocked read and is resumed by input or ended by Ctrl-C, instead of spinning the worker forever.

import { strerror } from '../../../kernel/lib/errno';
import { latin1Bytes } from '../../../kernel/lib/utf8';
import { writeAll, type Proc, type ProcessContext } from '../../process';
import { Tool } from '../tool';
import { argBytes, outputPause, raiseSigpipe } from './common';

/** yes's buffer: as many whole lines as fit in 8 KiB (at least one). */
const BLOCK = 8192;

export function* yes(ctx: ProcessContext): Proc {
  const t = new Tool(ctx, 'yes');
  const p = t.options({});
  if (typeof p === 'number') return p;
  const line = (p.operands.length ? p.operands.map(argBytes).join(' ') : 'y') + '\n';
  const block = latin1Bytes(line.repeat(Math.max(1, Math.floor(BLOCK / line.length))));
  for (;;) {
    const err = writeAll(t.sys, 1, block);
    if (err < 0) {
      const killed = raiseSigpipe(t, -err);
      if (killed !== null) return killed;
      t.error(`standard output: ${strerror(err)}`);
      return 1;
    }
    yield outputPause(t, true);
  }
}

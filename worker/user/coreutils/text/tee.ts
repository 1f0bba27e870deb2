// Models GNU coreutils tee: copies standard input to standard output and to every FILE (`-` is a
// file name here), block by block as each read returns, unbuffered. A FILE that cannot be opened is
// reported and skipped (status 1); -a appends. On a write error the output is dropped with a
// message; without -p a pipe whose reader left ends tee by SIGPIPE, with -p (warn-nopipe) or
// --output-error=MODE it is handled as MODE says (warn, warn-nopipe, exit, exit-nopipe).

import { EPIPE, strerror } from '../../../kernel/lib/errno';
import { O_APPEND, O_CREAT, O_TRUNC, O_WRONLY } from '../../../kernel/syscalls';
import { readBlocking, writeAll, type Proc, type ProcessContext } from '../../process';
import { Tool } from '../tool';
import { argmatch, raiseSigpipe, tryHelp } from './common';
import { quoteFile } from './quoting';

const MODES = ['warn', 'warn-nopipe', 'exit', 'exit-nopipe'] as const;
type OutputError = (typeof MODES)[number] | 'sigpipe';

interface Output {
  readonly name: string;
  readonly fd: number;
}

export function* tee(ctx: ProcessContext): Proc {
  const t = new Tool(ctx, 'tee');
  const argv = ctx.argv.slice(1).map((a) => (a === '--output-error' ? '--output-error=warn-nopipe' : a));
  const p = t.options(
    { flags: 'aip', long: { append: 'a', 'ignore-interrupts': 'i', 'output-error=': 'E' } },
    argv,
  );
  if (typeof p === 'number') return p;
  let mode: OutputError = p.has('p') ? 'warn-nopipe' : 'sigpipe';
  for (const [k, v] of p.list) {
    if (k === 'p') mode = 'warn-nopipe';
    if (k !== 'E') continue;
    const m = argmatch(t, '--output-error', v, MODES);
    if (m === null) return tryHelp(t);
    mode = m as OutputError;
  }
  const flags = O_WRONLY | O_CREAT | (p.has('a') ? O_APPEND : O_TRUNC);
  let outputs: Output[] = [{ name: 'standard output', fd: 1 }];
  for (const name of p.operands) {
    const fd = t.sys.open(name, flags, 0o666);
    if (fd < 0) t.error(`${quoteFile(name)}: ${strerror(fd)}`);
    else outputs.push({ name, fd });
  }
  const opened = outputs.slice(1);
  try {
    for (;;) {
      const got = yield* readBlocking(t.sys, 0, 8192);
      if (typeof got === 'number') {
        t.error(`read error: ${strerror(got)}`);
        break;
      }
      if (got.length === 0) break;
      const failed = new Set<Output>();
      for (const out of outputs) {
        const err = writeAll(t.sys, out.fd, got);
        if (err >= 0) continue;
        if (mode === 'sigpipe') {
          const killed = raiseSigpipe(t, -err);
          if (killed !== null) return killed;
        }
        failed.add(out);
        if (-err !== EPIPE || mode === 'warn' || mode === 'exit' || mode === 'sigpipe')
          t.error(`${out.fd === 1 ? out.name : quoteFile(out.name)}: ${strerror(err)}`);
        if (mode === 'exit' || (mode === 'exit-nopipe' && -err !== EPIPE)) return 1;
      }
      if (failed.size) outputs = outputs.filter((o) => !failed.has(o));
      if (outputs.length === 0) break;
    }
  } finally {
    for (const out of opened) t.sys.close(out.fd);
  }
  return t.status;
}

// Models GNU coreutils head and tail: -n N / -c N (also the old `-N` form; head -n -N drops the last
// N lines, tail -n +N starts at line N), `==> NAME <==` headers between several files. head stops
// reading as soon as it has enough, so `head -3 trace_pipe` consumes only what it printed.

import { strerror } from '../../kernel/lib/errno';
import { SEEK_CUR } from '../../kernel/syscalls';
import { BUFSIZ } from '../stdio';
import { concatBytes, readBlocking, type Proc, type ProcessContext, type Wait } from '../process';
import { closeInput, openInput, readAll, splitLines } from './input';
import { quote, quoteaf, Tool } from './tool';

interface Count {
  bytes: boolean;
  n: number;
  /** head: a leading `-` (all but the last N); tail: a leading `+` (from the Nth). */
  signed: boolean;
}

function parseCount(t: Tool, argv: readonly string[]): { count: Count; operands: string[] } | number {
  const normalized = argv.map((a, i) => (i === 0 && /^-\d+$/.test(a) ? `-n${a.slice(1)}` : a));
  const p = t.options({ flags: 'qv', withArg: 'nc', long: { 'lines=': 'n', 'bytes=': 'c' } }, normalized);
  if (typeof p === 'number') return p;
  let count: Count = { bytes: false, n: 10, signed: false };
  for (const [k, v] of p.list) {
    if (k !== 'n' && k !== 'c') continue;
    const m = /^([+-]?)(\d+)$/.exec(v);
    if (!m) {
      t.error(`invalid number of ${k === 'n' ? 'lines' : 'bytes'}: ${quote(v)}`, 1);
      return t.finish(1);
    }
    const sign = t.name === 'head' ? '-' : '+';
    count = { bytes: k === 'c', n: Number(m[2]), signed: m[1] === sign };
  }
  return { count, operands: p.operands.length ? p.operands : ['-'] };
}

function header(t: Tool, operand: string, first: boolean): void {
  t.out.write(`${first ? '' : '\n'}==> ${operand === '-' ? 'standard input' : operand} <==\n`);
}

/**
 * head's streaming copy. -c reads no more than it needs; -n reads blocks and afterwards seeks back
 * to just after the last line printed, as coreutils does, so a shared descriptor stays usable.
 */
function* headStream(t: Tool, fd: number, count: Count): Generator<Wait, number, void> {
  let left = count.n;
  while (left > 0) {
    const got = yield* readBlocking(t.sys, fd, count.bytes ? Math.min(left, BUFSIZ) : BUFSIZ);
    if (typeof got === 'number') return got;
    if (got.length === 0) break;
    let take = got.length;
    if (count.bytes) left -= take;
    else {
      for (let i = 0; i < got.length; i++) {
        if (got[i] === 0x0a && --left === 0) {
          take = i + 1;
          break;
        }
      }
    }
    t.out.write(got.subarray(0, take));
    if (take < got.length) t.sys.lseek(fd, take - got.length, SEEK_CUR);
  }
  return 0;
}

function lastPart(data: Uint8Array, count: Count, tool: 'head' | 'tail'): Uint8Array {
  if (count.bytes) {
    if (tool === 'head') return data.subarray(0, Math.max(0, data.length - count.n));
    return count.signed
      ? data.subarray(Math.max(0, count.n - 1))
      : data.subarray(Math.max(0, data.length - count.n));
  }
  const lines = splitLines(data);
  if (tool === 'head') return concatBytes(lines.slice(0, Math.max(0, lines.length - count.n)));
  return concatBytes(
    count.signed ? lines.slice(Math.max(0, count.n - 1)) : lines.slice(Math.max(0, lines.length - count.n)),
  );
}

function* run(ctx: ProcessContext, name: 'head' | 'tail'): Proc {
  const t = new Tool(ctx, name);
  const parsed = parseCount(t, ctx.argv.slice(1));
  if (typeof parsed === 'number') return parsed;
  const { count, operands } = parsed;
  const headers = operands.length > 1 && !ctx.argv.includes('-q');
  let first = true;
  for (const operand of operands) {
    const input = openInput(ctx.sys, operand);
    if (typeof input === 'number') {
      t.error(`cannot open ${quoteaf(operand)} for reading: ${strerror(input)}`);
      continue;
    }
    if (headers) header(t, operand, first);
    first = false;
    try {
      let err: number;
      if (name === 'head' && !count.signed) err = yield* headStream(t, input.fd, count);
      else {
        const all = yield* readAll(ctx.sys, input.fd);
        err = all.err;
        if (!err) t.out.write(lastPart(all.data, count, name));
      }
      if (err)
        t.error(`error reading ${quoteaf(operand === '-' ? 'standard input' : operand)}: ${strerror(err)}`);
    } finally {
      closeInput(ctx.sys, input);
    }
  }
  return t.finish();
}

export function head(ctx: ProcessContext): Proc {
  return run(ctx, 'head');
}

export function tail(ctx: ProcessContext): Proc {
  return run(ctx, 'tail');
}

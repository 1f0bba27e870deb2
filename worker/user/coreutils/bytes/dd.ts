// Models GNU coreutils dd: if= and of= opened (of= truncated unless seek= or conv=notrunc), skip=
// and seek= by seeking (reading over a pipe), then blocks of ibs= read and written out in obs=
// blocks (or as read with bs=), with count=, conv= ucase lcase swab sync block unblock, and the
// status lines on stderr. The transfer line measures the virtual clock, which only system calls
// move, so its time and rate are those of the copy's own calls (see transferLine).

import { strerror } from '../../../kernel/lib/errno';
import { O_CREAT, O_EXCL, O_RDONLY, O_RDWR, O_TRUNC, O_WRONLY, SEEK_CUR } from '../../../kernel/syscalls';
import { encodeText } from '../../bytes';
import type { Proc, ProcessContext } from '../../process';
import { quoteaf, Tool } from '../tool';
import { CONV, DD_BITS, scanArgs, type DdArgs } from './dd-args';
import { Copier } from './dd-copy';
import { getopt } from './getopt';
import { humanReadable, transferLine } from './human';
import { usageError } from './usage';

/**
 * ftruncate(fd, size) for seek= without conv=notrunc. NOTE: the model has no ftruncate, so a longer
 * file is reopened with O_TRUNC and its first `size` bytes written back; a shorter one is extended
 * with zeros, which is what ftruncate leaves there.
 */
function truncateTo(t: Tool, path: string, fd: number, size: number): number {
  const st = t.sys.fstat(fd);
  if (!st.ok) return st.err;
  if (st.value.size === size) return 0;
  if (st.value.size < size) {
    const n = t.sys.pwrite(fd, new Uint8Array(size - st.value.size), st.value.size);
    return n < 0 ? n : 0;
  }
  const rd = t.sys.open(path, O_RDONLY);
  if (rd < 0) return rd;
  const keep = t.sys.read(rd, size);
  t.sys.close(rd);
  if (typeof keep === 'number') return keep;
  const wr = t.sys.open(path, O_WRONLY | O_TRUNC);
  if (wr < 0) return wr;
  const n = t.sys.pwrite(wr, keep, 0);
  t.sys.close(wr);
  return n < 0 ? n : 0;
}

function openOutput(t: Tool, a: DdArgs, path: string): number {
  const flags =
    (a.oflag & ~DD_BITS) |
    (a.conv & CONV.nocreat ? 0 : O_CREAT) |
    (a.conv & CONV.excl ? O_EXCL : 0) |
    (a.seekRecords || a.conv & CONV.notrunc ? 0 : O_TRUNC);
  let fd = a.seekRecords ? t.sys.open(path, O_RDWR | flags, 0o666) : -1;
  if (fd < 0) fd = t.sys.open(path, O_WRONLY | flags, 0o666);
  return fd;
}

function printStats(t: Tool, a: DdArgs, c: Copier, start: number): void {
  if (a.status === 'none') return;
  let text = `${c.rFull}+${c.rPartial} records in\n${c.wFull}+${c.wPartial} records out\n`;
  if (c.rTruncate) text += `${c.rTruncate} truncated record${c.rTruncate === 1 ? '' : 's'}\n`;
  if (a.status !== 'noxfer') text += transferLine(c.wBytes, t.sys.clock() - start);
  t.sys.write(2, encodeText(text));
}

/** The largest buffer the model will allocate; dd's malloc would fail somewhere past this. */
const MAX_BUFFER = 1 << 28;

export function* dd(ctx: ProcessContext): Proc {
  const t = new Tool(ctx, 'dd');
  const p = getopt(
    { short: '', long: { help: { key: 'help', arg: 'none' }, version: { key: 'version', arg: 'none' } } },
    ctx.argv.slice(1),
  );
  if ('error' in p) return usageError(t, p.error);
  if (p.options.some(([k]) => k === 'help')) return usageError(t, null, 0);
  if (p.options.length) {
    t.out.write('dd (GNU coreutils) 9.1\n');
    return t.finish(0);
  }
  const warnings: string[] = [];
  const a = scanArgs(p.operands, warnings);
  for (const w of warnings) t.error(w, 0);
  if ('message' in a) return a.usage ? usageError(t, a.message) : (t.error(a.message), t.finish(1));
  for (const [size, which] of [
    [a.ibs, 'input'],
    [a.obs, 'output'],
  ] as const)
    if (size > MAX_BUFFER) {
      t.error(
        `memory exhausted by ${which} buffer of size ${size} bytes (${humanReadable(size, 1, 1, true)})`,
      );
      return t.finish(1);
    }
  const inName = a.input ?? 'standard input';
  const outName = a.output ?? 'standard output';
  let inFd = 0;
  if (a.input !== null) {
    inFd = ctx.sys.open(a.input, O_RDONLY | (a.iflag & ~DD_BITS));
    if (inFd < 0) return (t.error(`failed to open ${quoteaf(a.input)}: ${strerror(inFd)}`), t.finish(1));
  }
  let outFd = 1;
  if (a.output !== null) {
    outFd = openOutput(t, a, a.output);
    if (outFd < 0) return (t.error(`failed to open ${quoteaf(a.output)}: ${strerror(outFd)}`), t.finish(1));
    if (a.seekRecords && !(a.conv & CONV.notrunc)) {
      const size = a.seekRecords * a.obs + a.seekBytes;
      const err = truncateTo(t, a.output, outFd, size);
      if (err < 0)
        return (
          t.error(
            `failed to truncate to ${size} bytes in output file ${quoteaf(a.output)}: ${strerror(err)}`,
          ),
          t.finish(1)
        );
    }
  }
  const inputOffset = ctx.sys.lseek(inFd, 0, SEEK_CUR);
  const start = ctx.sys.clock();
  const c = new Copier(
    t,
    a,
    { fd: inFd, name: inName },
    { fd: outFd, name: outName },
    Math.max(0, inputOffset),
  );
  const status = yield* c.run();
  if (a.input !== null) ctx.sys.close(inFd);
  if (a.output !== null) ctx.sys.close(outFd);
  printStats(t, a, c, start);
  return t.finish(status);
}

// Models vim's xxd (2022-01-14): a hex dump in lines of -c bytes grouped by -g with the text beside
// it (or -b bits, -e little-endian groups, -p plain hex, -i a C array), -s seeking (relative with
// `+`, from the end with `-`, read over on a pipe), -l limiting, -a squeezing lines of zeros to
// `*`; -r turns a dump back into bytes. Its diagnostics name the program and use its exit codes.

import { strerror } from '../../../kernel/lib/errno';
import { O_CREAT, O_RDONLY, O_TRUNC, O_WRONLY, SEEK_CUR, SEEK_END, SEEK_SET } from '../../../kernel/syscalls';
import { encodeText } from '../../bytes';
import type { Proc, ProcessContext, Wait } from '../../process';
import { Stdio } from '../../stdio';
import { Tool } from '../tool';
import { parseArgs, USAGE, VERSION, type XxdArgs } from './xxd-args';
import { ebcdicToAscii, LineWriter } from './xxd-lines';
import { revert } from './xxd-revert';
import { ByteReader } from './byte-reader';

const isAlnum = (c: string) => /^[A-Za-z0-9]$/.test(c);

/** The -i variable name: non-alphanumerics as `_`, `__` before a leading digit. */
function cName(name: string, capitalize: boolean): string {
  const body = [...name].map((c) => (isAlnum(c) ? (capitalize ? c.toUpperCase() : c) : '_')).join('');
  return (/^\d/.test(name) ? '__' : '') + body;
}

function* cInclude(
  a: XxdArgs,
  r: ByteReader,
  out: Stdio,
  varname: string | null,
): Generator<Wait, void, void> {
  if (varname !== null) out.write(`unsigned char ${cName(varname, a.capitalize)}[] = {\n`);
  let p = 0;
  while (a.length < 0 || p < a.length) {
    const c = yield* r.getc();
    if (c < 0) break;
    const hex = c.toString(16).padStart(2, '0');
    out.write(`${p % a.cols ? ', ' : p ? ',\n  ' : '  '}${a.upper ? `0X${hex.toUpperCase()}` : `0x${hex}`}`);
    p++;
  }
  if (p) out.write('\n');
  if (varname !== null)
    out.write(`};\nunsigned int ${cName(varname, a.capitalize)}_${a.capitalize ? 'LEN' : 'len'} = ${p};\n`);
}

function* plain(a: XxdArgs, r: ByteReader, out: Stdio): Generator<Wait, void, void> {
  let p = a.cols;
  let line = '';
  for (let n = 0; a.length < 0 || n < a.length; n++) {
    const e = yield* r.getc();
    if (e < 0) break;
    line += e.toString(16).padStart(2, '0');
    if (a.cols > 0 && !--p) {
      out.write((a.upper ? line.toUpperCase() : line) + '\n');
      line = '';
      p = a.cols;
    }
  }
  if (a.cols === 0 || p < a.cols) out.write((a.upper ? line.toUpperCase() : line) + '\n');
}

function* lines(a: XxdArgs, r: ByteReader, out: Stdio, seekOffset: number): Generator<Wait, void, void> {
  const w = new LineWriter(a, out);
  for (let n = 0; a.length < 0 || n < a.length; n++) {
    const e = yield* r.getc();
    if (e < 0) break;
    w.byte(n, seekOffset, a.ebcdic ? ebcdicToAscii(e) : e, e);
  }
  w.finish();
}

/** xxd's exits: a message (`xxd: TEXT`) and a status, after what was written reaches its file. */
function quit(t: Tool, out: Stdio, text: string, status: number): number {
  out.flush();
  t.sys.write(2, encodeText(`xxd: ${text}\n`));
  return t.finish(status);
}

export function* xxd(ctx: ProcessContext): Proc {
  const t = new Tool(ctx, 'xxd');
  const a = parseArgs(ctx.argv.slice(1));
  if ('kind' in a) {
    if (a.kind === 'fail') return quit(t, t.out, a.message, 1);
    ctx.sys.write(2, encodeText(a.kind === 'usage' ? USAGE : VERSION));
    return a.kind === 'usage' ? 1 : 0;
  }
  const [inName, outName] = a.files;
  const fromStdin = inName === undefined || inName === '-';
  const inFd = fromStdin ? 0 : ctx.sys.open(inName, O_RDONLY);
  if (inFd < 0) return quit(t, t.out, `${inName}: ${strerror(inFd)}`, 2);
  let out = t.out;
  if (outName !== undefined && outName !== '-') {
    const fd = ctx.sys.open(outName, O_WRONLY | O_CREAT | (a.revert ? 0 : O_TRUNC), 0o666);
    if (fd < 0) return quit(t, t.out, `${outName}: ${strerror(fd)}`, 3);
    out = new Stdio(ctx.sys, fd, 'full');
  }
  const r = new ByteReader(ctx.sys, inFd);
  if (a.revert) {
    if (a.hextype !== 'normal' && a.hextype !== 'postscript')
      return quit(t, out, 'Sorry, cannot revert this type of hexdump', 255);
    const failed = yield* revert(ctx.sys, r, out, a);
    if (failed) return quit(t, out, failed, 5);
  } else {
    let seekOffset = a.seek;
    if (a.seek || a.negativeSeek || a.absoluteSeek) {
      const offset = a.negativeSeek ? -a.seek : a.seek;
      const e = r.seek(offset, a.absoluteSeek ? (a.negativeSeek ? SEEK_END : SEEK_SET) : SEEK_CUR);
      if (e < 0 && a.negativeSeek) return quit(t, out, 'Sorry, cannot seek.', 4);
      if (e >= 0) seekOffset = e;
      else
        for (let s = a.seek; s > 0; s--) {
          const c = yield* r.getc();
          if (r.error) return quit(t, out, strerror(r.error), 2);
          if (c < 0) return quit(t, out, 'Sorry, cannot seek.', 4);
        }
    }
    if (a.hextype === 'cinclude') yield* cInclude(a, r, out, a.varname ?? (fromStdin ? null : inName));
    else if (a.hextype === 'postscript') yield* plain(a, r, out);
    else yield* lines(a, r, out, seekOffset);
    if (r.error) return quit(t, out, strerror(r.error), 2);
  }
  if (!fromStdin) ctx.sys.close(inFd);
  if (out !== t.out) {
    if (!out.flush()) return quit(t, t.out, strerror(out.error), 3);
    ctx.sys.close(out.fd);
  }
  return t.finish(0);
}

// Models GNU diffutils 3.8 cmp: two files compared byte by byte after -i/SKIP operands, up to -n;
// the first difference as `a b differ: char 3, line 1` (-b adds the bytes, cat -t style), every one
// with -l, nothing with -s; a shorter file reported as `cmp: EOF on a after byte 2, line 1`. Exit
// status 0 for the same bytes, 1 for a difference, 2 for trouble.

import { strerror } from '../../../kernel/lib/errno';
import { SEEK_CUR } from '../../../kernel/syscalls';
import { encodeText } from '../../bytes';
import { fileType, S_IFREG, type Proc, type ProcessContext, type Wait } from '../../process';
import { closeInput, openInput, readAll, type Input } from '../input';
import { Tool } from '../tool';
import { getopt, type LongOption } from './getopt';
import { xstrtoumax } from './numbers';
import { usageError } from './usage';

const LONG: Readonly<Record<string, LongOption>> = {
  'print-bytes': { key: 'b', arg: 'none' },
  'print-chars': { key: 'c', arg: 'none' },
  'ignore-initial': { key: 'i', arg: 'required' },
  verbose: { key: 'l', arg: 'none' },
  bytes: { key: 'n', arg: 'required' },
  silent: { key: 's', arg: 'none' },
  quiet: { key: 's', arg: 'none' },
  version: { key: 'v', arg: 'none' },
  help: { key: 'help', arg: 'none' },
};

const SUFFIXES = 'kKMGTPEZY0';

/** The largest off_t, which bounds -l's offset column when no input is a regular file. */
const OFF_T_MAX = 9223372036854775807n;

/** sprintc(): a byte the way cat -t shows it (`^A`, `M-^?`). */
function sprintc(c: number): string {
  if (c >= 0x20 && c < 0x7f) return String.fromCharCode(c);
  let s = '';
  let b = c;
  if (b >= 128) {
    s += 'M-';
    b -= 128;
  }
  if (b < 32) return s + '^' + String.fromCharCode(b + 64);
  if (b === 127) return s + '^?';
  return s + String.fromCharCode(b);
}

const oct3 = (c: number) => c.toString(8).padStart(3);

interface Settings {
  mode: 'first' | 'all' | 'status';
  printBytes: boolean;
  ignore: [number, number];
  limit: number;
  files: [string, string];
}

/** specify_ignore_initial(): `N` or `N:M`; false when the value is bad. */
function ignoreInitial(s: Settings, f: 0 | 1, arg: string, delimiter: boolean): string | null {
  const r = xstrtoumax(arg, 0, SUFFIXES);
  let rest = '';
  if (r.status === 'suffix' && delimiter && r.rest[0] === ':') rest = r.rest.slice(1);
  else if (r.status !== 'ok') return null;
  if (s.ignore[f] < r.value) s.ignore[f] = r.value;
  return delimiter ? rest : '';
}

function parse(t: Tool): Settings | number {
  const fail = (message: string | null) => usageError(t, message, 2, 'diffutils');
  const p = getopt({ short: 'bci:ln:sv', long: LONG }, t.ctx.argv.slice(1));
  if ('error' in p) return fail(p.error);
  const s: Settings = { mode: 'first', printBytes: false, ignore: [0, 0], limit: Infinity, files: ['', '-'] };
  for (const [key, arg] of p.options) {
    if (key === 'help') return usageError(t, null, 0);
    if (key === 'v') {
      t.out.write('cmp (GNU diffutils) 3.8\n');
      return t.finish(0);
    }
    if (key === 'b' || key === 'c') s.printBytes = true;
    else if (key === 'l' || key === 's') {
      const mode = key === 'l' ? 'all' : 'status';
      if (s.mode !== 'first' && s.mode !== mode) return fail('options -l and -s are incompatible');
      s.mode = mode;
    } else if (key === 'i') {
      const rest = ignoreInitial(s, 0, arg!, true);
      if (rest === null) return fail(`invalid --ignore-initial value '${arg}'`);
      if (arg!.includes(':')) {
        if (ignoreInitial(s, 1, rest, false) === null)
          return fail(`invalid --ignore-initial value '${rest}'`);
      } else s.ignore[1] = Math.max(s.ignore[1], s.ignore[0]);
    } else if (key === 'n') {
      const r = xstrtoumax(arg!, 0, SUFFIXES);
      if (r.status !== 'ok') return fail(`invalid --bytes value '${arg}'`);
      s.limit = Math.min(s.limit, r.value);
    }
  }
  const ops = p.operands;
  if (ops.length === 0) return fail(`missing operand after '${t.ctx.argv[t.ctx.argv.length - 1]}'`);
  s.files = [ops[0], ops[1] ?? '-'];
  for (let i = 2; i < Math.min(ops.length, 4); i++)
    if (ignoreInitial(s, (i - 2) as 0 | 1, ops[i], false) === null)
      return fail(`invalid --ignore-initial value '${ops[i]}'`);
  if (ops.length > 4) return fail(`extra operand '${ops[4]}'`);
  return s;
}

/** Reads an input after its skipped prefix (seeking where it can), up to `limit` bytes. */
function* contents(t: Tool, input: Input, skip: number): Generator<Wait, Uint8Array | number, void> {
  const all = yield* readAll(t.sys, input.fd);
  if (all.err) return all.err;
  return all.data.subarray(Math.min(skip, all.data.length));
}

function countNewlines(data: Uint8Array, end: number): number {
  let n = 0;
  for (let i = 0; i < end; i++) if (data[i] === 0x0a) n++;
  return n;
}

function compare(t: Tool, s: Settings, data: [Uint8Array, Uint8Array], width: number): number {
  const [a, b] = data.map((d) => d.subarray(0, Math.min(d.length, s.limit)));
  const [n0, n1] = s.files;
  const smaller = Math.min(a.length, b.length);
  let differing = false;
  for (let i = 0; i < smaller; i++) {
    if (a[i] === b[i]) continue;
    differing = true;
    if (s.mode === 'status') return 1;
    if (s.mode === 'first') {
      const line = countNewlines(a, i) + 1;
      if (s.printBytes)
        t.out.write(
          `${n0} ${n1} differ: byte ${i + 1}, line ${line} is ${oct3(a[i])} ${sprintc(a[i])} ${oct3(b[i])} ${sprintc(b[i])}\n`,
        );
      else t.out.write(`${n0} ${n1} differ: char ${i + 1}, line ${line}\n`);
      return 1;
    }
    const at = String(i + 1).padStart(width);
    if (s.printBytes)
      t.out.write(`${at} ${oct3(a[i])} ${sprintc(a[i]).padEnd(4)} ${oct3(b[i])} ${sprintc(b[i])}\n`);
    else t.out.write(`${at} ${oct3(a[i])} ${oct3(b[i])}\n`);
  }
  if (a.length === b.length) return differing ? 1 : 0;
  if (s.mode !== 'status') {
    const short = a.length < b.length ? n0 : n1;
    let text: string;
    if (smaller === 0) text = `cmp: EOF on ${short} which is empty\n`;
    else if (s.mode === 'all') text = `cmp: EOF on ${short} after byte ${smaller}\n`;
    else {
      const ended = a[smaller - 1] === 0x0a ? 1 : 0;
      const line = countNewlines(a, smaller) + 1 - ended;
      text = `cmp: EOF on ${short} after byte ${smaller}, ${ended ? '' : 'in '}line ${line}\n`;
    }
    t.out.flush();
    t.sys.write(2, encodeText(text));
  }
  return 1;
}

export function* cmp(ctx: ProcessContext): Proc {
  const t = new Tool(ctx, 'cmp', 2);
  const s = parse(t);
  if (typeof s === 'number') return s;
  const inputs: (Input | null)[] = [null, null];
  const close = () => inputs.forEach((i) => i && closeInput(ctx.sys, i));
  // NOTE: like cmp, a second operand of `-` is opened first.
  for (let k = 0; k < 2; k++) {
    const f = k ^ (s.files[1] === '-' ? 1 : 0);
    if (k && s.ignore[0] === s.ignore[1] && s.files[0] === s.files[1]) {
      close();
      return t.finish(0);
    }
    const input = openInput(ctx.sys, s.files[f]);
    const st = typeof input === 'number' ? null : ctx.sys.fstat(input.fd);
    if (typeof input === 'number' || !st?.ok) {
      const err = typeof input === 'number' ? input : st && !st.ok ? st.err : 0;
      close();
      if (typeof input === 'number' && s.mode === 'status') return t.finish(2);
      t.error(`${s.files[f]}: ${strerror(err)}`);
      return t.finish(2);
    }
    inputs[f] = input;
  }
  const stats = inputs.map((i) => ctx.sys.fstat(i!.fd));
  const positions = inputs.map((i, f) => ctx.sys.lseek(i!.fd, s.ignore[f], SEEK_CUR));
  const regular = stats.map((st) => st.ok && fileType(st.value.mode) === S_IFREG);
  const sizes = stats.map((st, f) => (st.ok ? Math.max(0, st.value.size - Math.max(0, positions[f])) : 0));
  if (
    stats[0].ok &&
    stats[1].ok &&
    stats[0].value.ino === stats[1].value.ino &&
    positions[0] === positions[1]
  ) {
    close();
    return t.finish(0);
  }
  if (
    s.mode === 'status' &&
    regular[0] &&
    regular[1] &&
    sizes[0] !== sizes[1] &&
    Math.min(sizes[0], sizes[1]) < s.limit
  ) {
    close();
    return t.finish(1);
  }
  let widthMax = s.limit === Infinity ? OFF_T_MAX : BigInt(s.limit);
  regular.forEach((r, f) => {
    if (r && BigInt(sizes[f]) < widthMax) widthMax = BigInt(sizes[f]);
  });
  const data: Uint8Array[] = [];
  for (const f of [0, 1]) {
    // A descriptor that could seek has already moved past its skipped prefix.
    const got = yield* contents(t, inputs[f]!, positions[f] >= 0 ? 0 : s.ignore[f]);
    if (typeof got === 'number') {
      close();
      t.error(`${s.files[f]}: ${strerror(got)}`);
      return t.finish(2);
    }
    data.push(got);
  }
  const status = compare(t, s, [data[0], data[1]], String(widthMax).length);
  close();
  return t.finish(status);
}

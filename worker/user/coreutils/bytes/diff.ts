// Models GNU diffutils 3.8 diff: two files compared line by line (normal output, -u/-U NUM unified,
// -q brief, -s report identical, -a text, -i -b -w to ignore case and blanks, -N absent files as
// empty, -L labels); a directory beside a file means the file of that name in it, two directories
// are compared entry by entry (-r to descend). Exit status 0 same, 1 different, 2 trouble.

import { strerror } from '../../../kernel/lib/errno';
import { isDirMode, fileTypeName } from '../format';
import type { Proc, ProcessContext, Wait } from '../../process';
import { Tool } from '../tool';
import { diffFiles, type DiffOptions, type Side } from './diff-files';
import { getopt, type LongOption } from './getopt';
import { usageError } from './usage';

const LONG: Readonly<Record<string, LongOption>> = {
  brief: { key: 'q', arg: 'none' },
  'report-identical-files': { key: 's', arg: 'none' },
  text: { key: 'a', arg: 'none' },
  unified: { key: 'unified', arg: 'optional' },
  'ignore-case': { key: 'i', arg: 'none' },
  'ignore-space-change': { key: 'b', arg: 'none' },
  'ignore-all-space': { key: 'w', arg: 'none' },
  'new-file': { key: 'N', arg: 'none' },
  label: { key: 'L', arg: 'required' },
  recursive: { key: 'r', arg: 'none' },
  help: { key: 'help', arg: 'none' },
  version: { key: 'v', arg: 'none' },
};

/** diff's whole optstring, so that usage errors come out as diff's; see UNMODELLED. */
const SHORT = '0123456789abBcC:dD:eEfF:hHiI:lL:nNpPqrsS:tTuU:vwW:x:X:yZ';

/** Options diff has that the playground does not model: said so, rather than ignored. */
const UNMODELLED = [...'0123456789BcCdDeEfFhHIlnpPStTWxXyZ'];

function parse(t: Tool): { o: DiffOptions; files: string[] } | number {
  const fail = (message: string | null) => usageError(t, message, 2, 'diffutils');
  const argv = t.ctx.argv.slice(1);
  const p = getopt({ short: SHORT, long: LONG }, argv);
  if ('error' in p) return fail(p.error);
  const o: DiffOptions = {
    brief: false,
    reportIdentical: false,
    text: false,
    unified: false,
    context: 3,
    ignoreCase: false,
    blanks: 'none',
    newFile: false,
    labels: [],
    recursive: false,
    switches: '',
  };
  for (const [key, arg, spelled] of p.options) {
    if (key === 'help') return usageError(t, null, 0);
    if (key === 'v') {
      t.out.write('diff (GNU diffutils) 3.8\n');
      return t.finish(0);
    }
    if (UNMODELLED.includes(key)) {
      t.error(`option '${spelled}' is not modelled in the playground`, 2);
      return t.finish(2);
    }
    if (key === 'q') o.brief = true;
    else if (key === 's') o.reportIdentical = true;
    else if (key === 'a') o.text = true;
    else if (key === 'i') o.ignoreCase = true;
    else if (key === 'b') o.blanks = o.blanks === 'all' ? 'all' : 'change';
    else if (key === 'w') o.blanks = 'all';
    else if (key === 'N') o.newFile = true;
    else if (key === 'r') o.recursive = true;
    else if (key === 'L') {
      if (o.labels.length === 2) {
        t.error('too many file label options', 2);
        return t.finish(2);
      }
      o.labels.push(arg!);
    } else if (key === 'u' || key === 'U' || key === 'unified') {
      o.unified = true;
      if (arg !== undefined) {
        if (!/^\d+$/.test(arg)) return fail(`invalid context length '${arg}'`);
        o.context = Number(arg);
      }
    }
  }
  const files = p.operands;
  if (files.length === 0) return fail(`missing operand after '${t.ctx.argv[t.ctx.argv.length - 1]}'`);
  if (files.length === 1) return fail(`missing operand after '${files[0]}'`);
  if (files.length > 2) return fail(`extra operand '${files[2]}'`);
  const operands = new Set(files);
  o.switches = argv
    .filter((a) => a !== '--' && !operands.has(a))
    .map((a) => ' ' + a)
    .join('');
  return { o, files };
}

/** stat() of an operand (fstat of standard input for `-`); null with -N for one that is absent. */
function side(t: Tool, o: DiffOptions, name: string): Side | number {
  const st = name === '-' ? t.sys.fstat(0) : t.sys.stat(name);
  if (st.ok) return { name, st: st.value };
  if (o.newFile && name !== '-') return { name, st: null };
  t.error(`${name}: ${strerror(st.err)}`, 2);
  return 2;
}

const isDir = (s: Side) => s.st !== null && isDirMode(s.st.mode);

/** A directory's entry names, or null (after the message) when it cannot be read. */
function entries(t: Tool, dir: string): string[] | null {
  const r = t.sys.readdir(dir);
  if (r.ok) return r.value.map((e) => e.name).filter((n) => n !== '.' && n !== '..');
  t.error(`${dir}: ${strerror(r.err)}`, 2);
  return null;
}

function* pair(t: Tool, o: DiffOptions, sa: Side | number, sb: Side | number): Generator<Wait, number, void> {
  if (typeof sa === 'number' || typeof sb === 'number') return 2;
  if (isDir(sa) && isDir(sb)) {
    if (o.recursive) return yield* diffDirs(t, o, sa.name, sb.name);
    t.out.write(`Common subdirectories: ${sa.name} and ${sb.name}\n`);
    return 0;
  }
  if (isDir(sa) || isDir(sb)) {
    t.out.write(
      `File ${sa.name} is a ${fileTypeName(sa.st!)} while file ${sb.name} is a ${fileTypeName(sb.st!)}\n`,
    );
    return 1;
  }
  return yield* diffFiles(t, o, [sa, sb], `diff${o.switches} ${sa.name} ${sb.name}\n`);
}

/** Two directories: each name in either, in byte order; returns the worst status. */
function* diffDirs(t: Tool, o: DiffOptions, a: string, b: string): Generator<Wait, number, void> {
  const la = entries(t, a);
  const lb = entries(t, b);
  if (!la || !lb) return 2;
  const names = [...new Set([...la, ...lb])].sort((x, y) => (x < y ? -1 : x > y ? 1 : 0));
  let status = 0;
  for (const name of names) {
    const inA = la.includes(name);
    const inB = lb.includes(name);
    const sa = inA ? side(t, o, `${a}/${name}`) : { name: `${a}/${name}`, st: null };
    const sb = inB ? side(t, o, `${b}/${name}`) : { name: `${b}/${name}`, st: null };
    const present = inA ? sa : sb;
    if (!(inA && inB) && !(o.newFile && typeof present !== 'number' && !isDir(present))) {
      t.out.write(`Only in ${inA ? a : b}: ${name}\n`);
      status = Math.max(status, 1);
    } else status = Math.max(status, yield* pair(t, o, sa, sb));
  }
  return status;
}

export function* diff(ctx: ProcessContext): Proc {
  const t = new Tool(ctx, 'diff', 2);
  const parsed = parse(t);
  if (typeof parsed === 'number') return parsed;
  const { o, files } = parsed;
  let a = side(t, o, files[0]);
  let b = side(t, o, files[1]);
  if (typeof a === 'number' || typeof b === 'number') return t.finish(2);
  if (isDir(a) && isDir(b)) return t.finish(yield* diffDirs(t, o, a.name, b.name));
  // A directory beside a file stands for the file of the same name in it.
  const base = (n: string) => n.replace(/\/+$/, '').split('/').pop()!;
  if (isDir(a) && b.name !== '-') a = side(t, o, `${a.name.replace(/\/+$/, '')}/${base(b.name)}`);
  else if (isDir(b) && a.name !== '-') b = side(t, o, `${b.name.replace(/\/+$/, '')}/${base(a.name)}`);
  if (typeof a === 'number' || typeof b === 'number') return t.finish(2);
  return t.finish(yield* diffFiles(t, o, [a, b], ''));
}

// Models GNU coreutils uniq: adjacent equal lines folded into one; -c counts (`%7d `), -d prints
// one of each repeated group, -D (--all-repeated[=none|prepend|separate]) all of their lines, -u the
// lines never repeated, --group[=separate|prepend|append|both] every line with groups delimited.
// Lines compare after skipping -f N fields (blank-separated) and -s N bytes, on at most -w N
// bytes, ignoring case with -i. [INPUT [OUTPUT]] operands; -z makes NUL the line end.

import { strerror } from '../../../kernel/lib/errno';
import { latin1Bytes } from '../../../kernel/lib/utf8';
import { O_CREAT, O_TRUNC, O_WRONLY } from '../../../kernel/syscalls';
import { readBlocking, type Proc, type ProcessContext } from '../../process';
import { Tool } from '../tool';
import { argmatch, finishTool, LineSplitter, tryHelp } from './common';
import { quote, quoteFile } from './quoting';

interface UniqOptions {
  count: boolean;
  /** Print the lines of no group (-u turns it off), the first of a group (-d... ), later ones (-D). */
  unique: boolean;
  firstRepeated: boolean;
  laterRepeated: boolean;
  delimit: 'none' | 'prepend' | 'separate';
  grouping: 'none' | 'prepend' | 'append' | 'separate' | 'both';
  skipFields: number;
  skipChars: number;
  checkChars: number;
  ignoreCase: boolean;
  eol: number;
}

/** size_opt(): a non-negative decimal (huge values saturate); null when it is not one. */
function sizeOption(v: string): number | null {
  const m = /^[ \t\n\v\f\r]*\+?(\d+)$/.exec(v);
  return m ? Number(m[1]) : null;
}

/** find_field(): where the compared part of a line starts. */
function fieldStart(o: UniqOptions, line: Uint8Array): number {
  const size = line.length;
  let i = 0;
  const blank = (b: number) => b === 0x20 || b === 0x09 || b === 0x0a;
  for (let n = 0; n < o.skipFields && i < size; n++) {
    while (i < size && blank(line[i])) i++;
    while (i < size && !blank(line[i])) i++;
  }
  return i + Math.min(o.skipChars, size - i);
}

function upper(b: number): number {
  return b >= 0x61 && b <= 0x7a ? b - 32 : b;
}

/** different(): the compared parts (at most -w bytes) differ. */
function different(o: UniqOptions, a: Uint8Array, b: Uint8Array): boolean {
  const la = Math.min(a.length, o.checkChars);
  const lb = Math.min(b.length, o.checkChars);
  if (la !== lb) return true;
  for (let i = 0; i < la; i++) {
    if (o.ignoreCase ? upper(a[i]) !== upper(b[i]) : a[i] !== b[i]) return true;
  }
  return false;
}

/** check_file()'s loop, fed one line at a time; every line printed gets the line end. */
class Uniq {
  private prev: Uint8Array | null = null;
  private prevField: Uint8Array = new Uint8Array(0);
  private matches = 0;
  private firstDelimiter = true;
  private firstGroupPrinted = false;
  private readonly simple: boolean;
  private readonly eol: Uint8Array;

  constructor(
    private readonly o: UniqOptions,
    private readonly write: (b: Uint8Array) => void,
  ) {
    this.simple = o.unique && o.firstRepeated && !o.count;
    this.eol = Uint8Array.of(o.eol);
  }

  /** One line, without its end. */
  line(line: Uint8Array): void {
    const field = line.subarray(fieldStart(this.o, line));
    if (this.simple) this.simpleLine(line, field);
    else this.countedLine(line, field);
  }

  /** Every different line printed as it comes (and every line with --group). */
  private simpleLine(line: Uint8Array, field: Uint8Array): void {
    const { grouping } = this.o;
    const newGroup = this.prev === null || different(this.o, field, this.prevField);
    if (
      newGroup &&
      grouping !== 'none' &&
      (grouping === 'prepend' ||
        grouping === 'both' ||
        (this.firstGroupPrinted && (grouping === 'separate' || grouping === 'append')))
    )
      this.write(this.eol);
    if (newGroup || grouping !== 'none') {
      this.write(line);
      this.write(this.eol);
      this.prev = line;
      this.prevField = field;
      this.firstGroupPrinted = true;
    }
  }

  private countedLine(line: Uint8Array, field: Uint8Array): void {
    if (this.prev === null) {
      this.prev = line;
      this.prevField = field;
      return;
    }
    const match = !different(this.o, field, this.prevField);
    if (match) this.matches++;
    if (this.o.delimit !== 'none') {
      if (!match) {
        if (this.matches) this.firstDelimiter = false;
      } else if (this.matches === 1) {
        if (this.o.delimit === 'prepend' || (this.o.delimit === 'separate' && !this.firstDelimiter))
          this.write(this.eol);
      }
    }
    if (!match || this.o.laterRepeated) {
      this.writeLine(this.prev, match, this.matches);
      this.prev = line;
      this.prevField = field;
      if (!match) this.matches = 0;
    }
  }

  /** writeline(): the line if its kind is wanted, after its count with -c. */
  private writeLine(line: Uint8Array, match: boolean, count: number): void {
    const o = this.o;
    if (!(count === 0 ? o.unique : !match ? o.firstRepeated : o.laterRepeated)) return;
    if (o.count) this.write(latin1Bytes(`${String(count + 1).padStart(7)} `));
    this.write(line);
    this.write(this.eol);
  }

  end(): void {
    if (this.simple) {
      const g = this.o.grouping;
      if ((g === 'both' || g === 'append') && this.firstGroupPrinted) this.write(this.eol);
    } else if (this.prev) this.writeLine(this.prev, false, this.matches);
  }
}

/** The long options whose argument is optional, written out in full for the option parser. */
function normalize(argv: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--') {
      out.push(...argv.slice(i));
      break;
    }
    out.push(a === '--all-repeated' ? '-D' : a === '--group' ? '--group=separate' : a);
  }
  return out;
}

function parse(t: Tool): { o: UniqOptions; files: string[] } | number {
  const p = t.options(
    {
      flags: 'cdDiuz0123456789',
      withArg: 'fsw',
      long: {
        count: 'c',
        repeated: 'd',
        'all-repeated=': 'A',
        'group=': 'G',
        'skip-fields=': 'f',
        'ignore-case': 'i',
        'skip-chars=': 's',
        unique: 'u',
        'check-chars=': 'w',
        'zero-terminated': 'z',
      },
    },
    normalize(t.ctx.argv.slice(1)),
  );
  if (typeof p === 'number') return p;
  const o: UniqOptions = {
    count: false,
    unique: true,
    firstRepeated: true,
    laterRepeated: false,
    delimit: 'none',
    grouping: 'none',
    skipFields: 0,
    skipChars: 0,
    checkChars: Infinity,
    ignoreCase: false,
    eol: 0x0a,
  };
  let outputOption = false;
  let obsoleteFields = false;
  const messages: Record<string, string> = {
    f: 'invalid number of fields to skip',
    s: 'invalid number of bytes to skip',
    w: 'invalid number of bytes to compare',
  };
  for (const [k, v] of p.list) {
    if (k >= '0' && k <= '9') {
      o.skipFields = (obsoleteFields ? o.skipFields * 10 : 0) + Number(k);
      obsoleteFields = true;
      continue;
    }
    if (k === 'c') {
      o.count = true;
      outputOption = true;
    } else if (k === 'd' || k === 'u') {
      if (k === 'd') o.unique = false;
      else o.firstRepeated = false;
      outputOption = true;
    } else if (k === 'D' || k === 'A') {
      o.unique = false;
      o.laterRepeated = true;
      outputOption = true;
      if (k === 'A') {
        const m = argmatch(t, '--all-repeated', v, ['none', 'prepend', 'separate']);
        if (m === null) return tryHelp(t);
        o.delimit = m as UniqOptions['delimit'];
      } else o.delimit = 'none';
    } else if (k === 'G') {
      const m = argmatch(t, '--group', v, ['prepend', 'append', 'separate', 'both']);
      if (m === null) return tryHelp(t);
      o.grouping = m as UniqOptions['grouping'];
    } else if (k === 'f' || k === 's' || k === 'w') {
      const n = sizeOption(v);
      if (n === null) {
        t.error(`${v}: ${messages[k]}`);
        return t.finish(1);
      }
      if (k === 'f') o.skipFields = n;
      else if (k === 's') o.skipChars = n;
      else o.checkChars = n;
      if (k === 'f') obsoleteFields = false;
    } else if (k === 'i') o.ignoreCase = true;
    else if (k === 'z') o.eol = 0;
  }
  if (p.operands.length > 2) return t.usage(`extra operand ${quote(p.operands[2])}`);
  if (o.grouping !== 'none' && outputOption) return t.usage('--group is mutually exclusive with -c/-d/-D/-u');
  if (o.grouping !== 'none' && o.count) return t.usage('grouping and printing repeat counts is meaningless');
  if (o.count && o.laterRepeated)
    return t.usage('printing all duplicated lines and repeat counts is meaningless');
  return { o, files: [p.operands[0] ?? '-', p.operands[1] ?? '-'] };
}

export function* uniq(ctx: ProcessContext): Proc {
  const t = new Tool(ctx, 'uniq');
  const parsed = parse(t);
  if (typeof parsed === 'number') return parsed;
  const { o, files } = parsed;
  const [infile, outfile] = files;
  const fd = infile === '-' ? 0 : t.sys.open(infile, 0);
  if (fd < 0) {
    t.error(`${quoteFile(infile)}: ${strerror(fd)}`);
    return t.finish(1);
  }
  try {
    if (outfile !== '-') {
      const out = t.sys.open(outfile, O_WRONLY | O_CREAT | O_TRUNC, 0o666);
      if (out < 0) {
        t.error(`${quoteFile(outfile)}: ${strerror(out)}`);
        return t.finish(1);
      }
      t.sys.dup2(out, 1);
      t.sys.close(out);
    }
    const state = new Uniq(o, (b) => t.out.write(b));
    const lines = new LineSplitter(o.eol);
    const feed = (line: Uint8Array) => state.line(line);
    for (;;) {
      const got = yield* readBlocking(t.sys, fd, 65536);
      if (typeof got === 'number') {
        t.error(`error reading ${quoteFile(infile, true)}`);
        return finishTool(t, 1);
      }
      if (got.length === 0) break;
      lines.push(got, feed);
    }
    lines.end(feed);
    state.end();
  } finally {
    if (fd !== 0) t.sys.close(fd);
  }
  return finishTool(t);
}

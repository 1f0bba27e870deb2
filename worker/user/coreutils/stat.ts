// Models GNU coreutils 9.1 stat: the default multi-line report and `-c`/`--format` (newline added) or
// `--printf` (escapes, no newline) with %a %A %b %B %d %D %f %F %g %G %h %i %n %N %o %s %u %U %x %X
// %y %Y %z %Z %w %W %% and printf-style width flags. Fields the model lacks (device numbers, birth
// time) print as a real tmpfs would without them: 0 and `-`. A symbolic link is described itself
// (lstat) unless -L follows it; %N adds ` -> TARGET`, quoted as %N quotes names in a format given
// with -c or --printf and bare in the default report.

import { strerror } from '../../kernel/lib/errno';
import type { Stat } from '../../kernel/syscall-table';
import { UserDb } from '../passwd';
import type { Proc, ProcessContext } from '../process';
import { echoEscapes } from '../shell/printf';
import { blocks512, statDate } from './format';
import { fileModeString, fileTypeNameOf, isLinkMode, linkTarget } from './links/link-mode';
import { quoteFile } from './text/quoting';
import { quoteaf, Tool } from './tool';

const DEFAULT_FORMAT =
  '  File: %N\n  Size: %-10s\tBlocks: %-10b IO Block: %-6o %F\n' +
  'Device: %Hd,%Ld\tInode: %-11i Links: %h\n' +
  'Access: (%04a/%10.10A)  Uid: (%5u/%8U)   Gid: (%5g/%8G)\n' +
  'Access: %x\nModify: %y\nChange: %z\n Birth: %w\n';

/** The file a format is expanded for: its name, what a link holds, and how %N quotes names. */
interface Named {
  name: string;
  link: string | null;
  quoted: boolean;
}

/** %N: the name, and ` -> TARGET` for a symbolic link. */
function quotedName(f: Named): string {
  const q = (s: string) => (f.quoted ? quoteFile(s, true) : s);
  return f.link === null ? q(f.name) : `${q(f.name)} -> ${q(f.link)}`;
}

function directive(c: string, st: Stat, f: Named, db: UserDb): string | null {
  switch (c) {
    case 'a':
      return (st.mode & 0o7777).toString(8);
    case 'A':
      return fileModeString(st.mode);
    case 'b':
      return String(blocks512(st));
    case 'B':
      return '512';
    case 'd':
    case 'D':
      return '0';
    case 'f':
      return st.mode.toString(16);
    case 'F':
      return fileTypeNameOf(st);
    case 'g':
      return String(st.gid);
    case 'G':
      return db.groupName(st.gid);
    case 'h':
      return String(st.nlink);
    case 'i':
      return String(st.ino);
    case 'n':
      return f.name;
    case 'N':
      return quotedName(f);
    case 'o':
      return '4096';
    case 's':
      return String(st.size);
    case 'u':
      return String(st.uid);
    case 'U':
      return db.userName(st.uid);
    case 'x':
    case 'y':
    case 'z':
      return statDate(st.mtime);
    case 'X':
    case 'Y':
    case 'Z':
      return String(st.mtime);
    case 'w':
      return '-';
    case 'W':
      return '0';
    default:
      return null;
  }
}

/** Expands one format for one file (stat.c print_it). */
export function formatStat(format: string, st: Stat, f: Named, db: UserDb): string {
  return format.replace(
    /%([-#0 +']*)(\d*)(?:\.(\d+))?([HL]?)(.?)/g,
    (whole, flags: string, w: string, prec: string | undefined, hl: string, c: string) => {
      if (c === '%') return '%';
      if (hl && c === 'd') return '0';
      let v = directive(c, st, f, db);
      if (v === null) return whole;
      if (prec !== undefined) v = /^\d+$/.test(v) ? v.padStart(Number(prec), '0') : v.slice(0, Number(prec));
      const width = Number(w || 0);
      if (flags.includes('-')) return v.padEnd(width);
      if (flags.includes('0') && /^\d+$/.test(v)) return v.padStart(width, '0');
      return v.padStart(width);
    },
  );
}

export function* stat(ctx: ProcessContext): Proc {
  const t = new Tool(ctx, 'stat');
  const p = t.options({
    flags: 'Lt',
    withArg: 'c',
    long: { 'format=': 'c', 'printf=': 'P', dereference: 'L' },
  });
  if (typeof p === 'number') return p;
  if (p.operands.length === 0) return t.usage('missing operand');
  const last = p.list.filter(([k]) => k === 'c' || k === 'P').pop();
  const format = last ? (last[0] === 'c' ? last[1] + '\n' : echoEscapes(last[1]).text) : DEFAULT_FORMAT;
  const db = new UserDb(ctx.sys);
  const follow = p.has('L');
  for (const name of p.operands) {
    const st = name === '-' ? ctx.sys.fstat(0) : follow ? ctx.sys.stat(name) : ctx.sys.lstat(name);
    if (!st.ok) {
      t.error(`cannot statx ${quoteaf(name)}: ${strerror(st.err)}`);
      continue;
    }
    const link = isLinkMode(st.value.mode) ? linkTarget(ctx.sys, name) : null;
    t.out.write(formatStat(format, st.value, { name, link, quoted: last !== undefined }, db));
  }
  return t.finish();
}

// Models GNU coreutils 9.1 ls in the C locale: -l -a -A -1 -C -R -d -i -F -L -H, operands files first
// then directories with `NAME:` headers, one name per line unless stdout is a terminal (then columns
// across COLUMNS, default 80), `total` in 1 KiB blocks. Symbolic links are listed as themselves
// (`name -> target`, `@` with -F); an operand that links to a directory is entered unless -l, -d or
// -F is given (ls.c's DEREF_COMMAND_LINE_SYMLINK_TO_DIR); -L follows every link, -H the operands.
// NOTE: names are printed literally (QUOTING_STYLE=literal), as the scenarios show them, where a
// real terminal would quote `'a b'`.

import { ELOOP, ENOENT, strerror, type Result } from '../../kernel/lib/errno';
import type { Stat } from '../../kernel/syscall-table';
import { UserDb } from '../passwd';
import { fileType, isatty, S_IFDIR, S_IFIFO, S_IFREG, type Proc, type ProcessContext } from '../process';
import { compareBytes } from '../shell/glob';
import { blocks512, isDirMode, lsDate } from './format';
import { fileModeString, isLinkMode, linkTarget, S_IFLNK } from './links/link-mode';
import { quoteaf, Tool } from './tool';

interface Entry {
  /** The name to print. */
  name: string;
  /** The path to stat and to recurse into. */
  path: string;
  st: Stat | null;
  /** What a symbolic link holds, for the long format's `-> target`. */
  link?: string | null;
  /** The mode of what that link points at (for -F after the target), when it exists. */
  linkMode?: number | null;
  /** The file type lstat saw when stat could not follow a link (the `l` of `l?????????`). */
  typeHint?: number;
}

/** ls.c's `dereference`: which links are followed (every one, the operands, operands to dirs, none). */
type Deref = 'always' | 'commandLine' | 'commandLineToDir' | 'never';

interface Options {
  all: boolean;
  almostAll: boolean;
  long: boolean;
  recursive: boolean;
  directory: boolean;
  inode: boolean;
  classify: boolean;
  columns: boolean;
  width: number;
  deref: Deref;
}

export function joinPath(dir: string, name: string): string {
  return dir.endsWith('/') ? dir + name : `${dir}/${name}`;
}

export function* ls(ctx: ProcessContext): Proc {
  const t = new Tool(ctx, 'ls', 2);
  const p = t.options({
    flags: 'laA1RdiFCLH',
    long: {
      all: 'a',
      'almost-all': 'A',
      recursive: 'R',
      directory: 'd',
      inode: 'i',
      classify: 'F',
      dereference: 'L',
      'dereference-command-line': 'H',
    },
  });
  if (typeof p === 'number') return p;
  let columns = isatty(ctx.sys, 1);
  let long = false;
  for (const [k] of p.list) {
    if (k === 'l') long = true;
    else if (k === '1') columns = long = false;
    else if (k === 'C') columns = !(long = false);
  }
  const o: Options = {
    all: p.has('a'),
    almostAll: p.has('A'),
    long,
    recursive: p.has('R'),
    directory: p.has('d'),
    inode: p.has('i'),
    classify: p.has('F'),
    columns: columns && !long,
    width: Number(ctx.env.get('COLUMNS')) || 80,
    deref: 'never',
  };
  if (p.has('L')) o.deref = 'always';
  else if (p.has('H')) o.deref = 'commandLine';
  else if (!o.directory && !o.classify && !o.long) o.deref = 'commandLineToDir';
  const operands = p.operands.length ? p.operands : ['.'];
  const files: Entry[] = [];
  const dirs: Entry[] = [];
  for (const arg of operands) {
    const st = operandStat(t, o.deref, arg);
    if (!st.ok) {
      t.error(`cannot access ${quoteaf(arg)}: ${strerror(st.err)}`);
      continue;
    }
    const entry = withLink(t, o, { name: arg, path: arg, st: st.value });
    (isDirMode(st.value.mode) && !o.directory ? dirs : files).push(entry);
  }
  const db = o.long ? new UserDb(ctx.sys) : null;
  files.sort((a, b) => compareBytes(a.name, b.name));
  dirs.sort((a, b) => compareBytes(a.name, b.name));
  if (files.length) {
    printEntries(t, o, db, files, false);
    if (dirs.length) t.out.write('\n');
  }
  const headers = operands.length > 1 || o.recursive;
  let first = true;
  const pending: Pending[] = [...dirs]
    .reverse()
    .map((d) => ({ path: d.path, top: true, active: [d.st!.ino] }));
  while (pending.length) {
    const dir = pending.pop()!;
    const listed = ctx.sys.readdir(dir.path);
    if (!listed.ok) {
      t.error(`cannot open directory ${quoteaf(dir.path)}: ${strerror(listed.err)}`, dir.top ? 2 : 1);
      continue;
    }
    if (headers) {
      t.out.write(`${first ? '' : '\n'}${dir.path}:\n`);
    }
    first = false;
    const names = listed.value
      .map((e) => e.name)
      .filter((n) => o.all || o.almostAll || !n.startsWith('.'))
      .concat(o.all ? ['.', '..'] : [])
      .sort(compareBytes);
    const entries = names.map((name) => entryIn(t, o, dir.path, name));
    printEntries(t, o, db, entries, true);
    if (o.recursive) {
      const subdirs = entries.filter(
        (e) => e.name !== '.' && e.name !== '..' && e.st && isDirMode(e.st.mode),
      );
      for (const e of subdirs.reverse()) {
        if (o.deref === 'always' && dir.active.includes(e.st!.ino)) {
          t.error(`${e.path}: not listing already-listed directory`, 2);
          continue;
        }
        pending.push({ path: e.path, top: false, active: [...dir.active, e.st!.ino] });
      }
    }
  }
  return t.finish();
}

/** A directory still to list; `active` holds the inodes of it and the directories above it. */
interface Pending {
  path: string;
  top: boolean;
  active: number[];
}

/** gobble_file() for an operand: stat or lstat as `dereference` says. */
function operandStat(t: Tool, deref: Deref, arg: string): Result<Stat> {
  if (deref === 'never') return t.sys.lstat(arg);
  const st = t.sys.stat(arg);
  if (deref !== 'commandLineToDir') return st;
  const needLstat = st.ok ? !isDirMode(st.value.mode) : st.err === -ENOENT || st.err === -ELOOP;
  return needLstat ? t.sys.lstat(arg) : st;
}

/** The link's target and the target's mode, which only the long format shows. */
function withLink(t: Tool, o: Options, e: Entry): Entry {
  if (!o.long || !e.st || !isLinkMode(e.st.mode)) return e;
  const target = t.sys.stat(e.path);
  return { ...e, link: linkTarget(t.sys, e.path), linkMode: target.ok ? target.value.mode : null };
}

function entryIn(t: Tool, o: Options, dir: string, name: string): Entry {
  const path = joinPath(dir, name);
  if (!o.long && !o.recursive && !o.inode && !o.classify) return { name, path, st: null };
  const st = o.deref === 'always' ? t.sys.stat(path) : t.sys.lstat(path);
  if (st.ok) return withLink(t, o, { name, path, st: st.value });
  t.error(`cannot access ${quoteaf(path)}: ${strerror(st.err)}`, 1);
  const seen = t.sys.lstat(path);
  return { name, path, st: null, typeHint: seen.ok ? fileType(seen.value.mode) : undefined };
}

function indicator(mode: number | null | undefined): string {
  if (mode === null || mode === undefined) return '';
  const type = fileType(mode);
  if (type === S_IFDIR) return '/';
  if (type === S_IFIFO) return '|';
  if (type === S_IFLNK) return '@';
  if (type === S_IFREG && mode & 0o111) return '*';
  return '';
}

function printEntries(t: Tool, o: Options, db: UserDb | null, entries: Entry[], isDirListing: boolean): void {
  const ino = (e: Entry) => (e.st ? String(e.st.ino) : '?');
  const inoWidth = o.inode ? Math.max(0, ...entries.map((e) => ino(e).length)) : 0;
  const label = (e: Entry) => {
    const name = (o.inode ? ino(e).padStart(inoWidth) + ' ' : '') + e.name;
    if (o.long && e.link != null) return `${name} -> ${e.link}${o.classify ? indicator(e.linkMode) : ''}`;
    return name + (o.classify ? indicator(e.st?.mode) : '');
  };
  if (o.long && db) {
    printLong(t, db, entries, isDirListing, label);
    return;
  }
  const labels = entries.map(label);
  if (o.columns) t.out.write(columnize(labels, o.width));
  else t.out.write(labels.map((l) => l + '\n').join(''));
}

function printLong(
  t: Tool,
  db: UserDb,
  entries: Entry[],
  isDirListing: boolean,
  label: (e: Entry) => string,
): void {
  if (isDirListing) {
    const total = entries.reduce((n, e) => n + (e.st ? blocks512(e.st) : 0), 0);
    t.out.write(`total ${Math.ceil(total / 2)}\n`);
  }
  const rows = entries.map((e, i) =>
    e.st
      ? [
          fileModeString(e.st.mode),
          String(e.st.nlink),
          db.userName(e.st.uid),
          db.groupName(e.st.gid),
          String(e.st.size),
          lsDate(e.st.mtime),
        ]
      : [unknownMode(entries[i]), '?', '?', '?', '?', '           ?'],
  );
  const width = (i: number) => Math.max(...rows.map((r) => r[i].length));
  const [wl, wu, wg, ws] = [width(1), width(2), width(3), width(4)];
  const lines = rows.map(
    (r, i) =>
      `${r[0]} ${r[1].padStart(wl)} ${r[2].padEnd(wu)} ${r[3].padEnd(wg)} ${r[4].padStart(ws)} ${r[5]} ${label(entries[i])}\n`,
  );
  t.out.write(lines.join(''));
}

/** The mode column of an entry ls could not stat: its type letter from lstat, then `?`s. */
function unknownMode(e: Entry): string {
  const type = e.typeHint === undefined ? 0 : e.typeHint;
  return (type === 0 ? '-' : fileModeString(type).slice(0, 1)) + '?????????';
}

/** ls -C: names down the columns, as many columns as fit the line (ls.c calculate_columns). */
export function columnize(names: string[], lineWidth: number): string {
  if (names.length === 0) return '';
  const MIN_COLUMN_WIDTH = 3;
  const maxCols = Math.max(1, Math.min(names.length, Math.floor(lineWidth / MIN_COLUMN_WIDTH)));
  let chosen: number[] = [names[0].length];
  for (let cols = maxCols; cols >= 1; cols--) {
    const rows = Math.ceil(names.length / cols);
    const widths: number[] = new Array(cols).fill(MIN_COLUMN_WIDTH);
    names.forEach((n, i) => {
      const col = Math.floor(i / rows);
      widths[col] = Math.max(widths[col], n.length + (col === cols - 1 ? 0 : 2));
    });
    if (widths.reduce((a, b) => a + b, 0) < lineWidth || cols === 1) {
      chosen = widths;
      break;
    }
  }
  const rows = Math.ceil(names.length / chosen.length);
  let out = '';
  for (let r = 0; r < rows; r++) {
    let pos = 0;
    for (let c = 0; c < chosen.length; c++) {
      const i = c * rows + r;
      if (i >= names.length) break;
      out += names[i];
      if ((c + 1) * rows + r >= names.length) break;
      out += indent(pos + names[i].length, pos + chosen[c]);
      pos += chosen[c];
    }
    out += '\n';
  }
  return out;
}

/** ls.c indent(): tabs (every 8 columns) where they fit, then spaces. */
function indent(from: number, to: number): string {
  const TABSIZE = 8;
  let out = '';
  while (from < to) {
    if (Math.floor(to / TABSIZE) > Math.floor((from + 1) / TABSIZE)) {
      out += '\t';
      from += TABSIZE - (from % TABSIZE);
    } else {
      out += ' ';
      from++;
    }
  }
  return out;
}

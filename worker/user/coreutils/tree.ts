// Models tree 2.1 in the C locale (ASCII branches `|-- `, `` `-- ``, `|   `): entries in byte order,
// hidden names only with -a, -d for directories only, -L depth, `[error opening dir]` for what cannot
// be listed, and the `N directories, M files` summary (a starting directory counts only when
// something is listed under it). A symbolic link shows as `name -> target`, counts as a directory
// when it leads to one, and is never entered.

import type { Proc, ProcessContext } from '../process';
import { compareBytes } from '../shell/glob';
import { isDirMode } from './format';
import { isLinkMode, linkTarget } from './links/link-mode';
import { joinPath } from './ls';
import { Tool } from './tool';

interface Totals {
  dirs: number;
  files: number;
}

/** One directory entry as tree 2.1 sees it: lstat, and what a symbolic link points at. */
interface Entry {
  readonly name: string;
  readonly path: string;
  /** What the link holds, or null for anything but a symbolic link. */
  readonly target: string | null;
  /** A directory, or a link that leads to one (tree counts and lists it as a directory). */
  readonly dir: boolean;
}

function entryOf(t: Tool, path: string, name: string): Entry {
  const child = joinPath(path, name);
  const lst = t.sys.lstat(child);
  const target = lst.ok && isLinkMode(lst.value.mode) ? linkTarget(t.sys, child) : null;
  const st = target === null ? lst : t.sys.stat(child);
  return { name, path: child, target, dir: st.ok && isDirMode(st.value.mode) };
}

function walk(
  t: Tool,
  path: string,
  prefix: string,
  depth: number,
  o: { all: boolean; dirsOnly: boolean; max: number },
  totals: Totals,
): number {
  const listed = t.sys.readdir(path);
  if (!listed.ok) return 0;
  const entries = listed.value
    .filter((e) => o.all || !e.name.startsWith('.'))
    .map((e) => e.name)
    .sort(compareBytes)
    .map((name) => entryOf(t, path, name))
    .filter((e) => !o.dirsOnly || e.dir);
  entries.forEach((e, i) => {
    const last = i === entries.length - 1;
    let line = `${prefix}${last ? '`-- ' : '|-- '}${e.name}`;
    if (e.target !== null) line += ` -> ${e.target}`;
    if (e.dir) totals.dirs++;
    else totals.files++;
    // NOTE: tree never descends through a symbolic link (that is -l, which the model lacks).
    if (!e.dir || e.target !== null) {
      t.out.write(line + '\n');
      return;
    }
    const canList = t.sys.readdir(e.path).ok;
    if (!canList) line += '  [error opening dir]';
    t.out.write(line + '\n');
    if (canList && depth + 1 < o.max)
      walk(t, e.path, prefix + (last ? '    ' : '|   '), depth + 1, o, totals);
  });
  return entries.length;
}

export function* tree(ctx: ProcessContext): Proc {
  const t = new Tool(ctx, 'tree');
  const p = t.options({ flags: 'ad', withArg: 'L' });
  if (typeof p === 'number') return p;
  const max = p.value('L');
  if (max !== undefined && !/^[1-9]\d*$/.test(max)) {
    t.error('Invalid level, must be greater than 0.', 1);
    return t.finish();
  }
  const o = { all: p.has('a'), dirsOnly: p.has('d'), max: max === undefined ? Infinity : Number(max) };
  const totals: Totals = { dirs: 0, files: 0 };
  let status = 0;
  for (const top of p.operands.length ? p.operands : ['.']) {
    const st = ctx.sys.stat(top);
    const dangling = !st.ok && ctx.sys.lstat(top).ok;
    if ((st.ok && !isDirMode(st.value.mode)) || dangling) totals.files++;
    else if (!st.ok || !ctx.sys.readdir(top).ok) status = 2;
    else {
      t.out.write(top + '\n');
      // NOTE: tree 2.1 counts a starting directory only when something was listed under it.
      if (walk(t, top, '', 0, o, totals) > 0) totals.dirs++;
      continue;
    }
    t.out.write(`${top}  [error opening dir]\n`);
  }
  const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
  t.out.write(
    `\n${plural(totals.dirs, 'directory', 'directories')}` +
      (o.dirsOnly ? '' : `, ${plural(totals.files, 'file', 'files')}`) +
      '\n',
  );
  return t.finish(status);
}

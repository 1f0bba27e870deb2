// Models tree 2.1 in the C locale (ASCII branches `|-- `, `` `-- ``, `|   `): entries in byte order,
// hidden names only with -a, -d for directories only, -L depth, `[error opening dir]` for what cannot
// be listed, and the `N directories, M files` summary (tree 2.1 adds one for the top).

import type { Proc, ProcessContext } from '../process';
import { compareBytes } from '../shell/glob';
import { isDirMode } from './format';
import { joinPath } from './ls';
import { Tool } from './tool';

interface Totals {
  dirs: number;
  files: number;
}

function walk(
  t: Tool,
  path: string,
  prefix: string,
  depth: number,
  o: { all: boolean; dirsOnly: boolean; max: number },
  totals: Totals,
): void {
  const listed = t.sys.readdir(path);
  if (!listed.ok) return;
  const names = listed.value
    .filter((e) => o.all || !e.name.startsWith('.'))
    .filter((e) => !o.dirsOnly || e.isDir)
    .map((e) => e.name)
    .sort(compareBytes);
  names.forEach((name, i) => {
    const last = i === names.length - 1;
    const child = joinPath(path, name);
    const st = t.sys.stat(child);
    const dir = st.ok && isDirMode(st.value.mode);
    let line = `${prefix}${last ? '`-- ' : '|-- '}${name}`;
    if (dir) {
      totals.dirs++;
      const canList = t.sys.readdir(child).ok;
      if (!canList) line += '  [error opening dir]';
      t.out.write(line + '\n');
      if (canList && depth + 1 < o.max)
        walk(t, child, prefix + (last ? '    ' : '|   '), depth + 1, o, totals);
    } else {
      totals.files++;
      t.out.write(line + '\n');
    }
  });
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
  let listedTop = false;
  for (const top of p.operands.length ? p.operands : ['.']) {
    const st = ctx.sys.stat(top);
    if (st.ok && !isDirMode(st.value.mode)) totals.files++;
    else if (!st.ok || !ctx.sys.readdir(top).ok) status = 2;
    else {
      listedTop = true;
      t.out.write(top + '\n');
      walk(t, top, '', 0, o, totals);
      continue;
    }
    t.out.write(`${top}  [error opening dir]\n`);
  }
  // NOTE: tree 2.1 adds one to the directory count once any top directory was listed.
  if (listedTop) totals.dirs++;
  const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
  t.out.write(
    `\n${plural(totals.dirs, 'directory', 'directories')}` +
      (o.dirsOnly ? '' : `, ${plural(totals.files, 'file', 'files')}`) +
      '\n',
  );
  return t.finish(status);
}

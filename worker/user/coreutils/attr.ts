// Models GNU coreutils chmod and chown (with -R): modes octal or symbolic, owners as names or numbers
// (`USER`, `USER:GROUP`, `USER:`, `:GROUP`), and their diagnostics `cannot access`,
// `changing permissions of`, `changing ownership of`, `invalid mode`, `invalid user`, `invalid group`.

import { strerror } from '../../kernel/lib/errno';
import { UserDb } from '../passwd';
import type { Proc, ProcessContext } from '../process';
import { isDirMode } from './format';
import { joinPath } from './ls';
import { parseMode } from './mode';
import { quote, Tool } from './tool';

/** Applies `change` to a path and, with -R, to everything below it; reports as coreutils does. */
function walk(t: Tool, path: string, recursive: boolean, change: (path: string, mode: number) => void): void {
  const st = t.sys.stat(path);
  if (!st.ok) {
    t.error(`cannot access ${quote(path)}: ${strerror(st.err)}`);
    return;
  }
  change(path, st.value.mode);
  if (!recursive || !isDirMode(st.value.mode)) return;
  const entries = t.sys.readdir(path);
  if (!entries.ok) {
    t.error(`cannot read directory ${quote(path)}: ${strerror(entries.err)}`);
    return;
  }
  for (const e of entries.value) walk(t, joinPath(path, e.name), recursive, change);
}

export function* chmod(ctx: ProcessContext): Proc {
  const t = new Tool(ctx, 'chmod');
  const argv = ctx.argv.slice(1);
  const modeIndex = argv.findIndex((a) => !/^-[Rfv]+$/.test(a) && !a.startsWith('--'));
  const spec = modeIndex >= 0 ? argv[modeIndex] : undefined;
  const rest = argv.filter((_, i) => i !== modeIndex);
  const p = t.options({ flags: 'Rfv', long: { recursive: 'R', silent: 'f', quiet: 'f' } }, rest);
  if (typeof p === 'number') return p;
  if (spec === undefined) return t.usage('missing operand');
  if (p.operands.length === 0) return t.usage(`missing operand after ${quote(spec)}`);
  if (parseMode(spec, 0, false) === null) return t.usage(`invalid mode: ${quote(spec)}`);
  for (const path of p.operands) {
    walk(t, path, p.has('R'), (target, mode) => {
      const next = parseMode(spec, mode, isDirMode(mode))!;
      const r = ctx.sys.chmod(target, next);
      if (r < 0 && !p.has('f')) t.error(`changing permissions of ${quote(target)}: ${strerror(r)}`);
    });
  }
  return t.finish();
}

/** Parses `USER[:GROUP]`; -1 leaves a part unchanged. A string is the diagnostic. */
function parseOwner(db: UserDb, spec: string): { uid: number; gid: number } | string {
  const colon = spec.search(/[:]/);
  const user = colon < 0 ? spec : spec.slice(0, colon);
  const group = colon < 0 ? null : spec.slice(colon + 1);
  let uid = -1;
  let gid = -1;
  if (user !== '') {
    const entry = db.userByName(user);
    if (entry) uid = entry.uid;
    else if (/^\d+$/.test(user)) uid = Number(user);
    else return `invalid user: ${quote(spec)}`;
    if (group === '') gid = entry ? entry.gid : -1;
  }
  if (group) {
    const entry = db.groupByName(group);
    if (entry) gid = entry.gid;
    else if (/^\d+$/.test(group)) gid = Number(group);
    else return `invalid group: ${quote(spec)}`;
  }
  return { uid, gid };
}

export function* chown(ctx: ProcessContext): Proc {
  const t = new Tool(ctx, 'chown');
  const p = t.options({ flags: 'Rfvh', long: { recursive: 'R', silent: 'f', quiet: 'f' } });
  if (typeof p === 'number') return p;
  const [spec, ...paths] = p.operands;
  if (spec === undefined) return t.usage('missing operand');
  if (paths.length === 0) return t.usage(`missing operand after ${quote(spec)}`);
  const owner = parseOwner(new UserDb(ctx.sys), spec);
  if (typeof owner === 'string') {
    t.error(owner);
    return t.finish();
  }
  for (const path of paths) {
    walk(t, path, p.has('R'), (target) => {
      const r = ctx.sys.chown(target, owner.uid, owner.gid);
      if (r < 0 && !p.has('f')) t.error(`changing ownership of ${quote(target)}: ${strerror(r)}`);
    });
  }
  return t.finish();
}

// Models GNU coreutils chmod and chown (with -R): modes octal or symbolic, owners as names or numbers
// (`USER`, `USER:GROUP`, `USER:`, `:GROUP`), and their diagnostics `cannot access`,
// `changing permissions of`, `changing ownership of`, `invalid mode`, `invalid user`, `invalid group`,
// and for symbolic links `cannot operate on dangling symlink` and `cannot dereference`.

import { strerror } from '../../kernel/lib/errno';
import { UserDb } from '../passwd';
import type { Proc, ProcessContext } from '../process';
import { isDirMode, modeString } from './format';
import { isLinkMode } from './links/link-mode';
import { joinPath } from './ls';
import { parseMode } from './mode';
import { quote, quoteaf, Tool } from './tool';

/** How chmod or chown walks its operands (fts with FTS_PHYSICAL, FTS_COMFOLLOW when `followTop`). */
interface Walk {
  readonly recursive: boolean;
  /** The operand itself is followed when it is a symbolic link (chmod; chown without -R or -h). */
  readonly followTop: boolean;
  /** -f: no diagnostics, but still a failure status. */
  readonly quiet: boolean;
  /** What a dangling link operand is told, in the program's words. */
  dangling(path: string, err: number): string;
  change(path: string, mode: number): void;
  /** chmod -v: a path it could not reach (`link`: a symbolic link it leaves alone). */
  skipped?(path: string, link: boolean): void;
}

function fail(t: Tool, w: Walk, message: string): void {
  if (w.quiet) t.status = 1;
  else t.error(message);
}

/**
 * Applies `change` to a path and, with -R, to everything below it. A symbolic link met inside the
 * walk (or an operand not followed) is left alone: chmod never changes one, and chown would
 * lchown() it, which the model does not have. NOTE: so `chown -h` and `chown -R` leave links as
 * they are, where the real chown gives the link itself the new owner.
 */
function walk(t: Tool, w: Walk, path: string, top: boolean): void {
  const follow = top && w.followTop;
  const st = follow ? t.sys.stat(path) : t.sys.lstat(path);
  if (!st.ok) {
    const lst = follow ? t.sys.lstat(path) : st;
    if (lst.ok && isLinkMode(lst.value.mode)) fail(t, w, w.dangling(path, st.err));
    else fail(t, w, `cannot access ${quoteaf(path)}: ${strerror(st.err)}`);
    w.skipped?.(path, false);
    return;
  }
  if (isLinkMode(st.value.mode)) {
    w.skipped?.(path, true);
    return;
  }
  w.change(path, st.value.mode);
  if (!w.recursive || !isDirMode(st.value.mode)) return;
  const entries = t.sys.readdir(path);
  if (!entries.ok) {
    fail(t, w, `cannot read directory ${quoteaf(path)}: ${strerror(entries.err)}`);
    return;
  }
  for (const e of entries.value) walk(t, w, joinPath(path, e.name), false);
}

export function* chmod(ctx: ProcessContext): Proc {
  const t = new Tool(ctx, 'chmod');
  const argv = ctx.argv.slice(1);
  const modeIndex = argv.findIndex((a) => !/^-[Rfvc]+$/.test(a) && !a.startsWith('--'));
  const spec = modeIndex >= 0 ? argv[modeIndex] : undefined;
  const rest = argv.filter((_, i) => i !== modeIndex);
  const p = t.options(
    { flags: 'Rfvc', long: { recursive: 'R', silent: 'f', quiet: 'f', verbose: 'v', changes: 'c' } },
    rest,
  );
  if (typeof p === 'number') return p;
  if (spec === undefined) return t.usage('missing operand');
  if (p.operands.length === 0) return t.usage(`missing operand after ${quote(spec)}`);
  if (parseMode(spec, 0, false) === null) return t.usage(`invalid mode: ${quote(spec)}`);
  const report = p.has('v') ? 'all' : p.has('c') ? 'changes' : null;
  const w: Walk = {
    recursive: p.has('R'),
    followTop: true,
    quiet: p.has('f'),
    dangling: (path) => `cannot operate on dangling symlink ${quoteaf(path)}`,
    change(target, mode) {
      const next = parseMode(spec, mode, isDirMode(mode))!;
      const r = ctx.sys.chmod(target, next);
      if (r < 0) fail(t, w, `changing permissions of ${quoteaf(target)}: ${strerror(r)}`);
      if (report) describeChange(t, target, mode & 0o7777, next & 0o7777, r >= 0, report);
    },
    skipped(target, link) {
      if (report !== 'all') return;
      if (link) t.out.write(`neither symbolic link ${quoteaf(target)} nor referent has been changed\n`);
      else t.out.write(`${quoteaf(target)} could not be accessed\n`);
    },
  };
  for (const path of p.operands) walk(t, w, path, true);
  return t.finish();
}

/** chmod's -v/-c line: `mode of 'F' changed from 0644 (rw-r--r--) to 0600 (rw-------)`. */
function describeChange(
  t: Tool,
  target: string,
  old: number,
  next: number,
  ok: boolean,
  report: string,
): void {
  const shown = (mode: number) => `${mode.toString(8).padStart(4, '0')} (${modeString(mode).slice(1)})`;
  const name = quoteaf(target);
  if (!ok) {
    if (report === 'all')
      t.out.write(`failed to change mode of ${name} from ${shown(old)} to ${shown(next)}\n`);
  } else if (old !== next) t.out.write(`mode of ${name} changed from ${shown(old)} to ${shown(next)}\n`);
  else if (report === 'all') t.out.write(`mode of ${name} retained as ${shown(old)}\n`);
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
  const w: Walk = {
    recursive: p.has('R'),
    followTop: !p.has('R') && !p.has('h'),
    quiet: p.has('f'),
    dangling: (path, err) => `cannot dereference ${quoteaf(path)}: ${strerror(err)}`,
    change(target) {
      const r = ctx.sys.chown(target, owner.uid, owner.gid);
      if (r < 0) fail(t, w, `changing ownership of ${quoteaf(target)}: ${strerror(r)}`);
    },
  };
  for (const path of paths) walk(t, w, path, true);
  return t.finish();
}

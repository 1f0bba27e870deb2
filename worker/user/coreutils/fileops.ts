// Models GNU coreutils mkdir (-p, -m MODE: mkdir() then chmod(), which tracefs honours), rmdir (-p),
// rm (-r, -f, -v; a symbolic link is removed, never followed) and touch (open with O_CREAT; an existing
// directory or owned file is fine), with their exact diagnostics: `cannot create directory`,
// `failed to remove`, `cannot remove`, `cannot touch`.

import { EEXIST, ENOENT, ENOTDIR, strerror } from '../../kernel/lib/errno';
import { O_CREAT, O_NONBLOCK, O_WRONLY } from '../../kernel/syscalls';
import type { Proc, ProcessContext } from '../process';
import { isDirMode } from './format';
import { joinPath } from './ls';
import { parseMode } from './mode';
import { quote, quoteaf, Tool } from './tool';

function prefixes(path: string): string[] {
  const parts = path.split('/');
  const out: string[] = [];
  for (let i = 1; i < parts.length; i++) {
    const p = parts.slice(0, i).join('/');
    if (p !== '' && parts[i - 1] !== '' && parts[i - 1] !== '.' && parts[i - 1] !== '..') out.push(p);
  }
  return out;
}

export function* mkdir(ctx: ProcessContext): Proc {
  const t = new Tool(ctx, 'mkdir');
  const p = t.options({ flags: 'pv', withArg: 'm', long: { parents: 'p', verbose: 'v', 'mode=': 'm' } });
  if (typeof p === 'number') return p;
  if (p.operands.length === 0) return t.usage('missing operand');
  const modeSpec = p.value('m');
  const mode = modeSpec === undefined ? null : parseMode(modeSpec, 0o777, true);
  if (modeSpec !== undefined && mode === null) {
    t.error(`invalid mode ${quote(modeSpec)}`);
    return t.finish();
  }
  for (const dir of p.operands) {
    if (p.has('p')) {
      let failed = false;
      for (const anc of prefixes(dir)) {
        const r = ctx.sys.mkdir(anc, 0o777);
        const st = ctx.sys.stat(anc);
        if (r === 0 || (r === -EEXIST && st.ok && isDirMode(st.value.mode))) continue;
        t.error(`cannot create directory ${quote(anc)}: ${strerror(r === -EEXIST ? -ENOTDIR : r)}`);
        failed = true;
        break;
      }
      if (failed) continue;
    }
    const r = ctx.sys.mkdir(dir, 0o777);
    if (r < 0) {
      const st = ctx.sys.stat(dir);
      if (!(p.has('p') && r === -EEXIST && st.ok && isDirMode(st.value.mode))) {
        t.error(`cannot create directory ${quote(dir)}: ${strerror(r)}`);
      }
      continue;
    }
    if (p.has('v')) t.out.write(`mkdir: created directory ${quoteaf(dir)}\n`);
    if (mode !== null) {
      const c = ctx.sys.chmod(dir, mode);
      if (c < 0) t.error(`cannot set permissions of ${quoteaf(dir)}: ${strerror(c)}`);
    }
  }
  return t.finish();
}

export function* rmdir(ctx: ProcessContext): Proc {
  const t = new Tool(ctx, 'rmdir');
  const p = t.options({ flags: 'pv', long: { parents: 'p', verbose: 'v' } });
  if (typeof p === 'number') return p;
  if (p.operands.length === 0) return t.usage('missing operand');
  for (const dir of p.operands) {
    const targets = [dir, ...(p.has('p') ? prefixes(dir.replace(/\/+$/, '')).reverse() : [])];
    for (const target of targets) {
      const r = ctx.sys.rmdir(target);
      if (r < 0) {
        t.error(
          `failed to remove ${target === dir ? quoteaf(target) : `directory ${quoteaf(target)}`}: ${strerror(r)}`,
        );
        break;
      }
      if (p.has('v')) t.out.write(`rmdir: removing directory, ${quoteaf(target)}\n`);
    }
  }
  return t.finish();
}

/** What rm was asked: -f, -r/-R, -v. */
interface RmOptions {
  readonly force: boolean;
  readonly recursive: boolean;
  readonly verbose: boolean;
}

/** A failure to report; -f hides the ones that mean the name is not there (ignorable_missing). */
function removeFailed(t: Tool, o: RmOptions, path: string, err: number): void {
  if (o.force && (err === -ENOENT || err === -ENOTDIR)) return;
  t.error(`cannot remove ${quoteaf(path)}: ${strerror(err)}`);
}

/**
 * One operand of rm, as fts(FTS_PHYSICAL) walks it: lstat, so a symbolic link (to a directory or
 * to nothing) is removed itself and never followed; a trailing slash still makes the kernel follow.
 */
function removeTree(t: Tool, o: RmOptions, path: string): void {
  const st = t.sys.lstat(path);
  if (!st.ok) {
    removeFailed(t, o, path, st.err);
    return;
  }
  if (!isDirMode(st.value.mode)) {
    const r = t.sys.unlink(path);
    if (r < 0) removeFailed(t, o, path, r);
    else if (o.verbose) t.out.write(`removed ${quoteaf(path)}\n`);
    return;
  }
  if (!o.recursive) {
    t.error(`cannot remove ${quoteaf(path)}: Is a directory`);
    return;
  }
  const entries = t.sys.readdir(path);
  if (entries.ok) for (const e of entries.value) removeTree(t, o, joinPath(path, e.name));
  const r = t.sys.rmdir(path);
  if (r < 0) removeFailed(t, o, path, entries.ok ? r : entries.err);
  else if (o.verbose) t.out.write(`removed directory ${quoteaf(path)}\n`);
}

export function* rm(ctx: ProcessContext): Proc {
  const t = new Tool(ctx, 'rm');
  const p = t.options({ flags: 'rRfv', long: { recursive: 'r', force: 'f', verbose: 'v' } });
  if (typeof p === 'number') return p;
  if (p.operands.length === 0) return p.has('f') ? t.finish(0) : t.usage('missing operand');
  for (const path of p.operands) {
    if ((p.has('r') || p.has('R')) && /(^|\/)\.\.?\/*$/.test(path)) {
      t.error(`refusing to remove '.' or '..' directory: skipping ${quoteaf(path)}`);
      continue;
    }
    removeTree(t, { force: p.has('f'), recursive: p.has('r') || p.has('R'), verbose: p.has('v') }, path);
  }
  return t.finish();
}

export function* touch(ctx: ProcessContext): Proc {
  const t = new Tool(ctx, 'touch');
  const p = t.options({ flags: 'acm', long: { 'no-create': 'c' } });
  if (typeof p === 'number') return p;
  if (p.operands.length === 0) return t.usage('missing file operand');
  for (const path of p.operands) {
    const fd = ctx.sys.open(path, O_WRONLY | (p.has('c') ? 0 : O_CREAT) | O_NONBLOCK, 0o666);
    if (fd >= 0) {
      ctx.sys.close(fd);
      continue;
    }
    const st = ctx.sys.stat(path);
    const uid = ctx.sys.getuid();
    if (st.ok && (uid === 0 || uid === st.value.uid)) continue;
    if (fd === -ENOENT && p.has('c')) continue;
    t.error(`cannot touch ${quoteaf(path)}: ${strerror(fd)}`);
  }
  return t.finish();
}

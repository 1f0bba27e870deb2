// Models GNU findutils 4.9 find: each starting point walked depth first in the order the directory
// lists its entries (readdir order, as fts gives it for small directories), symbolic links taken as
// themselves (-P, the default), followed (-L) or followed at the starting points only (-H), the
// expression evaluated on every name between -mindepth and -maxdepth (after the children with
// -depth or -delete), -exec commands run in a child task (`;` per name, `+` in batches run at the
// end), a loop (a bind mount, or a link under -L) skipped with find's message, and status 1 after
// any error.

import { ENOENT, strerror, type Result } from '../../../kernel/lib/errno';
import type { Stat } from '../../../kernel/syscall-table';
import { utf8Length } from '../../../kernel/lib/utf8';
import { encodeText } from '../../bytes';
import { fileType, isatty, type Proc, type ProcessContext, type Yielded } from '../../process';
import { isDirMode } from '../format';
import { quote, Tool } from '../tool';
import { parseFind, type Expr, type FindCommand } from './find-parse';
import type { Follow, Primary } from './find-primaries';
import { baseName, joinPath } from './paths';
import { spawn } from './spawn';

/** The bytes of arguments one `-exec ... {} +` command line may carry (xargs' default buffer). */
const BATCH_LIMIT = 131072;

const TYPE_OF: Readonly<Record<number, string>> = {
  0o100000: 'f',
  0o040000: 'd',
  0o020000: 'c',
  0o060000: 'b',
  0o010000: 'p',
  0o120000: 'l',
  0o140000: 's',
};

interface Batch {
  names: string[];
  size: number;
}

class Finder {
  quit = false;
  pruned = false;
  readonly batches = new Map<Primary, Batch>();
  /** Inodes of the directories being walked, outermost first. */
  private readonly ancestors: { ino: number; path: string }[] = [];

  constructor(
    readonly ctx: ProcessContext,
    readonly t: Tool,
    readonly cmd: FindCommand,
  ) {}

  /**
   * How fts sees a name: lstat, or stat with -L (and -H for a starting point); a link that leads
   * nowhere is then taken as itself (FTS_SLNONE), any other failure stays one.
   */
  statOf(path: string, top: boolean): Result<Stat> {
    const follow = this.cmd.options.follow;
    if (follow === 'P' || (follow === 'H' && !top)) return this.ctx.sys.lstat(path);
    const st = this.ctx.sys.stat(path);
    if (st.ok || st.err !== -ENOENT) return st;
    const lst = this.ctx.sys.lstat(path);
    return lst.ok ? lst : st;
  }

  /** A diagnostic that leaves the exit status alone (what a child, or a warning, prints). */
  say(message: string): void {
    this.t.out.flush();
    this.ctx.sys.write(2, encodeText(`find: ${message}\n`));
  }

  *walk(path: string, st: Stat, depth: number): Generator<Yielded, void, void> {
    const { options } = this.cmd;
    const dir = isDirMode(st.mode);
    const loop = dir ? this.ancestors.find((a) => a.ino === st.ino) : undefined;
    if (loop) {
      this.t.error(
        `File system loop detected; ${quote(path)} is part of the same file system loop as ${quote(loop.path)}.`,
      );
      return;
    }
    let descend = dir && depth < options.maxDepth;
    if (!options.depthFirst && depth >= options.minDepth) {
      this.pruned = false;
      yield* this.evaluate(this.cmd.expr, path, st);
      if (this.pruned) descend = false;
    }
    if (this.quit) return;
    if (descend) yield* this.children(path, st, depth);
    if (this.quit) return;
    if (options.depthFirst && depth >= options.minDepth) yield* this.evaluate(this.cmd.expr, path, st);
  }

  private *children(path: string, st: Stat, depth: number): Generator<Yielded, void, void> {
    const entries = this.ctx.sys.readdir(path);
    if (!entries.ok) {
      this.t.error(`${quote(path)}: ${strerror(entries.err)}`);
      return;
    }
    this.ancestors.push({ ino: st.ino, path });
    for (const e of entries.value) {
      const child = joinPath(path, e.name);
      const cst = this.statOf(child, false);
      if (!cst.ok) this.t.error(`${quote(child)}: ${strerror(cst.err)}`);
      else yield* this.walk(child, cst.value, depth + 1);
      if (this.quit) break;
    }
    this.ancestors.pop();
  }

  *evaluate(e: Expr, path: string, st: Stat): Generator<Yielded, boolean, void> {
    if (this.quit) return false;
    switch (e.kind) {
      case 'and':
        return (yield* this.evaluate(e.left, path, st)) && (yield* this.evaluate(e.right, path, st));
      case 'or':
        return (yield* this.evaluate(e.left, path, st)) || (yield* this.evaluate(e.right, path, st));
      case 'comma':
        yield* this.evaluate(e.left, path, st);
        return yield* this.evaluate(e.right, path, st);
      case 'not':
        return !(yield* this.evaluate(e.operand, path, st));
      case 'exec':
        return e.batch ? yield* this.collect(e, path) : yield* this.execOne(e.argv, path);
      default:
        return this.test(e, path, st);
    }
  }

  private test(p: Primary, path: string, st: Stat): boolean {
    switch (p.kind) {
      case 'name':
        return p.pattern.test(baseName(path));
      case 'path':
        return p.pattern.test(path);
      case 'type':
        return p.types.includes(TYPE_OF[fileType(st.mode)] ?? '');
      case 'empty':
        return this.empty(path, st);
      case 'newer':
        return st.mtime > p.mtime;
      case 'size': {
        const units = Math.ceil(st.size / p.unit);
        return p.sign === '+' ? units > p.count : p.sign === '-' ? units < p.count : units === p.count;
      }
      case 'const':
        return p.value;
      case 'print':
        this.t.out.write(path + p.end);
        return true;
      case 'delete':
        return this.delete(path, st);
      case 'quit':
        this.quit = true;
        return true;
      case 'prune':
        this.pruned = true;
        return true;
      case 'exec':
        return false;
    }
  }

  private empty(path: string, st: Stat): boolean {
    if (isDirMode(st.mode)) {
      const entries = this.ctx.sys.readdir(path);
      return entries.ok && entries.value.length === 0;
    }
    return fileType(st.mode) === 0o100000 && st.size === 0;
  }

  private delete(path: string, st: Stat): boolean {
    if (path === '.') return true;
    const r = isDirMode(st.mode) ? this.ctx.sys.rmdir(path) : this.ctx.sys.unlink(path);
    if (r === 0) return true;
    this.t.error(`cannot delete ${quote(path)}: ${strerror(r)}`);
    return false;
  }

  /** -exec CMD ; : the command with every `{}` inside an argument replaced; true if it exits 0. */
  private *execOne(argv: readonly string[], path: string): Generator<Yielded, boolean, void> {
    this.t.out.flush();
    const command = argv.map((a) => a.replaceAll('{}', path));
    const ended = yield* spawn(this.ctx, command);
    if (ended.kind === 'failed') this.say(`${quote(command[0])}: ${strerror(ended.err)}`);
    return ended.kind === 'exited' && ended.status === 0;
  }

  /** -exec CMD {} + : names gather until the command line is full; always true. */
  private *collect(p: Primary & { kind: 'exec' }, path: string): Generator<Yielded, boolean, void> {
    let batch = this.batches.get(p);
    const fixed = p.argv.reduce((n, a) => n + utf8Length(a) + 1, 0);
    const need = utf8Length(path) + 1;
    if (batch && fixed + batch.size + need > BATCH_LIMIT) {
      yield* this.runBatch(p, batch);
      batch = undefined;
    }
    if (!batch) this.batches.set(p, (batch = { names: [], size: 0 }));
    batch.names.push(path);
    batch.size += need;
    return true;
  }

  private *runBatch(p: Primary & { kind: 'exec' }, batch: Batch): Generator<Yielded, void, void> {
    this.batches.delete(p);
    this.t.out.flush();
    const command = [...p.argv, ...batch.names];
    const ended = yield* spawn(this.ctx, command);
    if (ended.kind === 'failed') this.t.error(`${quote(command[0])}: ${strerror(ended.err)}`);
    else if (ended.kind !== 'exited' || ended.status !== 0) this.t.status = 1;
  }

  /** The batches still pending when the walk ends (or -quit stops it). */
  *finishBatches(): Generator<Yielded, void, void> {
    for (const [p, batch] of [...this.batches]) if (p.kind === 'exec') yield* this.runBatch(p, batch);
  }
}

export function* find(ctx: ProcessContext): Proc {
  const args = ctx.argv.slice(1);
  if (args[0] === '--help') return new Tool(ctx, 'find').options({}, ['--help']) as number;
  let start = 0;
  let follow: Follow = 'P';
  while (start < args.length && /^-[HLP]$/.test(args[start])) follow = args[start++][1] as Follow;
  const warnings = isatty(ctx.sys, 0);
  const t = new Tool(ctx, 'find');
  const cmd = parseFind(ctx.sys, args.slice(start), follow, (m) => {
    if (warnings) ctx.sys.write(2, encodeText(`find: ${m}\n`));
  });
  if (Array.isArray(cmd)) {
    for (const message of cmd) t.error(message);
    return t.finish(1);
  }
  const f = new Finder(ctx, t, cmd);
  for (const path of cmd.paths) {
    const st = path === '' ? null : f.statOf(path, true);
    if (!st || !st.ok) t.error(`${quote(path)}: ${strerror(st ? st.err : -ENOENT)}`);
    else yield* f.walk(path, st.value, 0);
    if (f.quit) break;
  }
  yield* f.finishBatches();
  return t.finish();
}

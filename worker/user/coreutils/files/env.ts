// Models GNU coreutils env (-i or `-`, -u NAME, -0, -C DIR, NAME=VALUE..., then COMMAND run in the
// same task through execvp, as env execs it; usage errors exit 125, a missing command 127) and
// printenv (all variables, or the values of the NAMEs given; 1 when one is unset, 2 for usage).

import { EACCES, ENOENT, strerror } from '../../../kernel/lib/errno';
import type { Proc, ProcessContext } from '../../process';
import { quote, quoteaf, Tool } from '../tool';
import { optionsEnd } from './leading-options';

/** coreutils' EXIT_CANCELED: env itself failed before it could run the command. */
const EXIT_CANCELED = 125;
const EXIT_CANNOT_INVOKE = 126;
const EXIT_ENOENT = 127;

function* listEnvironment(t: Tool, env: ReadonlyMap<string, string>, end: string): Proc {
  for (const [k, v] of env) t.out.write(`${k}=${v}${end}`);
  return t.finish(0);
}

export function* env(ctx: ProcessContext): Proc {
  const t = new Tool(ctx, 'env', EXIT_CANCELED);
  const args = ctx.argv.slice(1);
  const { end, next } = optionsEnd(args, 'uC', ['unset', 'chdir']);
  const p = t.options(
    {
      flags: 'i0',
      withArg: 'uC',
      long: { 'ignore-environment': 'i', null: '0', 'unset=': 'u', 'chdir=': 'C' },
    },
    args.slice(0, end),
  );
  if (typeof p === 'number') return p;
  let rest = args.slice(next);
  const environment = new Map(p.has('i') ? [] : ctx.env);
  if (rest[0] === '-') {
    environment.clear();
    rest = rest.slice(1);
  }
  for (const [k, v] of p.list) {
    if (k !== 'u') continue;
    if (v === '' || v.includes('=')) {
      t.error(`cannot unset ${quote(v)}: Invalid argument`);
      return t.finish();
    }
    environment.delete(v);
  }
  while (rest.length && rest[0].includes('=')) {
    const eq = rest[0].indexOf('=');
    environment.set(rest[0].slice(0, eq), rest[0].slice(eq + 1));
    rest = rest.slice(1);
  }
  const dir = p.value('C');
  if (rest.length === 0) {
    if (dir !== undefined) return t.usage('must specify command with --chdir (-C)');
    return yield* listEnvironment(t, environment, p.has('0') ? '\0' : '\n');
  }
  if (p.has('0')) return t.usage('cannot specify --null (-0) with command');
  if (dir !== undefined) {
    const r = ctx.sys.chdir(dir);
    if (r < 0) {
      t.error(`cannot change directory to ${quoteaf(dir)}: ${strerror(r)}`);
      return t.finish();
    }
  }
  const proc = ctx.execvp?.(ctx.sys, rest, environment) ?? null;
  if (!proc) {
    const found = rest[0].includes('/') && ctx.sys.stat(rest[0]).ok;
    t.error(
      `${quote(rest[0])}: ${strerror(found ? -EACCES : -ENOENT)}`,
      found ? EXIT_CANNOT_INVOKE : EXIT_ENOENT,
    );
    return t.finish();
  }
  return yield* proc;
}

export function* printenv(ctx: ProcessContext): Proc {
  const t = new Tool(ctx, 'printenv', 2);
  const p = t.options({ flags: '0', long: { null: '0' } });
  if (typeof p === 'number') return p;
  const end = p.has('0') ? '\0' : '\n';
  if (p.operands.length === 0) return yield* listEnvironment(t, ctx.env, end);
  let missing = false;
  for (const name of p.operands) {
    const value = name.includes('=') ? undefined : ctx.env.get(name);
    if (value === undefined) missing = true;
    else t.out.write(value + end);
  }
  return t.finish(missing ? 1 : 0);
}

// The playground's `container`: a minimal container runtime and its CLI.
//   container run NAME [--bind SRC:DST]... [--user USER]   start a container (container-runtime.ts)
//   container exec [--user USER] NAME [CMD [ARG]...]       a shell (or CMD) inside it, at `/`
//   container ls                                           the containers and how many processes run
//   container rm [-f] NAME                                 remove one (refused while processes run)
// A container is the mount namespace its init task holds, plus a default user. Its state lives
// where every shell of the machine can read it and nothing else keeps it: a file per container,
// /run/containers/NAME/config (`key=value` lines), next to the directory its root is mounted on.
// `exec` is nsenter: the command's own task joins the namespace (setns), drops to the user
// (setcred) and becomes the shell or the command, so `kill` of its pid ends what runs inside.

import { EEXIST, ENOENT, strerror } from '../../kernel/lib/errno';
import { ESRCH, SIGKILL } from '../../kernel/syscalls';
import { encodeText } from '../bytes';
import { UserDb, type PasswdEntry } from '../passwd';
import { isatty, type Proc, type ProcessContext, type ShellRequest } from '../process';
import { Stdio } from '../stdio';
import { HELP } from '../shell/help';
import { members, RuntimeError, startInit, type Bind } from './container-runtime';
import { ContainerStore, STATE_DIR, type ContainerConfig } from './container-store';

const NAME = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/;

const USAGE =
  'usage: container run NAME [--bind SRC:DST]... [--user USER]\n' +
  '       container exec [--user USER] NAME [CMD [ARG]...]\n' +
  '       container ls\n' +
  '       container rm [-f] NAME\n';

class Cli {
  readonly out: Stdio;
  readonly store: ContainerStore;

  constructor(readonly ctx: ProcessContext) {
    this.out = new Stdio(ctx.sys, 1, isatty(ctx.sys, 1) ? 'line' : 'full');
    this.store = new ContainerStore(ctx.sys);
  }

  get sys() {
    return this.ctx.sys;
  }

  /** `container: MESSAGE` on stderr; returns `status`. */
  fail(message: string, status = 1): number {
    this.out.flush();
    this.sys.write(2, encodeText(`container: ${message}\n`));
    return status;
  }

  usage(): number {
    this.out.flush();
    this.sys.write(2, encodeText(USAGE));
    return 2;
  }

  /** A user of the caller's passwd, by name or number (`--user`). */
  user(spec: string): PasswdEntry | null {
    const db = new UserDb(this.sys);
    return db.userByName(spec) ?? (/^\d+$/.test(spec) ? db.userById(Number(spec)) : null);
  }

  /** A container's config, or the message saying why there is none. */
  config(name: string): ContainerConfig | number {
    const c = this.store.read(name);
    if (typeof c !== 'number') return c;
    return this.fail(c === -ENOENT ? `${name}: no such container` : `${name}: ${strerror(c)}`);
  }
}

export function* container(ctx: ProcessContext): Proc {
  const cli = new Cli(ctx);
  const [op, ...args] = ctx.argv.slice(1);
  let status: number;
  switch (op) {
    case 'run':
      status = run(cli, args);
      break;
    case 'exec':
      status = yield* exec(cli, args);
      break;
    case 'ls':
    case 'ps':
      status = args.length > 0 ? cli.usage() : ls(cli);
      break;
    case 'rm':
      status = rm(cli, args);
      break;
    case 'help':
    case '--help':
      cli.out.write(USAGE + (HELP.container.details ?? []).slice(-1).join('') + '\n');
      status = 0;
      break;
    default:
      status = cli.usage();
  }
  cli.out.flush();
  return status;
}

function run(cli: Cli, args: readonly string[]): number {
  let name: string | null = null;
  let user = cli.user('root')!;
  const binds: Bind[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--bind' || a === '--user') {
      const v = args[++i];
      if (v === undefined) return cli.usage();
      if (a === '--user') {
        const u = cli.user(v);
        if (!u) return cli.fail(`unknown user '${v}'`);
        user = u;
        continue;
      }
      const colon = v.indexOf(':');
      const target = v.slice(colon + 1);
      if (colon <= 0 || !target.startsWith('/') || target === '/')
        return cli.fail(`bad --bind '${v}': use SOURCE:/PATH/IN/CONTAINER`, 2);
      binds.push({ source: v.slice(0, colon), target: target.replace(/\/+$/, '') });
    } else if (a.startsWith('-') || name !== null) return cli.usage();
    else name = a;
  }
  if (name === null) return cli.usage();
  if (!NAME.test(name)) return cli.fail(`invalid name '${name}': use letters, digits, '_', '.' and '-'`, 2);
  const made = cli.store.create(name);
  if (made === -EEXIST) return cli.fail(`${name}: already exists`);
  if (made < 0) return cli.fail(`${name}: cannot record it in /run/containers: ${strerror(made)}`);
  try {
    const init = startInit(cli.sys, name, cli.store.rootfs(name), binds);
    cli.store.write({ name, user: user.name, uid: user.uid, gid: user.gid, init: init.pid, binds });
    return 0;
  } catch (e) {
    if (!(e instanceof RuntimeError)) throw e;
    cli.store.remove(name);
    return cli.fail(`${name}: ${e.message}`);
  }
}

/** The environment of a login as `user` inside the container. */
function environment(c: ContainerConfig, user: PasswdEntry | null): Map<string, string> {
  return new Map([
    ['HOME', user?.home ?? '/'],
    ['LOGNAME', user?.name ?? String(c.uid)],
    ['USER', user?.name ?? String(c.uid)],
    ['SHELL', user?.shell ?? '/bin/bash'],
    ['PATH', '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'],
    ['PWD', '/'],
    ['HOSTNAME', c.name],
    ['LC_ALL', 'C'],
    ['TERM', 'xterm-256color'],
  ]);
}

function* exec(cli: Cli, args: readonly string[]): Proc {
  let who: string | null = null;
  let i = 0;
  for (; i < args.length && args[i] === '--user'; i += 2) who = args[i + 1] ?? null;
  const name = args[i];
  if (name === undefined || (i > 0 && who === null)) return cli.usage();
  const c = cli.config(name);
  if (typeof c === 'number') return c;
  const sys = cli.sys;
  const entered = sys.setns(c.init);
  if (entered < 0)
    return cli.fail(entered === -ESRCH ? `${name}: not running` : `${name}: ${strerror(entered)}`);
  const db = new UserDb(sys);
  const user = who === null ? db.userById(c.uid) : (db.userByName(who) ?? null);
  if (who !== null && !user) return cli.fail(`unknown user '${who}' in ${name}`);
  const uid = user?.uid ?? c.uid;
  const gid = user?.gid ?? c.gid;
  const groups = db.groups
    .filter((g) => user && g.members.includes(user.name) && g.gid !== gid)
    .map((g) => g.gid);
  const err = sys.setcred(uid, gid, groups);
  if (err < 0) return cli.fail(`${name}: cannot set user id: ${strerror(err)}`);
  sys.chdir('/');
  const argv = args.slice(i + 1);
  if (argv.length > 0) {
    const proc = cli.ctx.execvp?.(sys, argv, environment(c, user)) ?? null;
    if (!proc) return cli.fail(`${argv[0]}: command not found`, 127);
    return yield* proc;
  }
  sys.exec('bash');
  const request: ShellRequest = { kind: 'shell', sys, vars: { HOSTNAME: c.name }, status: 0 };
  yield request;
  return request.status;
}

function ls(cli: Cli): number {
  const names = cli.store.names();
  if (typeof names === 'number') return cli.fail(`${STATE_DIR}: ${strerror(names)}`);
  const rows = [['NAME', 'USER', 'INIT', 'PROCESSES', 'BINDS']];
  for (const name of names) {
    const c = cli.store.read(name);
    if (typeof c === 'number') continue;
    const inside = members(cli.sys, c.init);
    const running = inside.length > 0;
    rows.push([
      c.name,
      c.user,
      running ? String(c.init) : '-',
      running ? String(inside.length - 1) : 'stopped',
      c.binds.map((b) => `${b.source}:${b.target}`).join(',') || '-',
    ]);
  }
  const widths = rows[0].map((_, col) => Math.max(...rows.map((r) => r[col].length)));
  for (const r of rows)
    cli.out.write(r.map((v, col) => (col < r.length - 1 ? v.padEnd(widths[col]) : v)).join('  ') + '\n');
  return 0;
}

function rm(cli: Cli, args: readonly string[]): number {
  const force = args[0] === '-f';
  const names = force ? args.slice(1) : args;
  if (names.length !== 1) return cli.usage();
  const name = names[0];
  const c = cli.config(name);
  if (typeof c === 'number') return c;
  const others = members(cli.sys, c.init).filter((p) => p.pid !== c.init);
  if (others.length > 0 && !force) {
    const list = others.map((p) => `${p.pid} ${p.comm}`).join(', ');
    const what = others.length === 1 ? '1 process is' : `${others.length} processes are`;
    return cli.fail(
      `cannot remove ${name}: ${what} still running in it (${list}); stop them first, or use rm -f`,
    );
  }
  for (const p of [...others, { pid: c.init }]) cli.sys.kill(p.pid, SIGKILL);
  cli.store.remove(name);
  return 0;
}

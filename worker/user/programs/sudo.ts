// Models sudo 1.9.13 as Debian 12 installs it. /usr/bin/sudo is set-user-ID root: the kernel's exec
// of it (execSetuid) gives the task the effective uid 0 and leaves the real uid, who ran it. The
// policy is sudo-text.ts's sudoers: root, and the members of group `sudo` (/etc/group) without a
// password, may run anything as anyone (-u USER, -g GROUP); anyone else is `not in the sudoers
// file`. The command, looked up in secure_path (a builtin of bash alone, like cd, is not found),
// runs as the target (setresuid/setresgid/setgroups through the kernel) with sudo's environment
// (sudo-env.ts). -s and -i start an interactive shell for the target (-i in its home directory),
// or run their command; -l lists the privileges or checks a command; -v, -k and -K succeed.
// Simplified: there are no passwords, so nobody is asked one (a user sudoers refuses is refused
// at once); sudo execs the command in its own task instead of waiting for it in a child on a new
// pty; -s and -i run their command themselves instead of through `$SHELL -c`; -V prints what a
// user sees, root included.

import { encodeText } from '../bytes';
import { commandPath } from '../coreutils/invocation/command-path';
import { decodeUtf8 } from '../../kernel/lib/utf8';
import { UserDb, type PasswdEntry } from '../passwd';
import { readFileSync, type Proc, type ProcessContext, type ShellRequest } from '../process';
import { parseSudoArgs, type SudoRequest } from './sudo-args';
import { sudoEnvironment } from './sudo-env';
import { HELP_TEXT, listing, USAGE, VERSION_TEXT } from './sudo-text';

/** The group whose members sudoers lets run anything (`%sudo ALL=(ALL:ALL) NOPASSWD: ALL`). */
const SUDO_GROUP = 'sudo';
const S_IFMT = 0o170000;
const S_IFIFO = 0o010000;

function say(ctx: ProcessContext, text: string): void {
  ctx.sys.write(2, encodeText(text));
}

function usage(ctx: ProcessContext, message: string | null): number {
  say(ctx, (message === null ? '' : `sudo: ${message}\n`) + USAGE);
  return 1;
}

/** gethostname(): the machine's name, as /etc/hostname has it. */
function hostname(ctx: ProcessContext): string {
  const bytes = readFileSync(ctx.sys, '/etc/hostname');
  return (bytes && decodeUtf8(bytes).split('\n')[0]) || 'playground';
}

/** Whether sudoers lets `user` run commands: root, or a member of group sudo. */
function allowed(db: UserDb, user: PasswdEntry): boolean {
  const group = db.groupByName(SUDO_GROUP);
  return user.uid === 0 || (group !== null && (group.gid === user.gid || group.members.includes(user.name)));
}

/** A `-u` or `-U` name, or `#UID`. */
function lookupUser(db: UserDb, spec: string): PasswdEntry | null {
  const m = /^#(\d+)$/.exec(spec);
  return m ? db.userById(Number(m[1])) : db.userByName(spec);
}

export function* sudo(ctx: ProcessContext): Proc {
  const { sys } = ctx;
  sys.execSetuid('sudo', ctx.argv);
  const r = parseSudoArgs(ctx.argv.slice(1));
  if ('usage' in r) return usage(ctx, r.usage);
  if (r.mode === 'help') {
    sys.write(1, encodeText(HELP_TEXT));
    return 0;
  }
  if (r.mode === 'version') {
    sys.write(1, encodeText(VERSION_TEXT));
    return 0;
  }
  if (r.mode === 'kill' || (r.mode === 'run' && r.command.length === 0 && !r.login && !r.shell)) return 0;
  const db = new UserDb(sys);
  const invoker = db.userById(sys.getuid());
  if (!invoker) {
    say(ctx, 'sudo: you do not exist in the passwd database\n');
    return 1;
  }
  const auditFailure = 'sudo: error initializing audit plugin sudoers_audit\n';
  const target = r.user === null ? (r.group === null ? db.userById(0) : invoker) : lookupUser(db, r.user);
  if (!target) {
    say(ctx, `sudo: unknown user ${r.user}\n${auditFailure}`);
    return 1;
  }
  const group = r.group === null ? null : db.groupByName(r.group);
  if (r.group !== null && !group) {
    say(ctx, `sudo: unknown group ${r.group}\n${auditFailure}`);
    return 1;
  }
  const host = hostname(ctx);
  if (r.mode === 'list') return list(ctx, db, r, invoker, host);
  if (!allowed(db, invoker)) {
    if (r.mode === 'validate') say(ctx, `Sorry, user ${invoker.name} may not run sudo on ${host}.\n`);
    else say(ctx, `${invoker.name} is not in the sudoers file.\n`);
    return 1;
  }
  if (r.mode === 'validate') return 0;
  return yield* run(ctx, db, r, invoker, target, group?.gid ?? target.gid);
}

/** sudo -l [-U USER] [CMD]: the privileges, or the path of a command sudo would run. */
function list(ctx: ProcessContext, db: UserDb, r: SudoRequest, invoker: PasswdEntry, host: string): number {
  const { sys } = ctx;
  const who = r.otherUser === null ? invoker : db.userByName(r.otherUser);
  if (!who) {
    say(ctx, `sudo: unknown user ${r.otherUser}\n`);
    return 1;
  }
  if (!allowed(db, invoker)) {
    say(ctx, `Sorry, user ${invoker.name} may not run sudo on ${host}.\n`);
    return 1;
  }
  if (!allowed(db, who)) {
    sys.write(1, encodeText(`User ${who.name} is not allowed to run sudo on ${host}.\n`));
    return 0;
  }
  if (r.command.length > 0) {
    const path = commandPath(r.command[0]);
    if (path === null) {
      say(ctx, `sudo: ${r.command[0]}: command not found\n`);
      return 1;
    }
    sys.write(1, encodeText([path, ...r.command.slice(1)].join(' ') + '\n'));
    return 0;
  }
  const st = sys.fstat(1);
  const wrap = !(st.ok && (st.value.mode & S_IFMT) === S_IFIFO);
  sys.write(1, encodeText(listing(who.name, host, who.uid === 0, r.longList, wrap)));
  return 0;
}

/** A -s or -i command line as sudo hands it to `$SHELL -c`: meta characters escaped. */
function shellCommand(argv: readonly string[]): string {
  return argv.map((a) => a.replace(/[^A-Za-z0-9_$-]/g, '\\$&')).join(' ');
}

/** Runs the command (or the shell) as `target`, in sudo's own task. */
function* run(
  ctx: ProcessContext,
  db: UserDb,
  r: SudoRequest,
  invoker: PasswdEntry,
  target: PasswdEntry,
  gid: number,
): Proc {
  const { sys } = ctx;
  const viaShell = r.login || r.shell;
  const shellPath = r.shell ? (ctx.env.get('SHELL') ?? invoker.shell) : target.shell;
  const path = viaShell ? shellPath : commandPath(r.command[0]);
  if (path === null) {
    const name = r.command[0];
    say(ctx, `sudo: ${name}: command not found\n`);
    if (name === 'cd') {
      say(ctx, 'sudo: "cd" is a shell built-in command, it cannot be run directly.\n');
      say(ctx, 'sudo: the -s option may be used to run a privileged shell.\n');
      say(ctx, 'sudo: the -D option may be used to run a command in a specific directory.\n');
    }
    return 1;
  }
  if (r.chdir !== null) {
    say(ctx, `sudo: you are not permitted to use the -D option with ${path}\n`);
    return 1;
  }
  const command =
    viaShell && r.command.length > 0
      ? `${path} -c ${shellCommand(r.command)}`
      : [path, ...r.command.slice(viaShell ? 0 : 1)].join(' ');
  const env = sudoEnvironment(ctx.env, {
    preserve: r.preserveEnv,
    keepVars: r.keepVars,
    setHome: r.setHome,
    target,
    invoker: { name: invoker.name, uid: sys.getuid(), gid: sys.getgid() },
    command,
    assignments: r.assignments,
  });
  const memberOf = db.groups.filter((g) => g.members.includes(target.name)).map((g) => g.gid);
  const groups = r.preserveGroups
    ? [sys.getgid(), ...sys.getgroups()]
    : [...(gid === target.gid ? [] : [gid]), target.gid, ...memberOf];
  const err = sys.setcred(target.uid, gid, [...new Set(groups)]);
  if (err < 0) {
    say(ctx, 'sudo: unable to set runas group vector\n');
    return 1;
  }
  if (r.login) sys.chdir(target.home);
  if (r.command.length === 0) {
    sys.exec('bash', r.login ? ['-bash'] : ['bash']);
    const request: ShellRequest = { kind: 'shell', sys, vars: Object.fromEntries(env), status: 0 };
    yield request;
    return request.status;
  }
  const proc = ctx.execvp?.(sys, r.command, env) ?? null;
  if (!proc) {
    const shown = r.login ? `-${shellPath.slice(shellPath.lastIndexOf('/') + 1)}` : shellPath;
    say(ctx, `${shown}: line 1: ${r.command[0]}: command not found\n`);
    return 127;
  }
  return yield* proc;
}

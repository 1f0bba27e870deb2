// Models util-linux mount (--bind, or a list of mounts) and umount with their diagnostics, and GNU
// coreutils id, whoami and sleep (which lets time pass on the model's clock).

import { EBUSY, EINVAL, ENOENT, ENOTDIR, EPERM, strerror } from '../../kernel/lib/errno';
import { UserDb } from '../passwd';
import { sleepFor, type Proc, type ProcessContext } from '../process';
import { isDirMode } from './format';
import { quote, Tool } from './tool';

/** util-linux prints targets as absolute paths. */
function absolute(ctx: ProcessContext, path: string): string {
  const parts = (path.startsWith('/') ? path : `${ctx.sys.getcwd()}/${path}`).split('/');
  const out: string[] = [];
  for (const part of parts) {
    if (part === '' || part === '.') continue;
    if (part === '..') out.pop();
    else out.push(part);
  }
  return '/' + out.join('/');
}

/** util-linux's exit status for a failed mount or umount. */
const MNT_EX_FAIL = 32;
const MNT_EX_USAGE = 1;

export function* mount(ctx: ProcessContext): Proc {
  const t = new Tool(ctx, 'mount', MNT_EX_USAGE);
  const p = t.options({ flags: 'Bv', withArg: 'ot', long: { bind: 'B', 'options=': 'o', 'types=': 't' } });
  if (typeof p === 'number') return p;
  const bind = p.has('B') || (p.value('o') ?? '').split(',').includes('bind');
  if (p.operands.length === 0 && !bind) {
    for (const m of ctx.sys.mounts())
      t.out.write(`${m.source} on ${m.target} type ${m.fsType} (rw,relatime)\n`);
    return t.finish(0);
  }
  if (!bind || p.operands.length !== 2) {
    t.error('bad usage');
    ctx.sys.write(
      2,
      new Uint8Array([..."Try 'mount --help' for more information.\n"].map((c) => c.charCodeAt(0))),
    );
    return t.finish(MNT_EX_USAGE);
  }
  const [source, target] = p.operands;
  const dst = absolute(ctx, target);
  const r = ctx.sys.getuid() === 0 ? ctx.sys.bindMount(source, target) : -EPERM;
  if (r === 0) return t.finish(0);
  const exists = (path: string) => ctx.sys.stat(path);
  const src = exists(source);
  let message: string;
  if (r === -EPERM) message = 'must be superuser to use mount.';
  else if (r === -ENOENT)
    message = exists(target).ok ? `special device ${source} does not exist.` : 'mount point does not exist.';
  else if (r === -ENOTDIR && src.ok && isDirMode(src.value.mode)) message = 'mount point is not a directory.';
  else message = `mount(2) system call failed: ${strerror(r)}.`;
  t.error(
    `${dst}: ${message}\n       dmesg(1) may have more information after failed mount system call.`,
    MNT_EX_FAIL,
  );
  return t.finish();
}

export function* umount(ctx: ProcessContext): Proc {
  const t = new Tool(ctx, 'umount', MNT_EX_USAGE);
  const p = t.options({ flags: 'lfv', long: { lazy: 'l', force: 'f' } });
  if (typeof p === 'number') return p;
  if (p.operands.length === 0) return t.usage('bad usage');
  for (const target of p.operands) {
    const r = ctx.sys.umount(target);
    if (r === 0) continue;
    const path = absolute(ctx, target);
    const why: Record<number, string> = {
      [EPERM]: 'must be superuser to unmount.',
      [EINVAL]: 'not mounted.',
      [ENOENT]: 'no mount point specified.',
      [EBUSY]: 'target is busy.',
    };
    t.error(`${path}: ${why[-r] ?? strerror(r) + '.'}`, MNT_EX_FAIL);
  }
  return t.finish();
}

export function* id(ctx: ProcessContext): Proc {
  const t = new Tool(ctx, 'id');
  const p = t.options({ flags: 'ugGnr', long: { user: 'u', group: 'g', groups: 'G', name: 'n', real: 'r' } });
  if (typeof p === 'number') return p;
  const db = new UserDb(ctx.sys);
  let uid = ctx.sys.getuid();
  let gid = ctx.sys.getgid();
  let groups = [...ctx.sys.getgroups()];
  if (p.operands.length > 0) {
    const name = p.operands[0];
    const user = db.userByName(name) ?? (/^\d+$/.test(name) ? db.userById(Number(name)) : null);
    if (!user) {
      t.error(`${quote(name)}: no such user`);
      return t.finish();
    }
    ({ uid, gid } = user);
    groups = db.groups.filter((g) => g.members.includes(user.name)).map((g) => g.gid);
  }
  const all = [gid, ...groups.filter((g) => g !== gid)];
  const names = p.has('n');
  if (p.has('u')) t.out.write(`${names ? db.userName(uid) : uid}\n`);
  else if (p.has('g')) t.out.write(`${names ? db.groupName(gid) : gid}\n`);
  else if (p.has('G')) t.out.write(all.map((g) => (names ? db.groupName(g) : String(g))).join(' ') + '\n');
  else if (names || p.has('r')) {
    t.error('cannot print only names or real IDs in default format');
    return t.finish();
  } else {
    const named = (n: number, name: string | null) => (name === null ? `${n}` : `${n}(${name})`);
    const groupList = all.map((g) => named(g, db.groupById(g)?.name ?? null)).join(',');
    t.out.write(
      `uid=${named(uid, db.userById(uid)?.name ?? null)} gid=${named(gid, db.groupById(gid)?.name ?? null)} groups=${groupList}\n`,
    );
  }
  return t.finish();
}

export function* whoami(ctx: ProcessContext): Proc {
  const t = new Tool(ctx, 'whoami');
  const p = t.options({});
  if (typeof p === 'number') return p;
  if (p.operands.length > 0) return t.usage(`extra operand ${quote(p.operands[0])}`);
  const uid = ctx.sys.getuid();
  const user = new UserDb(ctx.sys).userById(uid);
  if (!user) t.error(`cannot find name for user ID ${uid}`);
  else t.out.write(user.name + '\n');
  return t.finish();
}

const UNITS: Record<string, number> = { '': 1, s: 1, m: 60, h: 3600, d: 86400 };

export function* sleep(ctx: ProcessContext): Proc {
  const t = new Tool(ctx, 'sleep');
  const p = t.options({});
  if (typeof p === 'number') return p;
  if (p.operands.length === 0) return t.usage('missing operand');
  let seconds = 0;
  for (const arg of p.operands) {
    const m = /^(\d+(?:\.\d*)?|\.\d+)([smhd]?)$/.exec(arg);
    if (!m) return t.usage(`invalid time interval ${quote(arg)}`);
    seconds += Number(m[1]) * UNITS[m[2]];
  }
  yield* sleepFor(ctx.sys, Math.round(seconds * 1e9));
  return t.finish(0);
}

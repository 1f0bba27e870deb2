// Models util-linux su as the playground has it: `su [-] [USER]` turns its own task into USER's
// interactive shell (setresuid/setresgid/setgroups through the kernel, which allows it to root
// only) and waits until that shell exits; `exit` returns to the shell that ran su. Simplified:
// there are no passwords, so only root may switch (anyone else gets an authentication failure,
// as a wrong password would), and su execs the shell in place instead of forking it.

import { strerror } from '../../kernel/lib/errno';
import { encodeText } from '../bytes';
import { UserDb } from '../passwd';
import type { Proc, ProcessContext, ShellRequest } from '../process';

function say(ctx: ProcessContext, message: string): void {
  ctx.sys.write(2, encodeText(`su: ${message}\n`));
}

export function* su(ctx: ProcessContext): Proc {
  const { sys } = ctx;
  let login = false;
  const operands: string[] = [];
  for (const a of ctx.argv.slice(1)) {
    if (a === '-' || a === '-l' || a === '--login') login = true;
    else if (a.startsWith('-')) {
      say(ctx, `invalid option -- '${a.replace(/^-+/, '')}'`);
      sys.write(2, encodeText("Try 'su --help' for more information.\n"));
      return 1;
    } else operands.push(a);
  }
  const name = operands[0] ?? 'root';
  const db = new UserDb(sys);
  const user = db.userByName(name);
  if (!user) {
    say(ctx, `user ${name} does not exist or the user entry does not contain all the required fields`);
    return 1;
  }
  if (sys.getuid() !== 0) {
    say(ctx, 'Authentication failure');
    return 1;
  }
  const groups = db.groups
    .filter((g) => g.members.includes(user.name) && g.gid !== user.gid)
    .map((g) => g.gid);
  const err = sys.setcred(user.uid, user.gid, groups);
  if (err < 0) {
    say(ctx, `cannot set user id: ${strerror(err)}`);
    return 1;
  }
  if (login && sys.chdir(user.home) < 0) {
    say(ctx, `warning: cannot change directory to ${user.home}: No such file or directory`);
  }
  sys.exec('bash');
  const request: ShellRequest = { kind: 'shell', sys, vars: {}, status: 0 };
  yield request;
  return request.status;
}

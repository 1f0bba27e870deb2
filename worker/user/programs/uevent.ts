// The playground's `uevent`: a command-line client of the user_events "status bit" ABI (Linux
// 6.0–6.3, KERNEL-MODEL §c.5–§c.9), behaving as the reference program shared/oracle/uevent.c.
// Each subcommand is what an instrumented program does at the system-call level:
//   register FD 'NAME FIELDS'      DIAG_IOCSREG on an inherited descriptor → `status_bit=N write_index=M`
//   unregister FD NAME             DIAG_IOCSDEL
//   write FD WRITE_INDEX [VALUE…]  one writev: the 4-byte index, then the encoded values → byte count
//   enabled STATUS_FILE BIT        maps the status page, prints 1 or 0 (exit 0 when set, 1 when not)
//   hold STATUS_FILE               maps the status page, closes it, prints `mapped V[0]=0xNN` and keeps
//                                  the mapping until a signal ends it (the oracle's `nstool hold`)
//   emit [-d DIR] [--count N] [--interval DURATION] 'NAME FIELDS' [VALUE…]
//                                  open, register, map, write only if enabled, close; with --count,
//                                  N writes DURATION apart on the virtual clock (a playground
//                                  extension: the reference program writes once)
// Exit status: 0 ok, 1 the kernel refused (`uevent: OP: strerror`), 2 a usage error (nothing done).
// NOTE: `--help` goes to standard output (the reference writes it to stderr; a terminal shows both).

import { DIAG_IOCSDEL } from '../../kernel/syscall-table';
import type { Proc, ProcessContext } from '../process';
import { wholeInteger } from './c-number';
import { cString, EXIT_USAGE, Uevent, UEVENT_USAGE, type Status } from './uevent-client';
import { emit } from './uevent-emit';
import { hold } from './uevent-hold';

export { UEVENT_USAGE } from './uevent-client';

export function* uevent(ctx: ProcessContext): Proc {
  const u = new Uevent(ctx);
  const args = ctx.argv.slice(1);
  let status: Status;
  if (args[0] === 'emit') status = yield* emit(u, args.slice(1));
  else if (args[0] === 'hold') status = yield* hold(u, args.slice(1));
  else status = run(u, args);
  u.out.flush();
  return status;
}

function run(u: Uevent, args: readonly string[]): Status {
  if (args.length === 0) return u.usage();
  const [op, ...rest] = args;
  switch (op) {
    case '--help':
    case '-h':
    case 'help':
      u.out.write(UEVENT_USAGE);
      return 0;
    case 'register':
      return register(u, rest);
    case 'unregister':
      return unregister(u, rest);
    case 'write':
      return write(u, rest);
    case 'enabled':
      return enabled(u, rest);
    default:
      u.say(`unknown command '${op}'`, EXIT_USAGE);
      return u.usage();
  }
}

function register(u: Uevent, args: readonly string[]): Status {
  if (args.length !== 2) return u.usage();
  const fd = u.fd(args[0]);
  if (typeof fd !== 'number') return fd.status;
  const reg = u.register(fd, args[1]);
  if (typeof reg === 'number') return u.refused('register', reg);
  u.out.write(`status_bit=${reg.statusBit} write_index=${reg.writeIndex}\n`);
  return 0;
}

function unregister(u: Uevent, args: readonly string[]): Status {
  if (args.length !== 2) return u.usage();
  const fd = u.fd(args[0]);
  if (typeof fd !== 'number') return fd.status;
  const r = u.sys.ioctl(fd, DIAG_IOCSDEL, cString(args[1]));
  return r < 0 ? u.refused('unregister', r) : 0;
}

function write(u: Uevent, args: readonly string[]): Status {
  if (args.length < 2) return u.usage();
  const fd = u.fd(args[0]);
  if (typeof fd !== 'number') return fd.status;
  const index = wholeInteger(args[1], 0, true);
  if (index === null || index < -(2n ** 31n) || index > 2n ** 32n - 1n)
    return u.say(`bad write index '${args[1]}'`, EXIT_USAGE);
  const r = u.write(fd, Number(BigInt.asIntN(32, index)), args.slice(2));
  if ('status' in r) return r.status;
  if (r.written < 0) return u.refused('write', r.written);
  u.out.write(`${r.written}\n`);
  return 0;
}

function enabled(u: Uevent, args: readonly string[]): Status {
  if (args.length !== 2) return u.usage();
  const r = u.bit(args[0], args[1]);
  if ('status' in r) return r.status;
  u.out.write(r.set ? '1\n' : '0\n');
  return r.set ? 0 : 1;
}

// The playground's `uevent`: a command-line client of user_events, behaving as the project's C
// program native/uevent/uevent.c. It speaks the ABI of the kernel it runs on, as uname(2) tells
// (UEVENT_ABI=status-page|enable-bit overrides): on Linux 6.4 and later the enable-bit ABI of
// uevent-enable-bit.ts; before, the "status bit" ABI (Linux 6.0–6.3, KERNEL-MODEL §c.5–§c.9),
// where each subcommand is what an instrumented program does at the system-call level:
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
import { encodeText } from '../bytes';
import { wholeInteger } from './c-number';
import { cString, EXIT_USAGE, Uevent, UEVENT_USAGE, type Status, type UeventAbi } from './uevent-client';
import { emit } from './uevent-emit';
import { hold } from './uevent-hold';
import * as enableBit from './uevent-enable-bit';

export { UEVENT_USAGE } from './uevent-client';

/** The ABI: UEVENT_ABI when set, else enable bits from release 6.4 on; null for a bad UEVENT_ABI. */
function abiOf(ctx: ProcessContext): UeventAbi | null {
  const forced = ctx.env.get('UEVENT_ABI') ?? '';
  if (forced === 'status-page' || forced === 'enable-bit') return forced;
  if (forced !== '') return null;
  const m = /^(\d+)\.(\d+)/.exec(ctx.sys.uname().release);
  const [major, minor] = m ? [Number(m[1]), Number(m[2])] : [0, 0];
  return major > 6 || (major === 6 && minor >= 4) ? 'enable-bit' : 'status-page';
}

export function* uevent(ctx: ProcessContext): Proc {
  const abi = abiOf(ctx);
  if (abi === null) {
    ctx.sys.write(2, encodeText(`uevent: bad UEVENT_ABI '${ctx.env.get('UEVENT_ABI')}'\n`));
    return EXIT_USAGE;
  }
  const u = new Uevent(ctx, abi, abi === 'enable-bit' ? enableBit.UEVENT_USAGE_ENABLE_BIT : UEVENT_USAGE);
  const args = ctx.argv.slice(1);
  const newAbi = abi === 'enable-bit';
  let status: Status;
  if (args[0] === 'emit') status = yield* (newAbi ? enableBit.emit : emit)(u, args.slice(1));
  else if (args[0] === 'hold') status = yield* (newAbi ? enableBit.hold : hold)(u, args.slice(1));
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
      return u.help();
    case 'register':
      return u.abi === 'enable-bit' ? enableBit.register(u, rest) : register(u, rest);
    case 'unregister':
      return unregister(u, rest);
    case 'write':
      return write(u, rest);
    case 'enabled':
      return u.abi === 'enable-bit' ? enableBit.enabled(u, rest) : enabled(u, rest);
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

// The playground's `uevent`: a command-line client of the user_events "status bit" ABI (Linux
// 6.0–6.3, KERNEL-MODEL §c.5–§c.9), behaving as the reference program shared/oracle/uevent.c.
// Each subcommand is what an instrumented program does at the system-call level:
//   register FD 'NAME FIELDS'      DIAG_IOCSREG on an inherited descriptor → `status_bit=N write_index=M`
//   unregister FD NAME             DIAG_IOCSDEL
//   write FD WRITE_INDEX [VALUE…]  one writev: the 4-byte index, then the encoded values → byte count
//   enabled STATUS_FILE BIT        maps the status page, prints 1 or 0 (exit 0 when set, 1 when not)
//   emit [-d DIR] 'NAME FIELDS' [VALUE…]   open, register, map, write only if enabled, close
// Exit status: 0 ok, 1 the kernel refused (`uevent: OP: strerror`), 2 a usage error (nothing done).
// NOTE: `--help` goes to standard output (the reference writes it to stderr; a terminal shows both).

import { strerror } from '../../kernel/lib/errno';
import { DIAG_IOCSDEL, DIAG_IOCSREG, USER_REG_SIZE, type UserReg } from '../../kernel/syscall-table';
import { O_RDONLY, O_RDWR } from '../../kernel/syscalls';
import { encodeText } from '../bytes';
import { isatty, type Proc, type ProcessContext } from '../process';
import { Stdio } from '../stdio';
import { wholeInteger } from './c-number';
import { buildPayload, littleEndian } from './uevent-payload';

export const UEVENT_USAGE =
  "usage: uevent register FD 'NAME FIELDS'\n" +
  '       uevent unregister FD NAME\n' +
  '       uevent write FD WRITE_INDEX [VALUE...]\n' +
  '       uevent enabled STATUS_FILE BIT\n' +
  "       uevent emit [-d DIR] 'NAME FIELDS' [VALUE...]\n" +
  'VALUE: u8:N u16:N u32:N u64:N s8:N s16:N s32:N s64:N char[N]:TEXT loc:TEXT rel:TEXT hex:BYTES\n';

const DEFAULT_DIR = '/sys/kernel/tracing';
const PAGE_SIZE = 4096;
const INT_MAX = 2n ** 31n - 1n;
const EXIT_REFUSED = 1;
const EXIT_USAGE = 2;

/** The status a subcommand exits with (its message already printed). */
type Status = number;

class Uevent {
  readonly out: Stdio;

  constructor(readonly ctx: ProcessContext) {
    this.out = new Stdio(ctx.sys, 1, isatty(ctx.sys, 1) ? 'line' : 'full');
  }

  get sys() {
    return this.ctx.sys;
  }

  /** `uevent: MESSAGE` on stderr; returns `status`. */
  say(message: string, status: number): Status {
    this.out.flush();
    this.sys.write(2, encodeText(`uevent: ${message}\n`));
    return status;
  }

  usage(status = EXIT_USAGE): Status {
    this.out.flush();
    this.sys.write(2, encodeText(UEVENT_USAGE));
    return status;
  }

  /** A refused system call: `uevent: OP: strerror`, status 1. */
  refused(op: string, err: number): Status {
    return this.say(`${op}: ${strerror(err)}`, EXIT_REFUSED);
  }

  /** A descriptor operand: a decimal number naming a descriptor this process has open. */
  fd(arg: string): number | { status: Status } {
    const v = wholeInteger(arg, 10, true);
    if (v === null || v < 0n || v > INT_MAX)
      return { status: this.say(`bad file descriptor '${arg}'`, EXIT_USAGE) };
    if (!this.sys.isOpen(Number(v)))
      return { status: this.say(`file descriptor ${arg} is not open`, EXIT_USAGE) };
    return Number(v);
  }

  register(fd: number, command: string): UserReg | number {
    const reg: UserReg = { size: USER_REG_SIZE, nameArgs: cString(command) };
    const r = this.sys.ioctl(fd, DIAG_IOCSREG, reg);
    return r < 0 ? r : reg;
  }

  /** One writev: the index, the fixed part, the strings; a bad value is reported before any call. */
  write(fd: number, index: number, values: readonly string[]): { written: number } | { status: Status } {
    const payload = buildPayload(values);
    if ('error' in payload) return { status: this.say(payload.error, EXIT_USAGE) };
    const iov: Uint8Array[] = [Uint8Array.from(littleEndian(BigInt(index), 4))];
    if (payload.fixed.length > 0) iov.push(payload.fixed);
    if (payload.strings.length > 0) iov.push(payload.strings);
    return { written: this.sys.writev(fd, iov) };
  }

  /** Maps FILE's status page (one page, as a writer does) and reads BIT; a failure is reported. */
  bit(file: string, bitArg: string): { set: boolean } | { status: Status } {
    const bit = wholeInteger(bitArg, 0, false);
    if (bit === null || bit >= BigInt(PAGE_SIZE * 8))
      return { status: this.say(`bad bit number '${bitArg}'`, EXIT_USAGE) };
    const fd = this.sys.open(file, O_RDONLY);
    if (fd < 0) return { status: this.say(`${file}: ${strerror(fd)}`, EXIT_USAGE) };
    const map = this.sys.mmap(fd, PAGE_SIZE);
    if (!map.ok) {
      this.sys.close(fd);
      return { status: this.say(`mmap ${file}: ${strerror(map.err)}`, EXIT_USAGE) };
    }
    const b = Number(bit);
    const set = (((map.value.view.at(b >> 3) ?? 0) >> (b & 7)) & 1) === 1;
    this.sys.munmap(map.value.id);
    this.sys.close(fd);
    return { set };
  }
}

export function* uevent(ctx: ProcessContext): Proc {
  const u = new Uevent(ctx);
  const status = run(u, ctx.argv.slice(1));
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
    case 'emit':
      return emit(u, rest);
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

/** The whole life of an instrumented program; the values are checked before the kernel is touched. */
function emit(u: Uevent, args: readonly string[]): Status {
  let dir = DEFAULT_DIR;
  let i = 0;
  if (args[0] === '-d') {
    if (args.length < 2) return u.usage();
    dir = args[1];
    i = 2;
  }
  if (i >= args.length) return u.usage();
  const command = args[i];
  const values = args.slice(i + 1);
  const checked = buildPayload(values);
  if ('error' in checked) return u.say(checked.error, EXIT_USAGE);
  const data = `${dir}/user_events_data`;
  const fd = u.sys.open(data, O_RDWR);
  if (fd < 0) return u.say(`${data}: ${strerror(fd)}`, EXIT_REFUSED);
  const reg = u.register(fd, command);
  if (typeof reg === 'number') return u.refused('register', reg);
  const bit = u.bit(`${dir}/user_events_status`, String(reg.statusBit));
  if ('status' in bit) return EXIT_REFUSED;
  if (!bit.set) {
    u.out.write('not enabled: nothing written\n');
    u.sys.close(fd);
    return 0;
  }
  const r = u.write(fd, reg.writeIndex ?? 0, values);
  if ('status' in r) return r.status;
  if (r.written < 0) return u.refused('write', r.written);
  u.out.write(`written ${r.written} bytes\n`);
  u.sys.close(fd);
  return 0;
}

/** What a C program receives of an argument: the text up to the first NUL. */
function cString(text: string): string {
  const nul = text.indexOf('\0');
  return nul < 0 ? text : text.slice(0, nul);
}

// The user_events client that `uevent`'s subcommands share: one process's view of the ABI (the
// register ioctl, one writev per event, a bit of the mapped status page) and its diagnostics,
// `uevent: OP: strerror` with status 1 for a refusal and 2 for a usage error.

import { strerror } from '../../kernel/lib/errno';
import { DIAG_IOCSREG, USER_REG_SIZE, type UserReg } from '../../kernel/syscall-table';
import { O_RDONLY } from '../../kernel/syscalls';
import { encodeText } from '../bytes';
import { isatty, type ProcessContext } from '../process';
import { Stdio } from '../stdio';
import { wholeInteger } from './c-number';
import { buildPayload, littleEndian } from './uevent-payload';

export const UEVENT_USAGE =
  "usage: uevent register FD 'NAME FIELDS'\n" +
  '       uevent unregister FD NAME\n' +
  '       uevent write FD WRITE_INDEX [VALUE...]\n' +
  '       uevent enabled STATUS_FILE BIT\n' +
  '       uevent hold STATUS_FILE\n' +
  "       uevent emit [-d DIR] [--count N] [--interval DURATION] 'NAME FIELDS' [VALUE...]\n" +
  'VALUE: u8:N u16:N u32:N u64:N s8:N s16:N s32:N s64:N char[N]:TEXT loc:TEXT rel:TEXT hex:BYTES\n' +
  'DURATION: a number with ns, us, ms, s or m (default s), e.g. 500ms\n';

export const DEFAULT_DIR = '/sys/kernel/tracing';
export const PAGE_SIZE = 4096;
const INT_MAX = 2n ** 31n - 1n;
export const EXIT_REFUSED = 1;
export const EXIT_USAGE = 2;

/** The status a subcommand exits with (its message already printed). */
export type Status = number;

/** Which user_events ABI the kernel speaks: the status page (6.0–6.3) or enable bits (6.4 on). */
export type UeventAbi = 'status-page' | 'enable-bit';

export class Uevent {
  readonly out: Stdio;

  constructor(
    readonly ctx: ProcessContext,
    readonly abi: UeventAbi = 'status-page',
    private readonly usageText = UEVENT_USAGE,
  ) {
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
    this.sys.write(2, encodeText(this.usageText));
    return status;
  }

  /** --help: the usage on standard output. */
  help(): Status {
    this.out.write(this.usageText);
    return 0;
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

/** What a C program receives of an argument: the text up to the first NUL. */
export function cString(text: string): string {
  const nul = text.indexOf('\0');
  return nul < 0 ? text : text.slice(0, nul);
}

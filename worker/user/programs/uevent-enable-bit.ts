// `uevent` on the enable-bit ABI of Linux 6.4 and later (include/uapi/linux/user_events.h of 6.12):
// each registration names a bit of a word in the program's own memory, which the kernel sets while
// the event is recorded and clears otherwise; there is no status page. The word is the first four
// bytes of one anonymous page the program maps, bit 0.
//   register FD 'NAME FIELDS' [persist] [multi-format]   -> `write_index=M enabled=B`, then exit
//                                                           (the kernel drops the bit with the memory)
//   enabled FD 'NAME FIELDS'     register, read the bit, DIAG_IOCSUNREG; prints 1 or 0 (exit 0 or 1)
//   hold FD 'NAME FIELDS' [FLAG...]  register and keep the bit until a signal ends the program
//   emit ...                     as on the old ABI, looking at the bit before every write
// `unregister` and `write` are the old ABI's (uevent.ts).

import { strerror } from '../../kernel/lib/errno';
import {
  DIAG_IOCSREG,
  DIAG_IOCSUNREG,
  USER_EVENT_REG_MULTI_FORMAT,
  USER_EVENT_REG_PERSIST,
  USER_REG_SIZE_V2,
  USER_UNREG_SIZE,
  type UpstreamUserReg,
} from '../../kernel/syscall-table';
import { sleepFor, type Yielded } from '../process';
import { cString, EXIT_USAGE, PAGE_SIZE, type Status, type Uevent } from './uevent-client';
import { attempt, startEmit } from './uevent-emit';
import { NAP_NS } from './uevent-hold';

export const UEVENT_USAGE_ENABLE_BIT =
  "usage: uevent register FD 'NAME FIELDS' [persist] [multi-format]\n" +
  '       uevent unregister FD NAME\n' +
  '       uevent write FD WRITE_INDEX [VALUE...]\n' +
  "       uevent enabled FD 'NAME FIELDS'\n" +
  "       uevent hold FD 'NAME FIELDS' [persist] [multi-format]\n" +
  "       uevent emit [-d DIR] [--count N] [--interval DURATION] 'NAME FIELDS' [VALUE...]\n" +
  'VALUE: u8:N u16:N u32:N u64:N s8:N s16:N s32:N s64:N char[N]:TEXT loc:TEXT rel:TEXT hex:BYTES\n' +
  'DURATION: a number with ns, us, ms, s or m (default s), e.g. 500ms\n';

const FLAG_WORDS: Readonly<Record<string, number>> = {
  persist: USER_EVENT_REG_PERSIST,
  'multi-format': USER_EVENT_REG_MULTI_FORMAT,
};

/** The program's enable word: bit 0 of the first four bytes of a page of its own. */
export class EnableWord {
  private constructor(
    private readonly u: Uevent,
    readonly addr: number,
  ) {}

  /** Maps the page; a failure is reported (status 1). */
  static map(u: Uevent): EnableWord | Status {
    const addr = u.sys.mmapAnon(PAGE_SIZE);
    if (!addr.ok) return u.refused('mmap', addr.err);
    return new EnableWord(u, addr.value);
  }

  /** DIAG_IOCSREG with this word: the struct back, or the negative errno. */
  register(fd: number, command: string, flags: number): UpstreamUserReg | number {
    const reg: UpstreamUserReg = {
      size: USER_REG_SIZE_V2,
      enableBit: 0,
      enableSize: 4,
      flags,
      enableAddr: this.addr,
      nameArgs: cString(command),
    };
    const r = this.u.sys.ioctl(fd, DIAG_IOCSREG, reg);
    return r < 0 ? r : reg;
  }

  /** DIAG_IOCSUNREG of this word's bit. */
  unregister(fd: number): number {
    const unreg = { size: USER_UNREG_SIZE, disableBit: 0, reserved: 0, reserved2: 0, disableAddr: this.addr };
    return this.u.sys.ioctl(fd, DIAG_IOCSUNREG, unreg);
  }

  isSet(): boolean {
    const word = this.u.sys.load(this.addr, 1);
    return word.ok && (word.value[0] & 1) === 1;
  }
}

/** The flag words after the command; a word that is none is a usage error. */
function flagsOf(u: Uevent, words: readonly string[]): number | { status: Status } {
  let flags = 0;
  for (const w of words) {
    const flag = FLAG_WORDS[w];
    if (flag === undefined) return { status: u.say(`unknown flag '${w}'`, EXIT_USAGE) };
    flags |= flag;
  }
  return flags;
}

/** `register` and the start of `hold`: prints `write_index=M enabled=B`. */
function registerWith(u: Uevent, args: readonly string[]): { word: EnableWord } | { status: Status } {
  if (args.length < 2) return { status: u.usage() };
  const fd = u.fd(args[0]);
  if (typeof fd !== 'number') return fd;
  const flags = flagsOf(u, args.slice(2));
  if (typeof flags !== 'number') return flags;
  const word = EnableWord.map(u);
  if (typeof word === 'number') return { status: word };
  const reg = word.register(fd, args[1], flags);
  if (typeof reg === 'number') return { status: u.refused('register', reg) };
  u.out.write(`write_index=${reg.writeIndex} enabled=${word.isSet() ? 1 : 0}\n`);
  return { word };
}

export function register(u: Uevent, args: readonly string[]): Status {
  const r = registerWith(u, args);
  return 'status' in r ? r.status : 0;
}

export function* hold(u: Uevent, args: readonly string[]): Generator<Yielded, Status, void> {
  const r = registerWith(u, args);
  if ('status' in r) return r.status;
  u.out.flush();
  for (;;) yield* sleepFor(u.sys, NAP_NS);
}

export function enabled(u: Uevent, args: readonly string[]): Status {
  if (args.length !== 2) return u.usage();
  const fd = u.fd(args[0]);
  if (typeof fd !== 'number') return fd.status;
  const word = EnableWord.map(u);
  if (typeof word === 'number') return EXIT_USAGE;
  const reg = word.register(fd, args[1], 0);
  if (typeof reg === 'number') return u.say(`register: ${strerror(reg)}`, EXIT_USAGE);
  const set = word.isSet();
  const r = word.unregister(fd);
  if (r < 0) return u.say(`unregister: ${strerror(r)}`, EXIT_USAGE);
  u.out.write(set ? '1\n' : '0\n');
  return set ? 0 : 1;
}

/** `emit` on this ABI: the same life, with the enable word in place of the status page. */
export function* emit(u: Uevent, args: readonly string[]): Generator<Yielded, Status, void> {
  const started = startEmit(u, args);
  if (typeof started === 'number') return started;
  const { o, fd } = started;
  const word = EnableWord.map(u);
  if (typeof word === 'number') return word;
  const reg = word.register(fd, o.command, 0);
  if (typeof reg === 'number') return u.refused('register', reg);
  for (let n = 0; n < o.count; n++) {
    if (n > 0) yield* sleepFor(u.sys, o.interval);
    const status = attempt(u, fd, reg.writeIndex ?? 0, word.isSet(), o.values);
    if (status !== 0) return status;
    u.out.flush();
  }
  word.unregister(fd);
  u.sys.close(fd);
  return 0;
}

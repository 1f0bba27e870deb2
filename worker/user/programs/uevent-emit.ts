// `uevent emit`: the whole life of an instrumented program. Once (the reference program's
// behaviour): open the data file, register, look at the status bit through a mapping, write only
// if it is set, close. With `--count N` (a playground extension) it is a long-running writer: it
// keeps the data descriptor and one mapping of the status page for its whole life and makes N
// attempts `--interval` apart, sleeping on the virtual clock in between, so a background job keeps
// its namespace busy while it runs.

import { strerror } from '../../kernel/lib/errno';
import { O_RDONLY, O_RDWR } from '../../kernel/syscalls';
import { sleepFor, type Yielded } from '../process';
import { DEFAULT_DIR, EXIT_REFUSED, EXIT_USAGE, PAGE_SIZE, type Status, type Uevent } from './uevent-client';
import { buildPayload } from './uevent-payload';

const UNIT_NS: Readonly<Record<string, number>> = { ns: 1, us: 1e3, ms: 1e6, s: 1e9, m: 60e9 };

/** `500ms`, `1s`, `2` (seconds), `1.5s`; null when it is not a duration. */
export function parseDuration(text: string): number | null {
  const m = /^(\d+(?:\.\d+)?)(ns|us|ms|s|m)?$/.exec(text);
  return m ? Math.round(Number(m[1]) * UNIT_NS[m[2] ?? 's']) : null;
}

export interface EmitOptions {
  dir: string;
  count: number;
  interval: number;
  command: string;
  values: string[];
}

export function emitOptions(u: Uevent, args: readonly string[]): EmitOptions | Status {
  const o: EmitOptions = { dir: DEFAULT_DIR, count: 1, interval: 1e9, command: '', values: [] };
  let i = 0;
  for (; i < args.length; i++) {
    const a = args[i];
    const eq = a.indexOf('=');
    const key = a.startsWith('--') && eq > 0 ? a.slice(0, eq) : a;
    if (key !== '-d' && key !== '--count' && key !== '--interval') break;
    const value = key === a ? args[++i] : a.slice(eq + 1);
    if (value === undefined) return u.usage();
    if (key === '-d') o.dir = value;
    else if (key === '--count') {
      if (!/^[1-9]\d{0,8}$/.test(value)) return u.say(`bad count '${value}'`, EXIT_USAGE);
      o.count = Number(value);
    } else {
      const ns = parseDuration(value);
      if (ns === null) return u.say(`bad interval '${value}'`, EXIT_USAGE);
      o.interval = ns;
    }
  }
  if (i >= args.length || args[i].startsWith('--')) return u.usage();
  o.command = args[i];
  o.values = args.slice(i + 1);
  return o;
}

/**
 * The start of `emit` on either ABI: the options and values checked before the kernel is touched,
 * then DIR/user_events_data opened.
 */
export function startEmit(u: Uevent, args: readonly string[]): { o: EmitOptions; fd: number } | Status {
  const o = emitOptions(u, args);
  if (typeof o === 'number') return o;
  const checked = buildPayload(o.values);
  if ('error' in checked) return u.say(checked.error, EXIT_USAGE);
  const data = `${o.dir}/user_events_data`;
  const fd = u.sys.open(data, O_RDWR);
  if (fd < 0) return u.say(`${data}: ${strerror(fd)}`, EXIT_REFUSED);
  return { o, fd };
}

/** `uevent emit`; the values are checked before the kernel is touched. */
export function* emit(u: Uevent, args: readonly string[]): Generator<Yielded, Status, void> {
  const started = startEmit(u, args);
  if (typeof started === 'number') return started;
  const { o, fd } = started;
  const reg = u.register(fd, o.command);
  if (typeof reg === 'number') return u.refused('register', reg);
  if (o.count === 1) return once(u, fd, reg.statusBit ?? 0, reg.writeIndex ?? 0, o);
  return yield* loop(u, fd, reg.statusBit ?? 0, reg.writeIndex ?? 0, o);
}

/** One attempt, the status page mapped only to look at the bit (the reference program). */
function once(u: Uevent, fd: number, bit: number, index: number, o: EmitOptions): Status {
  const set = u.bit(`${o.dir}/user_events_status`, String(bit));
  if ('status' in set) return EXIT_REFUSED;
  const status = attempt(u, fd, index, set.set, o.values);
  u.sys.close(fd);
  return status;
}

/** Writes once if enabled; prints what happened. */
export function attempt(
  u: Uevent,
  fd: number,
  index: number,
  enabled: boolean,
  values: readonly string[],
): Status {
  if (!enabled) {
    u.out.write('not enabled: nothing written\n');
    return 0;
  }
  const r = u.write(fd, index, values);
  if ('status' in r) return r.status;
  if (r.written < 0) return u.refused('write', r.written);
  u.out.write(`written ${r.written} bytes\n`);
  return 0;
}

/** N attempts with the data descriptor and the mapping kept between them. */
function* loop(
  u: Uevent,
  fd: number,
  bit: number,
  index: number,
  o: EmitOptions,
): Generator<Yielded, Status, void> {
  const file = `${o.dir}/user_events_status`;
  const sfd = u.sys.open(file, O_RDONLY);
  if (sfd < 0) return u.say(`${file}: ${strerror(sfd)}`, EXIT_REFUSED);
  const map = u.sys.mmap(sfd, PAGE_SIZE);
  if (!map.ok) return u.say(`mmap ${file}: ${strerror(map.err)}`, EXIT_REFUSED);
  try {
    for (let n = 0; n < o.count; n++) {
      if (n > 0) yield* sleepFor(u.sys, o.interval);
      const set = (((map.value.view.at(bit >> 3) ?? 0) >> (bit & 7)) & 1) === 1;
      const status = attempt(u, fd, index, set, o.values);
      if (status !== 0) return status;
      u.out.flush();
    }
    return 0;
  } finally {
    if (!u.sys.termSignal()) {
      u.sys.munmap(map.value.id);
      u.sys.close(sfd);
      u.sys.close(fd);
    }
  }
}

// `npm run bench`: the kernel's hot paths against floors measured in the same run (see
// docs/benchmarks.md). Prints a table; writes nothing.
import { boot } from '../worker/kernel/boot';
import { O_APPEND, O_RDONLY, O_RDWR, O_TRUNC, O_WRONLY } from '../worker/kernel/fs/file';
import { encodeUtf8 } from '../worker/kernel/lib/utf8';
import { DIAG_IOCSREG, type Syscalls } from '../worker/kernel/syscall-table';
import type { KernelProfile } from '../worker/kernel/profile';
import { installAll } from '../worker/install-all';
import { formatTable, runPair, type Pair } from './harness';
import { shellPairs } from './shell';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 15);
const WRITES = 100_000;
const TRACE_ENTRIES = 100_000;
const REGISTRATIONS = 10_000;
const NAMESPACES = 1_000;

function echo(sys: Syscalls, path: string, text: string, flags = O_WRONLY | O_TRUNC): void {
  const fd = sys.open(path, flags);
  if (fd < 0 || sys.write(fd, encodeUtf8(text)) < 0) throw new Error(`echo ${text} > ${path} failed`);
  sys.close(fd);
}

function tracingSession(profile: KernelProfile = 'rfc-v2'): { sys: Syscalls; fd: number } {
  const { sys } = boot({ profile }).login({ cwd: '/sys/kernel/tracing' });
  echo(sys, 'dynamic_events', 'u:tick u32 n\n', O_WRONLY | O_APPEND);
  echo(sys, 'events/user_events/tick/enable', '1\n');
  const fd = sys.open('user_events_data', O_RDWR);
  const page = sys.mmapAnon(4096);
  const reg =
    profile === 'linux-6.12' && page.ok
      ? { size: 28, enableBit: 0, enableSize: 4, flags: 0, enableAddr: page.value, nameArgs: 'tick u32 n' }
      : { size: 20, nameArgs: 'tick u32 n' };
  if (sys.ioctl(fd, DIAG_IOCSREG, reg) !== 0) throw new Error('register failed');
  return { sys, fd };
}

/** (a) writes through user_events_data vs appending the same bytes into a preallocated ring. */
function writesPair(): Pair {
  const { sys, fd } = tracingSession();
  const index = new Uint8Array(4);
  const payload = new Uint8Array([1, 0, 0, 0]);
  const ring = new Uint8Array(1410 * 1024);
  let at = 0;
  return {
    name: '(a) user_events_data writes',
    unit: `${WRITES / 1000}k writev`,
    floor() {
      for (let i = 0; i < WRITES; i++) {
        if (at + 8 > ring.length) at = 0;
        ring.set(index, at);
        ring.set(payload, at + 4);
        at += 8;
      }
    },
    subject() {
      for (let i = 0; i < WRITES; i++) sys.writev(fd, [index, payload]);
    },
    target: { kind: 'min-rate-ratio', value: 0.25 },
  };
}

/**
 * (b) `cat trace` over 10^5 entries vs joining 10^5 prebuilt lines of the same text; (b') the same
 * on linux-6.12, whose entries print as text (print_event_fields), not hex dumps.
 */
function tracePair(profile: KernelProfile = 'rfc-v2'): Pair {
  const { sys, fd } = tracingSession(profile);
  echo(sys, 'buffer_size_kb', '4096\n');
  const payload = new Uint8Array(4);
  for (let i = 0; i < TRACE_ENTRIES; i++) {
    payload[0] = i & 0xff;
    payload[1] = (i >> 8) & 0xff;
    sys.writev(fd, [new Uint8Array(4), payload]);
  }
  const readTrace = (): string[] => {
    const t = sys.open('trace', O_RDONLY);
    const chunks: string[] = [];
    for (;;) {
      const r = sys.read(t, 131072);
      if (typeof r === 'number' || r.length === 0) break;
      chunks.push(String(r.length));
    }
    sys.close(t);
    return chunks;
  };
  const text = (() => {
    const t = sys.open('trace', O_RDONLY);
    const parts: Uint8Array[] = [];
    for (;;) {
      const r = sys.read(t, 131072);
      if (typeof r === 'number' || r.length === 0) break;
      parts.push(r);
    }
    sys.close(t);
    return parts;
  })();
  const total = text.reduce((n, p) => n + p.length, 0);
  const lineLength = Math.round(total / TRACE_ENTRIES);
  const lines = Array.from({ length: TRACE_ENTRIES }, (_, i) => `${i}`.padEnd(lineLength, 'x'));
  return {
    name: profile === 'rfc-v2' ? '(b) cat trace' : "(b') cat trace, linux-6.12",
    unit: `${TRACE_ENTRIES / 1000}k entries`,
    floor() {
      if (lines.join('').length === 0) throw new Error('empty');
    },
    subject() {
      if (readTrace().length === 0) throw new Error('empty trace');
    },
    target: { kind: 'max-time-ratio', value: 5 },
  };
}

/** (c) 10^4 registrations vs 10^4 mkdir on the root file system. */
function registrationsPair(): Pair {
  let run = 0;
  return {
    name: '(c) registrations',
    unit: `${REGISTRATIONS / 1000}k DIAG_IOCSREG`,
    floor() {
      const { sys } = boot().login({ cwd: '/tmp' });
      for (let i = 0; i < REGISTRATIONS; i++) sys.mkdir(`d${i}`);
    },
    subject() {
      const { sys } = boot().login({ cwd: '/sys/kernel/tracing' });
      const fd = sys.open('user_events_data', O_RDWR);
      run++;
      for (let i = 0; i < REGISTRATIONS; i++)
        sys.ioctl(fd, DIAG_IOCSREG, { size: 20, nameArgs: `e${run}_${i} u32 a` });
    },
    target: null,
  };
}

/** (d) 10^3 namespace mkdir/rmdir vs 10^3 mkdir/rmdir on the root file system. */
function namespacesPair(): Pair {
  const tmp = boot().login({ cwd: '/tmp' }).sys;
  const { sys } = boot().login({ cwd: '/sys/kernel/tracing/namespaces' });
  return {
    name: '(d) namespace mkdir/rmdir',
    unit: `${NAMESPACES / 1000}k pairs`,
    floor() {
      for (let i = 0; i < NAMESPACES; i++) tmp.mkdir(`n${i}`);
      for (let i = 0; i < NAMESPACES; i++) tmp.rmdir(`n${i}`);
    },
    subject() {
      for (let i = 0; i < NAMESPACES; i++) sys.mkdir(`n${i}`);
      for (let i = 0; i < NAMESPACES; i++) sys.rmdir(`n${i}`);
    },
    target: null,
  };
}

/** JS heap plus typed-array memory (trace pages live in ArrayBuffers, outside the JS heap). */
function memoryInUse(): number {
  const m = process.memoryUsage();
  return m.heapUsed + m.arrayBuffers;
}

/**
 * (e) memory after 10^6 writes with the default buffer, against the buffer's size. The baseline is
 * taken on a freshly booted kernel, after collecting the earlier benchmarks' garbage.
 */
function memoryAfterWrites(): string {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) return '(e) memory: run with node --expose-gc (npm run bench does) to measure';
  const { sys, fd } = tracingSession();
  const index = new Uint8Array(4);
  const payload = new Uint8Array(4);
  gc();
  gc();
  const before = memoryInUse();
  let peak = 0;
  for (let i = 0; i < 1_000_000; i++) {
    payload[0] = i & 0xff;
    sys.writev(fd, [index, payload]);
    if (i % 50_000 === 0) peak = Math.max(peak, memoryInUse() - before);
  }
  gc();
  gc();
  const retained = memoryInUse() - before;
  const bufferBytes = 2 * 354 * 4080;
  const mb = (n: number) => (n / 1048576).toFixed(2);
  return (
    `(e) memory after 10^6 writes (heap + array buffers): retained ${mb(retained)} MiB after GC, ` +
    `peak ${mb(peak)} MiB, for a ${mb(bufferBytes)} MiB buffer (${(retained / bufferBytes).toFixed(2)}x; ` +
    `target: the buffer size plus a constant)`
  );
}

function main(): void {
  installAll();
  console.log(`tracefs playground benchmarks: ${ROUNDS} rounds each, floor and subject interleaved`);
  console.log(`node ${process.version}, ${process.platform}/${process.arch}\n`);
  const pairs = [
    writesPair(),
    tracePair(),
    tracePair('linux-6.12'),
    registrationsPair(),
    namespacesPair(),
    ...shellPairs(),
  ];
  const results = pairs.map((p) => runPair(p, ROUNDS));
  console.log(formatTable(results));
  console.log('');
  console.log(memoryAfterWrites());
}

main();

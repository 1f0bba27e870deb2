// "Bad input never throws out of the kernel": every file of a busy tracefs tree gets opened in
// every mode, written odd bytes, read, seeked, ioctl'd and mapped. Each call must return a value
// or a negative errno, never throw.
import { describe, expect, it } from 'vitest';
import { boot } from '../../worker/kernel/boot';
import { O_NONBLOCK, O_RDONLY, O_RDWR, O_TRUNC, O_WRONLY, O_APPEND } from '../../worker/kernel/fs/file';
import { encodeUtf8 } from '../../worker/kernel/lib/utf8';
import { DIAG_IOCSDEL, DIAG_IOCSREG } from '../../worker/kernel/user-events/abi';
import type { Syscalls } from '../../worker/kernel/syscall-table';

/** A deterministic pseudo-random generator (xorshift32), so a failure is reproducible. */
function rng(seed: number): () => number {
  let x = seed >>> 0 || 1;
  return () => {
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    return x;
  };
}

function walk(sys: Syscalls, dir: string, out: string[]): void {
  const entries = sys.readdir(dir);
  if (!entries.ok) return;
  for (const e of entries.value) {
    const path = `${dir}/${e.name}`;
    if (e.isDir) walk(sys, path, out);
    else out.push(path);
  }
}

const PAYLOADS = [
  '',
  '\n',
  '0',
  '1',
  '1\n',
  '2',
  '-1',
  '\0',
  ' ',
  '#',
  'u:x u32 a',
  '!u:x',
  '-:',
  'user_events_limit=3',
  'user_events_limit=',
  'nop',
  'x'.repeat(5000),
  '!',
  '*:*',
  ':',
];

describe('the kernel never throws on bad input', () => {
  it('survives every operation on every tracefs file', () => {
    const k = boot();
    const { sys } = k.login({ cwd: '/sys/kernel/tracing' });
    const setup = (path: string, text: string, flags = O_WRONLY | O_APPEND) => {
      const fd = sys.open(path, flags);
      sys.write(fd, encodeUtf8(text));
      sys.close(fd);
    };
    sys.mkdir('namespaces/ns1');
    sys.mkdir('instances/i1');
    setup('dynamic_events', 'u:ev u32 a; __data_loc char[] s\nu:bare\n');
    const next = rng(2022);
    const files: string[] = [];
    walk(sys, '/sys/kernel/tracing', files);
    expect(files.length).toBeGreaterThan(100);
    let calls = 0;
    for (const path of files) {
      for (const flags of [O_RDONLY, O_WRONLY, O_RDWR, O_WRONLY | O_TRUNC, O_RDONLY | O_NONBLOCK]) {
        const fd = sys.open(path, flags);
        calls++;
        if (fd < 0) continue;
        for (const text of PAYLOADS) {
          const r = sys.write(fd, encodeUtf8(text));
          expect(typeof r).toBe('number');
        }
        const raw = new Uint8Array(1 + (next() % 64)).map(() => next() & 0xff);
        expect(typeof sys.write(fd, raw)).toBe('number');
        expect(typeof sys.writev(fd, [raw, raw.subarray(1)])).toBe('number');
        expect(typeof sys.pwrite(fd, raw, next() % 8)).toBe('number');
        const read = sys.read(fd, 1 + (next() % 8192));
        expect(typeof read === 'number' || read instanceof Uint8Array).toBe(true);
        expect(typeof sys.lseek(fd, next() % 100, next() % 4)).toBe('number');
        for (const arg of [
          null,
          'ev',
          { size: next() % 40, nameArgs: 'x u32 y' },
          { size: 20, nameArgs: null },
          7,
        ]) {
          expect(typeof sys.ioctl(fd, next() % 2 ? DIAG_IOCSREG : DIAG_IOCSDEL, arg)).toBe('number');
        }
        expect(typeof sys.ioctl(fd, next(), null)).toBe('number');
        const map = sys.mmap(fd, next() % 9000);
        if (map.ok) expect(sys.munmap(map.value.id)).toBe(0);
        expect(sys.close(fd)).toBe(0);
        calls += 12;
      }
    }
    expect(calls).toBeGreaterThan(1000);
    expect(sys.openFds()).toEqual([0, 1, 2]);
  });
});

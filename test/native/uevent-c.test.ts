// The project's C uevent (native/uevent/uevent.c) against the playground's uevent, which is the
// reference: the C file is compiled with `cc` and run on this machine, through bash, for everything
// that needs no user_events (usage, bad arguments, bad values, missing files, descriptors that are
// not user_events files, the bytes a write puts into a plain file), and must print the bytes and
// exit with the status that the model's uevent gives for the same command line in the headless
// shell. What only a real kernel can answer is in uevent-fixtures.test.ts. The one place where this
// machine's kernel and the model part (mapping a plain file) is pinned down at the end.
// These are the status-page ABI's: the model boots a 6.1 kernel, and the C program, which would
// pick its ABI from this machine's release, is pinned to it with UEVENT_ABI=status-page. The
// enable-bit ABI's comparisons are in uevent-c-enable-bit.test.ts.

import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { boot } from '../../worker/kernel/boot';
import { decodeUtf8 } from '../../worker/kernel/lib/utf8';
import { O_RDONLY } from '../../worker/kernel/syscalls';
import { HeadlessSession } from '../../worker/user/headless';
import { UEVENT_USAGE } from '../../worker/user/programs/uevent';
import { sh, type Ran } from '../user/helpers';
import { cc, cUevent, FLAGS, SOURCE } from './c-uevent';

const c = cUevent('uevent-c-');

/** The C program's environment: the model's ABI, whatever this machine's kernel is. */
const STATUS_PAGE_ENV = { UEVENT_ABI: 'status-page', LC_ALL: 'C' };

/** SCRIPT in bash on this machine, in DIR, `uevent` being the C build; stdout and stderr merged. */
function native(script: string, dir = c.caseDir()): Ran {
  return c.run(script, STATUS_PAGE_ENV, dir);
}

/** SCRIPT in the playground's shell, in /tmp. */
function model(script: string): Ran {
  return sh(`cd /tmp\n${script}`);
}

/** Both, for one expectation: the C build must print what the model prints. */
function both(script: string): { c: Ran; model: Ran } {
  return { c: native(script), model: model(script) };
}

function expectSame(script: string): Ran {
  const r = both(script);
  expect(r.c).toEqual(r.model);
  return r.model;
}

describe('the C uevent builds', () => {
  it('as plain C99 and POSIX, with no warning from -Wall -Wextra -pedantic', () => {
    cc(['-std=c99', '-pedantic', ...FLAGS, '-o', join(c.work, 'uevent-c99'), SOURCE]);
  });
});

describe('the C uevent prints what the model prints: usage', () => {
  it.each([
    'uevent',
    'uevent --help',
    'uevent -h',
    'uevent help',
    'uevent nope',
    'uevent register 3',
    'uevent register 3 a b',
    'uevent unregister 3',
    'uevent unregister 3 a b',
    'uevent write 3',
    'uevent enabled f',
    'uevent enabled f 1 2',
    'uevent hold',
    'uevent hold a b',
    'uevent emit',
    'uevent emit -d',
    'uevent emit -d .',
    'uevent emit --count',
    'uevent emit --count 2',
    'uevent emit --interval=1s',
    'uevent emit --frob 2 a',
    'uevent emit -- a',
    'uevent --help >/dev/null; echo $?',
  ])('%s', (script) => {
    expectSame(script);
  });

  it('--help goes to standard output, a usage error to standard error', () => {
    expect(native('uevent --help 2>/dev/null')).toEqual({ out: UEVENT_USAGE, status: 0 });
    expect(native('uevent 2>/dev/null')).toEqual({ out: '', status: 2 });
  });
});

describe('the C uevent prints what the model prints: descriptors and write indexes', () => {
  it.each([
    'uevent register x a',
    'uevent register -1 a',
    "uevent register '' a",
    'uevent register 2147483648 a',
    'uevent register 99999999999999999999 a',
    'uevent register 9 a',
    "uevent register ' 9' a",
    'uevent unregister 9 a',
    'uevent write 9 0 u8:1',
    'exec 3> f; uevent write 3 abc',
    "exec 3> f; uevent write 3 ''",
    'exec 3> f; uevent write 3 1x',
    'exec 3> f; uevent write 3 0x100000000',
    'exec 3> f; uevent write 3 -2147483649',
    'exec 3> f; uevent write x 0 u32:1',
  ])('%s', (script) => {
    expectSame(script);
  });

  it('a descriptor that is not a user_events file: the ioctls are refused with ENOTTY', () => {
    expect(
      expectSame("exec 3> f; uevent register 3 'a u32 x'; echo $?; uevent unregister 3 a; echo $?"),
    ).toEqual({
      out:
        'uevent: register: Inappropriate ioctl for device\n1\n' +
        'uevent: unregister: Inappropriate ioctl for device\n1\n',
      status: 0,
    });
  });

  it('a write index as any 32-bit value, in any base', () => {
    expectSame(
      'exec 3> f\n' +
        'uevent write 3 4294967295 u8:1; uevent write 3 -2147483648; uevent write 3 0x7f\n' +
        'uevent write 3 010 hex:; uevent write 3 +5; echo $?',
    );
  });
});

/** The bytes `uevent write 3 7 VALUES` puts into a plain file, and what it printed. */
function nativeWrite(values: readonly string[]): { bytes: number[]; out: string; status: number } {
  const dir = c.caseDir();
  const r = native(`exec 3> p\nuevent write 3 7 ${values.map(quote).join(' ')}`, dir);
  return { bytes: [...readFileSync(join(dir, 'p'))], ...r };
}

function modelWrite(values: readonly string[]): { bytes: number[]; out: string; status: number } {
  const s = new HeadlessSession(boot());
  const r = s.run(`exec 3> /tmp/p\nuevent write 3 7 ${values.map(quote).join(' ')}`);
  const fd = s.sys.open('/tmp/p', O_RDONLY);
  const got = s.sys.read(fd, 1 << 20);
  if (typeof got === 'number') throw new Error(`read /tmp/p: ${got}`);
  return { bytes: [...got], out: decodeUtf8(r.output), status: r.status };
}

function quote(value: string): string {
  return `'${value.replace(/'/g, `'\\''`)}'`;
}

describe('the C uevent writes what the model writes (into a plain file)', () => {
  it.each([
    [['u8:0', 'u8:255', 'u8:0xff', 'u8:010', 'u16:0x1234']],
    [['u32:1', 'u32:4294967295', 'u64:0xffffffffffffffff', 'u64:18446744073709551615']],
    [['u64: -1', 'u32:+7', 'u16:\t12']],
    [['s8:-128', 's8:127', 's16:-1', 's32:-2', 's64:-9223372036854775808', 's64:0x7fffffffffffffff']],
    [['char[4]:ab', 'char[4]:abcd', 'char[1]:', 'char[ 2]:x', 'char[+3]:y', 'char[0005]:z']],
    [['char[3]:é']],
    [['loc:hi']],
    [['loc:']],
    [['u32:1', 'loc:ab', 'loc:c']],
    [['rel:hi']],
    [['rel:a', 'u8:1', 'rel:b']],
    [['hex:de:ad-be_ef', 'hex:01 02', 'hex:', 'hex:ABcd']],
    [[]],
    [Array.from({ length: 256 }, (_, i) => `u8:${i}`)],
    [['char[65520]:a', 'loc:', 'u16:1']],
  ])('%j', (values) => {
    const c = nativeWrite(values);
    expect(c).toEqual(modelWrite(values));
    expect(c.status).toBe(0);
  });
});

describe('the C uevent refuses the values the model refuses (exit 2, nothing written)', () => {
  it.each([
    'u8:256',
    'u8:-1',
    'u16:65536',
    'u32:0x100000000',
    'u64:18446744073709551616',
    'u64:-18446744073709551616',
    'u8:abc',
    'u8:',
    'u8: ',
    'u8:0x',
    's8:128',
    's8:-129',
    's8:',
    's64:9223372036854775808',
    's16:1x',
    'char[4]:toolong',
    'char[1]:é',
    'char[0]:a',
    'char[x]:a',
    'char[]:a',
    'char[-1]:a',
    'char[65537]:a',
    'char[4]]:a',
    'char[4]x:a',
    'char[:a',
    'hex:abc',
    'hex:zz',
    'hex:é',
    'str:hi',
    'U8:1',
    'plain',
    ':',
  ])('%s', (value) => {
    const c = nativeWrite(['u32:1', value]);
    expect(c).toEqual(modelWrite(['u32:1', value]));
    expect(c.status).toBe(2);
    expect(c.bytes).toEqual([]);
  });

  it.each([
    ['too many values', Array.from({ length: 257 }, () => 'u8:1')],
    ['a fixed part over 65536 bytes', ['char[65536]:a', 'u8:1']],
    ['fixed part and strings over 65536 bytes', ['char[65530]:a', 'loc:abcdef']],
    ['a string offset over 16 bits', ['char[65530]:a', 'u8:1', 'loc:']],
    ['a string of 65535 bytes', ['loc:' + 'x'.repeat(65535)]],
  ])('%s', (_, values) => {
    const c = nativeWrite(values);
    expect(c).toEqual(modelWrite(values));
    expect(c.status).toBe(2);
  });
});

describe('the C uevent prints what the model prints: enabled, hold, emit', () => {
  it.each([
    'uevent enabled f x',
    'uevent enabled f 32768',
    'uevent enabled f -1',
    "uevent enabled f ''",
    'uevent enabled nosuch 1',
    'uevent enabled nosuch 0x7fff',
    'uevent enabled . 1; echo $?',
    ': > empty; uevent enabled empty 3',
    'uevent hold nosuch',
    'uevent hold .',
    ': > empty; uevent hold empty',
    'uevent emit --count 0 a',
    'uevent emit --count x a',
    'uevent emit --count 1000000000 a',
    'uevent emit --count=007 a',
    'uevent emit --count= a',
    'uevent emit --interval 1h a',
    'uevent emit --interval=-1 a',
    'uevent emit --interval 1.s a',
    'uevent emit --interval .5s a',
    'uevent emit -d nosuch a',
    'uevent emit -d nosuch/ a',
    'uevent emit -d nosuch --count=2 --interval 1.5ms a u32:1',
    'uevent emit -d nosuch a u8:256 loc:x',
    "uevent emit -d nosuch 'a u32 x' u32:1 char[2]:abc",
    ': > user_events_data; uevent emit -d . a u32:1',
    ': > user_events_data; uevent emit -d . --count 2 --interval 1ns a u32:1',
  ])('%s', (script) => {
    expectSame(script);
  });
});

describe('where this machine and the model part: a plain file can be mapped', () => {
  // The model's only mappable file is user_events_status (ENODEV for any other); a real kernel
  // maps a plain file, so the C uevent reads its bits: byte BIT / 8, mask 1 << (BIT % 8).
  const page = new Uint8Array(4096);
  page[0] = 0x02;
  page[1] = 0x80;
  page[4095] = 0x80;

  it('the model refuses to map it', () => {
    expect(model('printf x > page; uevent enabled page 1; uevent hold page')).toEqual({
      out: 'uevent: mmap page: No such device\nuevent: mmap: No such device\n',
      status: 1,
    });
  });

  it.each([
    [1, '1\n', 0],
    [0, '0\n', 1],
    [2, '0\n', 1],
    [15, '1\n', 0],
    [8, '0\n', 1],
    [32767, '1\n', 0],
    [32766, '0\n', 1],
  ])('enabled page %d', (bit, out, status) => {
    const dir = c.caseDir();
    writeFileSync(join(dir, 'page'), page);
    expect(native(`uevent enabled page ${bit}`, dir)).toEqual({ out, status });
  });

  it('a file shorter than the page reads as zeros past its end', () => {
    const dir = c.caseDir();
    writeFileSync(join(dir, 'short'), Uint8Array.of(0xff));
    expect(native('uevent enabled short 7; uevent enabled short 8', dir)).toEqual({
      out: '1\n0\n',
      status: 1,
    });
  });

  it('hold prints the first byte as the model does for a status page, and keeps it until killed', async () => {
    const dir = c.caseDir();
    writeFileSync(join(dir, 'page'), page);
    const held = await holdUntilKilled(dir);
    const reference = sh(
      "exec 3<> user_events_data; uevent register 3 'e u32 a' >/dev/null; echo 1 > events/user_events/e/enable\n" +
        'uevent hold user_events_status & sleep 1; kill $!',
    );
    expect(reference.out).toContain('mapped V[0]=0x02\n');
    expect(held).toEqual({ out: 'mapped V[0]=0x02\n', signal: 'SIGTERM' });
  });
});

/** Runs `uevent hold page` in DIR, waits for its line, sends SIGTERM, and reports how it ended. */
function holdUntilKilled(dir: string): Promise<{ out: string; signal: NodeJS.Signals | null }> {
  return new Promise((done, fail) => {
    const child = spawn(join(c.bin, 'uevent'), ['hold', 'page'], {
      cwd: dir,
      env: { ...process.env, ...STATUS_PAGE_ENV },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString('utf8');
      if (out.endsWith('\n')) child.kill('SIGTERM');
    });
    child.stderr.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')));
    child.on('error', fail);
    child.on('exit', (_code, signal) => {
      clearTimeout(timer);
      done({ out, signal });
    });
  });
}

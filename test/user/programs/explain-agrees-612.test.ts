// The guard against drift between explain and the kernel model on the linux-6.12 profile, as
// explain-agrees.test.ts is on rfc-v2: each line is explained and then really written on a fresh
// 6.12 kernel, and explain's verdict must be the kernel's answer; for an accepted register line the
// fields explain prints must be those of the event's `format`. Covered: `u:` lines of
// dynamic_events (text flags refused), DIAG_IOCSREG commands (uevent register, the enable-bit ABI),
// random register lines, and delete lines judged against the events that exist: explain names the
// events a line deletes, and the kernel must delete exactly those.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { boot } from '../../../worker/kernel/boot';
import { session, type Ran } from '../helpers';
import { agreementCases, expectAgreement, explainVerdict, kernelVerdict, q } from './explain-agrees-shared';

const SEED = 20241117;

/** A root shell on a fresh linux-6.12 kernel. */
function fresh(): (script: string) => Ran {
  return session(boot({ profile: 'linux-6.12' }));
}

const { dynamicCase, registerCase } = agreementCases(fresh, (line) => line.split(' ')[0]);

/** Register lines (after `u:`): the grammar of the fields is the RFC kernel's, the flags are not. */
const LINES = [
  'hello u32 count',
  'hello',
  'x ',
  'x u32 a; u32 b',
  'x u32 a;u32 b',
  'x u32 a;;u32 b',
  'x u32 a;',
  'x u32 a ;u32 b',
  'x u32  a',
  'x u32 a b',
  'x u32',
  'x  u32 a',
  'x\tu32 a',
  'x s64 a; u64 b; s32 c; u32 d; int e; unsigned int f',
  'x s16 a; u16 b; short c; unsigned short d; s8 e; u8 f; char g; unsigned char h',
  'x long a',
  'x int[2] a',
  'x char[20] msg',
  'x char[0x14] msg',
  'x char[1025] msg',
  'x char[] msg',
  'x unsigned char[4] raw',
  'x __data_loc char[] path',
  'x __rel_loc char[] note',
  'x __data_loc x',
  'x struct pair p 8',
  'x struct pair p',
  'x struct pair p 0',
  'x struct pair p 8 9',
  'fl:ANY,FLAGS u32 x',
  'fl: u32 x',
  'fl:',
  ':F u32 x',
  'fl:F u32 a b',
  'a.b u32 x',
  'a/b u32 x',
  'x u32 a # comment',
  'x u32 a#comment',
  'x ' + Array.from({ length: 40 }, (_, i) => `u64 f${i}`).join('; '),
];

describe('explain agrees with dynamic_events on u: lines (linux-6.12)', () => {
  it.each(LINES)('u:%s', (line) => expectAgreement(dynamicCase(line)));
});

describe('explain agrees with DIAG_IOCSREG (uevent register, linux-6.12)', () => {
  const long = 'e' + ' u8 a'.repeat(102);
  it.each([
    'hello u32 count',
    'ev:BPF u64 ts;struct pair p 8',
    'ev: u32 a',
    'ev struct pair p 8;unsigned char[4] raw; __rel_loc char[] note',
    'x u32  a',
    'x char[9999] a',
    'x u32 a\n',
    'x\nu32 a',
    long.slice(0, 511),
    long.slice(0, 512),
  ])('%j', (command) => expectAgreement(registerCase(command)));
});

describe('explain agrees with dynamic_events on random register lines (linux-6.12)', () => {
  const type = fc.constantFrom(
    'u32',
    's64',
    'unsigned int',
    'long',
    'char[4]',
    'char[0]',
    'char[]',
    '__data_loc char[]',
    'struct s',
    'unsigned',
  );
  const field = fc
    .tuple(
      fc.constantFrom('', ' ', '\t'),
      type,
      fc.constantFrom(' a', ' b', '', ' ', '  a', ' a '),
      fc.constantFrom('', '', ' 8', ' 0', ' 1 2'),
    )
    .map((parts) => parts.join(''));
  const line = fc
    .tuple(
      fc.constantFrom('ev', 'e.v', 'x:FLAGS', 'n', 'n:'),
      fc.constantFrom(' ', '  ', ''),
      fc.array(field, { maxLength: 3 }),
      fc.constantFrom(';', '; ', ';;', ' ;'),
    )
    .map(([name, space, fields, sep]) => name + space + fields.join(sep));
  it('gives the kernel verdict and layout for every line', () => {
    fc.assert(
      fc.property(line, (l) => {
        expectAgreement(dynamicCase(l));
      }),
      { seed: SEED, numRuns: 150 },
    );
  });
});

/** Persistent events, one of them multi-format, none in use. */
const SETUP = [
  "echo 'u:hello u32 count' >> dynamic_events",
  "echo 'u:pair struct pair p 8; u32 b' >> dynamic_events",
  "echo 'u:none' >> dynamic_events",
  "echo 'u:two u32 a; char[8] b' >> dynamic_events",
  "exec 3> user_events_data; uevent register 3 'hello u32 other' persist multi-format >/dev/null; exec 3>&-",
].join('\n');

/** The events explain says a delete line removes (`now: LINE, LINE. ...`). */
function namedNow(out: string): string[] {
  const m = /; now: (.*?)\. EBUSY/.exec(out.replace(/\n +/g, ' '));
  return m ? m[1].split(', ') : [];
}

function lines(text: string): string[] {
  return text.split('\n').filter((l) => l !== '');
}

describe('explain names what a delete line deletes (linux-6.12)', () => {
  it.each([
    '!u:hello',
    '!u:hello u32 count',
    '!u:hello u32 count;',
    '!u:hello  u32\tcount',
    '-:hello u32 count',
    '!u:user_events/hello u32 count',
    '!u:user_events_multi/hello u32 count',
    '!u:user_events/hello u32 other',
    '!u:hello u32 other',
    '!u:hello.0 u32 other',
    '!u:other/hello u32 count',
    '!u:hello u32',
    '!u:hello u32 count extra',
    '!u:hello u32 count; u32 more',
    '!u:hello ; u32 count',
    '!u:pair struct pair p 8; u32 b',
    '!u:pair struct pair p; u32 b',
    '!u:pair struct pair p 8;u32 b',
    '!u:pair struct pair p 8 ; u32 b',
    '!u:pair struct pair p 8; u32 b;',
    '!u:pair u32 b; struct pair p 8',
    '!u:none',
    '!u:none u32 a',
    '!:none',
    '!none',
    '-none',
    '!u:',
    '!u:user_events/',
    '!u:two u32 a; char[8] b',
    '!u:two u32 a; char b[8]',
    '!u:two u32 a',
    '-:two',
    '!u:hello u32 count # gone',
  ])('%j', (line) => {
    const run = fresh();
    run(SETUP);
    const before = lines(run('cat dynamic_events').out);
    const explained = run(`explain -w dynamic_events -- ${q(line)}`).out;
    const kernel = kernelVerdict(run(`echo ${q(line)} >> dynamic_events`));
    const after = lines(run('cat dynamic_events').out);
    const verdict = explainVerdict(explained);
    const gone = before.filter((l) => !after.includes(l));
    if (verdict === 'parses') {
      expect(kernel).toBe('accepted');
      expect(gone).toEqual(namedNow(explained));
    } else {
      expect(verdict).toBe(kernel);
      expect(gone).toEqual([]);
    }
  });

  it('says EBUSY is possible when a match is in use, and the kernel answers so', () => {
    const run = fresh();
    run(SETUP);
    run("exec 4> user_events_data; uevent register 4 'hello u32 count' >/dev/null");
    const explained = run("explain -w dynamic_events '!u:hello u32 count'").out;
    expect(namedNow(explained)).toEqual(['u:hello u32 count']);
    expect(explained.replace(/\n +/g, ' ')).toContain('EBUSY when a match is in use');
    expect(kernelVerdict(run("echo '!u:hello u32 count' >> dynamic_events"))).toBe('EBUSY');
  });
});

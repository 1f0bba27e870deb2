// The guard against drift between explain (user space, which re-states the grammar) and the
// kernel model's parsers: for each line, explain's verdict must be what the kernel answers when the
// line is really written (through the shell, on a fresh kernel), and for an accepted register line
// the fields explain prints (declaration, offset, size, signed) must be those of the event's
// `format` file. Covered: `u:` lines of dynamic_events, DIAG_IOCSREG commands (uevent register,
// with the 512-character limit), `user_events_limit=` lines of a namespace's options, set_event
// tokens against registered events, and random register lines built from the grammar's pieces.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { boot } from '../../../worker/kernel/boot';
import { session } from '../helpers';
import { agreementCases, expectAgreement, explainVerdict, kernelVerdict, q } from './explain-agrees-shared';

const SEED = 20220728;

/** The event name of a register command (§c.3 steps 1–2). */
function eventName(command: string): string {
  const namePart = command.split(' ')[0];
  return namePart.split(':')[0];
}

const { dynamicCase, registerCase } = agreementCases(() => session(boot()), eventName);

/** Register lines (after `u:`), valid and invalid. */
const LINES = [
  'hello u32 count',
  'hello',
  'x',
  'x ',
  'x u32 a; u32 b',
  'x u32 a;u32 b',
  'x u32 a;;u32 b',
  'x u32 a;',
  'x ;u32 a',
  'x u32 a ;u32 b',
  'x u32  a',
  'x u32 a b',
  'x u32',
  'x u32 ',
  'x  u32 a',
  'x\tu32 a',
  'x u32\ta',
  'x u32 a;\t u64 b',
  'x s64 a; u64 b; s32 c; u32 d; int e; unsigned int f',
  'x s16 a; u16 b; short c; unsigned short d; s8 e; u8 f; char g; unsigned char h',
  'x long a',
  'x bool a',
  'x unsigned long a',
  'x unsigned a',
  'x unsigned int',
  'x int[2] a',
  'x u32[4] a',
  'x char[20] msg',
  'x char[0x14] msg',
  'x char[024] msg',
  'x char[+8] msg',
  'x char[1024] msg',
  'x char[1025] msg',
  'x char[0] msg',
  'x char[] msg',
  'x char[aa] msg',
  'x char[9999] msg',
  'x char[0x0000000000001] msg',
  'x char[4]x msg',
  'x char[4 msg',
  'x char[ 4] msg',
  'x unsigned char[4] raw',
  'x unsigned char[0x400] raw',
  'x __data_loc char[] path',
  'x __data_loc unsigned char[] path',
  'x __data_loc u8[] blob',
  'x __rel_loc char[] note',
  'x __rel_loc unsigned u32 n',
  'x __data_loc x',
  'x __rel_loc',
  'x struct pair p 8',
  'x struct pair p',
  'x struct pair p 0',
  'x struct pair p 0x10',
  'x struct pair p 2147483647',
  'x struct pair p 2147483648',
  'x struct pair p 4294967296',
  'x struct pair p 8 9',
  'x struct pair p +8',
  'x struct[2] p 8',
  'x struct  p 8',
  'fl:ANY,FLAGS u32 x',
  'fl: u32 x',
  ':F u32 x',
  'a.b u32 x',
  'a/b u32 x',
  '. u32 x',
  'types u32 a; char[20] msg; unsigned char[4] raw; __data_loc char[] path; __rel_loc char[] note; struct pair p 8; s64 big; unsigned short port; __data_loc u8[] blob',
  'x u32 a # comment',
  'x u32 a#comment',
  'x ' + Array.from({ length: 40 }, (_, i) => `u64 f${i}`).join('; '),
];

describe('explain agrees with dynamic_events on u: lines', () => {
  it('has enough lines', () => expect(LINES.length).toBeGreaterThanOrEqual(60));
  it.each(LINES)('u:%s', (line) => expectAgreement(dynamicCase(line)));
});

describe('explain agrees with DIAG_IOCSREG (uevent register)', () => {
  const long = 'e' + ' u8 a'.repeat(102);
  it.each([
    'hello u32 count',
    'ev:BPF u64 ts;struct pair p 8;unsigned char[4] raw; __rel_loc char[] note',
    'x u32  a',
    'x long a',
    'x char[9999] a',
    'x u32 a\n',
    'x struct s a 8\n',
    'x\nu32 a',
    long.slice(0, 511),
    long.slice(0, 512),
    `n${'a'.repeat(600)}`,
  ])('%j', (command) => expectAgreement(registerCase(command)));
});

describe('explain agrees with namespace options', () => {
  it.each([
    'user_events_limit=1',
    'user_events_limit=256',
    'user_events_limit=32767',
    'user_events_limit=0x100',
    'user_events_limit=010',
    'user_events_limit=+5',
    'user_events_limit=0',
    'user_events_limit=32768',
    'user_events_limit=-1',
    'user_events_limit=4294967295',
    'user_events_limit=4294967296',
    'user_events_limit=2147483648',
    'user_events_limit=abc',
    'user_events_limit=',
    'user_events_limit=5 ',
    'user_events_limit=5 # five',
    'user_events_limit=0x',
    'user_events_limit=08',
    ' user_events_limit=5',
    'USER_EVENTS_LIMIT=5',
    'foo',
    '',
    '# note',
  ])('%j', (line) => {
    const run = session(boot());
    run('mkdir namespaces/ns1');
    const explained = run(`explain -w namespaces/ns1/options ${q(line)}`).out;
    const kernel = kernelVerdict(run(`echo ${q(line)} > namespaces/ns1/options`));
    expect(explainVerdict(explained)).toBe(kernel);
    if (kernel === 'accepted') {
      const limit = /reads user_events_limit=(\d+)/.exec(explained.replace(/\n\s+/g, ' '));
      expect(`user_events_limit=${limit?.[1]}\n`).toBe(run('cat namespaces/ns1/options').out);
    }
  });
});

describe('explain agrees with set_event as events are now', () => {
  const setup =
    "mkdir namespaces/ns1\necho 'u:hello u32 a' >> dynamic_events\nuevent emit -d namespaces/ns1/root 'login u32 uid' >/dev/null";
  it.each([
    'user_events:hello',
    'hello',
    'login',
    'user_events.ns1',
    'user_events.ns1:*',
    '*:*',
    ':',
    '!login',
    'user_events:login',
    'nothere',
    'hello nothere',
    'x'.repeat(128),
    '   ',
  ])('%j', (text) => {
    const run = session(boot());
    run(setup);
    const explained = run(`explain -w set_event ${q(text)}`).out;
    const kernel = kernelVerdict(run(`echo ${q(text)} >> set_event`));
    expect(explainVerdict(explained)).toBe(kernel);
  });
});

describe('explain agrees with dynamic_events on random register lines', () => {
  const type = fc.constantFrom(
    'u32',
    's64',
    'char',
    'unsigned int',
    'unsigned short',
    'unsigned long',
    'long',
    'int[2]',
    'char[4]',
    'char[0x10]',
    'char[0]',
    'char[2000]',
    'char[]',
    'unsigned char[3]',
    '__data_loc char[]',
    '__rel_loc u8[]',
    '__data_loc',
    'struct s',
    'unsigned',
  );
  const field = fc
    .tuple(
      fc.constantFrom('', ' ', '  ', '\t'),
      type,
      fc.constantFrom(' a', ' b', '', ' ', '  a', ' a '),
      fc.constantFrom('', '', ' 8', ' 0', ' 0x10', ' 2147483648', ' 1 2'),
    )
    .map((parts) => parts.join(''));
  const line = fc
    .tuple(
      fc.constantFrom('ev', 'e.v', 'x:FLAGS', 'n'),
      fc.constantFrom(' ', '  ', ''),
      fc.array(field, { maxLength: 4 }),
      fc.constantFrom(';', '; ', ';;', ' ;'),
    )
    .map(([name, space, fields, sep]) => name + space + fields.join(sep));
  it('gives the kernel verdict and layout for every line', () => {
    fc.assert(
      fc.property(line, (l) => {
        expectAgreement(dynamicCase(l));
      }),
      { seed: SEED, numRuns: 300 },
    );
  });
});

// The kernel selftest tools/testing/selftests/user_events/dyn_test.c (6.1 era) at syscall level:
// which `u:` definitions dynamic_events accepts (basic_types, loc_types, size_types, flags), how
// delete lines match (matching), plus the §c.3 field-grammar and §c.10 delete-line examples.

import { beforeEach, describe, expect, it } from 'vitest';
import { EBUSY, EINVAL, EMFILE, ENOENT } from '../../../worker/kernel/lib/errno';
import {
  bootRoot,
  echo,
  expectNothingReferenced,
  lsSorted,
  O_APPEND,
  O_TRUNC,
  O_WRONLY,
  readAll,
  statusText,
  TRACING,
  writeText,
  type Syscalls,
} from '../helpers';

const DYN = `${TRACING}/dynamic_events`;
const CLEAR = '!u:__test_event';

let sys: Syscalls;

beforeEach(() => {
  sys = bootRoot().sys;
});

/** Append(value) of the selftest: one write() of the bytes, O_RDWR | O_APPEND. */
function append(value: string): number {
  return writeText(sys, DYN, value);
}

/** The user field lines of an event's format file (between the common fields and print fmt). */
function userFieldLines(system: string, name: string): string[] {
  const text = readAll(sys, `${TRACING}/events/${system}/${name}/format`);
  if (typeof text === 'number') return [`errno ${text}`];
  const start = text.indexOf('signed:1;\n\n') + 'signed:1;\n\n'.length;
  const body = text.slice(start, text.indexOf('\nprint fmt: '));
  return body === '' ? [] : body.replace(/\n$/, '').split('\n');
}

describe('dyn_test.c: TEST_PARSE / TEST_NPARSE (§c.3, §c.10)', () => {
  // [definition, the dynamic_events line it shows, or the errno of the write]
  const basicTypes: Array<[string, string]> = [
    ['u:__test_event u64 a', 'u:__test_event u64 a'],
    ['u:__test_event u32 a', 'u:__test_event u32 a'],
    ['u:__test_event u16 a', 'u:__test_event u16 a'],
    ['u:__test_event u8 a', 'u:__test_event u8 a'],
    ['u:__test_event char a', 'u:__test_event char a'],
    ['u:__test_event unsigned char a', 'u:__test_event unsigned char a'],
    ['u:__test_event int a', 'u:__test_event int a'],
    ['u:__test_event unsigned int a', 'u:__test_event unsigned int a'],
    ['u:__test_event short a', 'u:__test_event short a'],
    ['u:__test_event unsigned short a', 'u:__test_event unsigned short a'],
    ['u:__test_event char[20] a', 'u:__test_event char[20] a'],
    ['u:__test_event unsigned char[20] a', 'u:__test_event unsigned char[20] a'],
  ];
  const locTypes: Array<[string, string]> = [
    ['u:__test_event __data_loc char[] a', 'u:__test_event __data_loc char[] a'],
    ['u:__test_event __data_loc unsigned char[] a', 'u:__test_event __data_loc unsigned char[] a'],
    ['u:__test_event __rel_loc char[] a', 'u:__test_event __rel_loc char[] a'],
    ['u:__test_event __rel_loc unsigned char[] a', 'u:__test_event __rel_loc unsigned char[] a'],
  ];
  const flags: Array<[string, string]> = [
    ['u:__test_event:FLAG_BPF_ITER u32 a', 'u:__test_event u32 a'],
    ['u:__test_event:FLAG_BPF_ITER,FLAG_FUTURE u32 a', 'u:__test_event u32 a'],
    ['u:__test_event:ANY,FLAGS', 'u:__test_event'],
  ];
  const sizeTypesOk: Array<[string, string]> = [
    ['u:__test_event struct custom a 20', 'u:__test_event struct custom a 20'],
  ];

  it.each([...basicTypes, ...locTypes, ...flags, ...sizeTypesOk])('TEST_PARSE(%j)', (def, line) => {
    expect(append(def)).toBe(def.length);
    expect(readAll(sys, DYN)).toBe(line + '\n');
    expect(readAll(sys, `${TRACING}/available_events`)).toBe('user_events:__test_event\n');
    expect(append(CLEAR)).toBe(CLEAR.length);
    expect(readAll(sys, DYN)).toBe('');
    expectNothingReferenced(sys);
  });

  it.each([
    ['size_types: struct without size', 'u:__test_event struct custom a'],
    ['size_types: size on a non-struct', 'u:__test_event char a 20'],
  ])('TEST_NPARSE %s (%j)', (_label, def) => {
    expect(append(def)).toBe(-EINVAL);
    expect(readAll(sys, DYN)).toBe('');
    // CLEAR() of the selftest: nothing to delete
    expect(append(CLEAR)).toBe(-ENOENT);
    expectNothingReferenced(sys);
  });
});

describe('field grammar through dynamic_events (§c.3, §c.3.1, S23)', () => {
  // [fields after `u:e `, the format's user field lines] — accepted
  const accepted: Array<[string, string[]]> = [
    ['s64 a', ['\tfield:s64 a;\toffset:8;\tsize:8;\tsigned:1;']],
    ['s32 a', ['\tfield:s32 a;\toffset:8;\tsize:4;\tsigned:1;']],
    ['s16 a', ['\tfield:s16 a;\toffset:8;\tsize:2;\tsigned:1;']],
    ['s8 a', ['\tfield:s8 a;\toffset:8;\tsize:1;\tsigned:1;']],
    ['char[20] a', ['\tfield:char a[20];\toffset:8;\tsize:20;\tsigned:1;']],
    ['char[0x14] a', ['\tfield:char a[0x14];\toffset:8;\tsize:20;\tsigned:1;']],
    ['char[024] a', ['\tfield:char a[024];\toffset:8;\tsize:20;\tsigned:1;']],
    ['char[+5] a', ['\tfield:char a[+5];\toffset:8;\tsize:5;\tsigned:1;']],
    ['char[1024] a', ['\tfield:char a[1024];\toffset:8;\tsize:1024;\tsigned:1;']],
    ['char[1] a', ['\tfield:char a[1];\toffset:8;\tsize:1;\tsigned:1;']],
    // 7 characters after '[' is the most the kernel copies
    ['char[0x0014] a', ['\tfield:char a[0x0014];\toffset:8;\tsize:20;\tsigned:1;']],
    ['char[4]x a', ['\tfield:char a[4]x;\toffset:8;\tsize:4;\tsigned:1;']],
    ['char[20]abcd a', ['\tfield:char a[20]abcd;\toffset:8;\tsize:20;\tsigned:1;']],
    ['unsigned char[4] raw', ['\tfield:unsigned char raw[4];\toffset:8;\tsize:4;\tsigned:0;']],
    ['__data_loc char[] path', ['\tfield:__data_loc char[] path;\toffset:8;\tsize:4;\tsigned:1;']],
    ['__data_loc u8[] blob', ['\tfield:__data_loc u8[] blob;\toffset:8;\tsize:4;\tsigned:1;']],
    ['__rel_loc char[] note', ['\tfield:__rel_loc char note[];\toffset:8;\tsize:4;\tsigned:1;']],
    ['struct pair p 8', ['\tfield:struct pair p;\toffset:8;\tsize:8;\tsigned:1;']],
    ['struct pair p 2147483647', ['\tfield:struct pair p;\toffset:8;\tsize:2147483647;\tsigned:1;']],
    [
      'u8 a;u16 b; u32 c;\tu64 d',
      [
        '\tfield:u8 a;\toffset:8;\tsize:1;\tsigned:0;',
        '\tfield:u16 b;\toffset:9;\tsize:2;\tsigned:0;',
        '\tfield:u32 c;\toffset:11;\tsize:4;\tsigned:0;',
        '\tfield:u64 d;\toffset:15;\tsize:8;\tsigned:0;',
      ],
    ],
    [
      'u32 a;;u32 b;',
      ['\tfield:u32 a;\toffset:8;\tsize:4;\tsigned:0;', '\tfield:u32 b;\toffset:12;\tsize:4;\tsigned:0;'],
    ],
    ['', []],
  ];
  it.each(accepted)('u:e %j is accepted', (fields, lines) => {
    const def = fields === '' ? 'u:e ' : `u:e ${fields}`;
    expect(echo(sys, DYN, def)).toBe(def.length + 1);
    expect(userFieldLines('user_events', 'e')).toEqual(lines);
    expect(echo(sys, DYN, '!u:e')).toBe(5);
    expectNothingReferenced(sys);
  });

  const rejected: string[] = [
    'char[aa] a',
    'char[9999] a',
    'char[0x0000000000001] a',
    'char[0x00014] a',
    'char[20]abcde a',
    'char[] a',
    'char[0] a',
    'char[1025] a',
    'char[2000] a',
    'char[20 a',
    'char[-1] a',
    'struct custom a',
    'struct custom a 0',
    'struct custom a 0x10',
    'struct custom a 2147483648',
    'struct custom a 20 x',
    'char a 20',
    'u32 x 4',
    'u32  x',
    'u32 x ;u32 y',
    'u32',
    'long x',
    'bool x',
    'u32[4] x',
    'int[2] x',
    'unsigned long x',
    'unsigned x',
    '__data_loc x',
    '__rel_loc x',
    'char* p',
    'u32 a; bogus b',
    'u32 x # note',
  ];
  it.each(rejected)('u:bad %j is EINVAL and creates nothing', (fields) => {
    expect(echo(sys, DYN, `u:bad ${fields}`)).toBe(-EINVAL);
    expect(readAll(sys, DYN)).toBe('');
    expect(lsSorted(sys, `${TRACING}/events`)).toEqual(['enable', 'header_event', 'header_page']);
    expectNothingReferenced(sys);
  });

  it('S23: the `types` event shows its fields packed, with the 6.0 array form', () => {
    const def =
      'u:types u32 a; char[20] msg; unsigned char[4] raw; __data_loc char[] path; __rel_loc char[] note; ' +
      'struct pair p 8; s64 big; unsigned short port; __data_loc u8[] blob';
    expect(echo(sys, DYN, def)).toBe(def.length + 1);
    expect(readAll(sys, DYN)).toBe(def + '\n');
    expect(readAll(sys, `${TRACING}/events/user_events/types/format`)).toBe(
      'name: types\nID: 20\nformat:\n' +
        '\tfield:unsigned short common_type;\toffset:0;\tsize:2;\tsigned:0;\n' +
        '\tfield:unsigned char common_flags;\toffset:2;\tsize:1;\tsigned:0;\n' +
        '\tfield:unsigned char common_preempt_count;\toffset:3;\tsize:1;\tsigned:0;\n' +
        '\tfield:int common_pid;\toffset:4;\tsize:4;\tsigned:1;\n\n' +
        '\tfield:u32 a;\toffset:8;\tsize:4;\tsigned:0;\n' +
        '\tfield:char msg[20];\toffset:12;\tsize:20;\tsigned:1;\n' +
        '\tfield:unsigned char raw[4];\toffset:32;\tsize:4;\tsigned:0;\n' +
        '\tfield:__data_loc char[] path;\toffset:36;\tsize:4;\tsigned:1;\n' +
        '\tfield:__rel_loc char note[];\toffset:40;\tsize:4;\tsigned:1;\n' +
        '\tfield:struct pair p;\toffset:44;\tsize:8;\tsigned:1;\n' +
        '\tfield:s64 big;\toffset:52;\tsize:8;\tsigned:1;\n' +
        '\tfield:unsigned short port;\toffset:60;\tsize:2;\tsigned:0;\n' +
        '\tfield:__data_loc u8[] blob;\toffset:62;\tsize:4;\tsigned:1;\n\n' +
        'print fmt: "a=%u msg=%s raw=%s path=%s note=%s p=%llu big=%lld port=%u blob=%llu", REC->a, ' +
        'REC->msg, REC->raw, __get_str(path), __get_rel_str(note), REC->p, REC->big, REC->port, REC->blob\n',
    );
    expect(echo(sys, DYN, '!u:types')).toBe(9);
    expectNothingReferenced(sys);
  });

  it('S23: flags are dropped, a trailing `;` is harmless, hex array lengths keep their text', () => {
    expect(echo(sys, DYN, 'u:fl:ANY,FLAGS u32 x')).toBe(21);
    expect(echo(sys, DYN, 'u:semi u32 x;')).toBe(14);
    expect(echo(sys, DYN, 'u:hexarr char[0x10] s')).toBe(22);
    expect(readAll(sys, DYN)).toBe('u:fl u32 x\nu:semi u32 x\nu:hexarr char[0x10] s\n');
    expect(userFieldLines('user_events', 'hexarr')).toEqual([
      '\tfield:char s[0x10];\toffset:8;\tsize:16;\tsigned:1;',
    ]);
    expectNothingReferenced(sys);
  });

  it('print fmt per type (ftrace_test.c print_fmt)', () => {
    const cases: Array<[string, string]> = [
      ['__rel_loc char[] data', 'print fmt: "data=%s", __get_rel_str(data)'],
      ['__data_loc char[] data', 'print fmt: "data=%s", __get_str(data)'],
      ['s64 data', 'print fmt: "data=%lld", REC->data'],
      ['u64 data', 'print fmt: "data=%llu", REC->data'],
      ['s32 data', 'print fmt: "data=%d", REC->data'],
      ['u32 data', 'print fmt: "data=%u", REC->data'],
      ['int data', 'print fmt: "data=%d", REC->data'],
      ['unsigned int data', 'print fmt: "data=%u", REC->data'],
      ['s16 data', 'print fmt: "data=%d", REC->data'],
      ['u16 data', 'print fmt: "data=%u", REC->data'],
      ['short data', 'print fmt: "data=%d", REC->data'],
      ['unsigned short data', 'print fmt: "data=%u", REC->data'],
      ['s8 data', 'print fmt: "data=%d", REC->data'],
      ['u8 data', 'print fmt: "data=%u", REC->data'],
      ['char data', 'print fmt: "data=%d", REC->data'],
      ['unsigned char data', 'print fmt: "data=%u", REC->data'],
      ['char[4] data', 'print fmt: "data=%s", REC->data'],
      ['struct s data 4', 'print fmt: "data=%llu", REC->data'],
      ['__data_loc u8[] data', 'print fmt: "data=%llu", REC->data'],
    ];
    for (const [fields, fmt] of cases) {
      expect(echo(sys, DYN, `u:__test_event ${fields}`), fields).toBe(fields.length + 16);
      const text = readAll(sys, `${TRACING}/events/user_events/__test_event/format`) as string;
      expect(text.split('\n\n')[2], fields).toBe(fmt + '\n');
      expect(echo(sys, DYN, CLEAR)).toBe(CLEAR.length + 1);
    }
    expectNothingReferenced(sys);
  });
});

describe('registration through dynamic_events (§c.4, §c.10 create form, S5)', () => {
  it('re-registering an existing name succeeds and changes nothing (Q5)', () => {
    expect(echo(sys, DYN, 'u:hello u32 count')).toBe(18);
    expect(echo(sys, DYN, 'u:hello u64 something_else')).toBe(27);
    expect(echo(sys, DYN, 'u:hello this is not valid')).toBe(26);
    expect(readAll(sys, DYN)).toBe('u:hello u32 count\n');
    expect(readAll(sys, `${TRACING}/events/user_events/hello/id`)).toBe('20\n');
    expect(readAll(sys, `${TRACING}/user_events_status`)).toBe(statusText(['1:hello'], 0));
    expectNothingReferenced(sys);
  });

  it('S5: ids, bits, available_events newest first, status in hash order', () => {
    expect(echo(sys, DYN, 'u:hello u32 count')).toBe(18);
    expect(echo(sys, DYN, 'u:bye')).toBe(6);
    expect(readAll(sys, DYN)).toBe('u:hello u32 count\nu:bye\n');
    expect(readAll(sys, `${TRACING}/available_events`)).toBe('user_events:bye\nuser_events:hello\n');
    expect(readAll(sys, `${TRACING}/user_events_status`)).toBe(statusText(['1:hello', '2:bye'], 0));
    expect(readAll(sys, `${TRACING}/events/user_events/bye/id`)).toBe('21\n');
    expect(readAll(sys, `${TRACING}/events/user_events/bye/format`)).toBe(
      'name: bye\nID: 21\nformat:\n' +
        '\tfield:unsigned short common_type;\toffset:0;\tsize:2;\tsigned:0;\n' +
        '\tfield:unsigned char common_flags;\toffset:2;\tsize:1;\tsigned:0;\n' +
        '\tfield:unsigned char common_preempt_count;\toffset:3;\tsize:1;\tsigned:0;\n' +
        '\tfield:int common_pid;\toffset:4;\tsize:4;\tsigned:1;\n\n\n' +
        'print fmt: ""\n',
    );
    expect(lsSorted(sys, `${TRACING}/events/user_events`)).toEqual(['bye', 'enable', 'filter', 'hello']);
    expect(lsSorted(sys, `${TRACING}/events/user_events/hello`)).toEqual([
      'enable',
      'filter',
      'format',
      'id',
      'trigger',
    ]);
    expectNothingReferenced(sys);
  });

  it('names with dots, white space after `u:`', () => {
    expect(echo(sys, DYN, 'u: \t a.b u8 x')).toBe(14);
    expect(readAll(sys, DYN)).toBe('u:a.b u8 x\n');
    expect(readAll(sys, `${TRACING}/events/user_events/a.b/id`)).toBe('20\n');
    expectNothingReferenced(sys);
  });

  it('Q10: names that cannot be directories still make events', () => {
    expect(echo(sys, DYN, 'u:a/b u32 x')).toBe(12);
    expect(echo(sys, DYN, 'u:.')).toBe(4);
    expect(readAll(sys, DYN)).toBe('u:a/b u32 x\nu:.\n');
    expect(readAll(sys, `${TRACING}/available_events`)).toBe('user_events:.\nuser_events:a/b\n');
    expect(sys.stat(`${TRACING}/events/user_events/a`).ok).toBe(false);
    // the system directory is made all the same (a real 6.1 lists just `enable` and `filter`)
    const listed = sys.readdir(`${TRACING}/events/user_events`);
    expect(listed.ok && listed.value.map((e) => e.name).sort()).toEqual(['enable', 'filter']);
    // their IDs were consumed
    expect(echo(sys, DYN, 'u:next')).toBe(7);
    expect(readAll(sys, `${TRACING}/events/user_events/next/id`)).toBe('22\n');
    // `-:a/b` names system `a`; the event is reached as user_events/a/b
    expect(echo(sys, DYN, '-:a/b')).toBe(-ENOENT);
    expect(echo(sys, DYN, '!u:user_events/a/b')).toBe(19);
    expect(echo(sys, DYN, '-:.')).toBe(4);
    expect(readAll(sys, DYN)).toBe('u:next\n');
    expect(echo(sys, DYN, '-:next')).toBe(7);
    expect(sys.stat(`${TRACING}/events/user_events`).ok).toBe(false);
    expectNothingReferenced(sys);
  });

  it('the root group has 32767 bits: the next new name is EMFILE, even when malformed (§c.4 step 3, §g.3)', () => {
    const fd = sys.open(DYN, O_WRONLY | O_APPEND);
    expect(fd).toBeGreaterThanOrEqual(0);
    let text = '';
    for (let i = 1; i <= 32767; i++) text += `u:e${i}\n`;
    expect(sys.write(fd, new TextEncoder().encode(text))).toBe(text.length);
    expect(sys.write(fd, new TextEncoder().encode('u:extra\n'))).toBe(-EMFILE);
    expect(sys.write(fd, new TextEncoder().encode('u:extra not valid\n'))).toBe(-EMFILE);
    expect(sys.write(fd, new TextEncoder().encode('u:e5 u32 x\n'))).toBe(11);
    expect(sys.write(fd, new TextEncoder().encode('-:e6\n'))).toBe(5);
    expect(sys.write(fd, new TextEncoder().encode('u:extra\n'))).toBe(8);
    sys.close(fd);
    const status = readAll(sys, `${TRACING}/user_events_status`) as string;
    expect(status.split('\n')).toContain('6:extra');
    expect(status.endsWith('\nActive: 32767\nBusy: 0\nMax: 32768\nLimit: 32767\n')).toBe(true);
    // NOTE: no release-all here: deleting 32767 events takes the model close to a minute.
    expect(sys.openFds()).toEqual([0, 1, 2]);
  });

  it('S11: IDs are never reused', () => {
    expect(echo(sys, DYN, 'u:e u32 a; u32 b')).toBe(17);
    expect(readAll(sys, `${TRACING}/events/user_events/e/id`)).toBe('20\n');
    expect(echo(sys, DYN, '!u:e u32 a; u32 b;')).toBe(19);
    expect(echo(sys, DYN, 'u:e u32 a; u32 b')).toBe(17);
    expect(readAll(sys, `${TRACING}/events/user_events/e/id`)).toBe('21\n');
    expectNothingReferenced(sys);
  });

  // [lines written in one write(), its result, dynamic_events afterwards]
  const lines: Array<[string, string, number, string]> = [
    ['blank line', '\n', 1, ''],
    ['white space only', '  \t\n', 4, ''],
    ['comment only', '# just a comment\n', 17, ''],
    ['empty write', '', 0, ''],
    ['one write, a bad line stops the rest', 'u:q1\nu:q2 u32\nu:q3\n', -EINVAL, 'u:q1\n'],
    ['final line without newline', 'u:q1\nu:q2', 9, 'u:q1\nu:q2\n'],
    ['comment after a definition', 'u:c u32 a# note\n', 16, 'u:c u32 a\n'],
    ['leading space', ' u:x u32 a\n', -EINVAL, ''],
    ['space after u', 'u :x\n', -EINVAL, ''],
    ['no prefix', 'x u32 a\n', -EINVAL, ''],
    ['kprobe syntax', 'p:myprobe do_sys_open\n', -EINVAL, ''],
    ['line of 4094 bytes', `#${'x'.repeat(4093)}\n`, 4095, ''],
    ['line of 4095 bytes', `#${'x'.repeat(4094)}\n`, -EINVAL, ''],
    ['long line re-read in a new chunk', `u:a\n#${'x'.repeat(4092)}\n`, 4098, 'u:a\n'],
  ];
  it.each(lines)('%s', (_label, text, ret, after) => {
    expect(writeText(sys, DYN, text)).toBe(ret);
    expect(readAll(sys, DYN)).toBe(after);
    expectNothingReferenced(sys);
  });
});

describe('delete lines (§c.10, dyn_test.c matching, S11)', () => {
  // Against `u:e u32 a; u32 b`: [delete line, result]
  const twoFields: Array<[string, number]> = [
    ['!u:e', 0],
    ['-:e', 0],
    ['!p:e', 0],
    ['!u:user_events/e', 0],
    ['-:user_events/e', 0],
    ['!u:e u32 a; u32 b', 0],
    ['!u:e u32 a; u32 b;', 0],
    ['!u:e   u32 a;   u32 b', 0],
    ['!u:e\tu32\ta;\tu32\tb', 0],
    ['!u:e # comment', 0],
    ['!u:e u32 a', -ENOENT],
    ['!u:e u32 b', -ENOENT],
    ['!u:e u32 a; u32', -ENOENT],
    ['!u:e u32 a; u32 ', -ENOENT],
    ['!u:e u32 a; u32 a', -ENOENT],
    ['!u:e u32 b; u32 a', -ENOENT],
    ['!u:e u32 a; u32 b; u32 c', -ENOENT],
    ['!u:e u32 a u32 b', -ENOENT],
    ['!u:user_events.ns1/e', -ENOENT],
    ['!u:other/e', -ENOENT],
    ['!u:/e', -ENOENT],
    ['!u:user_events/', -ENOENT],
    ['!u:f', -ENOENT],
    ['!u:E', -ENOENT],
    ['!e', -EINVAL],
    ['-e', -EINVAL],
    ['-:', -EINVAL],
    ['!u:', -EINVAL],
    ['-', -EINVAL],
  ];
  it.each(twoFields)('%j against `u:e u32 a; u32 b`', (line, ret) => {
    expect(echo(sys, DYN, 'u:e u32 a; u32 b')).toBe(17);
    expect(echo(sys, DYN, line)).toBe(ret === 0 ? line.length + 1 : ret);
    expect(readAll(sys, DYN)).toBe(ret === 0 ? '' : 'u:e u32 a; u32 b\n');
    expectNothingReferenced(sys);
  });

  // Against `u:__test_event struct custom a 20`: sizes are not compared in this era.
  const structField: Array<[string, number]> = [
    ['!u:__test_event struct custom b', -ENOENT],
    ['!u:__test_event struct custom a 20', -ENOENT],
    ['!u:__test_event struct other a', -ENOENT],
    ['!u:__test_event struct custom a', 0],
  ];
  it.each(structField)('%j against a struct field', (line, ret) => {
    expect(append('u:__test_event struct custom a 20')).toBe(33);
    expect(append(line)).toBe(ret === 0 ? line.length : ret);
    expect(readAll(sys, DYN)).toBe(ret === 0 ? '' : 'u:__test_event struct custom a 20\n');
    expectNothingReferenced(sys);
  });

  it('a delete line removes the event everywhere (§c.8 step 4); freed bits are reused', () => {
    expect(echo(sys, DYN, 'u:hello u32 a')).toBe(14);
    expect(echo(sys, DYN, 'u:bye')).toBe(6);
    expect(echo(sys, DYN, '-:hello')).toBe(8);
    expect(readAll(sys, DYN)).toBe('u:bye\n');
    expect(readAll(sys, `${TRACING}/available_events`)).toBe('user_events:bye\n');
    expect(readAll(sys, `${TRACING}/user_events_status`)).toBe(statusText(['2:bye'], 0));
    expect(lsSorted(sys, `${TRACING}/events/user_events`)).toEqual(['bye', 'enable', 'filter']);
    expect(readAll(sys, `${TRACING}/events/user_events/hello/id`)).toBe(-ENOENT);
    // the freed bit is reused, lowest first; the listing is in hash order (bye 118, tick 199)
    expect(echo(sys, DYN, 'u:tick')).toBe(7);
    expect(readAll(sys, `${TRACING}/user_events_status`)).toBe(statusText(['2:bye', '1:tick'], 0));
    expect(echo(sys, DYN, '-:bye')).toBe(6);
    expect(echo(sys, DYN, '-:tick')).toBe(7);
    expect(lsSorted(sys, `${TRACING}/events`)).toEqual(['enable', 'header_event', 'header_page']);
    expectNothingReferenced(sys);
  });

  it('S11: a busy event refuses delete lines and O_TRUNC; release-all once idle', () => {
    expect(echo(sys, DYN, 'u:e u32 a; u32 b')).toBe(17);
    expect(echo(sys, `${TRACING}/events/user_events/e/enable`, '1')).toBe(2);
    expect(echo(sys, DYN, '!u:e')).toBe(-EBUSY);
    expect(writeText(sys, DYN, 'u:f\n', O_WRONLY | O_TRUNC)).toBe(-EBUSY);
    expect(readAll(sys, DYN)).toBe('u:e u32 a; u32 b\n');
    expect(echo(sys, `${TRACING}/events/user_events/e/enable`, '0')).toBe(2);
    expect(writeText(sys, DYN, 'u:f\n', O_WRONLY | O_TRUNC)).toBe(4);
    expect(readAll(sys, DYN)).toBe('u:f\n');
    expect(readAll(sys, `${TRACING}/events/user_events/f/id`)).toBe('21\n');
    expect(echo(sys, DYN, '-:f')).toBe(4);
    expect(readAll(sys, DYN)).toBe('');
    expectNothingReferenced(sys);
  });

  it('a busy delete line ends the write; earlier lines keep their effect (§b.8 step 5)', () => {
    expect(echo(sys, DYN, 'u:a')).toBe(4);
    expect(echo(sys, DYN, 'u:b')).toBe(4);
    expect(echo(sys, `${TRACING}/events/user_events/b/enable`, '1')).toBe(2);
    expect(writeText(sys, DYN, '-:a\n-:b\n')).toBe(-EBUSY);
    expect(readAll(sys, DYN)).toBe('u:b\n');
    expect(echo(sys, `${TRACING}/events/user_events/b/enable`, '0')).toBe(2);
    expectNothingReferenced(sys);
  });
});

// The normalisation rules one by one (normalise.ts, docs/certified.md), each with an example of what
// it hides and of what it must not hide; the padding rule and the line diff the KNOWN table uses.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './cases';
import { lineDiff, maskPadding } from './compare';
import { newContext, normalise, RULES, staticSystems } from './normalise';

const SYSTEMS = new Set(['sched', 'irq', 'ftrace']);
const rfc = () => newContext('rfc', SYSTEMS);
const stock = () => newContext('stock', SYSTEMS);
const linux612 = () => newContext('612', SYSTEMS);

const HEADER_MODEL = '00000000: 14 00 00 00 ea 03 00 00 01 00 00 00              ............';
const HEADER_REAL = '00000000: 4d 01 00 00 2e 00 00 00 01 00 00 00              M...........';

describe('normalise', () => {
  it('N1, N2: pids by first appearance, the CPU and the timestamp of a trace context', () => {
    const ctx = rfc();
    const text = [
      '          uevent-1002    [000] .....     5.000039: ',
      '\0          uevent-1003    [001] .....     5.000046: ',
      '           <...>-1002    [000] .....     5.000050: tracing_mark_write: hi',
    ].join('\n');
    expect(normalise('cat trace', text, ctx)).toBe(
      [
        'uevent-<P1> [CPU] ..... <TS>: ',
        '\0uevent-<P2> [CPU] ..... <TS>: ',
        '<...>-<P1> [CPU] ..... <TS>: tracing_mark_write: hi',
      ].join('\n'),
    );
    expect(normalise('cat trace', '          uevent-46      [000] .....     3.253060: ', rfc())).toBe(
      'uevent-<P1> [CPU] ..... <TS>: ',
    );
  });

  it('N1: the pid bash prints for a job started with &, labelled as the trace’s pids are', () => {
    const ctx = linux612();
    expect(normalise("uevent hold 3 'tick u32 n' > /tmp/hold.out &", '[1] 58\n', ctx)).toBe('[1] <P1>\n');
    expect(normalise('cat trace', '          uevent-58      [000] .....     2.948035: ', ctx)).toBe(
      'uevent-<P1> [CPU] ..... <TS>: ',
    );
    expect(normalise('echo a && echo b', '[1] 58\n', linux612())).toBe('[1] 58\n');
    expect(normalise('sleep 1 &', '[1]+  Done                    sleep 1\n', linux612())).toBe(
      '[1]+  Done                    sleep 1\n',
    );
  });

  it('N1, N3: the common_type and common_pid bytes of a dump share the labels of the text', () => {
    const model = rfc();
    const real = rfc();
    expect(normalise('cat events/user_events/hello/id', '20\n', model)).toBe('<ID1>\n');
    expect(normalise('cat events/user_events/hello/id', '333\n', real)).toBe('<ID1>\n');
    const m = normalise(
      'cat trace',
      `          uevent-1002    [000] .....     5.000039: \n${HEADER_MODEL}\n`,
      model,
    );
    const r = normalise(
      'cat trace',
      `          uevent-46      [000] .....     3.253060: \n${HEADER_REAL}\n`,
      real,
    );
    expect(m).toBe(r);
    expect(m).toContain('00000000: <ID1> 00 00 <P1> 01 00 00 00  ??..????....');
  });

  it('N3: ID lines of format, Unknown type, and only bare numbers of an id file', () => {
    const ctx = rfc();
    expect(normalise('cat events/user_events/a/format', 'name: a\nID: 333\nformat:\n', ctx)).toBe(
      'name: a\nID: <ID1>\nformat:\n',
    );
    expect(normalise('cat trace', '  uevent-1 [000] .....  1.000000: Unknown type 334', ctx)).toBe(
      'uevent-<P1> [CPU] ..... <TS>: Unknown type <ID2>',
    );
    expect(normalise('cat buffer_size_kb', '333\n', ctx)).toBe('333\n');
    expect(normalise('cat trace', '# tracer: nop\n#\ntype: 334\n', ctx)).toBe(
      '# tracer: nop\n#\ntype: <ID2>\n',
    );
    expect(normalise('cat trace', 'opt: type: 334\n', ctx)).toBe('opt: type: 334\n');
  });

  it('N4: static systems and their events, but never a user_events system', () => {
    const listing = 'enable\nftrace\nheader_event\nsched\nuser_events\nuser_events.ns1\n';
    expect(normalise('ls -1 events', listing, rfc())).toBe(
      'enable\nheader_event\nuser_events\nuser_events.ns1\n',
    );
    expect(normalise('ls -1 instances/i/events', listing, rfc())).toContain('user_events.ns1');
    expect(normalise('cat available_events', 'sched:sched_switch\nuser_events:hello\nirq:x\n', rfc())).toBe(
      'user_events:hello\n',
    );
    expect(normalise('ls -1 .', 'sched\n', rfc())).toBe('sched\n');
    expect(staticSystems('enable\nsched\nheader_page\nuser_events\nirq\n')).toEqual(
      new Set(['sched', 'irq']),
    );
  });

  it('N5, N6: uprobe files, and on stock 6.1 the RFC’s namespaces entry and Limit line', () => {
    const top = 'instances\nnamespaces\noptions\nuprobe_events\nuprobe_profile\n';
    expect(normalise('ls -1', top, rfc())).toBe('instances\nnamespaces\noptions\n');
    expect(normalise('ls -1', top, stock())).toBe('instances\noptions\n');
    const status = '\nActive: 0\nBusy: 0\nMax: 32768\nLimit: 32767\n';
    expect(normalise('cat user_events_status', status, stock())).toBe('\nActive: 0\nBusy: 0\nMax: 32768\n');
    expect(normalise('cat user_events_status', status, rfc())).toBe(status);
    const sizes = 'buffer_size_kb\nbuffer_subbuf_size_kb\nbuffer_total_size_kb\n';
    expect(normalise('ls -1', sizes, linux612())).toBe('buffer_size_kb\nbuffer_total_size_kb\n');
    expect(normalise('ls -1', sizes, stock())).toBe(sizes);
    expect(normalise('cat buffer_subbuf_size_kb', 'buffer_subbuf_size_kb\n', linux612())).toBe(
      'buffer_subbuf_size_kb\n',
    );
  });

  it('N7: the length of an array field in format, and nothing else of the line', () => {
    const ctx = rfc();
    expect(normalise('cat f', '\tfield:char msg[28311592];\toffset:12;\tsize:20;\tsigned:1;', ctx)).toBe(
      '\tfield:char msg[<N>];\toffset:12;\tsize:20;\tsigned:1;',
    );
    expect(normalise('cat f', '\tfield:char s[];\toffset:8;\tsize:16;', ctx)).toBe(
      '\tfield:char s[<N>];\toffset:8;\tsize:16;',
    );
    expect(normalise('cat f', '\tfield:u32 count;\toffset:8;\tsize:4;', ctx)).toBe(
      '\tfield:u32 count;\toffset:8;\tsize:4;',
    );
  });

  it('N9: ls in columns is read down the columns', () => {
    const columns = 'README\t\t      namespaces\t     trace_clock\navailable_events      options\n';
    expect(normalise('ls', columns, rfc())).toBe(
      'README\navailable_events\nnamespaces\noptions\ntrace_clock\n',
    );
    expect(normalise('ls ns1 ns1/root', 'ns1:\noptions  root\n\nns1/root:\na  b\n', rfc())).toBe(
      'ns1:\noptions\nroot\n\nns1/root:\na\nb\n',
    );
    expect(normalise('ls -1', 'team a.b\n', rfc())).toBe('team a.b\n');
  });

  it('N10: the ^C that ends the model’s cat trace_pipe', () => {
    expect(normalise('cat trace_pipe', 'x\n\0^C\n', rfc())).toBe('x\n\0');
    expect(normalise('cat trace', 'x\n^C\n', rfc())).toBe('x\n^C\n');
  });

  it('N11: the date of a file in ls -l, and nothing else of the line', () => {
    const real = [
      '-rw-r----- 1 root root 0 Dec  7 01:29 user_events_data',
      '-r--r----- 1 root root 0 Dec  7 01:29 user_events_status',
    ].join('\n');
    const model = [
      '-rw-r----- 1 root root 0 Jul 28 09:00 user_events_data',
      '-r--r----- 1 root root 0 Jul 28 09:00 user_events_status',
    ].join('\n');
    const command = 'ls -l user_events_data user_events_status';
    expect(normalise(command, real, linux612())).toBe(normalise(command, model, linux612()));
    expect(normalise(command, real, linux612())).toBe(
      '-rw-r----- 1 root root 0 <DATE> user_events_data\n-r--r----- 1 root root 0 <DATE> user_events_status',
    );
    expect(normalise('ls -ld .', 'drwx------ 6 root root 0 Jul 28  2024 .', rfc())).toBe(
      'drwx------ 6 root root 0 <DATE> .',
    );
    const other = (line: string) => normalise(command, line, linux612());
    expect(other('-rw-rw---- 1 root root 0 Jul 28 09:00 x')).not.toBe(
      other('-rw-r----- 1 root root 0 Jul 28 09:00 x'),
    );
    expect(other('-rw-r----- 1 root bob 0 Jul 28 09:00 x')).not.toBe(
      other('-rw-r----- 1 root root 0 Jul 28 09:00 x'),
    );
    expect(other('-rw-r----- 1 root root 4 Jul 28 09:00 x')).not.toBe(
      other('-rw-r----- 1 root root 0 Jul 28 09:00 x'),
    );
    expect(normalise('cat f', '-rw-r----- 1 root root 0 Jul 28 09:00 x', rfc())).toContain('Jul 28 09:00');
  });

  it('hides no behaviour: counters, flags, comms, messages and payload bytes stay', () => {
    const ctx = () => rfc();
    const pairs: Array<[string, string, string]> = [
      [
        'cat trace',
        '# entries-in-buffer/entries-written: 2/2   #P:2',
        '# entries-in-buffer/entries-written: 2/3   #P:2',
      ],
      ['cat trace', '  uevent-1 [000] .....  1.000000: ', '  uevent-1 [000] d....  1.000000: '],
      ['cat trace', '  uevent-1 [000] .....  1.000000: ', '     bash-1 [000] .....  1.000000: '],
      ['cat trace', HEADER_MODEL, HEADER_MODEL.replace('01 00 00 00 ', '02 00 00 00 ')],
      [
        'echo 1 > enable',
        'bash: echo: write error: Invalid argument',
        'bash: echo: write error: No such device',
      ],
      ['ls -1 events', 'user_events\n', 'user_events\nuser_events.ns1\n'],
    ];
    for (const [command, a, b] of pairs)
      expect(normalise(command, a, ctx())).not.toBe(normalise(command, b, ctx()));
  });

  it('every rule has a reason', () => {
    expect(RULES.map((r) => r.id)).toEqual([
      'N1',
      'N2',
      'N3',
      'N4',
      'N5',
      'N6',
      'N7',
      'N8',
      'N9',
      'N10',
      'N11',
    ]);
    for (const r of RULES) expect(r.why.length).toBeGreaterThan(20);
  });

  it('docs/certified.md and `explain certified` name every rule', async () => {
    const docs = readFileSync(join(ROOT, 'docs/certified.md'), 'utf8');
    const { CERTIFIED_TOPIC } = await import('../../worker/user/programs/explain-certified');
    for (const r of RULES) {
      expect(docs).toMatch(new RegExp(`^\\| ${r.id} +\\| \\S`, 'm'));
      expect(CERTIFIED_TOPIC).toContain(`${r.id} `);
    }
  });
});

describe('N8: hex-dump padding', () => {
  const row = (hex: string, ascii: string) => `00000010: ${hex.padEnd(49)}${ascii}`;

  it('takes the model’s 00 padding for the last bytes of an entry only', () => {
    const model = [HEADER_MODEL, row('68 69 00 00', 'hi..'), '\0'].join('\n');
    const real = [HEADER_REAL, row('68 69 00 8e', 'hi..'), '\0'].join('\n');
    expect(maskPadding(model, real)).toBe([HEADER_REAL, row('68 69 00 00', 'hi..'), '\0'].join('\n'));
    const three = maskPadding(row('00 00 00 00', '....'), row('00 e9 d9 7e', '...~'));
    expect(three).toBe(row('00 00 00 00', '....'));
  });

  it('never the first byte of the last word, nor a byte the model prints otherwise; a 00 it prints is taken', () => {
    expect(maskPadding(row('00 00 00 00', '....'), row('7e 00 00 00', '~...'))).toBe(
      row('7e 00 00 00', '~...'),
    );
    expect(maskPadding(row('68 69 00 01', 'hi..'), row('68 69 00 8e', 'hi..'))).toBe(
      row('68 69 00 8e', 'hi..'),
    );
    expect(maskPadding(row('68 69 00 00', 'hi..'), row('68 69 01 00', 'hi..'))).toBe(
      row('68 69 00 00', 'hi..'),
    );
  });
});

describe('lineDiff', () => {
  it('gives the lines only one side has', () => {
    expect(lineDiff('a\nb\nc\n', 'a\nx\nc\n')).toEqual({ model: ['b'], real: ['x'] });
    expect(lineDiff('a\nb\n', 'a\nb\n')).toEqual({ model: [], real: [] });
    expect(lineDiff('', 'err\n')).toEqual({ model: [], real: ['err'] });
  });
});

// The bug report: exact Markdown for small sessions (one terminal and several), with the title
// escaped, fences that no backtick inside can close, and only failed checks reported.
import { describe, expect, it } from 'vitest';
import type { SessionLog, StepCheck } from '../../worker/protocol';
import { bugReport } from '../../src/share/bug-report';

const LINK = 'https://play.example/#s=1.abc_-x';

describe('bugReport', () => {
  it('reports one terminal, its failed check and the link', () => {
    const log: SessionLog = {
      simulator: '0.2.0',
      profile: 'rfc-v2',
      title: 'ignored: the input title wins',
      steps: [
        { term: 1, op: 'line', text: 'mkdir namespaces/ns1', hash: '1a2b' },
        { term: 1, op: 'line', text: 'cat trace_pipe' },
        { term: 1, op: 'interrupt' },
        { term: 1, op: 'line', text: 'cat namespaces/ns1/options', expect: 'user_events\n' },
        { term: 1, op: 'eof' },
      ],
    };
    const checks: StepCheck[] = [
      { step: 3, pass: false, expected: 'user_events\n', actual: 'nothing' },
      { step: 4, pass: true, expected: '', actual: '' },
    ];
    expect(bugReport({ title: 'Options *lost* after `mkdir` #2', log, checks, link: LINK })).toBe(
      [
        '# Options \\*lost\\* after \\`mkdir\\` \\#2',
        '',
        'Simulator `0.2.0`, kernel profile `rfc-v2`.',
        '',
        '## Commands',
        '',
        '```',
        'mkdir namespaces/ns1',
        'cat trace_pipe',
        '^C',
        'cat namespaces/ns1/options',
        '^D',
        '```',
        '',
        '## Step 4 failed: `cat namespaces/ns1/options`',
        '',
        'Expected:',
        '',
        '```',
        'user_events',
        '```',
        '',
        'Actual:',
        '',
        '```',
        'nothing',
        '```',
        '',
        '(no newline at the end)',
        '',
        '[Open this session in the playground](<https://play.example/#s=1.abc_-x>)',
        '',
      ].join('\n'),
    );
  });

  it('prefixes terminal numbers when there are several, and fences around backticks', () => {
    const log: SessionLog = {
      simulator: '0.2.0',
      profile: 'rfc-v2',
      title: '<img src=x onerror=alert(1)>',
      steps: [
        { term: 1, op: 'line', text: 'echo ```` > trace_marker' },
        { term: 2, op: 'open' },
        { term: 2, op: 'line', text: 'cat trace_pipe' },
        { term: 2, op: 'interrupt', expect: '' },
        { term: 2, op: 'close' },
        { term: 1, op: 'line', text: 'echo `x`', expect: '`x`\n' },
      ],
    };
    const checks: StepCheck[] = [
      { step: 3, pass: false, expected: '', actual: '\x1b[2J\0\n' },
      { step: 5, pass: false, expected: '`x`\n', actual: '\n' },
    ];
    expect(bugReport({ log, checks, link: 'https://p.example/a b#s=1.x<y>' })).toBe(
      [
        '# \\<img src\\=x onerror\\=alert\\(1\\)\\>',
        '',
        'Simulator `0.2.0`, kernel profile `rfc-v2`.',
        '',
        '## Commands',
        '',
        '`````',
        '[1] echo ```` > trace_marker',
        '# terminal 2 opened',
        '[2] cat trace_pipe',
        '[2] ^C',
        '# terminal 2 closed',
        '[1] echo `x`',
        '`````',
        '',
        '## Step 4 failed: Ctrl-C on terminal 2',
        '',
        'Expected:',
        '',
        '(no output)',
        '',
        'Actual:',
        '',
        '```',
        '\u241b[2J\u2400',
        '```',
        '',
        '## Step 6 failed: `` echo `x` `` on terminal 1',
        '',
        'Expected:',
        '',
        '```',
        '`x`',
        '```',
        '',
        'Actual:',
        '',
        '```',
        '',
        '```',
        '',
        '[Open this session in the playground](<https://p.example/a%20b#s=1.x%3Cy%3E>)',
        '',
      ].join('\n'),
    );
  });

  it('falls back to the log title, then a generic one, and leaves out an empty link', () => {
    const log: SessionLog = { simulator: '0.2.0', profile: 'rfc-v2', steps: [] };
    const report = bugReport({ log: { ...log, title: 'From the log' }, checks: [], link: '' });
    expect(report.split('\n')[0]).toBe('# From the log');
    expect(report).not.toContain('[Open this session');
    expect(report).toContain('## Commands\n\n(none)\n');
    expect(bugReport({ log, checks: [], link: LINK }).split('\n')[0]).toBe('# tracefs playground session');
    expect(bugReport({ title: ' \n ', log, checks: [], link: LINK }).split('\n')[0]).toBe(
      '# tracefs playground session',
    );
  });
});

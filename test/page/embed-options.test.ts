// The embed's options (src/embed/options.ts): every option read from the query string, and every
// value that cannot be used named in a sentence, with the option's default taken instead.
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_HEIGHT,
  MAX_SCRIPT_LINE,
  MAX_SCRIPT_LINES,
  normalOrigin,
  parseOptions,
  parseScript,
} from '../../src/embed/options';

const OWN = 'https://play.example.org';
const parse = (search: string) => parseOptions(search, OWN);
const query = (params: Record<string, string>) => '?' + new URLSearchParams(params).toString();

describe('parseOptions', () => {
  it('gives the defaults for an empty query', () => {
    expect(parse('')).toEqual({
      options: {
        script: [],
        share: null,
        autorun: false,
        readonly: false,
        panes: ['terminal'],
        theme: 'auto',
        height: DEFAULT_HEIGHT,
        title: '',
        origin: OWN,
        lesson: null,
        profile: 'rfc-v2',
      },
      problems: [],
    });
  });

  it('shows a lesson beside the terminal, and refuses what is not a lesson id', () => {
    expect(parse(query({ lesson: 'tracefs-basics' })).options).toMatchObject({
      lesson: 'tracefs-basics',
      panes: ['terminal', 'lesson'],
    });
    expect(parse(query({ lesson: '../x' }))).toMatchObject({
      options: { lesson: null, panes: ['terminal'] },
      problems: ['The option “lesson” takes a lesson’s id (a-z, 0-9 and -), not “../x”.'],
    });
  });

  it('reads every option', () => {
    const { options, problems } = parse(
      query({
        script: 'mkdir namespaces/ns1\nls namespaces\n',
        autorun: '1',
        readonly: '1',
        panes: 'terminal,tree,inspect',
        theme: 'dark',
        height: '480',
        title: 'Namespaces',
        origin: 'https://docs.example.com',
        profile: 'linux-6.12',
      }),
    );
    expect(problems).toEqual([]);
    expect(options).toEqual({
      script: ['mkdir namespaces/ns1', 'ls namespaces'],
      share: null,
      autorun: true,
      readonly: true,
      panes: ['terminal', 'tree', 'inspect'],
      theme: 'dark',
      height: 480,
      title: 'Namespaces',
      origin: 'https://docs.example.com',
      lesson: null,
      profile: 'linux-6.12',
    });
  });

  it('refuses a kernel profile this playground does not have, and one beside a share link', () => {
    expect(parse(query({ profile: 'linux-9.9' }))).toMatchObject({
      options: { profile: 'rfc-v2' },
      problems: ['The kernel profile “linux-9.9” does not exist (rfc-v2, linux-6.12): rfc-v2 is used.'],
    });
    expect(parse(query({ s: '1.abc', profile: 'linux-6.12' })).problems).toEqual([
      'The option “profile” is for a fresh session: the share link’s session runs on the kernel it names.',
    ]);
  });

  it('reads a percent-encoded script, with CRLF line ends and blank lines', () => {
    const search = '?script=' + encodeURIComponent("echo 'a+b' > x\r\n\r\ncat x");
    expect(parse(search).options.script).toEqual(["echo 'a+b' > x", 'cat x']);
  });

  it('takes a share link’s session instead of a script', () => {
    expect(parse('?s=1.abc').options.share).toBe('1.abc');
    const both = parse('?s=1.abc&script=ls');
    expect(both.options.script).toEqual([]);
    expect(both.problems).toEqual([expect.stringContaining('either “script” or “s”')]);
    expect(parse('?s=').problems).toEqual([expect.stringContaining('“s” is empty')]);
  });

  const bad: Array<[string, string, Partial<ReturnType<typeof parse>['options']>, RegExp]> = [
    ['autorun=yes', '?autorun=yes', { autorun: false }, /“autorun” takes 0 or 1, not “yes”/],
    ['readonly=2', '?readonly=2', { readonly: false }, /“readonly” takes 0 or 1/],
    ['panes=bogus', '?panes=bogus', { panes: ['terminal'] }, /pane “bogus” does not exist/],
    ['panes without a terminal', '?panes=tree', { panes: ['terminal', 'tree'] }, /terminal is always shown/],
    ['theme=blue', '?theme=blue', { theme: 'auto' }, /theme “blue” does not exist/],
    [
      'height=99999',
      '?height=99999',
      { height: DEFAULT_HEIGHT },
      /height “99999” is not a number of pixels from 120 to 2000/,
    ],
    ['height=119', '?height=119', { height: DEFAULT_HEIGHT }, /from 120 to 2000/],
    ['height=-5', '?height=-5', { height: DEFAULT_HEIGHT }, /from 120 to 2000/],
    ['height=1e3', '?height=1e3', { height: DEFAULT_HEIGHT }, /from 120 to 2000/],
    ['origin=*', '?origin=*', { origin: OWN }, /origin “\*” is not a web page origin/],
    ['origin with a path', '?origin=https://a.example/docs', { origin: OWN }, /not a web page origin/],
    ['origin javascript:', '?origin=javascript:alert(1)', { origin: OWN }, /not a web page origin/],
    [
      'a title with a control character',
      '?title=a%1Bb',
      { title: '' },
      /title holds a control character \(U\+001B\)/,
    ],
    ['a title too long', '?title=' + 'x'.repeat(201), { title: '' }, /title is longer than 200/],
  ];
  it.each(bad)('%s: a message and the default', (_, search, expected, message) => {
    const { options, problems } = parse(search);
    expect(options).toMatchObject(expected);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(message);
  });

  it('names several problems at once and keeps what can be used', () => {
    const { options, problems } = parse('?height=99999&panes=terminal,bogus,tree&script=ls');
    expect(options.height).toBe(DEFAULT_HEIGHT);
    expect(options.panes).toEqual(['terminal', 'tree']);
    expect(options.script).toEqual(['ls']);
    expect(problems).toHaveLength(2);
  });

  it('accepts heights in range, with or without px, and auto', () => {
    expect(parse('?height=120').options.height).toBe(120);
    expect(parse('?height=2000px').options.height).toBe(2000);
    expect(parse('?height=auto').options.height).toBe('auto');
  });

  it('drops duplicate panes silently', () => {
    expect(parse('?panes=inspect,terminal,inspect').options.panes).toEqual(['inspect', 'terminal']);
  });

  it('names an unknown option, with its control characters made visible', () => {
    const { problems } = parse('?colour=red&a%1Bb=1');
    expect(problems).toEqual([
      expect.stringContaining('option “colour” is not known'),
      expect.stringContaining('option “a\ufffdb” is not known'),
    ]);
  });
});

describe('parseScript', () => {
  it(`takes at most ${MAX_SCRIPT_LINES} lines`, () => {
    const lines = Array.from({ length: MAX_SCRIPT_LINES }, (_, i) => `echo ${i}`);
    expect(parseScript(lines.join('\n'))).toEqual({ ok: true, lines });
    expect(parseScript([...lines, 'echo one too many'].join('\n'))).toEqual({
      ok: false,
      error: `it has ${MAX_SCRIPT_LINES + 1} lines, and an embed runs at most ${MAX_SCRIPT_LINES}`,
    });
  });

  it(`takes lines of at most ${MAX_SCRIPT_LINE} characters`, () => {
    expect(parseScript('x'.repeat(MAX_SCRIPT_LINE)).ok).toBe(true);
    expect(parseScript('ls\n' + 'x'.repeat(MAX_SCRIPT_LINE + 1))).toEqual({
      ok: false,
      error: `line 2 is longer than ${MAX_SCRIPT_LINE} characters`,
    });
  });

  const controls: Array<[string, string]> = [
    ['escape', 'echo \x1b[31mred'],
    ['tab', 'ec\tho'],
    ['carriage return', 'ls\rrm -r x'],
    ['Ctrl-C', 'sleep 9\x03'],
    ['DEL', 'ls\x7f'],
    ['C1 CSI', 'ls\x9b2J'],
  ];
  it.each(controls)('refuses a line holding %s', (_, line) => {
    const parsed = parseScript(line);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error).toMatch(/^line 1 holds a control character \(U\+00[0-9A-F]{2}\)/);
  });

  it('keeps Unicode text', () => {
    expect(parseScript('echo héllo ✓ 😀')).toEqual({ ok: true, lines: ['echo héllo ✓ 😀'] });
  });
});

describe('normalOrigin', () => {
  const cases: Array<[string, string | null]> = [
    ['https://docs.example.com', 'https://docs.example.com'],
    ['https://docs.example.com/', 'https://docs.example.com'],
    ['HTTPS://Docs.Example.com', 'https://docs.example.com'],
    ['http://127.0.0.1:4179', 'http://127.0.0.1:4179'],
    ['https://example.com:443', 'https://example.com'],
    ['https://example.com/path', null],
    ['https://example.com/?q=1', null],
    ['https://user@example.com', null],
    ['file:///etc/passwd', null],
    ['data:text/html,hi', null],
    ['null', null],
    ['*', null],
    ['', null],
  ];
  it.each(cases)('%s', (text, origin) => expect(normalOrigin(text)).toBe(origin));
});

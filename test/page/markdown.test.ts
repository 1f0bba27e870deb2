// The Markdown subset of lesson files: each block and inline form it knows, the literal text it
// leaves everything else as (HTML, other link schemes, unclosed marks), and `_` never being
// emphasis, since tracefs names are full of it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseLesson } from '../../src/lessons/lesson-file';
import { parseInline, parseMarkdown, safeHref, type Block, type Inline } from '../../src/lessons/markdown';

const text = (t: string): Inline => ({ kind: 'text', text: t });
const code = (t: string): Inline => ({ kind: 'code', text: t });
const para = (...content: Inline[]): Block => ({ kind: 'paragraph', content });

describe('parseInline', () => {
  const cases: Array<[string, string, Inline[]]> = [
    ['plain text', 'hello world', [text('hello world')]],
    ['inline code', 'run `ls -l` now', [text('run '), code('ls -l'), text(' now')]],
    ['a double backtick span holds a backtick', '`` a`b ``', [code('a`b')]],
    ['an unclosed backtick is literal', 'a `b', [text('a `b')]],
    ['bold', 'a **b** c', [text('a '), { kind: 'strong', children: [text('b')] }, text(' c')]],
    ['emphasis', '*b*', [{ kind: 'em', children: [text('b')] }]],
    [
      'bold inside emphasis',
      '*a **b** c*',
      [{ kind: 'em', children: [text('a '), { kind: 'strong', children: [text('b')] }, text(' c')] }],
    ],
    ['bold and emphasis', '***x***', [{ kind: 'strong', children: [{ kind: 'em', children: [text('x')] }] }]],
    ['a lone star is literal', '2 * 3 * 4', [text('2 * 3 * 4')]],
    ['an unclosed bold is literal', '**open', [text('**open')]],
    ['code inside bold keeps its stars', '**`a*b`**', [{ kind: 'strong', children: [code('a*b')] }]],
    ['underscores are text', 'tracing_on and _this_', [text('tracing_on and _this_')]],
    ['a backslash escapes a mark', '\\*not\\*', [text('*not*')]],
    ['a backslash before a letter stays', 'a\\n', [text('a\\n')]],
    ['html is text', '<script>alert(1)</script>', [text('<script>alert(1)</script>')]],
    [
      'an https link',
      'see [the docs](https://docs.kernel.org/trace/ftrace.html).',
      [
        text('see '),
        { kind: 'link', href: 'https://docs.kernel.org/trace/ftrace.html', children: [text('the docs')] },
        text('.'),
      ],
    ],
    [
      'a link with code in its label',
      '[`trace`](http://example.org/)',
      [{ kind: 'link', href: 'http://example.org/', children: [code('trace')] }],
    ],
    ['a javascript: link is text', '[x](javascript:alert(1))', [text('[x](javascript:alert(1))')]],
    ['a relative link is text', '[x](/etc/passwd)', [text('[x](/etc/passwd)')]],
    ['a data: link is text', '[x](data:text/html,hi)', [text('[x](data:text/html,hi)')]],
    ['brackets alone are text', '[not a link] (x)', [text('[not a link] (x)')]],
  ];
  it.each(cases)('%s', (_, source, expected) => {
    expect(parseInline(source)).toEqual(expected);
  });

  it('does not nest links', () => {
    const runs = parseInline('[a [b](https://x.org/)](https://y.org/)');
    expect(runs.some((r) => r.kind === 'link' && r.children.some((c) => c.kind === 'link'))).toBe(false);
  });

  it('stops nesting at a fixed depth', () => {
    const deep = '*a '.repeat(50) + 'x' + ' a*'.repeat(50);
    let depth = 0;
    let runs = parseInline(deep);
    while (runs.some((r) => r.kind === 'em')) {
      depth++;
      runs = runs.flatMap((r) => (r.kind === 'em' ? r.children : []));
    }
    expect(depth).toBeLessThanOrEqual(8);
  });
});

describe('safeHref', () => {
  const cases: Array<[string, string | null]> = [
    ['https://example.org/a?b=1#c', 'https://example.org/a?b=1#c'],
    ['HTTP://EXAMPLE.ORG', 'http://example.org/'],
    ['javascript:alert(1)', null],
    ['https:/missing-slash', null],
    ['//example.org', null],
    ['mailto:a@b.c', null],
    ['https://exa mple.org', null],
  ];
  it.each(cases)('%s', (address, expected) => {
    expect(safeHref(address)).toBe(expected);
  });
});

describe('parseMarkdown', () => {
  it('splits paragraphs on blank lines and joins their lines', () => {
    expect(parseMarkdown('one\ntwo\n\nthree')).toEqual([para(text('one two')), para(text('three'))]);
  });

  it('reads # to ### headings; #### is a paragraph', () => {
    expect(parseMarkdown('# One\n## Two ##\n### `Three`\n#### Four')).toEqual([
      { kind: 'heading', level: 1, content: [text('One')] },
      { kind: 'heading', level: 2, content: [text('Two')] },
      { kind: 'heading', level: 3, content: [code('Three')] },
      para(text('#### Four')),
    ]);
  });

  it('keeps a fenced block verbatim, marks and all', () => {
    expect(parseMarkdown('before\n```sh\necho **hi** > <x>\n\n  indented\n```\nafter')).toEqual([
      para(text('before')),
      { kind: 'code', lang: 'sh', text: 'echo **hi** > <x>\n\n  indented' },
      para(text('after')),
    ]);
  });

  it('runs an unclosed fence to the end', () => {
    expect(parseMarkdown('~~~\na\nb')).toEqual([{ kind: 'code', lang: '', text: 'a\nb' }]);
  });

  it('reads bullet lists, with continuation lines and blank lines between items', () => {
    expect(parseMarkdown('- one\n  more\n* two\n\n+ three\n\nafter')).toEqual([
      { kind: 'list', ordered: false, start: 1, items: [[text('one more')], [text('two')], [text('three')]] },
      para(text('after')),
    ]);
  });

  it('reads numbered lists from their first number', () => {
    expect(parseMarkdown('3. three\n4) four')).toEqual([
      { kind: 'list', ordered: true, start: 3, items: [[text('three')], [text('four')]] },
    ]);
  });

  it('ends a list where a list of the other kind starts', () => {
    const blocks = parseMarkdown('- a\n1. b');
    expect(blocks.map((b) => b.kind === 'list' && b.ordered)).toEqual([false, true]);
  });

  it('lets a bullet or a list from 1 interrupt a paragraph, not another number', () => {
    expect(parseMarkdown('text\n- item').map((b) => b.kind)).toEqual(['paragraph', 'list']);
    expect(parseMarkdown('text\n1. item').map((b) => b.kind)).toEqual(['paragraph', 'list']);
    expect(parseMarkdown('in\n2021. was a year')).toEqual([para(text('in 2021. was a year'))]);
  });

  it('takes CRLF line ends', () => {
    expect(parseMarkdown('a\r\nb\r\n\r\nc')).toEqual([para(text('a b')), para(text('c'))]);
  });

  it("reads every lesson's text into blocks", () => {
    const dir = join(__dirname, '..', '..', 'public', 'lessons');
    const names = JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8')) as string[];
    for (const name of names) {
      const parsed = parseLesson(readFileSync(join(dir, `${name}.md`), 'utf8'));
      if (!parsed.ok) throw new Error(`${name}: ${parsed.error}`);
      const texts = [parsed.lesson.intro, ...parsed.lesson.steps.flatMap((s) => [s.text, s.hint ?? ''])];
      for (const t of texts) expect(parseMarkdown(t).length > 0 || t === '').toBe(true);
    }
  });
});

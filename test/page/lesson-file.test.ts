// The lesson file format (src/lessons/lesson-file.ts): front matter (with the kernel profile the
// lesson runs on), steps, check lines and their predicates, and a clear error with its line for
// what is not a lesson.
import { describe, expect, it } from 'vitest';
import { parseLesson, parsePredicate } from '../../src/lessons/lesson-file';

const LESSON = [
  '---',
  'id: demo',
  'title: A demo',
  'summary: Two steps.',
  '---',
  '',
  'Intro *text*.',
  '',
  '```sh',
  '# not a step block',
  '```',
  '',
  '## First',
  'Make it.',
  '',
  '```check',
  'It exists | exists namespaces/x',
  'Its limit | file namespaces/x/options contains user_events_limit=8\\n',
  '```',
  '```hint',
  'Use mkdir.',
  '```',
  '```solution',
  'mkdir namespaces/x',
  '',
  'echo user_events_limit=8 > namespaces/x/options',
  '```',
  '## Second',
  '```check',
  'Refused | ran /rmdir/ printed /busy/',
  '```',
  '```solution',
  'rmdir namespaces/x',
  '```',
].join('\n');

describe('lesson files', () => {
  it('reads the front matter, the introduction and each step', () => {
    const parsed = parseLesson(LESSON);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const { lesson } = parsed;
    expect(lesson).toMatchObject({ id: 'demo', title: 'A demo', summary: 'Two steps.', profile: 'rfc-v2' });
    expect(lesson.intro).toBe('Intro *text*.\n\n```sh\n# not a step block\n```');
    expect(lesson.steps.map((s) => s.title)).toEqual(['First', 'Second']);
    expect(lesson.steps[0]).toMatchObject({
      text: 'Make it.',
      hint: 'Use mkdir.',
      solution: ['mkdir namespaces/x', 'echo user_events_limit=8 > namespaces/x/options'],
    });
    expect(lesson.steps[0].checks).toEqual([
      { label: 'It exists', check: { kind: 'exists', path: 'namespaces/x' } },
      {
        label: 'Its limit',
        check: {
          kind: 'file',
          path: 'namespaces/x/options',
          test: 'contains',
          text: 'user_events_limit=8\n',
        },
      },
    ]);
    expect(lesson.steps[1].hint).toBeNull();
  });

  it('reads every predicate', () => {
    expect(parsePredicate('absent /tmp/x')).toEqual({ kind: 'absent', path: '/tmp/x' });
    expect(parsePredicate('file trace matches ^a\\d+$')).toEqual({
      kind: 'file',
      path: 'trace',
      test: 'matches',
      text: '^a\\d+$',
    });
    expect(parsePredicate('file trace lacks hello world')).toMatchObject({
      test: 'lacks',
      text: 'hello world',
    });
    expect(parsePredicate('event user_events.iso/hello enabled')).toEqual({
      kind: 'event',
      event: 'user_events.iso/hello',
      enabled: true,
    });
    expect(parsePredicate('event user_events/hello')).toEqual({ kind: 'event', event: 'user_events/hello' });
    expect(parsePredicate('trace user_events.iso/hello 3')).toEqual({
      kind: 'trace',
      event: 'user_events.iso/hello',
      count: 3,
    });
    expect(parsePredicate('ran /ls/')).toEqual({ kind: 'ran', command: 'ls' });
  });

  it('says what is wrong with a predicate', () => {
    expect(parsePredicate('exists')).toBe('exists takes one path');
    expect(parsePredicate('file trace has x')).toBe('file takes PATH contains|lacks|equals|matches TEXT');
    expect(parsePredicate('event hello')).toBe('event takes SYSTEM/NAME [enabled|disabled]');
    expect(parsePredicate('event a/b on')).toBe('event takes SYSTEM/NAME [enabled|disabled]');
    expect(parsePredicate('trace a/b many')).toBe('trace takes SYSTEM/NAME COUNT');
    expect(parsePredicate('ran ls')).toBe('ran takes /REGEX/ [printed /REGEX/]');
    expect(parsePredicate('guess x')).toBe('unknown predicate "guess"');
  });

  it('reads the kernel profile a lesson runs on, and refuses one this playground does not have', () => {
    const named = (profile: string) =>
      parseLesson(LESSON.replace('summary:', `profile: ${profile}\nsummary:`));
    expect(named('linux-6.12')).toMatchObject({ ok: true, lesson: { profile: 'linux-6.12' } });
    expect(named('linux-9.9')).toEqual({
      ok: false,
      error:
        'the front matter names kernel profile "linux-9.9", which this playground does not have (it has rfc-v2, linux-6.12)',
    });
  });

  it('refuses what is not a lesson, saying where', () => {
    expect(parseLesson('# no front matter')).toEqual({
      ok: false,
      error: 'the file does not start with a front matter (---)',
    });
    expect(parseLesson('---\nid: x')).toEqual({ ok: false, error: 'the front matter does not end (---)' });
    expect(parseLesson('---\nid: Bad Id\ntitle: t\n---\n')).toMatchObject({ ok: false });
    expect(parseLesson('---\nid: x\ntitle: t\n---\nintro only')).toEqual({
      ok: false,
      error: 'the lesson has no steps (## sections)',
    });
    expect(parseLesson(LESSON.replace('It exists | exists', 'It exists - exists'))).toEqual({
      ok: false,
      error: 'line 17: a check is "LABEL | PREDICATE"',
    });
    expect(parseLesson(LESSON.replace('```solution\nrmdir namespaces/x\n```', ''))).toEqual({
      ok: false,
      error: 'step "Second" needs a check and a solution',
    });
    expect(parseLesson(LESSON.slice(0, LESSON.lastIndexOf('```')))).toEqual({
      ok: false,
      error: 'line 32: the solution block does not end',
    });
  });
});

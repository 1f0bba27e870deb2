// The lessons as the page holds them, with a fake fetch (the files of public/lessons, or broken
// ones) and a fake checker (the machine's answers, set by the test): the index and the files are
// fetched relative to the page, a lesson opens by id (also when asked before the index is read),
// an unknown id is reported, the checks' pass state follows each evaluation, a step passed once
// stays done, the lesson completes, evaluations run one at a time, and progress codes go through.
// NOTE: vitest runs without the Svelte compiler, so `$state` is stood in by the identity: this
// tests what the class does, not that Svelte sees it change.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { LessonCheck, LessonCheckResult } from '../../worker/protocol';
import {
  INDEX_URL,
  LessonsState,
  type FetchText,
  type LessonChecker,
} from '../../src/lessons/lessons.svelte';
import { PROGRESS_KEY } from '../../src/lessons/progress';
import { MemoryStorage, type StorageLike } from '../../src/state/session-store';

beforeAll(() => {
  const identity = <T>(value: T): T => value;
  Object.assign(globalThis, { $state: Object.assign(identity, { raw: identity }) });
});

const LESSON = (id: string, title: string, steps: number, checksPerStep = 2): string =>
  [
    '---',
    `id: ${id}`,
    `title: ${title}`,
    `summary: About ${title}.`,
    '---',
    '',
    `Intro of ${title}.`,
    ...Array.from({ length: steps }, (_, s) => [
      '',
      `## Step ${s + 1}`,
      '',
      `Do thing ${s + 1}.`,
      '',
      '```check',
      ...Array.from({ length: checksPerStep }, (_, c) => `Check ${s + 1}.${c + 1} | exists /s${s}c${c}`),
      '```',
      '',
      '```solution',
      `touch /s${s}`,
      '```',
    ]).flat(),
  ].join('\n');

/** Files by URL; a URL missing answers 404; each request is recorded. */
function fakeFetch(files: Record<string, string>): FetchText & { urls: string[] } {
  const urls: string[] = [];
  const fetchText = async (url: string) => {
    urls.push(url);
    const body = files[url];
    return { ok: body !== undefined, status: body === undefined ? 404 : 200, text: async () => body ?? '' };
  };
  return Object.assign(fetchText, { urls });
}

const SITE = {
  [INDEX_URL]: '["01-one", "02-two"]',
  'lessons/01-one.md': LESSON('one', 'One', 2),
  'lessons/02-two.md': LESSON('two', 'Two', 1),
};

/**
 * The machine as the checker sees it: the paths that exist (every check here is `exists PATH`).
 * Calls wait until `release` when `hold` is set, so the test can pile evaluations up.
 */
class FakeChecker implements LessonChecker {
  readonly paths = new Set<string>();
  calls = 0;
  running = 0;
  maxRunning = 0;
  hold = false;
  answer: 'normal' | 'null' | 'throw' = 'normal';
  private waiting: Array<() => void> = [];

  async checkLesson(checks: LessonCheck[]): Promise<LessonCheckResult[] | null> {
    this.calls++;
    this.running++;
    this.maxRunning = Math.max(this.maxRunning, this.running);
    try {
      if (this.hold) await new Promise<void>((resolve) => this.waiting.push(resolve));
      if (this.answer === 'throw') throw new Error('worker gone');
      if (this.answer === 'null') return null;
      return checks.map((c) => ({ pass: c.kind === 'exists' && this.paths.has(c.path) }));
    } finally {
      this.running--;
    }
  }

  release(): void {
    this.hold = false;
    for (const resolve of this.waiting.splice(0)) resolve();
  }

  pass(...paths: string[]): void {
    for (const p of paths) this.paths.add(p);
  }
}

async function loaded(
  files: Record<string, string> = SITE,
  storage: StorageLike | null = new MemoryStorage(),
): Promise<{ lessons: LessonsState; checker: FakeChecker; fetch: ReturnType<typeof fakeFetch> }> {
  const checker = new FakeChecker();
  const fetch = fakeFetch(files);
  const lessons = new LessonsState({ checker, storage, fetch });
  await lessons.load();
  return { lessons, checker, fetch };
}

describe('LessonsState: loading', () => {
  it('fetches the index and each lesson relative to the page, once', async () => {
    const { lessons, fetch } = await loaded();
    expect(lessons.phase).toBe('ready');
    expect(lessons.entries.map((e) => e.lesson?.id)).toEqual(['one', 'two']);
    await lessons.load();
    expect(fetch.urls.sort()).toEqual(['lessons/01-one.md', 'lessons/02-two.md', 'lessons/index.json']);
    expect(fetch.urls.every((u) => !u.startsWith('/'))).toBe(true);
  });

  it('lists a lesson it cannot read with the reason, beside the others', async () => {
    const { lessons } = await loaded({
      [INDEX_URL]: '["01-one", "gone", "bad", "dup"]',
      'lessons/01-one.md': LESSON('one', 'One', 1),
      'lessons/bad.md': 'no front matter',
      'lessons/dup.md': LESSON('one', 'Again', 1),
    });
    expect(lessons.entries.map((e) => [e.file, e.lesson?.id ?? null, e.error])).toEqual([
      ['01-one', 'one', null],
      ['gone', null, 'it could not be fetched (HTTP 404).'],
      ['bad', null, 'the file does not start with a front matter (---)'],
      ['dup', null, 'another lesson already has the id "one".'],
    ]);
  });

  const brokenIndexes: Array<[string, Record<string, string>, RegExp]> = [
    ['missing', {}, /HTTP 404/],
    ['not JSON', { [INDEX_URL]: '{' }, /not JSON/],
    ['not a list', { [INDEX_URL]: '{"a":1}' }, /not a list/],
    ['a path in it', { [INDEX_URL]: '["../secret"]' }, /bad file name: "..\/secret"/],
  ];
  it.each(brokenIndexes)('fails on an index %s, and tries again when asked', async (_, files, reason) => {
    const { lessons } = await loaded(files);
    expect(lessons.phase).toBe('failed');
    expect(lessons.loadError).toMatch(reason);
    Object.assign(files, SITE);
    await lessons.load();
    expect(lessons.phase).toBe('ready');
  });
});

describe('LessonsState: opening', () => {
  it('opens a lesson by id, all checks pending and toggles closed', async () => {
    const { lessons } = await loaded();
    lessons.open('one');
    expect(lessons.current?.title).toBe('One');
    expect(lessons.passes).toEqual([
      [false, false],
      [false, false],
    ]);
    expect(lessons.hints).toEqual([false, false]);
    expect(lessons.solutions).toEqual([false, false]);
    lessons.toggleSolution(1);
    lessons.toggleHint(0);
    expect(lessons.solutions).toEqual([false, true]);
    expect(lessons.hints).toEqual([true, false]);
    lessons.toggleSolution(1);
    expect(lessons.solutions).toEqual([false, false]);
  });

  it('opens a lesson asked for before the index was read', async () => {
    const checker = new FakeChecker();
    const lessons = new LessonsState({ checker, storage: null, fetch: fakeFetch(SITE) });
    lessons.open('two');
    expect(lessons.current).toBeNull();
    await lessons.load();
    expect(lessons.current?.id).toBe('two');
  });

  it('reports an unknown lesson and shows the list', async () => {
    const { lessons } = await loaded();
    lessons.open('nope');
    expect(lessons.current).toBeNull();
    expect(lessons.missing).toBe('nope');
    lessons.open('one');
    expect(lessons.missing).toBeNull();
    lessons.close();
    expect(lessons.current).toBeNull();
  });

  it('knows the next lesson', async () => {
    const { lessons } = await loaded();
    lessons.open('one');
    expect(lessons.next?.id).toBe('two');
    lessons.open('two');
    expect(lessons.next).toBeNull();
  });
});

describe('LessonsState: checks and progress', () => {
  it('follows the machine, keeps a step done once passed, and completes the lesson', async () => {
    const storage = new MemoryStorage();
    const { lessons, checker } = await loaded(SITE, storage);
    lessons.open('one');
    await lessons.evaluate();
    expect(lessons.passes).toEqual([
      [false, false],
      [false, false],
    ]);
    checker.pass('/s0c0');
    await lessons.evaluate();
    expect(lessons.passes[0]).toEqual([true, false]);
    expect(lessons.stepDone(0)).toBe(false);
    checker.pass('/s0c1');
    await lessons.evaluate();
    expect(lessons.stepDone(0)).toBe(true);
    expect(lessons.stepsDone(lessons.current!)).toBe(1);
    checker.paths.clear();
    checker.pass('/s1c0', '/s1c1');
    await lessons.evaluate();
    expect(lessons.passes).toEqual([
      [false, false],
      [true, true],
    ]);
    expect(lessons.stepDone(0)).toBe(true);
    expect(lessons.lessonComplete('one')).toBe(true);
    expect(lessons.lessonComplete('two')).toBe(false);
    expect(JSON.parse(storage.getItem(PROGRESS_KEY)!)).toEqual({ one: [3, 1] });

    const again = new LessonsState({ checker: new FakeChecker(), storage, fetch: fakeFetch(SITE) });
    await again.load();
    again.open('one');
    expect(again.lessonComplete('one')).toBe(true);
    expect(again.stepDone(1)).toBe(true);
    expect(again.passes[1]).toEqual([false, false]);
  });

  it('evaluates nothing without a lesson open', async () => {
    const { lessons, checker } = await loaded();
    await lessons.evaluate();
    expect(checker.calls).toBe(0);
  });

  it('asks once for the whole lesson, and runs one evaluation at a time', async () => {
    const { lessons, checker } = await loaded();
    lessons.open('one');
    checker.hold = true;
    const burst = [lessons.evaluate(), lessons.evaluate(), lessons.evaluate(), lessons.evaluate()];
    checker.pass('/s0c0', '/s0c1');
    await Promise.resolve();
    checker.release();
    await Promise.all(burst);
    expect(checker.maxRunning).toBe(1);
    expect(checker.calls).toBe(2);
    expect(lessons.stepDone(0)).toBe(true);
  });

  it('drops an answer for a lesson no longer open', async () => {
    const { lessons, checker } = await loaded();
    lessons.open('one');
    checker.hold = true;
    checker.pass('/s0c0', '/s0c1');
    const pending = lessons.evaluate();
    lessons.open('two');
    checker.release();
    await pending;
    expect(lessons.passes).toEqual([[false, false]]);
    expect(lessons.progress).toEqual({});
  });

  it('keeps the checks as they were when the checker fails or answers nothing', async () => {
    const { lessons, checker } = await loaded();
    lessons.open('one');
    checker.pass('/s0c0');
    await lessons.evaluate();
    checker.paths.clear();
    for (const answer of ['null', 'throw'] as const) {
      checker.answer = answer;
      await lessons.evaluate();
      expect(lessons.passes[0]).toEqual([true, false]);
    }
  });

  it('keeps progress in memory when storage is off, and says so', async () => {
    const { lessons, checker } = await loaded(SITE, null);
    expect(lessons.storage).toBe('unavailable');
    lessons.open('two');
    checker.pass('/s0c0', '/s0c1');
    await lessons.evaluate();
    expect(lessons.lessonComplete('two')).toBe(true);
  });

  it('imports and exports progress codes', async () => {
    const first = await loaded();
    first.lessons.open('two');
    first.checker.pass('/s0c0', '/s0c1');
    await first.lessons.evaluate();
    const code = first.lessons.exportCode();
    expect(code.startsWith('L1.')).toBe(true);

    const second = await loaded();
    expect(second.lessons.importCode('L1.!!')).toEqual({
      ok: false,
      error: expect.stringMatching(/damaged/),
    });
    expect(second.lessons.importCode(code)).toEqual({ ok: true, lessons: 1 });
    expect(second.lessons.lessonComplete('two')).toBe(true);
  });
});

it('the real lesson files load through it', async () => {
  const dir = join(__dirname, '..', '..', 'public');
  const fetch: FetchText = async (url) => {
    const text = readFileSync(join(dir, url), 'utf8');
    return { ok: true, status: 200, text: async () => text };
  };
  const lessons = new LessonsState({ checker: new FakeChecker(), storage: null, fetch });
  await lessons.load();
  expect(lessons.phase).toBe('ready');
  expect(lessons.entries.filter((e) => e.error !== null)).toEqual([]);
});

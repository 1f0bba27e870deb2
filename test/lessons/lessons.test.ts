// Every lesson in public/lessons, as a learner would take it: each file parses; on a fresh kernel
// no check passes before its step; typing each step's solution, in order, makes every check of
// that step (and of the steps before it) pass. The checks run through the worker contract
// (Playground.checkLesson), as the page asks them, on the kernel profile the lesson names.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseLesson, type Lesson } from '../../src/lessons/lesson-file';
import { Playground } from '../../worker/session';
import type { Reply, TerminalStep } from '../../worker/protocol';

const DIR = join(__dirname, '..', '..', 'public', 'lessons');
const INDEX = JSON.parse(readFileSync(join(DIR, 'index.json'), 'utf8')) as string[];

function value<T>(reply: Reply<T>): T {
  if (!reply.ok) throw new Error(`unexpected ${reply.error.kind}: ${reply.error.message}`);
  return reply.value;
}

function load(name: string): Lesson {
  const parsed = parseLesson(readFileSync(join(DIR, `${name}.md`), 'utf8'));
  if (!parsed.ok) throw new Error(`${name}: ${parsed.error}`);
  return parsed.lesson;
}

/** Types a line as the page would; a command left blocked gets Ctrl-C, as in the headless runner. */
function type(pg: Playground, line: string): void {
  let step: TerminalStep = value(pg.input(1, line));
  while (step.state === 'blocked') step = value(pg.interrupt(1));
}

describe('lessons', () => {
  it('has the path of lessons, each file once', () => {
    expect(INDEX.length).toBeGreaterThanOrEqual(1);
    expect(new Set(INDEX).size).toBe(INDEX.length);
    expect(new Set(INDEX.map((n) => load(n).id)).size).toBe(INDEX.length);
  });

  for (const name of INDEX) {
    describe(name, () => {
      const lesson = load(name);

      it('fails every check on a fresh kernel', () => {
        const pg = new Playground();
        value(pg.boot(lesson.profile));
        for (const step of lesson.steps) {
          const results = value(pg.checkLesson(step.checks.map((c) => c.check)));
          results.forEach((r, i) => expect(r.pass, `${step.title}: ${step.checks[i].label}`).toBe(false));
        }
      });

      it("passes each step's checks once its solution is typed", () => {
        const pg = new Playground();
        value(pg.boot(lesson.profile));
        for (const step of lesson.steps) {
          for (const line of step.solution) type(pg, line);
          const results = value(pg.checkLesson(step.checks.map((c) => c.check)));
          results.forEach((r, i) =>
            expect(r.pass, `${step.title}: ${step.checks[i].label} (${r.detail ?? ''})`).toBe(true),
          );
        }
      });
    });
  }
});

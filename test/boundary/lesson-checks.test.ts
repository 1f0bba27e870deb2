// Lesson checks through the worker contract (worker/session-lessons.ts): each predicate against
// the machine's state or the session log, a bad pattern reported as a failed check, and looking
// that changes nothing.
import { describe, expect, it } from 'vitest';
import { Playground } from '../../worker/session';
import type { LessonCheck, Reply } from '../../worker/protocol';

function value<T>(reply: Reply<T>): T {
  if (!reply.ok) throw new Error(`unexpected ${reply.error.kind}: ${reply.error.message}`);
  return reply.value;
}

function machine() {
  const pg = new Playground();
  value(pg.boot());
  return {
    pg,
    run: (line: string) => value(pg.input(1, line)),
    check: (...checks: LessonCheck[]) => value(pg.checkLesson(checks)).map((r) => r.pass),
  };
}

describe('lesson checks', () => {
  it('paths exist or not, relative to the tracing directory or absolute', () => {
    const m = machine();
    const checks: LessonCheck[] = [
      { kind: 'exists', path: 'namespaces/iso' },
      { kind: 'absent', path: '/sys/kernel/tracing/namespaces/iso' },
    ];
    expect(m.check(...checks)).toEqual([false, true]);
    m.run('mkdir namespaces/iso');
    expect(m.check(...checks)).toEqual([true, false]);
  });

  it('files hold, lack, equal or match text, and say what they held', () => {
    const m = machine();
    m.run('mkdir namespaces/iso; echo user_events_limit=256 > namespaces/iso/options');
    const path = 'namespaces/iso/options';
    expect(
      m.check(
        { kind: 'file', path, test: 'contains', text: 'limit=256' },
        { kind: 'file', path, test: 'lacks', text: 'limit=256' },
        { kind: 'file', path, test: 'equals', text: 'user_events_limit=256\n' },
        { kind: 'file', path, test: 'matches', text: '^user_events_limit=\\d+$' },
        { kind: 'file', path: 'nosuch', test: 'contains', text: '' },
      ),
    ).toEqual([true, false, true, true, false]);
    expect(value(m.pg.checkLesson([{ kind: 'file', path, test: 'contains', text: 'x' }]))[0].detail).toBe(
      'user_events_limit=256\n',
    );
  });

  it('events are registered, then enabled, then hold entries in the buffer', () => {
    const m = machine();
    const event = 'user_events/hello';
    const checks: LessonCheck[] = [
      { kind: 'event', event },
      { kind: 'event', event, enabled: true },
      { kind: 'trace', event, count: 2 },
    ];
    expect(m.check(...checks)).toEqual([false, false, false]);
    m.run("echo 'u:hello u32 n' >> dynamic_events");
    expect(m.check(...checks)).toEqual([true, false, false]);
    m.run('echo 1 > events/user_events/hello/enable');
    m.run("uevent emit --count 2 'hello u32 n' u32:1");
    expect(m.check(...checks)).toEqual([true, true, true]);
    expect(value(m.pg.checkLesson([checks[2]]))[0].detail).toBe('2 entries');
  });

  it('a step ran counts only with the output the kernel gave it', () => {
    const m = machine();
    const check: LessonCheck = { kind: 'ran', command: 'rmdir\\s+namespaces/iso', output: 'busy' };
    m.run('mkdir namespaces/iso');
    m.run('rmdir namespaces/nosuch');
    m.run('exec 3< namespaces/iso/options');
    expect(m.check(check)).toEqual([false]);
    m.run('rmdir namespaces/iso');
    expect(m.check(check, { kind: 'ran', command: 'exec 3<' })).toEqual([true, true]);
  });

  it('a pattern that does not compile fails its check and says why', () => {
    const m = machine();
    const [result] = value(m.pg.checkLesson([{ kind: 'ran', command: '(' }]));
    expect(result.pass).toBe(false);
    expect(result.detail).toMatch(/^the pattern does not compile/);
    const [long] = value(m.pg.checkLesson([{ kind: 'ran', command: 'x'.repeat(401) }]));
    expect(long).toEqual({ pass: false, detail: 'the pattern is longer than 400 characters' });
  });

  it('looking changes nothing the session records', () => {
    const m = machine();
    m.run("echo 'u:hello u32 n' >> dynamic_events; echo 1 > events/user_events/hello/enable");
    const before = value(m.pg.log());
    m.check({ kind: 'trace', event: 'user_events/hello', count: 1 }, { kind: 'exists', path: 'trace' });
    const a = m.run('cat trace').output;
    const other = machine();
    other.run("echo 'u:hello u32 n' >> dynamic_events; echo 1 > events/user_events/hello/enable");
    expect(other.run('cat trace').output).toBe(a);
    expect(value(m.pg.log()).steps.slice(0, before.steps.length)).toEqual(before.steps);
  });
});

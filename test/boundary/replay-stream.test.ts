// A replay hands each terminal's screen on in pieces while it runs (worker/session-stream.ts): the
// pieces of a terminal, joined, are the screen text the replay answers with, and a long session's
// screen comes in several pieces, the first before the replay has finished.
import { describe, expect, it } from 'vitest';
import { Playground } from '../../worker/session';

function recorded(lines: readonly string[], terminals = 1) {
  const pg = new Playground();
  const booted = pg.boot();
  if (!booted.ok) throw new Error(booted.error.message);
  for (let t = 1; t < terminals; t++) pg.openTerminal();
  lines.forEach((line, i) => pg.input((i % terminals) + 1, line));
  const log = pg.log();
  if (!log.ok) throw new Error(log.error.message);
  return log.value;
}

describe('a replay streaming its screens', () => {
  it('hands on pieces that join into each terminal’s screen text', () => {
    const log = recorded(
      Array.from(
        { length: 60 },
        (_, i) => `for j in 1 2 3 4 5 6 7 8; do echo "line ${i}.$j of a long session"; done`,
      ),
      2,
    );
    const pieces: [number, string][] = [];
    const r = new Playground().replay(log, log.steps.length, (term, text) => pieces.push([term, text]));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    for (const t of r.value.terminals) {
      const joined = pieces
        .filter(([term]) => term === t.id)
        .map(([, text]) => text)
        .join('');
      expect(joined).toBe(t.text);
      expect(joined).toContain(`line ${t.id === 1 ? 58 : 59}.8 of a long session`);
    }
    expect(pieces.filter(([term]) => term === 1).length).toBeGreaterThan(1);
  });

  it('sends a piece while the steps still run', () => {
    const log = recorded(Array.from({ length: 40 }, (_, i) => `seq 1 100 | sed 's/^/${i}: /'`));
    let stepsWhenFirst = -1;
    const pg = new Playground();
    const input = pg.input.bind(pg);
    let steps = 0;
    pg.input = (id, line) => (steps++, input(id, line));
    pg.replay(log, log.steps.length, () => {
      if (stepsWhenFirst < 0) stepsWhenFirst = steps;
    });
    expect(stepsWhenFirst).toBeGreaterThan(0);
    expect(stepsWhenFirst).toBeLessThan(log.steps.length);
  });

  it('without a listener, answers as it always did', () => {
    const log = recorded(['echo one', 'echo two']);
    const a = new Playground().replay(log);
    const b = new Playground().replay(log, log.steps.length, () => {});
    expect(a).toEqual(b);
  });
});

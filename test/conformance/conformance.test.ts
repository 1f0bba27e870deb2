// The shell conformance suite: every case under cases/ is typed into the playground's shell and
// must print exactly the bytes real interactive bash printed (NAME.out, recorded by record.sh).
// Cases listed in pending.txt are expected to differ today and run with it.fails, so the suite is
// honest both ways: a pending case that starts passing fails until its line is removed.

import { describe, expect, it } from 'vitest';
import { bytesText, loadCases, loadPending, runCase } from './corpus';

const cases = loadCases();
const pending = loadPending();

describe('conformance corpus', () => {
  it('every case has its recording', () => {
    expect(cases.filter((c) => c.expected === null).map((c) => c.id)).toEqual([]);
  });

  it('pending.txt names only existing cases', () => {
    const ids = new Set(cases.map((c) => c.id));
    expect([...pending.keys()].filter((id) => !ids.has(id))).toEqual([]);
  });
});

for (const category of [...new Set(cases.map((c) => c.category))]) {
  describe(category, () => {
    for (const c of cases.filter((k) => k.category === category)) {
      const name = c.id.slice(category.length + 1);
      const check = () => {
        expect(bytesText(runCase(c.script))).toBe(bytesText(c.expected ?? new Uint8Array()));
      };
      if (pending.has(c.id)) it.fails(`${name} (pending)`, check);
      else it(name, check);
    }
  });
}

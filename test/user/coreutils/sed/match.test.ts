import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SedRegex } from '../../../../worker/user/coreutils/sed/match';

// The matcher's promise, checked against a brute-force search: the leftmost match, then the
// longest one there (POSIX), for extended patterns over {a, b} that JavaScript reads the same way.

const atom = (depth: number): fc.Arbitrary<string> =>
  depth === 0
    ? fc.constantFrom('a', 'b', '.', '[ab]', '[^a]')
    : fc.oneof(
        { weight: 3, arbitrary: atom(0) },
        { weight: 1, arbitrary: alternation(depth - 1).map((re) => `(${re})`) },
      );
const piece = (depth: number): fc.Arbitrary<string> =>
  fc
    .tuple(atom(depth), fc.constantFrom('', '', '*', '+', '?', '{2}', '{1,2}', '{0,1}', '{2,}'))
    .map(([a, q]) => a + q);
const branch = (depth: number): fc.Arbitrary<string> =>
  fc.array(piece(depth), { minLength: 1, maxLength: 3 }).map((p) => p.join(''));
const alternation = (depth: number): fc.Arbitrary<string> =>
  fc.array(branch(depth), { minLength: 1, maxLength: 3 }).map((b) => b.join('|'));
const text = fc.array(fc.constantFrom('a', 'b'), { maxLength: 9 }).map((c) => c.join(''));

/** The leftmost-longest match, by trying every start and every end. */
function bruteForce(re: string, s: string): [number, number] | null {
  const whole = new RegExp(`^(?:${re})$`);
  for (let i = 0; i <= s.length; i++) {
    for (let j = s.length; j >= i; j--) if (whole.test(s.slice(i, j))) return [i, j];
  }
  return null;
}

const FLAGS = { extended: true, icase: false, newline: null, gnuOps: true };

describe('sed regex matching', () => {
  it('finds the leftmost-longest match', () => {
    fc.assert(
      fc.property(alternation(2), text, (re, s) => {
        const compiled = SedRegex.compile(re, FLAGS);
        if ('message' in compiled) throw new Error(compiled.message);
        const m = compiled.exec(s, 0);
        expect(m && [m.index, m.index + (m[0] as string).length]).toEqual(bruteForce(re, s));
      }),
      { numRuns: 600 },
    );
  });

  it('takes linear time where backtracking would not end', () => {
    const long = 'a'.repeat(20000) + 'c';
    for (const re of ['(a*)*b', 'a*a*a*a*b', '(a|aa)+b', '(.*a){12}b']) {
      const compiled = SedRegex.compile(re, FLAGS);
      if ('message' in compiled) throw new Error(compiled.message);
      expect(compiled.exec(long, 0)).toBeNull();
    }
  });
});

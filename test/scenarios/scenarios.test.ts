// Transcript tests: each `NAME.sh` runs through the headless runner with `--echo` on a fresh
// kernel of the profile its `# profile: NAME` comment line names (the default without one) and must
// print exactly `NAME.txt` (SCENARIOS.md notation: `␀` is a NUL byte and a line ending in `␀` has
// no newline).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { boot } from '../../worker/kernel/boot';
import { decodeUtf8 } from '../../worker/kernel/lib/utf8';
import { DEFAULT_PROFILE } from '../../worker/kernel/profile';
import { runScript } from '../../worker/user/headless';
import { scriptProfile } from '../certified/cases';

const DIR = __dirname;

/** The expected bytes of a transcript file, with the notation's NUL marks resolved. */
export function expectedOutput(text: string): string {
  return text.replace(/␀\n/g, '\0').replace(/␀/g, '\0');
}

const cases = readdirSync(DIR)
  .filter((f) => f.endsWith('.sh'))
  .map((f) => f.slice(0, -3))
  .sort();

describe('SCENARIOS transcripts', () => {
  it('has the root-only sessions of SCENARIOS.md', () => {
    expect(cases.length).toBeGreaterThanOrEqual(8);
  });

  it('runs the K scenarios (upstream Linux) on the linux-6.12 profile, the others on the default', () => {
    const profiles = cases.map((name) => [
      name,
      scriptProfile(readFileSync(join(DIR, `${name}.sh`), 'utf8')),
    ]);
    for (const [name, profile] of profiles)
      expect(profile, name).toBe(name.startsWith('K') ? 'linux-6.12' : DEFAULT_PROFILE);
    expect(profiles.filter(([name]) => name.startsWith('K')).length).toBeGreaterThanOrEqual(10);
  });

  for (const name of cases) {
    it(name, () => {
      const script = readFileSync(join(DIR, `${name}.sh`), 'utf8');
      const expected = expectedOutput(readFileSync(join(DIR, `${name}.txt`), 'utf8'));
      const { output } = runScript(boot({ profile: scriptProfile(script) }), script, { echo: true });
      expect(decodeUtf8(output)).toBe(expected);
    });
  }
});

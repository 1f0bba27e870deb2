// Certified outputs (docs/certified.md): every scenario of test/scenarios/ and every lesson's
// solution path that can run on Linux was recorded on the real kernel it concerns (stock 6.1 for the
// root group, 6.1 with the tracing-namespaces RFC v2 for namespaces) and stored beside it. Here the
// model's output for each command must be the recording's after normalisation (normalise.ts), except
// the differences the specification chose (known.ts), each of which must still be seen as listed.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allCases, certifiableCases, LESSON_RECORDINGS, ROOT, SCENARIOS, STATIC_EVENTS } from './cases';
import { compareCase, lineDiff, realStaticSystems } from './compare';
import { KNOWN } from './known';
import { readRecording } from './recording';

const RECORD = join(ROOT, 'test/certified/record.sh');
const cases = certifiableCases();
const compared = new Map(cases.map((c) => [c.id, compareCase(c)]));

describe('certified cases', () => {
  it('each certifiable scenario and lesson has its recording, and no recording is left without one', () => {
    const want = cases.map((c) => c.recording).sort();
    const have = [
      ...readdirSync(SCENARIOS)
        .filter((f) => f.endsWith('.linux.txt'))
        .map((f) => join(SCENARIOS, f)),
      ...readdirSync(LESSON_RECORDINGS).map((f) => join(LESSON_RECORDINGS, f)),
    ].sort();
    expect(have).toEqual(want);
  });

  it('says why each of the others cannot be certified, and records none of them', () => {
    const refused = allCases().filter((c) => c.refusal !== null);
    expect(refused.map((c) => c.case.id)).toEqual([
      'scenario:C12-container',
      'scenario:C16-container-after-rmdir',
      'scenario:C22-container-permissions',
      'scenario:C40-cover-letter-story',
      'scenario:C41-isolation',
      'scenario:C42-chown-grant',
      'scenario:E01-explain',
      'lesson:containers',
      'lesson:teardown',
    ]);
    for (const { case: c, refusal } of refused) {
      expect(refusal).toMatch(/playground’s own/);
      expect(existsSync(c.recording)).toBe(false);
    }
  });

  it('knows the real kernels’ static event systems, and no user_events system among them', () => {
    for (const path of Object.values(STATIC_EVENTS))
      expect(readRecording(path).release).toMatch(/^6\.1\.\d+$/);
    const systems = realStaticSystems();
    expect(systems.size).toBeGreaterThan(30);
    expect(systems).toContain('sched');
    expect([...systems].filter((s) => s.startsWith('user_events') || s === 'enable')).toEqual([]);
  });

  it('every known difference is still seen', () => {
    const keys = new Set([...compared.values()].flatMap((c) => c.rows.map((r) => r.key)));
    expect(Object.keys(KNOWN).filter((k) => !keys.has(k))).toEqual([]);
  });

  it('are recorded again by test/certified/record.sh, given the runner', () => {
    const r = spawnSync('bash', [RECORD], { encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^usage: test\/certified\/record\.sh RUNNER \[RFC_BUILD_DIR\]\n/);
  });
});

describe.each(cases.map((c) => [c.id, c] as const))('%s', (_, c) => {
  const { recording, rows } = compared.get(c.id)!;
  const rfc = c.kernel === 'rfc';

  it(`was recorded on Linux 6.1${rfc ? ' with the tracing-namespaces RFC v2' : ''}`, () => {
    expect(recording.kernel).toBe(c.kernel);
    expect(recording.identity).toMatch(
      rfc ? /^Linux 6\.1\.\d+ \+ tracing-namespaces RFC v2$/ : /^Linux 6\.1\.\d+$/,
    );
  });

  it('ran every line but the playground’s own', () => {
    expect(rows.length).toBe(c.commands.length - c.skipped.length);
    for (const i of c.skipped) expect(c.commands[i]).toMatch(/^explain\b/);
  });

  const title = (key: string) => (KNOWN[key] ? `${key} (known: ${KNOWN[key].why})` : key);
  it.each(rows.map((r) => [title(r.key), r] as const))('%s', (_, row) => {
    const known = KNOWN[row.key];
    if (known) expect(lineDiff(row.model, row.real)).toEqual({ model: known.model, real: known.real });
    else expect(row.model).toBe(row.real);
  });
});

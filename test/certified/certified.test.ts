// Certified outputs (docs/certified.md): every scenario of test/scenarios/ and every lesson's
// solution path that can run on Linux was recorded on the real kernel it concerns (stock 6.1 for the
// root group, 6.1 with the tracing-namespaces RFC v2 for namespaces, 6.12 for the scenarios of the
// model's linux-6.12 profile) and stored beside it. Here the
// model's output for each command must be the recording's after normalisation (normalise.ts), except
// the differences the specification chose (known.ts), each of which must still be seen as listed.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  allCases,
  certifiableCases,
  LESSON_RECORDINGS,
  kernelFor,
  ROOT,
  SCENARIOS,
  scriptProfile,
  STATIC_EVENTS,
  type Kernel,
} from './cases';
import { compareCase, lineDiff, realStaticSystems } from './compare';
import { KNOWN } from './known';
import { readRecording } from './recording';

const RECORD = join(ROOT, 'test/certified/record.sh');
const cases = certifiableCases();

/** Each kernel's name in a title, and the first line its recordings start with. */
const KERNEL: Record<Kernel, { title: string; identity: RegExp }> = {
  stock: { title: 'Linux 6.1', identity: /^Linux 6\.1\.\d+$/ },
  rfc: {
    title: 'Linux 6.1 with the tracing-namespaces RFC v2',
    identity: /^Linux 6\.1\.\d+ \+ tracing-namespaces RFC v2$/,
  },
  '612': { title: 'Linux 6.12', identity: /^Linux 6\.12\.\d+$/ },
};
// NOTE: a case without its recording is compared nowhere; the first test below fails for it.
const compared = new Map(
  cases.flatMap((c) => (existsSync(c.recording) ? [[c.id, compareCase(c)] as const] : [])),
);

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
    for (const [kernel, path] of Object.entries(STATIC_EVENTS))
      expect(readRecording(path).identity).toMatch(KERNEL[kernel as Kernel].identity);
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
    expect(r.stderr).toContain(
      "\n       test/certified/record.sh RUNNER RFC_BUILD_DIR|'' LINUX_6_12_BUILD_DIR\n",
    );
  });
});

describe('the kernel of a case', () => {
  it('is the one its profile line names, else the RFC kernel for namespaces/, else stock 6.1', () => {
    const k = '# What it shows.\n# profile: linux-6.12\nls namespaces\n';
    expect(scriptProfile(k)).toBe('linux-6.12');
    expect(scriptProfile('# profile: rfc-v2\nls\n')).toBe('rfc-v2');
    expect(scriptProfile('# What it shows.\nls\n')).toBe('rfc-v2');
    expect(kernelFor(['ls namespaces'], 'linux-6.12')).toBe('612');
    expect(kernelFor(['ls namespaces'])).toBe('rfc');
    expect(kernelFor(['ls'])).toBe('stock');
  });

  it('refuses a profile line that names no profile, or two', () => {
    expect(() => scriptProfile('# profile: linux-6.13\nls\n')).toThrow(/no kernel profile 'linux-6\.13'/);
    expect(() => scriptProfile('# profile: linux-6.12\n# profile: rfc-v2\n')).toThrow(/more than one/);
  });
});

describe.each(cases.filter((c) => compared.has(c.id)).map((c) => [c.id, c] as const))('%s', (_, c) => {
  const { recording, rows } = compared.get(c.id)!;

  it(`was recorded on ${KERNEL[c.kernel].title}`, () => {
    expect(recording.kernel).toBe(c.kernel);
    expect(recording.identity).toMatch(KERNEL[c.kernel].identity);
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

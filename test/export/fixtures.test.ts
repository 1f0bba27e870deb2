// What exported scripts said with --check on real kernels (test/export/fixtures/, recorded by
// record-fixtures.sh): each scenario session (test/scenarios/) and each lesson's solutions
// (public/lessons/), exported on the kernel profile it names (a scenario's `# profile:` line, a
// lesson's front matter) and run on the real kernel of that profile: a linux-6.12 session on Linux
// 6.12.118, an rfc-v2 one on Linux 6.1.192 with user_events, or on it with the tracing-namespaces
// RFC when the session uses namespaces/. Each fixture must be of the script the session exports
// today (the same steps, run and not run), on the kernel it needs, and every step must be the same
// but those of the table below: known differences between the real kernels and the model, each
// with its reason. A stale fixture is re-recorded with
// `test/export/record-fixtures.sh RUNNER RFC_BUILD_DIR|'' LINUX_6_12_BUILD_DIR|'' NAME...`.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseLesson } from '../../src/lessons/lesson-file';
import type { KernelProfile } from '../../worker/protocol';
import { exportScript } from '../../worker/export/index';
import { sourcesFromFiles } from '../../worker/export/sources-files';
import { logFromLines } from '../../worker/export/from-lines';
import { scriptProfile } from '../certified/cases';

const FIXTURES = join(__dirname, 'fixtures');
const SCENARIOS = join(__dirname, '..', 'scenarios');
const LESSONS = join(__dirname, '..', '..', 'public', 'lessons');

const LIMIT = 'a stock kernel has no RFC: no "Limit:" line in user_events_status';
const EBADF = 'a write to an event nobody listens to: EBADF on 6.1.192, the full count in the model (Q4)';
const STRUCT_DELETE =
  'deleting a struct field through dynamic_events: 6.1.192 compares sizes, the model does not';
const ARRAY_FORMAT =
  'array fields in format: 6.1.192 and 6.12.118 print an uninitialised length, or none (Q13)';
const HEX_PADDING = 'hex-dump padding: stale ring-buffer bytes on 6.1.192, 00 in the model (§e.5)';
const BUFFER =
  "how many entries a small buffer keeps: 6.1.192's ring-buffer pages (it varies from boot to boot)";
const MODE = 'buffer_percent is 0640 on 6.1.192, 0440 in the model (Q9)';
const FILES =
  "the real tracefs's other files (uprobe_events, uprobe_profile; a stock kernel has no namespaces/)";
const FILES_612 =
  "6.12.118's other tracefs files: buffer_subbuf_size_kb (the ring buffer's sub-buffer size, 6.8 and later), uprobe_events, uprobe_profile";
const LS_DATE =
  "ls -l dates: tracefs files carry the VM's boot time, the model's clock starts at a fixed date";
const SUDO_PATH =
  "a step run as another user through sudo: uevent is in the script's temporary directory, which only root can enter (and sudo's secure_path leaves out): command not found";
const EMIT_TIMING =
  "a background emit every 2 s against `sleep 1` and an enable: under emulation, --check's own work between the steps puts the enable after the second emit (without --check the real kernel prints the model's)";
const STATIC = 'static events: events/enable reads 0, not ?, and systems listed in columns are not masked';
const AFTER_SKIP = 'after a step that is not run (a container): its events and namespaces were never made';

/** Each of `steps` for `reason`. */
const all = (reason: string, steps: number[]) => Object.fromEntries(steps.map((n) => [n, reason]));

/** Per session, the steps that differ on the real kernel, and why. */
const KNOWN: Record<string, Record<string, string>> = {
  'C12-container': all(AFTER_SKIP, [17, 18, 19, 20, 21, 27, 28]),
  'C40-cover-letter-story': all(AFTER_SKIP, [15, 16, 17, 19, 20, 21, 28, 29, 30, 31]),
  'C41-isolation': all(AFTER_SKIP, [26, 27, 28, 29, 34, 35]),
  'K01-boot-tree': { 1: FILES_612, 3: LS_DATE, 6: STATIC },
  'K02-field-types': { 10: ARRAY_FORMAT },
  'K12-persist-user': { 6: SUDO_PATH },
  'S01-boot-tree': { 1: FILES, 3: MODE, 8: STATIC },
  'S05-dynamic-events': all(LIMIT, [3, 16]),
  'S06-enable-status-bit': all(LIMIT, [9, 14]),
  'S11-dynamic-events-matching': all(STRUCT_DELETE, [27, 28]),
  'S23-field-types': all(ARRAY_FORMAT, [3, 21]),
  'U06-enable-status-bit': all(LIMIT, [13, 20]),
  'U07-write-trace': all(LIMIT, [8]),
  'U08-not-recorded': { 4: EBADF, 9: LIMIT },
  'U09-write-errors': { 3: ARRAY_FORMAT, 8: EBADF, 16: HEX_PADDING },
  'U10-iocsdel': all(LIMIT, [14]),
  'U18-instances': all(LIMIT, [9, 20, 25]),
  'U20-buffer-size': all(BUFFER, [33, 56]),
  'U33-write-errors': { 4: EBADF, 24: HEX_PADDING },
  'lesson-01-tracefs-basics': { 1: FILES },
  'lesson-04-status-bits': all(LIMIT, [3, 9]),
  'lesson-06-containers': all(AFTER_SKIP, [14, 15, 18]),
  'lesson-07-teardown': { ...all(AFTER_SKIP, [4, 6, 7, 8, 9, 10, 12, 14, 15, 16, 20]), 17: STATIC },
  'lesson-08-enable-bits': { ...all(EMIT_TIMING, [18, 19]), 43: LS_DATE },
  'lesson-09-two-designs': { 2: FILES_612 },
};

/** The commands of a session (a scenario file, or a lesson's solutions in order) and its profile. */
function session(name: string): { commands: string; profile: KernelProfile } {
  if (!name.startsWith('lesson-')) {
    const script = readFileSync(join(SCENARIOS, `${name}.sh`), 'utf8');
    return { commands: script, profile: scriptProfile(script) };
  }
  const parsed = parseLesson(readFileSync(join(LESSONS, `${name.slice('lesson-'.length)}.md`), 'utf8'));
  if (!parsed.ok) throw new Error(`${name}: ${parsed.error}`);
  const commands = parsed.lesson.steps.flatMap((s) => s.solution.map((l) => l + '\n')).join('');
  return { commands, profile: parsed.lesson.profile };
}

/** The real kernel a session's fixture must have run on, as its first line names it. */
function kernelLine(profile: KernelProfile, script: string): string {
  if (profile === 'linux-6.12') return 'kernel 6.12.118';
  return script.includes('\nTFS_NAMESPACES=1\n') ? 'kernel 6.1.192 tracing-namespaces-rfc' : 'kernel 6.1.192';
}

/** A script's steps as --check reports them: `N: run` or `N: not run`, in order. */
function scriptSteps(script: string): string[] {
  return [...script.matchAll(/^#@ (step|skip) (\d+(?:-\d+)?)/gm)].map(
    (m) => `${m[2]}: ${m[1] === 'step' ? 'run' : 'not run'}`,
  );
}

interface Fixture {
  kernel: string;
  steps: string[];
  differs: string[];
  summary: string;
  status: number;
}

function parseFixture(text: string): Fixture {
  const lines = text.split('\n');
  const said = lines
    .map((l) => /^step (\d+(?:-\d+)?): (same|differs|not run)/.exec(l))
    .filter((m) => m !== null);
  return {
    kernel: lines[0],
    steps: said.map((m) => `${m[1]}: ${m[2] === 'not run' ? 'not run' : 'run'}`),
    differs: said.filter((m) => m[2] === 'differs').map((m) => m[1]),
    summary: lines.find((l) => / steps as in the playground/.test(l)) ?? '',
    status: Number(/^exit status (\d+)$/m.exec(text)?.[1] ?? NaN),
  };
}

const sessions = [
  ...readdirSync(SCENARIOS)
    .filter((f) => f.endsWith('.sh'))
    .map((f) => f.slice(0, -3)),
  ...readdirSync(LESSONS)
    .filter((f) => f.endsWith('.md'))
    .map((f) => `lesson-${f.slice(0, -3)}`),
].sort();

describe('exported scripts on real kernels', () => {
  it('has a fixture for every scenario and lesson, and no other', () => {
    const fixtures = readdirSync(FIXTURES)
      .filter((f) => f.endsWith('.out'))
      .map((f) => f.slice(0, -4))
      .sort();
    expect(fixtures).toEqual(sessions);
  });

  it('lists known differences only for sessions that have them', () => {
    for (const name of Object.keys(KNOWN)) expect(sessions).toContain(name);
  });

  for (const name of sessions) {
    it(name, () => {
      const file = join(FIXTURES, `${name}.out`);
      if (!existsSync(file)) return;
      const { commands, profile } = session(name);
      const script = exportScript(logFromLines(commands, name, profile), { sources: sourcesFromFiles() });
      const fixture = parseFixture(readFileSync(file, 'utf8'));
      expect(fixture.kernel).toBe(kernelLine(profile, script));
      expect(fixture.steps, `${name}: the fixture is of another script: record it again`).toEqual(
        scriptSteps(script),
      );
      const known = KNOWN[name] ?? {};
      expect([...fixture.differs].sort(), `${name}: steps that differ on the real kernel`).toEqual(
        Object.keys(known).sort(),
      );
      const ran = fixture.steps.filter((s) => s.endsWith(': run')).length;
      expect(fixture.summary).toMatch(
        new RegExp(`^${ran - fixture.differs.length}/${ran} steps as in the playground`),
      );
      expect(fixture.status).toBe(fixture.differs.length === 0 ? 0 : 1);
    });
  }
});

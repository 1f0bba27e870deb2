// The certified cases: every transcript in test/scenarios/ and every lesson's solution path, as the
// recorder (test/certified/record.sh) runs them on a real kernel and as the model runs them. A case
// that needs the playground's own container runtime, or that is only about `explain`, cannot run on a
// real machine: `refusal` says why. In a case that can, a command of a playground program that only
// reads (`explain`) is left out on both sides and named in `skipped`. A scenario whose head comment
// has a `# profile: NAME` line, or a lesson whose front matter has `profile: NAME`, runs on that
// kernel profile of the model (and, for linux-6.12, on a real Linux 6.12); without one it runs on
// the default profile.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseLesson } from '../../src/lessons/lesson-file';
import { DEFAULT_PROFILE, isKernelProfile, type KernelProfile } from '../../worker/kernel/profile';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const SCENARIOS = join(ROOT, 'test/scenarios');
export const LESSONS = join(ROOT, 'public/lessons');
export const LESSON_RECORDINGS = join(ROOT, 'test/lessons/recorded');
/** The real kernels' `ls -1 events`, recorded with the cases: the static systems the normaliser drops. */
export const STATIC_EVENTS = {
  stock: join(ROOT, 'test/certified/static-events.linux.txt'),
  rfc: join(ROOT, 'test/certified/static-events-rfc.linux.txt'),
  '612': join(ROOT, 'test/certified/static-events-612.linux.txt'),
} as const;

/**
 * Which real kernel a case runs on: stock Linux 6.1, 6.1 with the tracing-namespaces RFC v2, or
 * upstream Linux 6.12 (the model's linux-6.12 profile).
 */
export type Kernel = 'stock' | 'rfc' | '612';

export const KERNELS: readonly Kernel[] = ['stock', 'rfc', '612'];

export interface CertifiedCase {
  /** `scenario:NAME` or `lesson:ID`. */
  id: string;
  kind: 'scenario' | 'lesson';
  /** The scenario's file name or the lesson's id. */
  name: string;
  /** Every input line of the case, in order, as the model runs it (comments and blanks dropped). */
  commands: string[];
  /** Indexes into `commands` of lines not run on the real kernel (a playground program). */
  skipped: number[];
  /** The model's kernel profile the case boots. */
  profile: KernelProfile;
  kernel: Kernel;
  /** Where the recording is stored. */
  recording: string;
  /** The model's session: the script the headless runner runs with `--echo`. */
  script: string;
}

/** Programs of the playground itself that reach no kernel state: their lines are left out. */
export const PLAYGROUND_READERS = ['explain'];

/** Why a case cannot be certified, or null if it can. */
export function refusal(commands: readonly string[], skipped: readonly number[]): string | null {
  if (commands.some((c) => /^\s*container\b/.test(c)))
    return '`container` is the playground’s own container runtime, and the rest of the session depends on it';
  if (skipped.length * 2 > commands.length)
    return 'its lines are mostly `explain`, the playground’s own program: the rest is not what it shows';
  return null;
}

/** The input lines of a scenario script: no comment lines, no blank lines. */
export function scriptLines(script: string): string[] {
  return script.split('\n').filter((line) => line.trim() !== '' && !line.trimStart().startsWith('#'));
}

const PROFILE_MARKER = /^#\s*profile:\s*(\S*)\s*$/;

/** The kernel profile a scenario names in a comment line `# profile: NAME`; the default without one. */
export function scriptProfile(script: string): KernelProfile {
  const named = script.split('\n').flatMap((line) => PROFILE_MARKER.exec(line.trim())?.[1] ?? []);
  if (named.length > 1) throw new Error(`more than one profile line: ${named.join(', ')}`);
  if (named.length === 0) return DEFAULT_PROFILE;
  if (!isKernelProfile(named[0])) throw new Error(`no kernel profile '${named[0]}'`);
  return named[0];
}

/**
 * A case of the linux-6.12 profile runs on Linux 6.12; any other on the RFC kernel when it touches
 * namespaces/ (or lists it, as an `ls` of it does), else on stock 6.1.
 */
export function kernelFor(commands: readonly string[], profile: KernelProfile = DEFAULT_PROFILE): Kernel {
  if (profile === 'linux-6.12') return '612';
  return commands.some((c) => /\bnamespaces\b/.test(c)) ? 'rfc' : 'stock';
}

function skippedOf(commands: readonly string[]): number[] {
  return commands.flatMap((c, i) => (PLAYGROUND_READERS.includes(c.trim().split(/\s+/)[0]) ? [i] : []));
}

export function scenarioNames(): string[] {
  return readdirSync(SCENARIOS)
    .filter((f) => f.endsWith('.sh'))
    .map((f) => f.slice(0, -3))
    .sort();
}

export function lessonFiles(): string[] {
  return JSON.parse(readFileSync(join(LESSONS, 'index.json'), 'utf8')) as string[];
}

/** The scenario NAME as a case (whether or not it can be certified). */
export function scenarioCase(name: string): CertifiedCase {
  const script = readFileSync(join(SCENARIOS, `${name}.sh`), 'utf8');
  const commands = scriptLines(script);
  const profile = scriptProfile(script);
  return {
    id: `scenario:${name}`,
    kind: 'scenario',
    name,
    commands,
    skipped: skippedOf(commands),
    profile,
    kernel: kernelFor(commands, profile),
    recording: join(SCENARIOS, `${name}.linux.txt`),
    script,
  };
}

/** The lesson in public/lessons/FILE.md as a case: every step's solution, in order. */
export function lessonCase(file: string): CertifiedCase {
  const parsed = parseLesson(readFileSync(join(LESSONS, `${file}.md`), 'utf8'));
  if (!parsed.ok) throw new Error(`${file}: ${parsed.error}`);
  const { lesson } = parsed;
  const commands = lesson.steps.flatMap((s) => s.solution);
  return {
    id: `lesson:${lesson.id}`,
    kind: 'lesson',
    name: lesson.id,
    commands,
    skipped: skippedOf(commands),
    profile: lesson.profile,
    kernel: kernelFor(commands, lesson.profile),
    recording: join(LESSON_RECORDINGS, `${lesson.id}.linux.txt`),
    script: commands.map((c) => `${c}\n`).join(''),
  };
}

/** Every case, scenarios first, each with why it cannot be certified (null: it can). */
export function allCases(): Array<{ case: CertifiedCase; refusal: string | null }> {
  const cases = [...scenarioNames().map(scenarioCase), ...lessonFiles().map(lessonCase)];
  return cases.map((c) => ({ case: c, refusal: refusal(c.commands, c.skipped) }));
}

/** Every case that can be certified. */
export function certifiableCases(): CertifiedCase[] {
  return allCases().flatMap((c) => (c.refusal === null ? [c.case] : []));
}

/** A command as the recorder runs it: `cat trace_pipe` never ends on a real kernel, so it gets `timeout 1`. */
export function asRecorded(command: string): string {
  return command.replace(/^cat trace_pipe$/, 'timeout 1 cat trace_pipe');
}

// The lessons as the page holds them: the index and every lesson file (fetched relative to the page,
// so the site may live under any path), the lesson open in the Learn tab, each of its checks' pass
// state at the last evaluation, which hints and solutions are shown, and the learner's progress
// (progress.ts). Checks are evaluated through the playground (`checkLesson`, one call for the whole
// lesson) whenever the panel asks, at most one evaluation at a time (a burst of asks costs one more
// afterwards); a step whose checks all pass is marked done for good, and the lesson complete once
// every step is.
import type { LessonCheck, LessonCheckResult } from '../../worker/protocol';
import { Coalesced } from '../state/coalesced';
import type { StorageLike } from '../state/session-store';
import { parseLesson, type Lesson } from './lesson-file';
import { ProgressStore, type ImportResult, type Progress, type ProgressStatus } from './progress';

/** What evaluates a lesson's checks against the machine (the PlaygroundState). */
export interface LessonChecker {
  checkLesson(checks: LessonCheck[]): Promise<LessonCheckResult[] | null>;
}

/** The part of `fetch` the lessons use. */
export type FetchText = (url: string) => Promise<{ ok: boolean; status: number; text(): Promise<string> }>;

export interface LessonsOptions {
  checker: LessonChecker;
  /** localStorage, or null when the browser refuses it (the progress then lives in memory). */
  storage: StorageLike | null;
  fetch?: FetchText;
}

/** One file of the index: its lesson, or why it could not be read. */
export type LessonEntry =
  { file: string; lesson: Lesson; error: null } | { file: string; lesson: null; error: string };

export type LoadPhase = 'idle' | 'loading' | 'ready' | 'failed';

export const INDEX_URL = 'lessons/index.json';
const FILE_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/;
const MAX_LESSONS = 200;

export class LessonsState {
  phase = $state<LoadPhase>('idle');
  loadError = $state<string | null>(null);
  entries = $state.raw<LessonEntry[]>([]);
  /** The lesson open, or null for the list. */
  current = $state.raw<Lesson | null>(null);
  /** A lesson asked for (by a link) that the index does not hold. */
  missing = $state<string | null>(null);
  /** Each check of the open lesson, step by step: whether it passed at the last evaluation. */
  passes = $state.raw<boolean[][]>([]);
  /** Per step of the open lesson: its hint, its solution shown. */
  hints = $state<boolean[]>([]);
  solutions = $state<boolean[]>([]);
  progress = $state.raw<Progress>({});
  storage = $state<ProgressStatus>('saved');

  private readonly checker: LessonChecker;
  private readonly fetchText: FetchText;
  private readonly store: ProgressStore;
  private readonly evaluation = new Coalesced(() => this.check());
  private loading: Promise<void> | null = null;
  /** A lesson asked for before the index was read: opened once it is. */
  private wanted: string | null = null;

  constructor(options: LessonsOptions) {
    this.checker = options.checker;
    this.fetchText = options.fetch ?? ((url) => fetch(url));
    this.store = new ProgressStore(options.storage);
    this.syncProgress();
  }

  /** Reads the index and every lesson (once; again after a failure). */
  load(): Promise<void> {
    if (this.loading && this.phase !== 'failed') return this.loading;
    this.phase = 'loading';
    this.loadError = null;
    this.loading = this.read().then(
      (entries) => {
        this.entries = entries;
        this.phase = 'ready';
        if (this.wanted !== null) this.open(this.wanted);
      },
      (error: unknown) => {
        this.loadError = error instanceof Error ? error.message : String(error);
        this.phase = 'failed';
      },
    );
    return this.loading;
  }

  /** Opens lesson `id` (once the index is read); an id it does not hold is reported in `missing`. */
  open(id: string): void {
    if (this.phase !== 'ready') {
      this.wanted = id;
      return;
    }
    this.wanted = null;
    const lesson = this.entries.find((e) => e.lesson?.id === id)?.lesson ?? null;
    this.missing = lesson ? null : id;
    this.current = lesson;
    this.passes = lesson ? lesson.steps.map((s) => s.checks.map(() => false)) : [];
    this.hints = lesson ? lesson.steps.map(() => false) : [];
    this.solutions = lesson ? lesson.steps.map(() => false) : [];
  }

  /** Back to the list. */
  close(): void {
    this.wanted = null;
    this.current = null;
    this.missing = null;
    this.passes = [];
  }

  /** Evaluates the open lesson's checks now, or once more after the evaluation under way. */
  evaluate(): Promise<void> {
    return this.evaluation.run();
  }

  toggleHint(step: number): void {
    this.hints[step] = !this.hints[step];
  }

  toggleSolution(step: number): void {
    this.solutions[step] = !this.solutions[step];
  }

  /** Step `step` of the open lesson has passed once (it stays done). */
  stepDone(step: number): boolean {
    return this.current !== null && (this.progress[this.current.id]?.steps.includes(step) ?? false);
  }

  /** How many steps of `lesson` are done. */
  stepsDone(lesson: Lesson): number {
    return this.progress[lesson.id]?.steps.filter((s) => s < lesson.steps.length).length ?? 0;
  }

  lessonComplete(id: string): boolean {
    return this.progress[id]?.complete ?? false;
  }

  /** The lesson after the open one in the index, if any can be read. */
  get next(): Lesson | null {
    const at = this.entries.findIndex((e) => e.lesson !== null && e.lesson === this.current);
    if (at < 0) return null;
    return this.entries.slice(at + 1).find((e) => e.lesson !== null)?.lesson ?? null;
  }

  exportCode(): string {
    return this.store.exportCode();
  }

  importCode(code: string): ImportResult {
    const result = this.store.importCode(code);
    this.syncProgress();
    return result;
  }

  private async check(): Promise<void> {
    const lesson = this.current;
    if (!lesson) return;
    const checks = lesson.steps.flatMap((s) => s.checks.map((c) => c.check));
    // NOTE: a failed evaluation leaves the checks as they were; the next change asks again.
    const results = await this.checker.checkLesson(checks).catch(() => null);
    if (!results || results.length !== checks.length || this.current !== lesson) return;
    let at = 0;
    this.passes = lesson.steps.map((s) => s.checks.map(() => results[at++].pass));
    this.passes.forEach((step, i) => {
      if (step.every(Boolean)) this.store.markStep(lesson.id, i);
    });
    const done = this.store.snapshot()[lesson.id]?.steps ?? [];
    if (lesson.steps.every((_, i) => done.includes(i))) this.store.markComplete(lesson.id);
    this.syncProgress();
  }

  private syncProgress(): void {
    this.progress = this.store.snapshot();
    this.storage = this.store.status();
  }

  private async read(): Promise<LessonEntry[]> {
    const index = await this.fetchText(INDEX_URL);
    if (!index.ok) throw new Error(`the lesson index could not be fetched (HTTP ${index.status}).`);
    const names = indexNames(await index.text());
    const entries = await Promise.all(names.map((name) => this.readLesson(name)));
    return entries.map((entry, i) => {
      const id = entry.lesson?.id;
      if (id === undefined || !entries.slice(0, i).some((e) => e.lesson?.id === id)) return entry;
      return { file: entry.file, lesson: null, error: `another lesson already has the id "${id}".` };
    });
  }

  private async readLesson(file: string): Promise<LessonEntry> {
    try {
      const reply = await this.fetchText(`lessons/${file}.md`);
      if (!reply.ok) return { file, lesson: null, error: `it could not be fetched (HTTP ${reply.status}).` };
      const parsed = parseLesson(await reply.text());
      return parsed.ok
        ? { file, lesson: parsed.lesson, error: null }
        : { file, lesson: null, error: parsed.error };
    } catch (error) {
      return { file, lesson: null, error: `it could not be fetched (${String(error)}).` };
    }
  }
}

/** The file names (without `.md`) an index holds, or an error saying what is wrong with it. */
function indexNames(text: string): string[] {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new Error('the lesson index is not JSON.');
  }
  if (!Array.isArray(value) || value.length > MAX_LESSONS) {
    throw new Error(`the lesson index is not a list of at most ${MAX_LESSONS} file names.`);
  }
  const bad = value.find((name) => typeof name !== 'string' || !FILE_NAME.test(name));
  if (bad !== undefined)
    throw new Error(`the lesson index holds a bad file name: ${String(JSON.stringify(bad)).slice(0, 80)}.`);
  return value as string[];
}

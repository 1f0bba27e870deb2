// The learner's progress through the lessons, kept in the browser's storage: for each lesson, the
// steps whose checks have passed once (a step stays done whatever happens to the machine later)
// and whether the lesson is complete. Storage may be missing, forbidden or full at any moment:
// every access is guarded, and without it the progress lives in memory for the page's lifetime.
// A progress code carries it to another browser: `L1.` and the base64url of a compact JSON
// object, lesson id → [bit mask of the done steps, 1 when complete else 0]. Importing merges a
// code into what is kept (nothing done is ever undone) after checking every field.
import { fromBase64url, toBase64url } from '../share/base64url';
import { attempt, type StorageLike } from '../state/session-store';

export const PROGRESS_KEY = 'tracefs-playground:lessons';
export const CODE_PREFIX = 'L1.';
/** Steps a lesson may have for its progress to be kept (the bits of the mask: 30, so 32-bit operators are exact). */
export const MAX_STEPS = 30;
const MAX_LESSONS = 200;
const MAX_CODE = 8192;
const LESSON_ID = /^[a-z0-9-]{1,64}$/;

export interface LessonProgress {
  /** The indexes of the steps done, ascending. */
  steps: number[];
  complete: boolean;
}

export type Progress = Record<string, LessonProgress>;

export type ProgressStatus = 'saved' | 'unavailable';

export type ImportResult = { ok: true; lessons: number } | { ok: false; error: string };

export const UNAVAILABLE_WARNING = 'Progress is not saved in this browser: storage is off.';

/** Bit mask of done steps and complete flag, per lesson. */
type Entry = { mask: number; complete: boolean };

export class ProgressStore {
  private readonly entries = new Map<string, Entry>();
  private state: ProgressStatus;

  constructor(private readonly storage: StorageLike | null) {
    const text = attempt(() => storage?.getItem(PROGRESS_KEY) ?? null);
    this.state = storage && text.ok ? 'saved' : 'unavailable';
    const parsed = text.ok && text.value !== null ? decodeEntries(text.value) : null;
    if (parsed && typeof parsed !== 'string') for (const [id, entry] of parsed) this.entries.set(id, entry);
  }

  /** Whether the last access to storage worked. */
  status(): ProgressStatus {
    return this.state;
  }

  /** Every lesson's progress, as plain data. */
  snapshot(): Progress {
    const out: Progress = {};
    for (const [id, { mask, complete }] of this.entries) out[id] = { steps: stepsOf(mask), complete };
    return out;
  }

  /** Marks step `index` of lesson `id` done; false when it already was (nothing is written). */
  markStep(id: string, index: number): boolean {
    if (!LESSON_ID.test(id) || !Number.isInteger(index) || index < 0 || index >= MAX_STEPS) return false;
    const entry = this.entries.get(id) ?? { mask: 0, complete: false };
    if (entry.mask & (1 << index)) return false;
    this.entries.set(id, { ...entry, mask: entry.mask | (1 << index) });
    this.save();
    return true;
  }

  /** Marks lesson `id` complete; false when it already was. */
  markComplete(id: string): boolean {
    const entry = this.entries.get(id) ?? { mask: 0, complete: false };
    if (!LESSON_ID.test(id) || entry.complete) return false;
    this.entries.set(id, { ...entry, complete: true });
    this.save();
    return true;
  }

  /** The progress as a code to paste into another browser. */
  exportCode(): string {
    return CODE_PREFIX + toBase64url(new TextEncoder().encode(encodeEntries(this.entries)));
  }

  /** Merges the progress a code carries into this one, or says why the code is not one. */
  importCode(code: string): ImportResult {
    const text = code.trim();
    if (text === '') return { ok: false, error: 'Paste a progress code first.' };
    if (text.length > MAX_CODE) return { ok: false, error: 'This code is too long to be a progress code.' };
    const version = /^L(\d+)\./.exec(text);
    if (!version) return { ok: false, error: 'This is not a progress code (they start with "L1.").' };
    if (text.slice(0, version[0].length) !== CODE_PREFIX) {
      return { ok: false, error: `This code was made by another version of the page (L${version[1]}).` };
    }
    const bytes = fromBase64url(text.slice(CODE_PREFIX.length));
    if (!bytes) return { ok: false, error: 'This code is damaged: it holds characters a code never has.' };
    let json: string;
    try {
      json = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      return { ok: false, error: 'This code is damaged: it is not text.' };
    }
    const parsed = decodeEntries(json);
    if (typeof parsed === 'string') return { ok: false, error: `This code is damaged: ${parsed}` };
    for (const [id, entry] of parsed) {
      const mine = this.entries.get(id) ?? { mask: 0, complete: false };
      this.entries.set(id, { mask: mine.mask | entry.mask, complete: mine.complete || entry.complete });
    }
    this.save();
    return { ok: true, lessons: parsed.size };
  }

  private save(): void {
    const storage = this.storage;
    if (!storage) return;
    const written = attempt(() => storage.setItem(PROGRESS_KEY, encodeEntries(this.entries)));
    this.state = written.ok ? 'saved' : 'unavailable';
  }
}

function encodeEntries(entries: Map<string, Entry>): string {
  const out: Record<string, [number, 0 | 1]> = {};
  for (const [id, { mask, complete }] of entries) out[id] = [mask, complete ? 1 : 0];
  return JSON.stringify(out);
}

/** The entries a compact JSON object holds, or what is wrong with it. */
function decodeEntries(json: string): Map<string, Entry> | string {
  const parsed = attempt((): unknown => JSON.parse(json));
  if (!parsed.ok) return 'it is not JSON.';
  const value = parsed.value;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'it holds no lessons.';
  const keys = Object.keys(value);
  if (keys.length > MAX_LESSONS) return `it holds more than ${MAX_LESSONS} lessons.`;
  const entries = new Map<string, Entry>();
  for (const id of keys) {
    if (!LESSON_ID.test(id)) return `"${id.slice(0, 64)}" is not a lesson id.`;
    const field: unknown = (value as Record<string, unknown>)[id];
    if (!Array.isArray(field) || field.length !== 2) return `lesson "${id}" is not [steps, complete].`;
    const [mask, complete] = field as unknown[];
    if (typeof mask !== 'number' || !Number.isInteger(mask) || mask < 0 || mask >= 2 ** MAX_STEPS) {
      return `lesson "${id}" has no valid steps.`;
    }
    if (complete !== 0 && complete !== 1) return `lesson "${id}" is neither complete (1) nor not (0).`;
    entries.set(id, { mask, complete: complete === 1 });
  }
  return entries;
}

function stepsOf(mask: number): number[] {
  const steps: number[] = [];
  for (let i = 0; i < MAX_STEPS; i++) if (mask & (1 << i)) steps.push(i);
  return steps;
}

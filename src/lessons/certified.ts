// Which lessons are certified (docs/certified.md): their solution path was run on a real kernel and
// printed the same bytes as the playground after normalisation. The page reads it from
// public/lessons/certified.json (written by test/certified/write-data.ts and held to the recordings
// by a test); this module reads that file defensively (a missing or odd file means no marks, never
// an error) and words the mark and its explanation.

export interface ExceptLine {
  /** The line of the solution path (from 1). */
  line: number;
  command: string;
  why: string;
}

export interface Certification {
  /** The recording's kernel, e.g. `Linux 6.1.192 + tracing-namespaces RFC v2`. */
  kernel: string;
  /** Lines whose output differs from Linux by the specification's choice. */
  except: ExceptLine[];
  /** Lines not run on Linux (the playground's own explain). */
  skipped: string[];
}

export const CERTIFIED_URL = 'lessons/certified.json';

/** No lesson certified (before the file is read, or when it cannot be). */
export const NO_MARKS: ReadonlyMap<string, Certification> = new Map();

const MAX_TEXT = 500;

function text(value: unknown): value is string {
  return typeof value === 'string' && value.length > 0 && value.length <= MAX_TEXT;
}

function exceptLine(value: unknown): ExceptLine | null {
  if (typeof value !== 'object' || value === null) return null;
  const { line, command, why } = value as Record<string, unknown>;
  if (!Number.isInteger(line) || !text(command) || !text(why)) return null;
  return { line: line as number, command, why };
}

function certification(value: unknown): Certification | null {
  if (typeof value !== 'object' || value === null) return null;
  const { kernel, status, except, skipped } = value as Record<string, unknown>;
  if (!text(kernel) || (status !== 'exact' && status !== 'except')) return null;
  if (!Array.isArray(except) || !Array.isArray(skipped) || !skipped.every(text)) return null;
  const lines = except.map(exceptLine);
  if (lines.some((l) => l === null) || (status === 'exact') !== (lines.length === 0)) return null;
  return { kernel, except: lines as ExceptLine[], skipped: skipped as string[] };
}

/** The certified lessons by id, from the file's text; anything unreadable is left out. */
export function parseCertified(source: string): Map<string, Certification> {
  const marks = new Map<string, Certification>();
  let value: unknown;
  try {
    value = JSON.parse(source);
  } catch {
    return marks;
  }
  const lessons = (value as { lessons?: unknown } | null)?.lessons;
  if (typeof lessons !== 'object' || lessons === null) return marks;
  for (const [id, entry] of Object.entries(lessons)) {
    const c = certification(entry);
    if (c) marks.set(id, c);
  }
  return marks;
}

/** `Linux 6.1.192 + tracing-namespaces RFC v2` as a phrase: `Linux 6.1.192 with the tracing-namespaces RFC v2`. */
export function kernelPhrase(kernel: string): string {
  return kernel.replace(/ \+ (tracing-namespaces RFC v\d+)$/, ' with the $1');
}

/** The mark: `Certified: same bytes as Linux 6.1.192 [...]`, with `, except N lines` when some differ. */
export function certifiedLabel(c: Certification): string {
  const n = c.except.length;
  return `Certified: same bytes as ${kernelPhrase(c.kernel)}${n ? `, except ${n} line${n === 1 ? '' : 's'}` : ''}`;
}

/** What the mark means for this lesson, in sentences (its tooltip and its details). */
export function certifiedDetails(c: Certification): string[] {
  const lines = [
    `Every command of this lesson's solution was run on ${kernelPhrase(c.kernel)}, in a freshly ` +
      'booted virtual machine, and printed the same bytes as the playground once what comes from the ' +
      'machine is hidden: pids, timestamps and CPUs, event IDs, the real kernel’s static events, and a ' +
      'few more (explain certified lists them all).',
  ];
  if (c.skipped.length > 0)
    lines.push(`Not run on Linux, as a playground program: ${c.skipped.map((s) => `“${s}”`).join(', ')}.`);
  for (const e of c.except) lines.push(`Except line ${e.line}, “${e.command}”: ${e.why}.`);
  return lines;
}

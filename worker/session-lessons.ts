// A lesson's checks, evaluated against the machine as root on the host sees it and against the
// session log: never against the text typed alone (a `ran` check asks for the output too, which
// only the kernel makes). Every look is a quiet system call, so checking changes nothing.
// Paths that do not start with `/` are taken from /sys/kernel/tracing.

import type { Syscalls } from './kernel/syscall-table';
import { TRACEFS_PATH } from './kernel/boot';
import { readText } from './session-trace';
import { TraceLook } from './session-trace';
import type { LessonCheck, LessonCheckResult } from './protocol';

/** What a `ran` check looks at: each step's line and output (null when too long to keep). */
export interface RanStep {
  text?: string;
  output: string | null;
}

/** A lesson's pattern: at most this long, so a check cannot take the worker's time. */
const MAX_PATTERN = 400;

function absolute(path: string): string {
  return path.startsWith('/') ? path : `${TRACEFS_PATH}/${path}`;
}

function pattern(source: string): RegExp | string {
  if (source.length > MAX_PATTERN) return `the pattern is longer than ${MAX_PATTERN} characters`;
  try {
    return new RegExp(source, 'm');
  } catch (e) {
    return `the pattern does not compile: ${e instanceof Error ? e.message : String(e)}`;
  }
}

function checkFile(sys: Syscalls, c: Extract<LessonCheck, { kind: 'file' }>): LessonCheckResult {
  const text = readText(sys, absolute(c.path));
  if (text === null) return { pass: false, detail: `${c.path} cannot be read` };
  const shown = text.length > 200 ? `${text.slice(0, 200)}…` : text;
  switch (c.test) {
    case 'contains':
      return { pass: text.includes(c.text), detail: shown };
    case 'lacks':
      return { pass: !text.includes(c.text), detail: shown };
    case 'equals':
      return { pass: text === c.text, detail: shown };
    case 'matches': {
      const re = pattern(c.text);
      return typeof re === 'string' ? { pass: false, detail: re } : { pass: re.test(text), detail: shown };
    }
  }
}

function checkEvent(sys: Syscalls, c: Extract<LessonCheck, { kind: 'event' }>): LessonCheckResult {
  const dir = `${TRACEFS_PATH}/events/${c.event}`;
  if (!/^[^/]+\/[^/]+$/.test(c.event) || !sys.stat(dir).ok) return { pass: false, detail: 'not registered' };
  if (c.enabled === undefined) return { pass: true };
  const enable = (readText(sys, `${dir}/enable`) ?? '').trim();
  const enabled = enable === '1' || enable === '1*';
  return { pass: enabled === c.enabled, detail: enabled ? 'enabled' : 'disabled' };
}

function checkRan(steps: readonly RanStep[], c: Extract<LessonCheck, { kind: 'ran' }>): LessonCheckResult {
  const command = pattern(c.command);
  if (typeof command === 'string') return { pass: false, detail: command };
  const output = c.output === undefined ? null : pattern(c.output);
  if (typeof output === 'string') return { pass: false, detail: output };
  const pass = steps.some(
    (s) => s.text !== undefined && command.test(s.text) && (output === null || output.test(s.output ?? '')),
  );
  return { pass };
}

/** Each check's result, in order. */
export function checkLesson(
  sys: Syscalls,
  steps: readonly RanStep[],
  checks: readonly LessonCheck[],
): LessonCheckResult[] {
  let trace: TraceLook | null = null;
  const rows = () =>
    (trace ??= new TraceLook(
      () => sys,
      () => TRACEFS_PATH,
    )).rows(0, 1 << 20).rows;
  let held: ReturnType<typeof rows> | null = null;
  return checks.map((c): LessonCheckResult => {
    switch (c.kind) {
      case 'exists':
      case 'absent': {
        const exists = sys.stat(absolute(c.path)).ok;
        return { pass: exists === (c.kind === 'exists') };
      }
      case 'file':
        return checkFile(sys, c);
      case 'event':
        return checkEvent(sys, c);
      case 'trace': {
        held ??= rows();
        const n = held.filter((r) => r.event === c.event).length;
        return { pass: n >= c.count, detail: `${n} entr${n === 1 ? 'y' : 'ies'}` };
      }
      case 'ran':
        return checkRan(steps, c);
    }
  });
}

// A lesson file (public/lessons/NAME.md): Markdown with a front matter (`id`, `title`, `summary`,
// and `profile`, the kernel profile it runs on: rfc-v2 when left out), an introduction, then one
// `## ` section per step: its goal in Markdown and fenced blocks that say how it is checked
// (`check`: one `LABEL | PREDICATE` per line), a `hint` and a `solution` (the commands, one a line,
// that the page types into the prompt on demand). The predicates are the worker's LessonCheck,
// written for people:
//   exists PATH · absent PATH · file PATH contains|lacks|equals TEXT · file PATH matches REGEX
//   event SYSTEM/NAME [enabled|disabled] · trace SYSTEM/NAME COUNT · ran /REGEX/ [printed /REGEX/]
// TEXT may hold `\n` for a newline. Paths not starting with `/` are under /sys/kernel/tracing.
import type { KernelProfile, LessonCheck } from '../../worker/protocol';
import { DEFAULT_PROFILE, isProfile, PROFILE_NAMES } from '../state/profiles';

export interface LabelledCheck {
  label: string;
  check: LessonCheck;
}

export interface LessonStep {
  title: string;
  /** The goal, in Markdown. */
  text: string;
  checks: LabelledCheck[];
  hint: string | null;
  solution: string[];
}

export interface Lesson {
  id: string;
  title: string;
  summary: string;
  /** The kernel it runs on: opening it starts a fresh session on that profile when another runs. */
  profile: KernelProfile;
  /** The introduction, in Markdown. */
  intro: string;
  steps: LessonStep[];
}

export type ParsedLesson = { ok: true; lesson: Lesson } | { ok: false; error: string };

const FENCE = /^```(\w*)\s*$/;

/** One predicate, or why it is not one. */
export function parsePredicate(text: string): LessonCheck | string {
  const [word, ...rest] = text.trim().split(/\s+/);
  const arg = rest.join(' ');
  switch (word) {
    case 'exists':
    case 'absent':
      return rest.length === 1 ? { kind: word, path: rest[0] } : `${word} takes one path`;
    case 'file': {
      const m = /^(\S+)\s+(contains|lacks|equals|matches)\s(.+)$/.exec(arg);
      if (!m) return 'file takes PATH contains|lacks|equals|matches TEXT';
      const value = m[2] === 'matches' ? m[3] : m[3].replace(/\\n/g, '\n');
      return { kind: 'file', path: m[1], test: m[2] as 'contains', text: value };
    }
    case 'event': {
      if (rest.length < 1 || rest.length > 2 || !/^[^/\s]+\/[^/\s]+$/.test(rest[0])) {
        return 'event takes SYSTEM/NAME [enabled|disabled]';
      }
      if (rest.length === 1) return { kind: 'event', event: rest[0] };
      if (rest[1] !== 'enabled' && rest[1] !== 'disabled')
        return 'event takes SYSTEM/NAME [enabled|disabled]';
      return { kind: 'event', event: rest[0], enabled: rest[1] === 'enabled' };
    }
    case 'trace': {
      if (rest.length !== 2 || !/^\d+$/.test(rest[1])) return 'trace takes SYSTEM/NAME COUNT';
      return { kind: 'trace', event: rest[0], count: Number(rest[1]) };
    }
    case 'ran': {
      const m = /^\/(.+?)\/(?:\s+printed\s+\/(.+)\/)?$/.exec(arg);
      if (!m) return 'ran takes /REGEX/ [printed /REGEX/]';
      return m[2] === undefined
        ? { kind: 'ran', command: m[1] }
        : { kind: 'ran', command: m[1], output: m[2] };
    }
    default:
      return `unknown predicate "${word ?? ''}"`;
  }
}

/** The front matter's `key: value` lines, and where the body starts. */
function frontMatter(lines: string[]): { fields: Map<string, string>; body: number } | string {
  if (lines[0] !== '---') return 'the file does not start with a front matter (---)';
  const fields = new Map<string, string>();
  for (let i = 1; i < lines.length; i++) {
    if (lines[i] === '---') return { fields, body: i + 1 };
    const m = /^(\w+):\s*(.*)$/.exec(lines[i]);
    if (!m) return `line ${i + 1}: not a "key: value" line`;
    fields.set(m[1], m[2].trim());
  }
  return 'the front matter does not end (---)';
}

export function parseLesson(source: string): ParsedLesson {
  const lines = source.replace(/\r\n/g, '\n').split('\n');
  const head = frontMatter(lines);
  if (typeof head === 'string') return { ok: false, error: head };
  const id = head.fields.get('id') ?? '';
  const title = head.fields.get('title') ?? '';
  if (!/^[a-z0-9-]+$/.test(id)) return { ok: false, error: 'the front matter needs an id of a-z, 0-9 and -' };
  if (!title) return { ok: false, error: 'the front matter needs a title' };
  const profile = head.fields.get('profile') ?? DEFAULT_PROFILE;
  if (!isProfile(profile))
    return {
      ok: false,
      error: `the front matter names kernel profile "${profile}", which this playground does not have (it has ${PROFILE_NAMES})`,
    };
  const summary = head.fields.get('summary') ?? '';
  const lesson: Lesson = { id, title, summary, profile, intro: '', steps: [] };
  let text: string[] = [];
  let step: LessonStep | null = null;
  const flush = () => {
    const body = text.join('\n').trim();
    if (step) step.text = body;
    else lesson.intro = body;
    text = [];
  };
  for (let i = head.body; i < lines.length; i++) {
    const line = lines[i];
    if (line.startsWith('## ')) {
      flush();
      step = { title: line.slice(3).trim(), text: '', checks: [], hint: null, solution: [] };
      lesson.steps.push(step);
      continue;
    }
    const fence = FENCE.exec(line);
    const kind = fence?.[1];
    if (!fence || !step || (kind !== 'check' && kind !== 'hint' && kind !== 'solution')) {
      text.push(line);
      if (fence) for (i++; i < lines.length && !FENCE.test(lines[i]); i++) text.push(lines[i]);
      if (fence && i < lines.length) text.push(lines[i]);
      continue;
    }
    const block: string[] = [];
    const start = i + 1;
    for (i++; i < lines.length && !/^```\s*$/.test(lines[i]); i++) block.push(lines[i]);
    if (i >= lines.length) return { ok: false, error: `line ${start}: the ${kind} block does not end` };
    if (kind === 'hint') step.hint = block.join('\n').trim();
    else if (kind === 'solution') step.solution = block.filter((l) => l.trim() !== '');
    else {
      for (const [n, row] of block.entries()) {
        if (row.trim() === '') continue;
        const bar = row.indexOf('|');
        if (bar < 0) return { ok: false, error: `line ${start + n + 1}: a check is "LABEL | PREDICATE"` };
        const check = parsePredicate(row.slice(bar + 1));
        if (typeof check === 'string') return { ok: false, error: `line ${start + n + 1}: ${check}` };
        step.checks.push({ label: row.slice(0, bar).trim(), check });
      }
    }
  }
  flush();
  const empty = lesson.steps.find((s) => s.checks.length === 0 || s.solution.length === 0);
  if (empty) return { ok: false, error: `step "${empty.title}" needs a check and a solution` };
  if (lesson.steps.length === 0) return { ok: false, error: 'the lesson has no steps (## sections)' };
  return { ok: true, lesson };
}

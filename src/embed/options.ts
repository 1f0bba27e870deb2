// The embed's options, read from its address's query string (`embed.html?script=…&autorun=1`).
// The query string is written by whoever embeds the playground, so it is untrusted input: every
// value is checked, and a value that cannot be used gives a sentence the embed shows and the
// option's default, never a blank frame. Pure (no DOM), so every rule is unit-tested.
// docs/embedding.md lists the options.
import type { KernelProfile } from '../../worker/protocol';
import { MAX_TITLE } from '../share/link';
import { DEFAULT_PROFILE, isProfile, PROFILE_NAMES } from '../state/profiles';

export type Pane = 'terminal' | 'tree' | 'inspect' | 'lesson';
export type Theme = 'light' | 'dark' | 'auto';

export interface EmbedOptions {
  /** Commands typed one after another once the embed starts (empty when a share link is used). */
  script: string[];
  /** A share link's session (`1.PAYLOAD`, what follows `s=`), replayed instead of a script. */
  share: string | null;
  autorun: boolean;
  /** The terminal takes no typing: the script (and the host page) type, the reader scrolls and copies. */
  readonly: boolean;
  /** The panes shown, in order; the terminal is always one of them. */
  panes: Pane[];
  theme: Theme;
  /** The embed's height in CSS pixels, or `auto`: it tells its host page how tall it is. */
  height: number | 'auto';
  title: string;
  /** The host page origin allowed to talk to the embed (postMessage). */
  origin: string;
  /** A lesson shown beside the terminal (its id, as in `#lesson=ID`), or null. */
  lesson: string | null;
  /** The kernel profile of a fresh session (a share link's session runs on the one it names). */
  profile: KernelProfile;
}

export interface ParsedOptions {
  options: EmbedOptions;
  /** What could not be used, one sentence each (the embed shows them). */
  problems: string[];
}

export const MAX_SCRIPT_LINES = 64;
export const MAX_SCRIPT_LINE = 4_096;
export const MIN_HEIGHT = 120;
export const MAX_HEIGHT = 2_000;
export const DEFAULT_HEIGHT = 360;
export const PANES: readonly Pane[] = ['terminal', 'tree', 'inspect'];
const THEMES: readonly Theme[] = ['light', 'dark', 'auto'];
const KNOWN = [
  'script',
  's',
  'autorun',
  'readonly',
  'panes',
  'theme',
  'height',
  'title',
  'origin',
  'lesson',
  'profile',
];

/** C0 (newline apart, split out before this is used), DEL and C1. */
const CONTROL = /[\x00-\x1f\x7f-\x9f]/;

/** The options in `search` (with or without `?`), for an embed served from `ownOrigin`. */
export function parseOptions(search: string, ownOrigin: string): ParsedOptions {
  const params = new URLSearchParams(search);
  const problems: string[] = [];
  const value = (name: string) => params.get(name);

  for (const name of new Set(params.keys())) {
    if (!KNOWN.includes(name))
      problems.push(`The option “${clip(name)}” is not known and is ignored (known: ${KNOWN.join(', ')}).`);
  }

  let script: string[] = [];
  const scriptText = value('script');
  if (scriptText !== null) {
    const parsed = parseScript(scriptText);
    if (parsed.ok) script = parsed.lines;
    else problems.push(`The script was not loaded: ${parsed.error}.`);
  }
  let share = value('s');
  if (share === '') {
    problems.push('The option “s” is empty: it takes a share link’s session (what follows “#s=”).');
    share = null;
  } else if (share !== null && scriptText !== null) {
    problems.push('Give either “script” or “s”, not both: the share link’s session is used.');
    script = [];
  }

  const profile = parseProfile(value('profile'), problems);
  if (share !== null && value('profile') !== null)
    problems.push(
      'The option “profile” is for a fresh session: the share link’s session runs on the kernel it names.',
    );
  const lesson = parseLesson(value('lesson'), problems);
  const panes = parsePanes(value('panes'), problems);
  if (lesson !== null && !panes.includes('lesson')) panes.push('lesson');
  return {
    options: {
      script,
      share,
      autorun: flag('autorun', value('autorun'), problems),
      readonly: flag('readonly', value('readonly'), problems),
      panes,
      theme: parseTheme(value('theme'), problems),
      height: parseHeight(value('height'), problems),
      title: parseTitle(value('title'), problems),
      origin: parseOrigin(value('origin'), ownOrigin, problems),
      lesson,
      profile,
    },
    problems,
  };
}

/** A script's lines (blank ones dropped), or why it cannot be run as typed text. */
export function parseScript(text: string): { ok: true; lines: string[] } | { ok: false; error: string } {
  const lines = text
    .replace(/\r\n/g, '\n')
    .split('\n')
    .filter((line) => line.trim() !== '');
  if (lines.length > MAX_SCRIPT_LINES)
    return {
      ok: false,
      error: `it has ${lines.length} lines, and an embed runs at most ${MAX_SCRIPT_LINES}`,
    };
  for (const [i, line] of lines.entries()) {
    const problem = commandProblem(line);
    if (problem) return { ok: false, error: `line ${i + 1} ${problem}` };
  }
  return { ok: true, lines };
}

/** Why `line` cannot be typed as one command (“is longer than …”), or null. */
export function commandProblem(line: string): string | null {
  if ([...line].length > MAX_SCRIPT_LINE) return `is longer than ${MAX_SCRIPT_LINE} characters`;
  const bad = CONTROL.exec(line);
  if (bad) return `holds a control character (${codePoint(bad[0])}); commands are plain text`;
  return null;
}

function flag(name: string, text: string | null, problems: string[]): boolean {
  if (text === null || text === '0') return false;
  if (text === '1') return true;
  problems.push(`The option “${name}” takes 0 or 1, not “${clip(text)}”: 0 is used.`);
  return false;
}

/** A lesson id (`a-z`, `0-9`, `-`), or null; whether such a lesson exists is the panel's to say. */
function parseLesson(text: string | null, problems: string[]): string | null {
  if (text === null) return null;
  if (/^[a-z0-9-]{1,64}$/.test(text)) return text;
  problems.push(`The option “lesson” takes a lesson’s id (a-z, 0-9 and -), not “${clip(text)}”.`);
  return null;
}

function parseProfile(text: string | null, problems: string[]): KernelProfile {
  if (text === null) return DEFAULT_PROFILE;
  if (isProfile(text)) return text;
  problems.push(
    `The kernel profile “${clip(text)}” does not exist (${PROFILE_NAMES}): ${DEFAULT_PROFILE} is used.`,
  );
  return DEFAULT_PROFILE;
}

function parsePanes(text: string | null, problems: string[]): Pane[] {
  if (text === null) return ['terminal'];
  const panes: Pane[] = [];
  for (const word of text.split(',').map((w) => w.trim())) {
    if (word === '') continue;
    if (!(PANES as readonly string[]).includes(word)) {
      problems.push(`The pane “${clip(word)}” does not exist (panes: ${PANES.join(', ')}).`);
    } else if (!panes.includes(word as Pane)) {
      panes.push(word as Pane);
    }
  }
  if (!panes.includes('terminal')) {
    if (panes.length > 0) problems.push('The terminal is always shown: it is where the script runs.');
    panes.unshift('terminal');
  }
  return panes;
}

function parseTheme(text: string | null, problems: string[]): Theme {
  if (text === null) return 'auto';
  if ((THEMES as readonly string[]).includes(text)) return text as Theme;
  problems.push(`The theme “${clip(text)}” does not exist (light, dark or auto): auto is used.`);
  return 'auto';
}

function parseHeight(text: string | null, problems: string[]): number | 'auto' {
  if (text === null) return DEFAULT_HEIGHT;
  if (text === 'auto') return 'auto';
  const digits = /^(\d{1,6})(px)?$/.exec(text);
  const height = digits ? Number(digits[1]) : NaN;
  if (height >= MIN_HEIGHT && height <= MAX_HEIGHT) return height;
  problems.push(
    `The height “${clip(text)}” is not a number of pixels from ${MIN_HEIGHT} to ${MAX_HEIGHT} or “auto”: ` +
      `${DEFAULT_HEIGHT} is used.`,
  );
  return DEFAULT_HEIGHT;
}

function parseTitle(text: string | null, problems: string[]): string {
  if (text === null) return '';
  const bad = CONTROL.exec(text);
  if ([...text].length > MAX_TITLE || bad) {
    problems.push(
      bad
        ? `The title holds a control character (${codePoint(bad[0])}): it is not shown.`
        : `The title is longer than ${MAX_TITLE} characters: it is not shown.`,
    );
    return '';
  }
  return text.trim();
}

/** An origin as `scheme://host[:port]` (http or https, nothing after it), or null. */
export function normalOrigin(text: string): string | null {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  if (url.username || url.password || url.search || url.hash || (url.pathname !== '/' && url.pathname !== ''))
    return null;
  return url.origin;
}

function parseOrigin(text: string | null, ownOrigin: string, problems: string[]): string {
  if (text === null) return ownOrigin;
  const origin = normalOrigin(text);
  if (origin) return origin;
  problems.push(
    `The origin “${clip(text)}” is not a web page origin such as https://docs.example.org: ` +
      'only this embed’s own origin may talk to it.',
  );
  return ownOrigin;
}

/** Untrusted text quoted in a message: cut short, and control characters made visible. */
function clip(text: string): string {
  const shown = text.replace(/[\x00-\x1f\x7f-\x9f]/g, '\ufffd');
  return shown.length > 60 ? shown.slice(0, 60) + '…' : shown;
}

function codePoint(char: string): string {
  return 'U+' + char.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');
}

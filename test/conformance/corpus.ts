// The conformance corpus on disk: the cases (cases/CATEGORY/NAME.sh with the bytes real bash printed
// in NAME.out, see record.sh), the list of cases expected to differ today (pending.txt), and one
// case run through the playground's shell the way record.sh runs it through real interactive bash:
// a freshly booted kernel, root, a fresh empty working directory, an empty /tmp.

import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { boot } from '../../worker/kernel/boot';
import { HeadlessSession } from '../../worker/user/headless';

export const CONFORMANCE_DIR = import.meta.dirname;
export const CASES_DIR = join(CONFORMANCE_DIR, 'cases');
export const PENDING_FILE = join(CONFORMANCE_DIR, 'pending.txt');

/** The fresh working directory a case starts in (real bash's is a new directory under its /tmp). */
export const CASE_CWD = '/work';

export interface Case {
  /** `category/name.sh`, relative to cases/: the form pending.txt uses. */
  readonly id: string;
  readonly category: string;
  readonly script: Uint8Array;
  /** What real bash printed; null when the case was never recorded. */
  readonly expected: Uint8Array | null;
}

/** Every case, sorted by category then name. */
export function loadCases(): Case[] {
  const cases: Case[] = [];
  for (const category of readdirSync(CASES_DIR).sort()) {
    for (const file of readdirSync(join(CASES_DIR, category)).sort()) {
      if (!file.endsWith('.sh')) continue;
      const path = join(CASES_DIR, category, file);
      const out = path.replace(/\.sh$/, '.out');
      cases.push({
        id: `${category}/${file}`,
        category,
        script: readFileSync(path),
        expected: existsSync(out) ? readFileSync(out) : null,
      });
    }
  }
  return cases;
}

/** pending.txt: case id -> reason (empty when none); `#` starts a comment, blank lines are skipped. */
export function loadPending(): Map<string, string> {
  const pending = new Map<string, string>();
  if (!existsSync(PENDING_FILE)) return pending;
  for (const raw of readFileSync(PENDING_FILE, 'latin1').split('\n')) {
    const hash = raw.indexOf('#');
    const id = (hash < 0 ? raw : raw.slice(0, hash)).trim();
    if (!id) continue;
    pending.set(id.endsWith('.sh') ? id : `${id}.sh`, hash < 0 ? '' : raw.slice(hash + 1).trim());
  }
  return pending;
}

const PENDING_HEADER = [
  '# Conformance cases expected to DIFFER from real bash today (one case per line, relative to',
  '# cases/, an optional `# reason` after it). The suite runs them with it.fails, so a case that',
  '# starts passing fails the suite until its line is removed: `npx tsx test/conformance/status.ts',
  '# --update` rewrites this file to exactly the failing cases, keeping the reasons already given.',
];

/** A reason status.ts wrote itself (`auto: ...`); it is recomputed, never kept, on the next update. */
export const AUTO_REASON = 'auto: ';

/** Rewrites pending.txt to the failing cases; a reason written by hand in `previous` is kept. */
export function writePending(failing: ReadonlyMap<string, string>, previous: Map<string, string>): void {
  const lines = [...failing].map(([id, auto]) => {
    const kept = previous.get(id);
    const reason = kept && !kept.startsWith(AUTO_REASON) ? kept : auto && `${AUTO_REASON}${auto}`;
    return reason ? `${id}  # ${reason}` : id;
  });
  writeFileSync(PENDING_FILE, [...PENDING_HEADER, ...lines].join('\n') + '\n');
}

/** Runs one script as real bash's recipe does; returns the terminal bytes (stdout and stderr). */
export function runCase(script: Uint8Array): Uint8Array {
  const kernel = boot();
  const setup = kernel.login({ cwd: '/' });
  setup.sys.mkdir(CASE_CWD, 0o755);
  setup.sys.exit();
  const session = new HeadlessSession(kernel, { cwd: CASE_CWD });
  return session.run(Buffer.from(script).toString('utf8')).output;
}

/** One character per byte, so that comparing two texts compares the bytes exactly. */
export function bytesText(bytes: Uint8Array): string {
  return Buffer.from(bytes).toString('latin1');
}

const NOT_FOUND = /^bash: ([^ :]+): command not found$/gm;

/** The commands `output` reports missing. */
function notFound(output: string): Set<string> {
  return new Set([...output.matchAll(NOT_FOUND)].map((m) => m[1]));
}

/** Why the playground's output differs from real bash's, in a few words; '' when it does not. */
export function difference(c: Case): string {
  if (c.expected === null) return 'not recorded';
  const got = bytesText(runCase(c.script));
  const want = bytesText(c.expected);
  if (got === want) return '';
  const expectedMissing = notFound(want);
  const missing = [...notFound(got)].filter((name) => !expectedMissing.has(name));
  if (missing.length) return `no ${missing.join(', ')}`;
  const gotLines = got.split('\n');
  const wantLines = want.split('\n');
  let line = 0;
  while (gotLines[line] === wantLines[line]) line++;
  const show = (text: string | undefined) =>
    text === undefined ? 'nothing' : JSON.stringify(text.slice(0, 32));
  return `line ${line + 1}: got ${show(gotLines[line])}, want ${show(wantLines[line])}`;
}

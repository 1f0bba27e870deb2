// The C uevent on a real kernel. fixtures/NAME.out is what the scenario test/scenarios/NAME.sh
// printed on a real Linux 6.1 (the tracing-namespaces RFC kernel for a scenario that uses
// namespaces/) with native/uevent/uevent.c as /tmp/uevent-c in place of the playground's uevent,
// every command echoed as `# COMMAND` (native/uevent/record-fixtures.sh). What each uevent command
// printed there, and the `echo $?` right after one, must be what the transcript NAME.txt shows,
// except for the differences between the real kernel and the model listed below. uevent's own
// lines carry no pid, timestamp or event ID, so they compare as they are.

import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const FIXTURES = resolve(__dirname, 'fixtures');
const SCENARIOS = resolve(__dirname, '../scenarios');
const RECORD = resolve(__dirname, '../../native/uevent/record-fixtures.sh');
const NATIVE = '/tmp/uevent-c';

/**
 * Where the real kernel answers otherwise, by design of the model (shared oracle README's table):
 * `SCENARIO:LINE COMMAND` → what the fixture shows instead of the transcript, and why.
 */
const KNOWN: Record<string, { real: string; why: string }> = {
  'U08-not-recorded:5 uevent write 3 0 u32:1': {
    real: 'uevent: write: Bad file descriptor\n',
    why: 'Q4: a write to an event nobody enabled returns the full count in the model, EBADF on 6.1.192',
  },
  'U09-write-errors:10 uevent write 3 0 u32:0x00050400 char[5]:Test': {
    real: 'uevent: write: Bad file descriptor\n',
    why: 'Q4: the event is not enabled yet (line 11 enables it)',
  },
  'U33-write-errors:7 uevent write 3 0 u32:1 loc:hi': {
    real: 'uevent: write: Bad file descriptor\n',
    why: 'Q4: the event is not enabled yet (line 8 enables it)',
  },
};

/** The command lines of a scenario script, each with its line number: no comments, no blank lines. */
function commands(script: string): Array<{ line: number; text: string }> {
  return script
    .split('\n')
    .map((text, i) => ({ line: i + 1, text }))
    .filter(({ text }) => text.trim() !== '' && !text.startsWith('#'));
}

/** A command as record-fixtures.sh runs it on the real kernel. */
function asRecorded(command: string): string {
  return command.replace(/\buevent\b/g, NATIVE).replace(/^cat trace_pipe$/, 'timeout 1 cat trace_pipe');
}

/** The output of each command: the text between its echo `# COMMAND` and the next one. */
function outputs(text: string, lines: readonly string[]): string[] {
  const at: Array<[number, number]> = [];
  let from = 0;
  for (const line of lines) {
    const echo = `# ${line}\n`;
    let i = text.indexOf(echo, from);
    while (i > 0 && text[i - 1] !== '\n' && text[i - 1] !== '\0') i = text.indexOf(echo, i + 1);
    if (i < 0) throw new Error(`no echo of '${line}' after offset ${from}`);
    at.push([i, i + echo.length]);
    from = i + echo.length;
  }
  return at.map(([, end], k) => text.slice(end, k + 1 < at.length ? at[k + 1][0] : text.length));
}

/** The transcript notation: `␀` is a NUL byte, and a line ending in `␀` has no newline. */
function transcriptBytes(text: string): string {
  return text.replace(/␀\n/g, '\0').replace(/␀/g, '\0');
}

interface Compared {
  key: string;
  transcript: string;
  real: string;
}

/** What a test calls a command: `NAME:LINE COMMAND`, a long command cut short. */
function label(name: string, line: number, text: string): string {
  return `${name}:${line} ${text.length > 72 ? `${text.slice(0, 71)}…` : text}`;
}

/** The uevent commands of scenario NAME (and each `echo $?` after one), both outputs side by side. */
function compare(name: string): { kernel: string; rows: Compared[] } {
  const script = commands(readFileSync(join(SCENARIOS, `${name}.sh`), 'utf8'));
  const texts = script.map((c) => c.text);
  const fixture = readFileSync(join(FIXTURES, `${name}.out`), 'utf8');
  const newline = fixture.indexOf('\n');
  const kernel = fixture.slice(0, newline);
  const real = outputs(fixture.slice(newline + 1), [...texts.map(asRecorded), 'exit']);
  const expected = outputs(transcriptBytes(readFileSync(join(SCENARIOS, `${name}.txt`), 'utf8')), texts);
  const uses = (i: number) => i >= 0 && /\buevent\b/.test(texts[i]);
  const rows: Compared[] = [];
  script.forEach(({ line, text }, i) => {
    if (uses(i) || (text === 'echo $?' && uses(i - 1)))
      rows.push({ key: label(name, line, text), transcript: expected[i], real: real[i] });
  });
  return { kernel, rows };
}

const scenarios = readdirSync(SCENARIOS)
  .filter((f) => /^[US].*\.sh$/.test(f) && /\buevent\b/.test(readFileSync(join(SCENARIOS, f), 'utf8')))
  .map((f) => f.slice(0, -3))
  .sort();

const fixtures = readdirSync(FIXTURES)
  .filter((f) => f.endsWith('.out'))
  .map((f) => f.slice(0, -4))
  .sort();

describe('fixtures recorded on a real kernel', () => {
  it('one for each scenario that uses uevent, and no other', () => {
    expect(fixtures).toEqual(scenarios);
  });

  it('are recorded again by native/uevent/record-fixtures.sh, given the runner', () => {
    const r = spawnSync('bash', [RECORD], { encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^usage: record-fixtures\.sh RUNNER \[RFC_BUILD_DIR\]\n/);
  });

  it('every known difference is still seen', () => {
    const keys = new Set(fixtures.flatMap((name) => compare(name).rows.map((r) => r.key)));
    expect(Object.keys(KNOWN).filter((k) => !keys.has(k))).toEqual([]);
  });
});

describe.each(fixtures)('%s on a real kernel', (name) => {
  const { kernel, rows } = compare(name);
  const usesNamespaces = readFileSync(join(SCENARIOS, `${name}.sh`), 'utf8').includes('namespaces/');

  it(`ran on Linux 6.0-6.3${usesNamespaces ? ' with the tracing-namespaces RFC' : ''}`, () => {
    expect(kernel).toMatch(usesNamespaces ? /^6\.[0-3]\.\d+ tracing-namespaces-rfc$/ : /^6\.[0-3]\.\d+$/);
  });

  const title = (key: string) => (KNOWN[key] ? `${key} (known difference: ${KNOWN[key].why})` : key);
  it.each(rows.map((r) => [title(r.key), r] as const))('%s', (_, row) => {
    const known = KNOWN[row.key];
    if (known) {
      expect(row.real).toBe(known.real);
      expect(row.transcript).not.toBe(known.real);
    } else {
      expect(row.real).toBe(row.transcript);
    }
  });
});

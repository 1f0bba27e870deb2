// The exported script's text (worker/export/): the guards, the steps with the playground's output
// as comments, uevent built only when a step that runs uses it, commands a script cannot run kept
// as comments with the reason, Ctrl-C and typed input, several terminals, continuation lines; the
// API call; and every scenario's script is valid bash (`bash -n`).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { boot } from '../../worker/kernel/boot';
import { decodeUtf8 } from '../../worker/kernel/lib/utf8';
import { runScript } from '../../worker/user/headless';
import { Playground, createApi } from '../../worker/session';
import { exportScript as exportWith } from '../../worker/export/index';
import { sourcesFromFiles } from '../../worker/export/sources-files';
import { logFromLines } from '../../worker/export/from-lines';
import { outputLines } from '../../worker/export/render';
import type { Reply } from '../../worker/protocol';

const SOURCES = sourcesFromFiles();
const exportScript = (log: Parameters<typeof exportWith>[0]) => exportWith(log, { sources: SOURCES });
const UEVENT_C_SOURCE = SOURCES.ueventC;

const SCENARIOS = join(__dirname, '..', 'scenarios');
const work = mkdtempSync(join(tmpdir(), 'export-test-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function value<T>(r: Reply<T>): T {
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

const exported = (lines: string[]) => exportScript(logFromLines(lines.join('\n') + '\n'));

/** The lines of the script from its `#@ steps` line to its `#@ end`. */
function steps(script: string): string[] {
  const lines = script.split('\n');
  return lines.slice(lines.indexOf('#@ steps') + 1, lines.indexOf('#@ end'));
}

/** `bash -n` on the script: its status and complaint. */
function syntax(script: string, name = 'script.sh'): { status: number | null; stderr: string } {
  const file = join(work, name);
  writeFileSync(file, script);
  const r = spawnSync('bash', ['-n', file], { encoding: 'utf8' });
  return { status: r.status, stderr: r.stderr };
}

/** What the headless runner prints for `lines` (the playground's output, prompts aside). */
function playground(lines: string[]): string {
  return decodeUtf8(runScript(boot(), lines.join('\n') + '\n').output);
}

describe('an exported script', () => {
  it('starts with its guards and holds each command with the playground output as comments', () => {
    const script = exported(['mkdir namespaces/ns1', 'cat namespaces/ns1/options']);
    expect(script.startsWith('#!/usr/bin/env bash\n# tracefs-session.sh: a tracefs playground session')).toBe(
      true,
    );
    expect(script).toContain('simulator 0.2.0, kernel profile rfc-v2');
    expect(script).toContain('sudo bash tracefs-session.sh --check');
    expect(script).toContain('\nTFS_NAMESPACES=1\n');
    for (const guard of [
      'it needs root',
      'tracefs is not mounted at',
      'mount -t tracefs nodev',
      'this kernel has no user_events',
      'this session needs a kernel with the tracing-namespaces RFC',
    ])
      expect(script).toContain(guard);
    expect(steps(script)).toEqual([
      '#@ step 1',
      'mkdir namespaces/ns1',
      '#@ step 2',
      'cat namespaces/ns1/options',
      ...outputLines(playground(['mkdir namespaces/ns1', 'cat namespaces/ns1/options'])),
    ]);
    expect(steps(script)[4]).toMatch(/^# user_events_limit=\d+$/);
    expect(syntax(script)).toEqual({ status: 0, stderr: '' });
  });

  it('builds uevent from its embedded C source only when a step runs it', () => {
    const without = exported(['echo hi > trace_marker', 'cat trace']);
    expect(without).not.toContain('tfs_uevent <<');
    expect(without).not.toContain('#include');
    expect(without).toContain('\nTFS_NAMESPACES=0\n');

    const script = exported([
      "echo 'u:hello u32 count' >> dynamic_events",
      'exec 3<> user_events_data',
      "uevent register 3 'hello u32 count'",
    ]);
    expect(script).toContain(`\ntfs_uevent <<'TRACEFS_UEVENT_C'\n${UEVENT_C_SOURCE}TRACEFS_UEVENT_C\n`);
    expect(script).toContain('UEVENT=/path/to/uevent');
    expect(steps(script).slice(-3)).toEqual([
      '#@ step 3',
      "uevent register 3 'hello u32 count'",
      '# status_bit=1 write_index=0',
    ]);
    expect(syntax(script)).toEqual({ status: 0, stderr: '' });
  });

  it('keeps output without a final newline, and NUL bytes as ␀', () => {
    expect(steps(exported(["printf 'a\\0b'"]))).toEqual([
      '#@ step 1',
      "printf 'a\\0b'",
      '# a␀b',
      '#@ no newline at the end',
    ]);
    expect(outputLines('x\n\ny\n')).toEqual(['# x', '#', '# y']);
    expect(outputLines('')).toEqual([]);
  });

  it('runs a command Ctrl-C ended for a while, in a child bash', () => {
    const script = exported(['cat trace_pipe', 'echo after']);
    expect(steps(script)).toEqual([
      '#@ step 1-2 (3 lines): Ctrl-C ended it in the playground; here SIGINT after TFS_WAIT seconds',
      "tfs_interrupt <<'TRACEFS_STEP_1'",
      'cat trace_pipe',
      'TRACEFS_STEP_1',
      '#@ step 3',
      'echo after',
      '# after',
    ]);
    expect(script).toContain('runs here in a child bash (tfs_interrupt)');
    expect(syntax(script)).toEqual({ status: 0, stderr: '' });
  });

  it('keeps what a long-running command printed before Ctrl-C ended it', () => {
    const pg = new Playground();
    value(pg.boot());
    let step = value(pg.input(1, 'while :; do echo x; done'));
    let printed = step.output;
    for (let i = 0; i < 3 && step.state === 'running'; i++) printed += (step = value(pg.resume(1))).output;
    expect(step.state).toBe('running');
    printed += value(pg.interrupt(1)).output;
    const body = steps(exportScript(value(pg.log())));
    expect(body.slice(0, 4)).toEqual([
      '#@ step 1-2 (3 lines): Ctrl-C ended it in the playground; here SIGINT after TFS_WAIT seconds',
      "tfs_interrupt <<'TRACEFS_STEP_1'",
      'while :; do echo x; done',
      'TRACEFS_STEP_1',
    ]);
    expect(printed).toMatch(/^(x\n){100,}/);
    expect(body.slice(4)).toEqual(outputLines(printed));
  });

  it('gives a blocked command the lines typed to it as its input', () => {
    const pg = new Playground();
    value(pg.boot());
    expect(value(pg.input(1, 'read x')).state).toBe('blocked');
    value(pg.input(1, 'hello'));
    value(pg.input(1, 'echo "got $x"'));
    const script = exportScript(value(pg.log()));
    expect(steps(script)).toEqual([
      '#@ step 1-2 (5 lines): with the lines typed to it as its input',
      '{',
      'read x',
      "} <<'TRACEFS_INPUT_1'",
      'hello',
      'TRACEFS_INPUT_1',
      '#@ step 3',
      'echo "got $x"',
      '# got hello',
    ]);
    expect(syntax(script)).toEqual({ status: 0, stderr: '' });
  });

  it('takes a command typed over several lines as one step', () => {
    expect(steps(exported(['cat <<EOF', 'hi there', 'EOF']))).toEqual([
      '#@ step 1-3 (3 lines)',
      'cat <<EOF',
      'hi there',
      'EOF',
      '# hi there',
    ]);
  });

  it('does not run what only the playground can, and says why', () => {
    const script = exportScript(logFromLines(readFileSync(join(SCENARIOS, 'C12-container.sh'), 'utf8')));
    const body = steps(script);
    expect(body).toContain("#@ skip 5: not run: `container` is the playground's own program");
    expect(body).toContain(
      '#@ skip 6: not run: it starts the interactive shell of alice on container c1, which a script cannot type into',
    );
    expect(body).toContain('#$ id -u');
    expect(body).toContain('# 1000');
    expect(body.filter((l) => l.startsWith('#@ skip')).length).toBeGreaterThan(10);
    // uevent runs only in the container's shell, which the script does not run.
    expect(script).not.toContain('tfs_uevent <<');
    expect(script).toMatch(/commands are not run \("#@ skip N", with the reason\)/);
    expect(exported(['explain EBUSY', 'exit', 'echo still'])).toContain(
      '#@ skip 2: not run: it would end this script (the playground opened a new login shell)',
    );
  });

  it('runs the steps of several terminals in one shell, saying so', () => {
    const pg = new Playground();
    value(pg.boot());
    value(pg.openTerminal());
    value(pg.input(2, 'echo two'));
    value(pg.input(1, 'echo one'));
    value(pg.closeTerminal(2));
    const script = exportScript(value(pg.log()));
    expect(steps(script)).toEqual([
      '#@ note 1: terminal 2 opened',
      '#@ step 2: terminal 2',
      'echo two',
      '# two',
      '#@ step 3: terminal 1',
      'echo one',
      '# one',
      '#@ note 4: terminal 2 closed',
    ]);
    expect(script).toContain('The session used several terminals');
  });

  it('is what the worker API answers, for its own session or a log', async () => {
    const pg = new Playground();
    const api = createApi(pg);
    value(await api.boot());
    value(await api.input(1, 'echo from the api'));
    const own = value(await api.exportScript());
    expect(steps(own)).toEqual(['#@ step 1', 'echo from the api', '# from the api']);
    const other = value(await api.exportScript(logFromLines('echo other\n')));
    expect(steps(other)).toEqual(['#@ step 1', 'echo other', '# other']);
    // The live machine is untouched: its log still has its one step.
    expect(value(await api.log()).steps).toHaveLength(1);
  });

  it('is valid bash for every scenario session', () => {
    for (const name of readdirSync(SCENARIOS).filter((f) => f.endsWith('.sh'))) {
      const log = logFromLines(readFileSync(join(SCENARIOS, name), 'utf8'), name);
      const script = exportScript(log);
      expect(script).toContain(`# ${name}: a tracefs playground session`);
      expect(syntax(script, name), name).toEqual({ status: 0, stderr: '' });
    }
  });
});

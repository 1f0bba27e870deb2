// The exported script follows the session's kernel profile: a linux-6.12 session's head names
// upstream Linux 6.12, and its guards ask for Linux 6.4 or later with user_events instead of the
// RFC's checks (no namespaces/, no TFS_NAMESPACES); an rfc-v2 session keeps the RFC's guards. The
// guards run in bash against a stand-in tracefs, with uname and id answered by shell functions.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportScript } from '../../worker/export/index';
import { logFromLines } from '../../worker/export/from-lines';
import { runtimeFor } from '../../worker/export/sources';
import { sourcesFromFiles } from '../../worker/export/sources-files';

const SOURCES = sourcesFromFiles();
const upstream = exportScript(logFromLines('echo hi\n', 'upstream', 'linux-6.12'), { sources: SOURCES });
const rfc = exportScript(logFromLines('mkdir namespaces/ns1\n', 'rfc'), { sources: SOURCES });

let work = '';

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'export-profile-'));
  for (const [dir, files] of [
    ['tracing', ['trace', 'user_events_data', 'dynamic_events']],
    ['bare', ['trace', 'dynamic_events']],
  ] as const) {
    mkdirSync(join(work, dir));
    for (const f of files) writeFileSync(join(work, dir, f), '');
  }
  writeFileSync(join(work, 'upstream.sh'), upstream);
});

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

/** Runs the linux-6.12 script as root on a kernel whose `uname -r` is `release`. */
function run(
  release: string,
  tracing = 'tracing',
): { stdout: string; stderr: string; status: number | null } {
  const r = spawnSync(
    'bash',
    ['-c', 'uname() { echo "$RELEASE"; }; id() { echo 0; }; source "$SCRIPT"', 'upstream.sh'],
    {
      encoding: 'utf8',
      // NOTE: no socket on standard input, which bash would take for rshd's and read ~/.bashrc.
      stdio: ['ignore', 'pipe', 'pipe'],
      env: {
        PATH: process.env.PATH,
        RELEASE: release,
        SCRIPT: join(work, 'upstream.sh'),
        TFS_TRACING: join(work, tracing),
      },
    },
  );
  return { stdout: r.stdout, stderr: r.stderr, status: r.status };
}

describe('a linux-6.12 session as a script', () => {
  it('names upstream Linux 6.12 and asks for Linux 6.4 or later', () => {
    expect(upstream).toContain(
      '# Exported from the tracefs playground (simulator 0.2.0, kernel profile linux-6.12:\n' +
        '# upstream Linux 6.12 with the user_events enable-bit ABI of Linux 6.4 and later). Each step\n',
    );
    expect(upstream).toContain(
      '# Run it as root, on Linux 6.4 or later with user_events (CONFIG_USER_EVENTS):\n',
    );
    expect(upstream).toContain('(the playground models Linux 6.12)');
    expect(upstream).not.toMatch(/TFS_NAMESPACES|namespaces\/|RFC/);
    expect(upstream).not.toContain('TRACEFS-EXPORT: guards');
    expect(upstream).not.toContain('linux-6.12 guards');
  });

  it('runs on 6.4 and later', () => {
    for (const release of ['6.4.0', '6.12.0', '6.12.48-amd64', '7.0.1']) {
      expect(run(release), release).toEqual({ stdout: 'hi\n', stderr: '', status: 0 });
    }
  });

  it('stops before any step on a kernel before 6.4, or one whose release it cannot read', () => {
    for (const release of ['6.1.0', '6.3.13-amd64', '5.15.0', 'unknown']) {
      expect(run(release), release).toEqual({
        stdout: '',
        stderr: `upstream.sh: Linux ${release}: this session needs Linux 6.4 or later (it ran on a model of Linux 6.12, whose user_events ABI came in 6.4)\n`,
        status: 1,
      });
    }
  });

  it('stops on a kernel without user_events', () => {
    expect(run('6.12.0', 'bare')).toMatchObject({
      stdout: '',
      stderr: `upstream.sh: this kernel has no user_events (${join(work, 'bare')}/user_events_data is missing): it needs CONFIG_USER_EVENTS\n`,
      status: 1,
    });
  });
});

describe('an rfc-v2 session as a script', () => {
  it('keeps the RFC guards, and no marker line', () => {
    expect(rfc).toContain('TFS_NAMESPACES=1\n');
    expect(rfc).toContain('this session needs a kernel with the tracing-namespaces RFC');
    expect(rfc).not.toContain('TRACEFS-EXPORT: guards');
    expect(rfc).not.toContain('TFS_RELEASE');
  });

  it('carries the runtime between its markers, less the guard marker lines', () => {
    const runtime = runtimeFor(SOURCES.runtimeSh, 'rfc-v2');
    const start = '# TRACEFS-EXPORT: runtime starts\n';
    const end = '# TRACEFS-EXPORT: runtime ends\n';
    const text = SOURCES.runtimeSh;
    const between = text.slice(text.indexOf(start) + start.length, text.indexOf(end));
    expect(runtime).toBe(between.replace(/^# TRACEFS-EXPORT: guards (start|end)\n/gm, ''));
  });
});

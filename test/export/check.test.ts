// An exported script run with bash on this machine, against a stand-in for tracefs (TFS_TRACING: a
// directory of plain files holding what a distribution kernel would print): --check runs each
// step in one shell (variables and descriptors carry over), masks on both sides what differs
// between machines (pids, timestamps, comms, CPU count, event IDs, static events, bash's message
// prefix, job notices, NUL bytes), finds the one step whose output really differs, and exits 1;
// the plain mode runs the steps. The guards need root, so these tests run as root only (as CI
// does); the real kernels' runs are fixtures.test.ts.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { boot } from '../../worker/kernel/boot';
import { decodeUtf8 } from '../../worker/kernel/lib/utf8';
import { HeadlessSession } from '../../worker/user/headless';
import { exportScript as exportWith } from '../../worker/export/index';
import { sourcesFromFiles } from '../../worker/export/sources-files';
import { logFromLines } from '../../worker/export/from-lines';

const SOURCES = sourcesFromFiles();
const exportScript = (log: Parameters<typeof exportWith>[0]) => exportWith(log, { sources: SOURCES });

const LINES = [
  "echo 'u:hello u32 count' >> dynamic_events",
  'cat events/user_events/hello/format',
  'cat events/user_events/hello/id',
  'cat available_events',
  'ls -1 events',
  'echo hi > trace_marker',
  'cat trace',
  'nosuchcmd',
  'sleep 0 &',
  'wait',
  'X=5',
  'echo $X',
  "printf 'a\\0b\\n'",
  'cat buffer_size_kb',
  'exec 3> trace_marker',
  'echo via3 >&3',
  'cat trace_pipe',
  'echo $?',
  'false',
  'echo $?',
];
const DIFFERS = 14;
const INTERRUPTED = 17;

/** The name --check gives line N's step: Ctrl-C after `cat trace_pipe` is a step of the log too. */
const stepName = (n: number) => (n < INTERRUPTED ? `${n}` : n === INTERRUPTED ? `${n}-${n + 1}` : `${n + 1}`);

const root = process.getuid?.() === 0;
let work = '';
let script = '';
/** Holds trace_pipe (a FIFO) open after writing what it holds, so a reader blocks as on a kernel. */
let pipeWriter: ChildProcess | null = null;

/** The playground's output of each line, typed in order. */
function outputs(): string[] {
  const s = new HeadlessSession(boot());
  return LINES.map((line) => decodeUtf8(s.run(line + '\n').output));
}

/** The trace text as a distribution kernel prints it: another pid, CPU, flags, time and CPU count. */
function realTrace(text: string): string {
  return text
    .replace(/#P:2/, '#P:4')
    .replace(
      /^ *<\.\.\.>-\d+ +\[000\] \.{5} +\d+\.\d+: /gm,
      '            bash-4242    [001] d..1.   123.456789: ',
    );
}

beforeAll(() => {
  if (!root) return;
  work = mkdtempSync(join(tmpdir(), 'export-check-'));
  const t = join(work, 'tracing');
  const out = outputs();
  for (const dir of ['events/user_events/hello', 'events/sched', 'events/ftrace'])
    mkdirSync(join(t, dir), { recursive: true });
  const files: Record<string, string> = {
    trace: realTrace(out[6]),
    'trace_pipe.text': realTrace(out[16].replace(/\^C\n$/, '')),
    user_events_data: '',
    dynamic_events: '',
    trace_marker: '',
    'events/enable': '',
    'events/header_event': '',
    'events/header_page': '',
    'events/user_events/hello/format': out[1].replace(/^ID: 20$/m, 'ID: 1717'),
    'events/user_events/hello/id': '1717\n',
    available_events: 'sched:sched_switch\nuser_events:hello\nftrace:print\n',
    buffer_size_kb: '1410\n',
  };
  for (const [name, text] of Object.entries(files)) writeFileSync(join(t, name), text);
  spawnSync('mkfifo', [join(t, 'trace_pipe')]);
  pipeWriter = spawn('bash', ['-c', 'exec 3>trace_pipe; cat trace_pipe.text >&3; exec sleep 60'], {
    cwd: t,
    stdio: 'ignore',
  });
  script = join(work, 'session.sh');
  writeFileSync(script, exportScript(logFromLines(LINES.join('\n') + '\n')));
});

afterAll(() => {
  pipeWriter?.kill();
  if (work) rmSync(work, { recursive: true, force: true });
});

function run(...args: string[]) {
  return spawnSync('bash', [script, ...args], {
    cwd: work,
    encoding: 'utf8',
    env: { ...process.env, TFS_TRACING: join(work, 'tracing'), TFS_WAIT: '1', LC_ALL: 'C' },
  });
}

describe.skipIf(!root)('a script run with --check', () => {
  it('says which steps print what the playground printed, after masking', () => {
    const r = run('--check');
    const said = r.stdout.split('\n').filter((l) => l.startsWith('step '));
    expect(said, r.stdout).toHaveLength(LINES.length);
    said.forEach((line, i) =>
      expect(line, r.stdout).toBe(`step ${stepName(i + 1)}: ${i + 1 === DIFFERS ? 'differs' : 'same'}`),
    );
    expect(r.stdout).toContain('    -7 (expanded: 1408)\n    +1410\n');
    expect(r.stdout).toContain(`${LINES.length - 1}/${LINES.length} steps as in the playground\n`);
    expect(r.status).toBe(1);
  });

  it('runs the steps in plain mode', () => {
    const r = run();
    expect(r.stdout).toContain('5\na\0b\n');
    expect(r.stderr).toContain('nosuchcmd: command not found');
  });

  it('refuses a machine without user_events, and a session that needs namespaces/ without them', () => {
    rmSync(join(work, 'tracing', 'user_events_data'));
    try {
      const r = run('--check');
      expect(r.status).toBe(1);
      expect(r.stderr).toContain('this kernel has no user_events');
    } finally {
      writeFileSync(join(work, 'tracing', 'user_events_data'), '');
    }
    const ns = join(work, 'ns.sh');
    writeFileSync(ns, exportScript(logFromLines('mkdir namespaces/ns1\n')));
    const r = spawnSync('bash', [ns, '--check'], {
      encoding: 'utf8',
      env: { ...process.env, TFS_TRACING: join(work, 'tracing') },
    });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('this session needs a kernel with the tracing-namespaces RFC');
  });
});

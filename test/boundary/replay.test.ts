// The session log and replay (worker/session-log.ts, session-replay.ts): every transcript of
// test/scenarios, typed into a machine as the page types it, gives a log whose replay into a fresh
// kernel shows every terminal byte for byte; several terminals share the job scheduler; a changed
// output says where a replay diverged; self-checking steps pass or fail; bad steps stop replay.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { boot } from '../../worker/kernel/boot';
import { decodeUtf8 } from '../../worker/kernel/lib/utf8';
import { runScript } from '../../worker/user/headless';
import { Playground } from '../../worker/session';
import { scriptProfile } from '../certified/cases';
import { outputHash } from '../../worker/session-log';
import type { ReplayResult, Reply, SessionLog, TerminalStep } from '../../worker/protocol';

const SCENARIOS = join(__dirname, '..', 'scenarios');

function value<T>(reply: Reply<T>): T {
  if (!reply.ok) throw new Error(`unexpected ${reply.error.kind}: ${reply.error.message}`);
  return reply.value;
}

/** Types a script into terminal 1 as the page would; a blocked command gets Ctrl-C, as headless. */
function typeScript(pg: Playground, script: string): string {
  let outputs = '';
  let continuing = false;
  for (const line of script.replace(/\n$/, '').split('\n')) {
    const trimmed = line.trim();
    if (!continuing && (trimmed === '' || trimmed.startsWith('#'))) continue;
    let step: TerminalStep = value(pg.input(1, line));
    outputs += step.output;
    while (step.state === 'blocked') {
      step = value(pg.interrupt(1));
      outputs += '^C\n' + step.output;
    }
    continuing = step.state === 'more';
  }
  return outputs;
}

function replayed(log: SessionLog, upTo?: number): ReplayResult {
  const pg = new Playground();
  value(pg.boot());
  return value(pg.replay(log, upTo));
}

describe('replaying a session log reproduces every byte', () => {
  const names = readdirSync(SCENARIOS)
    .filter((f) => f.endsWith('.sh'))
    .map((f) => f.slice(0, -3));

  for (const name of names.sort()) {
    it(name, () => {
      const script = readFileSync(join(SCENARIOS, `${name}.sh`), 'utf8');
      const profile = scriptProfile(script);
      const live = new Playground({ screens: true });
      value(live.boot(profile));
      const outputs = typeScript(live, script);
      // The machine's terminal shows what the headless runner prints (prompts and echoes aside).
      expect(outputs).toBe(decodeUtf8(runScript(boot({ profile }), script).output));
      const log = value(live.log());
      expect(log.profile).toBe(profile);
      const again = replayed(log);
      expect(again.diverged).toBeNull();
      expect(again.error).toBeUndefined();
      expect(again.steps).toBe(log.steps.length);
      expect(again.terminals).toEqual(live.replayState().terminals);
    });
  }
});

describe('the session log', () => {
  it('records lines, Ctrl-C and Ctrl-D with the hash of their output', () => {
    const pg = new Playground();
    value(pg.boot());
    const step = value(pg.input(1, 'echo hi'));
    value(pg.input(1, 'cat'));
    value(pg.interrupt(1));
    value(pg.input(1, "echo 'open"));
    value(pg.endOfInput(1));
    const log = value(pg.log());
    expect(step.step).toBe(0);
    expect(log.simulator).toMatch(/^\d+\.\d+\.\d+$/);
    expect(log.profile).toBe('rfc-v2');
    expect(log.steps.map((s) => [s.term, s.op, s.text])).toEqual([
      [1, 'line', 'echo hi'],
      [1, 'line', 'cat'],
      [1, 'interrupt', undefined],
      [1, 'line', "echo 'open"],
      [1, 'eof', undefined],
    ]);
    expect(log.steps[0].hash).toBe(outputHash('hi\n'));
  });

  it('names its simulator version after the package', () => {
    const pkg = JSON.parse(readFileSync(join(__dirname, '..', '..', 'package.json'), 'utf8')) as {
      version: string;
    };
    const pg = new Playground();
    value(pg.boot());
    expect(value(pg.log()).simulator).toBe(pkg.version);
  });

  it('starts empty at each boot', () => {
    const pg = new Playground();
    value(pg.boot());
    value(pg.input(1, 'true'));
    value(pg.boot());
    expect(value(pg.log()).steps).toEqual([]);
  });
});

describe('several terminals', () => {
  it('opens terminals numbered in order and records the opening', () => {
    const pg = new Playground();
    value(pg.boot());
    const two = value(pg.openTerminal());
    expect(two.id).toBe(2);
    expect(two.prompt).toBe('root@playground:/sys/kernel/tracing# ');
    expect(value(pg.log()).steps).toEqual([{ term: 2, op: 'open', hash: outputHash(two.greeting) }]);
  });

  it("runs another terminal's background job while this one sleeps, and hands its output over", () => {
    const pg = new Playground({ screens: true });
    value(pg.boot());
    value(pg.openTerminal());
    value(pg.input(2, 'sleep 2 && echo tick &'));
    expect(value(pg.input(1, 'sleep 1')).elsewhere).toEqual([]);
    const host = value(pg.input(1, 'sleep 5'));
    expect(host.output).toBe('');
    expect(host.elsewhere).toEqual([{ id: 2, output: 'tick\n', state: 'done', prompt: '' }]);
    expect(value(pg.input(2, 'jobs')).output).toBe('[1]+  Done                    sleep 2 && echo tick\n');
  });

  it('a blocked command in another terminal goes on when this one feeds it, and shows its prompt', () => {
    const pg = new Playground();
    value(pg.boot());
    value(pg.openTerminal());
    expect(value(pg.input(2, 'head -n 1 trace_pipe')).state).toBe('blocked');
    const step = value(pg.input(1, 'echo hello > trace_marker'));
    expect(step.elsewhere).toEqual([
      {
        id: 2,
        output: expect.stringMatching(/tracing_mark_write: hello\n$/) as string,
        state: 'done',
        prompt: 'root@playground:/sys/kernel/tracing# ',
      },
    ]);
  });

  it('one tree and one set of inspectors: a step in any terminal bumps their versions', () => {
    const pg = new Playground();
    value(pg.boot());
    value(pg.openTerminal());
    value(pg.tree(1, ['/sys/kernel/tracing/namespaces'], ['/sys/kernel/tracing/namespaces']));
    value(pg.inspect(1));
    const step = value(pg.input(2, 'mkdir namespaces/x'));
    expect(step).toMatchObject({ treeVersion: 1, inspectVersion: 1 });
    expect(value(pg.input(1, 'true'))).toMatchObject({ treeVersion: 1, inspectVersion: 1 });
  });

  it('closing a terminal hangs up the jobs started on it, not the others', () => {
    const pg = new Playground();
    value(pg.boot());
    value(pg.openTerminal());
    value(pg.input(1, 'sleep 100 &'));
    value(pg.input(2, 'sleep 100 &'));
    value(pg.closeTerminal(2));
    expect(value(pg.input(1, 'jobs')).output).toBe('[1]+  Running                 sleep 100 &\n');
    expect(pg.input(2, 'true').ok).toBe(false);
    expect(value(pg.log()).steps.map((s) => s.op)).toEqual(['open', 'line', 'line', 'close', 'line']);
  });

  it('replays two terminals and a container byte for byte', () => {
    const live = new Playground({ screens: true });
    value(live.boot());
    value(live.input(1, 'mkdir namespaces/ns1'));
    value(
      live.input(1, 'container run c1 --bind /sys/kernel/tracing/namespaces/ns1/root:/isolated --user alice'),
    );
    value(live.openTerminal());
    value(live.input(2, 'container exec c1'));
    value(live.input(2, "uevent emit -d /isolated --count 3 --interval 1s 'tick u32 n' u32:1 &"));
    value(live.input(1, 'echo 1 > events/user_events.ns1/tick/enable; sleep 3; rmdir namespaces/ns1'));
    value(live.input(2, 'wait; exit'));
    const log = value(live.log());
    const again = replayed(log);
    expect(again.diverged).toBeNull();
    expect(again.terminals).toEqual(live.replayState().terminals);
    expect(again.terminals[1].text).toContain('alice@c1:/$ ');
  });
});

describe('replay', () => {
  function session(): SessionLog {
    const pg = new Playground();
    value(pg.boot());
    value(pg.input(1, 'mkdir namespaces/a'));
    value(pg.input(1, 'ls namespaces'));
    value(pg.input(1, 'cat namespaces/a/options'));
    return value(pg.log());
  }

  it('stops after `upTo` steps and records from there as a new branch', () => {
    const pg = new Playground();
    value(pg.boot());
    const result = value(pg.replay(session(), 1));
    expect(result.steps).toBe(1);
    value(pg.input(1, 'mkdir namespaces/b'));
    expect(value(pg.log()).steps.map((s) => s.text)).toEqual(['mkdir namespaces/a', 'mkdir namespaces/b']);
  });

  it('says at which step the output differs from what was recorded', () => {
    const log = session();
    log.steps[1].hash = outputHash('something else\n');
    expect(replayed(log).diverged).toBe(1);
  });

  it('checks self-checking steps and keeps them self-checking', () => {
    const log = session();
    log.steps[1].expect = 'a\n';
    log.steps[2].expect = 'user_events_limit=1\n';
    const pg = new Playground();
    value(pg.boot());
    const result = value(pg.replay(log));
    expect(result.checks).toEqual([
      { step: 1, pass: true, expected: 'a\n', actual: 'a\n' },
      { step: 2, pass: false, expected: 'user_events_limit=1\n', actual: 'user_events_limit=32767\n' },
    ]);
    expect(value(pg.log()).steps.map((s) => s.expect)).toEqual([undefined, 'a\n', 'user_events_limit=1\n']);
  });

  it('makes a step self-checking with the output it gave, unless that is too long', () => {
    const pg = new Playground();
    value(pg.boot());
    value(pg.input(1, 'cat nosuch'));
    value(pg.input(1, "echo 'u:hello u32 n' >> dynamic_events; echo 1 > events/user_events/hello/enable"));
    value(pg.input(1, "uevent emit --count 300 'hello u32 n' u32:1"));
    expect(value(pg.input(1, 'cat trace')).output.length).toBeGreaterThan(16_384);
    expect(value(pg.expect(0, true))).toBeNull();
    expect(value(pg.expect(3, true))).toBe('step 4 printed more than 16384 characters: too long to check');
    expect(value(pg.log()).steps.map((s) => s.expect)).toEqual([
      'cat: nosuch: No such file or directory\n',
      undefined,
      undefined,
      undefined,
    ]);
    expect(value(pg.expect(0, false))).toBeNull();
    expect(value(pg.log()).steps[0].expect).toBeUndefined();
    expect(value(pg.expect(9, true))).toBe('there is no step 10');
  });

  it('stops at a step naming a terminal that is not open, and says so', () => {
    const log = session();
    log.steps.splice(1, 0, { term: 3, op: 'line', text: 'echo x' });
    const result = replayed(log);
    expect(result.steps).toBe(1);
    expect(result.error).toEqual({
      step: 1,
      message: 'terminal 3: no such terminal (restart the playground)',
    });
  });

  it('keeps the title of the log it replays', () => {
    const pg = new Playground();
    value(pg.boot());
    value(pg.replay({ ...session(), title: 'demo' }));
    expect(value(pg.log()).title).toBe('demo');
  });
});

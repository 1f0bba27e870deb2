// The kernel profile as a per-session choice, at the worker's boundary (worker/session.ts and its
// API) and in the headless runner: a boot names the profile it asks for and its log records the
// kernel that booted; a replay boots the log's profile; a log naming a profile this playground does
// not have is refused and the machine is left as it was; the greeting says which kernel runs.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { BANNER, BANNERS, createApi, Playground } from '../../worker/session';
import type { Reply, SessionLog } from '../../worker/protocol';

const TRACING = '/sys/kernel/tracing';
const MORE = "Type 'help' for the commands, 'ls' to look around.\n";

function value<T>(reply: Reply<T>): T {
  if (!reply.ok) throw new Error(`unexpected ${reply.error.kind}: ${reply.error.message}`);
  return reply.value;
}

/** A session on `profile` in which terminal 1 ran `lines`, and its log. */
function recorded(profile: 'rfc-v2' | 'linux-6.12', lines: string[]): { pg: Playground; log: SessionLog } {
  const pg = new Playground();
  value(pg.boot(profile));
  for (const line of lines) value(pg.input(1, line));
  return { pg, log: value(pg.log()) };
}

const REFUSAL = (name: string) => ({
  ok: false,
  error: {
    kind: 'refused',
    message: `this playground has no kernel profile "${name}" (it has rfc-v2, linux-6.12)`,
  },
});

describe('booting a profile', () => {
  it('boots rfc-v2 by default, with the greeting it always had', () => {
    const pg = new Playground();
    const info = value(pg.boot());
    expect(info.profile).toBe('rfc-v2');
    expect(info.greeting).toBe(
      'tracefs playground: a model of Linux tracefs with tracing namespaces (RFC v2) and user_events.\n' +
        MORE,
    );
    expect(BANNER).toBe(BANNERS['rfc-v2']);
    expect(value(pg.input(1, 'uname -r')).output).toBe('6.1.0\n');
    expect(value(pg.log()).profile).toBe('rfc-v2');
  });

  it('boots linux-6.12: its greeting, its release, no namespaces/', () => {
    const pg = new Playground();
    const info = value(pg.boot('linux-6.12'));
    expect(info).toMatchObject({ id: 1, profile: 'linux-6.12', cwd: TRACING });
    expect(info.greeting).toBe(
      'tracefs playground: a model of Linux 6.12 tracefs and user_events (upstream, no tracing namespaces).\n' +
        MORE,
    );
    expect(value(pg.input(1, 'uname -r')).output).toBe('6.12.0\n');
    const listing = value(pg.input(1, `ls -1 ${TRACING}`)).output.split('\n');
    expect(listing).toContain('dynamic_events');
    expect(listing).not.toContain('namespaces');
    expect(value(pg.input(1, 'ls -d namespaces')).output).toBe(
      "ls: cannot access 'namespaces': No such file or directory\n",
    );
  });

  it('greets every terminal of the machine in its profile', () => {
    const pg = new Playground();
    value(pg.boot('linux-6.12'));
    expect(value(pg.openTerminal())).toMatchObject({
      id: 2,
      profile: 'linux-6.12',
      greeting: BANNERS['linux-6.12'],
    });
  });

  it('records the booted profile in the log, boot after boot', () => {
    const { pg, log } = recorded('linux-6.12', ['echo one']);
    expect(log).toMatchObject({ profile: 'linux-6.12', steps: [{ term: 1, op: 'line', text: 'echo one' }] });
    value(pg.boot());
    expect(value(pg.log())).toMatchObject({ profile: 'rfc-v2', steps: [] });
  });

  it('refuses a profile it does not have, and the machine goes on as it was', () => {
    const { pg, log } = recorded('linux-6.12', ['echo kept']);
    expect(pg.boot('linux-9.9' as 'rfc-v2')).toEqual(REFUSAL('linux-9.9'));
    expect(value(pg.log())).toEqual(log);
    expect(value(pg.input(1, 'uname -r')).output).toBe('6.12.0\n');
  });
});

describe('replaying a log in its profile', () => {
  it('boots linux-6.12 for a linux-6.12 log, whatever ran before, with the same bytes', () => {
    const { log } = recorded('linux-6.12', ['uname -r', 'ls -d namespaces']);
    const pg = new Playground();
    value(pg.boot());
    const result = value(pg.replay(log));
    expect(result).toMatchObject({ profile: 'linux-6.12', steps: 2, diverged: null });
    expect(result.terminals[0].text).toBe(
      BANNERS['linux-6.12'] +
        `root@playground:${TRACING}# uname -r\n6.12.0\n` +
        `root@playground:${TRACING}# ls -d namespaces\n` +
        "ls: cannot access 'namespaces': No such file or directory\n" +
        `root@playground:${TRACING}# `,
    );
    expect(value(pg.log())).toEqual(log);
  });

  it('boots rfc-v2 for a log made before there was a choice', () => {
    const old: SessionLog = {
      simulator: '0.2.0',
      profile: 'rfc-v2',
      steps: [{ term: 1, op: 'line', text: 'mkdir namespaces/ns1; uname -r' }],
    };
    const pg = new Playground();
    value(pg.boot('linux-6.12'));
    const result = value(pg.replay(old));
    expect(result.profile).toBe('rfc-v2');
    expect(result.terminals[0].text).toContain('# mkdir namespaces/ns1; uname -r\n6.1.0\n');
    expect(value(pg.log()).profile).toBe('rfc-v2');
  });

  it('refuses a log naming a profile it does not have, changing nothing', () => {
    const { pg, log } = recorded('rfc-v2', ['mkdir namespaces/mine']);
    const foreign: SessionLog = {
      ...log,
      profile: 'linux-9.9',
      steps: [{ term: 1, op: 'line', text: 'ls' }],
    };
    expect(pg.replay(foreign)).toEqual(REFUSAL('linux-9.9'));
    expect(value(pg.log())).toEqual(log);
    expect(value(pg.input(1, 'ls namespaces')).output).toBe('mine\n');
  });

  it('names a hostile profile safely in the refusal', () => {
    const pg = new Playground();
    const hostile: SessionLog = { simulator: '0.2.0', profile: '\x1b[31m' + 'x'.repeat(60), steps: [] };
    const reply = pg.replay(hostile);
    expect(reply.ok).toBe(false);
    if (!reply.ok)
      expect(reply.error.message).toBe(
        `this playground has no kernel profile "\\u001b[31m${'x'.repeat(35)}" (it has rfc-v2, linux-6.12)`,
      );
  });

  it('exports a log in its profile and refuses one it does not have', async () => {
    const { pg, log } = recorded('linux-6.12', ['uname -r']);
    const script = value(await pg.exportScript());
    expect(script).toContain('kernel profile linux-6.12');
    expect(script).toContain('#@ step 1\nuname -r\n# 6.12.0\n');
    expect(await pg.exportScript({ ...log, profile: 'nope' })).toEqual(REFUSAL('nope'));
  });
});

describe('the API passes the profile through', () => {
  it('answers the first boot with the kernel booted early only when it is the profile asked for', async () => {
    const api = createApi(new Playground(), undefined, true);
    const upstream = value(await api.boot('linux-6.12'));
    expect(upstream.profile).toBe('linux-6.12');
    expect(value(await api.input(1, 'uname -r')).output).toBe('6.12.0\n');
    expect(value(await api.boot()).profile).toBe('rfc-v2');
  });

  it('refuses an unknown profile as data', async () => {
    const api = createApi(new Playground());
    expect(await api.boot('nope' as 'rfc-v2')).toEqual(REFUSAL('nope'));
    const log: SessionLog = { simulator: '0.2.0', profile: 'nope', steps: [] };
    expect(await api.replay(log)).toEqual(REFUSAL('nope'));
  });
});

describe('the headless runner', () => {
  const cli = ['tsx', 'worker/cli.ts'];

  it('boots the profile --profile names', () => {
    const r = spawnSync('npx', [...cli, '--profile', 'linux-6.12', '-c', 'uname -r; ls -d namespaces'], {
      encoding: 'utf8',
    });
    expect(r.stdout).toBe("6.12.0\nls: cannot access 'namespaces': No such file or directory\n");
    expect(r.status).toBe(2);
  });

  it('refuses a profile it does not have, with status 2', () => {
    const r = spawnSync('npx', [...cli, '--profile', 'linux-9.9', '-c', 'true'], { encoding: 'utf8' });
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe("sh: --profile: no kernel profile 'linux-9.9' (profiles: rfc-v2, linux-6.12)\n");
    expect(r.status).toBe(2);
  });
});

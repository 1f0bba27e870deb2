// The worker's side of the page contract (worker/session.ts), in Node: steps as plain data, the
// tree as the shell's process sees it (namespaces, their root/, busy, mounts), Tab completion,
// the file view's reads, errors and crashes as data, never exceptions.
import { describe, expect, it } from 'vitest';
import { BANNER, COMMANDS, createApi, Playground } from '../../worker/session';
import type { DirListing, Reply, TerminalStep, TreeNode, ViewSpec } from '../../worker/protocol';

const TRACING = '/sys/kernel/tracing';
const NAMESPACES = `${TRACING}/namespaces`;

function value<T>(reply: Reply<T>): T {
  if (!reply.ok) throw new Error(`unexpected ${reply.error.kind}: ${reply.error.message}`);
  return reply.value;
}

function booted() {
  const pg = new Playground();
  const info = value(pg.boot());
  const run = (line: string): TerminalStep => value(pg.input(info.id, line));
  const list = (path: string): DirListing => value(pg.tree(info.id, [path], [])).dirs[0];
  const entry = (dir: string, name: string): TreeNode | undefined =>
    list(dir).entries?.find((e) => e.name === name);
  return { pg, id: info.id, info, run, list, entry };
}

describe('sessions', () => {
  it('boots a root shell in the tracefs directory', () => {
    const { info } = booted();
    expect(info).toMatchObject({ id: 1, greeting: BANNER, cwd: TRACING, treeVersion: 0 });
    expect(info.prompt).toBe('root@playground:/sys/kernel/tracing# ');
  });

  it('runs a line and returns its output, status, prompt and cwd as plain data', () => {
    const { run } = booted();
    expect(run('mkdir namespaces/demo; cat namespaces/demo/options')).toEqual({
      output: 'user_events_limit=32767\n',
      state: 'done',
      status: 0,
      prompt: 'root@playground:/sys/kernel/tracing# ',
      cwd: TRACING,
      treeVersion: 0,
      inspectVersion: 0,
      traceVersion: 0,
      step: 0,
      elsewhere: [],
    });
    const step = run('cd /etc; rmdir /nosuch');
    expect(step).toMatchObject({ status: 1, cwd: '/etc', prompt: 'root@playground:/etc# ' });
    expect(step.output).toBe("rmdir: failed to remove '/nosuch': No such file or directory\n");
  });

  it('continues an open quote on the next line', () => {
    const { run } = booted();
    expect(run("echo 'a")).toMatchObject({ state: 'more', prompt: '> ' });
    expect(run("b'")).toMatchObject({ state: 'done', output: 'a\nb\n' });
  });

  it('feeds lines typed during a blocked read to the terminal, and Ctrl-D ends it', () => {
    const { pg, id, run } = booted();
    expect(run('cat')).toMatchObject({ state: 'blocked', prompt: '' });
    expect(run('hello')).toMatchObject({ state: 'blocked', output: 'hello\n' });
    expect(value(pg.endOfInput(id))).toMatchObject({ state: 'done', status: 0 });
  });

  it('Ctrl-C ends a blocked command with status 130', () => {
    const { pg, id, run } = booted();
    expect(run('cat').state).toBe('blocked');
    expect(value(pg.interrupt(id))).toMatchObject({ state: 'done', status: 130 });
    expect(run('echo $?').output).toBe('130\n');
  });

  it('end of input in a continued line is a syntax error', () => {
    const { pg, id, run } = booted();
    run('echo "x');
    const step = value(pg.endOfInput(id));
    expect(step).toMatchObject({ state: 'done', status: 2 });
    expect(step.output).toContain('unexpected EOF');
  });

  it('exit logs out and a new login shell takes the terminal', () => {
    const { run } = booted();
    run('cd /tmp');
    expect(run('exit 3')).toMatchObject({ output: 'exit\n', state: 'done', status: 0, cwd: TRACING });
    expect(run('echo $PWD').output).toBe(`${TRACING}\n`);
  });

  it('keeps the bytes the kernel wrote, NULs included', () => {
    const { run } = booted();
    run("echo 'u:demo u32 count' >> dynamic_events; echo 1 > events/user_events/demo/enable");
    run("uevent emit 'demo u32 count' u32:1");
    const out = run('cat trace').output;
    expect(out).toMatch(/00000000: [0-9a-f ]+\s+\.+\n\0$/);
  });
});

describe('tree', () => {
  it('lists a directory with modes, owners and kinds', () => {
    const { entry, list } = booted();
    expect(entry('/', 'tmp')).toMatchObject({
      path: '/tmp',
      kind: 'dir',
      modeText: 'drwxrwxrwt',
      owner: 'root',
    });
    expect(entry('/home', 'alice')).toMatchObject({ owner: 'alice', group: 'alice' });
    expect(entry(TRACING, 'trace')).toMatchObject({ kind: 'file', modeText: '-rw-r-----' });
    expect(entry('/dev/pts', '0')).toMatchObject({ kind: 'char' });
    const names = list(TRACING).entries!.map((e) => e.name);
    expect(names.slice(0, 5)).toEqual(['events', 'instances', 'namespaces', 'options', 'per_cpu']);
  });

  it('marks tracefs mounts, namespaces and their root/', () => {
    const { run, entry } = booted();
    expect(entry('/sys/kernel', 'tracing')?.marks).toEqual(['mount']);
    run('mkdir namespaces/demo');
    expect(entry(NAMESPACES, 'demo')?.marks).toEqual(['namespace']);
    expect(entry(`${NAMESPACES}/demo`, 'root')?.marks).toEqual(['namespace-root']);
    expect(entry(`${NAMESPACES}/demo`, 'options')?.marks).toEqual([]);
    expect(entry('/sys/kernel/debug/tracing/namespaces', 'demo')?.marks).toEqual(['namespace']);
    run('mkdir /tmp/c; mount --bind namespaces/demo/root /tmp/c');
    expect(entry('/tmp', 'c')).toMatchObject({ marks: ['namespace-root', 'mount'] });
  });

  const busyCases: Array<[string, string, RegExp | null]> = [
    ['nothing open', '', null],
    ['options open in the shell', 'exec 3< namespaces/ns1/options', /options is open/],
    ['data file open', 'exec 3<> namespaces/ns1/root/user_events_data', /user_events_data is open/],
    ['status file open', 'exec 4< namespaces/ns1/root/user_events_status', /user_events_status is open/],
    [
      'an enabled event',
      "uevent emit -d namespaces/ns1/root 'tick u32 n' u32:1; echo 1 > events/user_events.ns1/tick/enable",
      /1 event\(s\) in use/,
    ],
  ];
  for (const [name, setup, reason] of busyCases) {
    it(`busy: ${name}, and rmdir agrees`, () => {
      const { run, entry } = booted();
      run('mkdir namespaces/ns1');
      if (setup) expect(run(setup).status).toBe(0);
      const ns = entry(NAMESPACES, 'ns1')!;
      if (reason) {
        expect(ns.marks).toContain('busy');
        expect(ns.note).toMatch(reason);
        expect(run('rmdir namespaces/ns1').output).toContain('Device or resource busy');
      } else {
        expect(ns.marks).not.toContain('busy');
        expect(run('rmdir namespaces/ns1').status).toBe(0);
      }
    });
  }

  it('returns errors as data for a directory it cannot list', () => {
    const { pg, list } = booted();
    expect(list('/nosuch')).toEqual({
      path: '/nosuch',
      entries: null,
      errno: 2,
      error: 'No such file or directory',
    });
    expect(list('/etc/passwd')).toMatchObject({ errno: 20, error: 'Not a directory' });
    const alice = value(pg.openAs(1000));
    const dirs = value(pg.tree(alice.id, ['/root', TRACING], [])).dirs;
    expect(dirs.map((d) => d.error)).toEqual(['Permission denied', 'Permission denied']);
  });

  it('bumps the tree version once for a command that changes a watched directory', () => {
    const { pg, id, run } = booted();
    value(pg.tree(id, [NAMESPACES], [NAMESPACES, TRACING]));
    expect(run('echo hi').treeVersion).toBe(0);
    expect(run('mkdir namespaces/a namespaces/b').treeVersion).toBe(1);
    expect(run('mkdir /tmp/x').treeVersion).toBe(1);
    expect(run('exec 3< namespaces/a/options').treeVersion).toBe(2);
    expect(run('rmdir namespaces/b').treeVersion).toBe(3);
    value(pg.tree(id, [], []));
    expect(run('mkdir namespaces/c').treeVersion).toBe(3);
  });

  it('lists a directory of thousands of entries', () => {
    const { pg, id, run } = booted();
    run('mkdir /tmp/big; i=0');
    const names = Array.from({ length: 2000 }, (_, i) => `/tmp/big/f${i}`);
    for (let i = 0; i < names.length; i += 500) run(`touch ${names.slice(i, i + 500).join(' ')}`);
    const started = performance.now();
    const dir = value(pg.tree(id, ['/tmp/big'], ['/tmp/big'])).dirs[0];
    expect(dir.entries).toHaveLength(2000);
    expect(performance.now() - started).toBeLessThan(2000);
  });
});

describe('completion', () => {
  const cases: Array<[string, string, number | null, string, string[]]> = [
    ['a command', 'ca', null, 'cat ', ['cat']],
    ['several commands', 'ec', null, 'echo ', ['echo']],
    ['a common prefix', 'ex', null, 'ex', ['exec', 'exit', 'explain', 'export']],
    ['a path in command arguments', 'ls names', null, 'namespaces/', ['namespaces/']],
    ['a word after a pipe is a command', 'ls | hea', null, 'head ', ['head']],
    ['a file gets a space', 'cat tracing_o', null, 'tracing_on ', ['tracing_on']],
    [
      'a prefix of several files',
      'cat set_ev',
      null,
      'set_event',
      ['set_event', 'set_event_notrace_pid', 'set_event_pid'],
    ],
    ['an absolute path', 'ls /ho', null, 'home/', ['home/']],
    [
      'a redirection target',
      'echo 1 > tracing_',
      null,
      'tracing_',
      ['tracing_cpumask', 'tracing_on', 'tracing_thresh'],
    ],
    ['nothing matches', 'cat nosuch', null, 'nosuch', []],
    ['the word under the cursor only', 'ls ev x', 5, 'events/', ['events/']],
  ];
  for (const [name, line, cursor, replacement, candidates] of cases) {
    it(name, () => {
      const { pg, id } = booted();
      const c = value(pg.complete(id, line, cursor ?? line.length));
      expect(c.replacement).toBe(replacement);
      expect(c.candidates).toEqual(candidates);
      expect(c.end).toBe(cursor ?? line.length);
    });
  }

  it('escapes a space in a completed name', () => {
    const { pg, id, run } = booted();
    run("mkdir 'namespaces/my ns'");
    const line = 'ls namespaces/my';
    const c = value(pg.complete(id, line, line.length));
    expect(line.slice(0, c.start) + c.replacement).toBe('ls namespaces/my\\ ns/');
  });

  it('offers the shell builtins and the programs', () => {
    expect(COMMANDS).toEqual(expect.arrayContaining(['cd', 'echo', 'cat', 'ls', 'mkdir', 'uevent', 'help']));
  });
});

describe('file view', () => {
  it('reads a file and says when it stopped early', () => {
    const { pg, id } = booted();
    expect(value(pg.readFile(id, `${TRACING}/tracing_on`, 100))).toEqual({
      path: `${TRACING}/tracing_on`,
      text: '1\n',
      bytes: 2,
      truncated: false,
    });
    expect(value(pg.readFile(id, '/etc/passwd', 10))).toMatchObject({ text: 'root:x:0:0', truncated: true });
  });

  it('returns errors as data and does not read what reading would change', () => {
    const { pg, id } = booted();
    expect(value(pg.readFile(id, '/nosuch', 10))).toMatchObject({
      errno: 2,
      error: 'No such file or directory',
    });
    expect(value(pg.readFile(id, '/etc', 10))).toMatchObject({ errno: 21, error: 'Is a directory' });
    expect(value(pg.readFile(id, `${TRACING}/trace_pipe`, 10)).refused).toMatch(/trace_pipe/);
    expect(value(pg.readFile(id, '/dev/pts/0', 10)).refused).toBeDefined();
  });
});

describe('the API as the worker exposes it', () => {
  it('answers a call on a missing session with data', async () => {
    const api = createApi(new Playground());
    expect(await api.input(7, 'ls')).toEqual({
      ok: false,
      error: { kind: 'no-session', message: 'no such terminal (restart the playground)' },
    });
  });

  it('turns an exception inside the worker into a crash reply', async () => {
    const pg = new Playground();
    const api = createApi(pg);
    const info = await api.boot();
    expect(info.ok).toBe(true);
    pg.input = () => {
      throw new TypeError('broken invariant');
    };
    expect(await api.input(1, 'ls')).toEqual({
      ok: false,
      error: { kind: 'crash', message: 'TypeError: broken invariant' },
    });
    expect((await api.boot()).ok).toBe(true);
  });
});

describe('the page looks without changing what a session records', () => {
  it('tree, file view and completion leave the trace timestamps as the commands alone make them', () => {
    const run = (look: boolean): string => {
      const p = new Playground();
      const info = p.boot();
      if (!info.ok) throw new Error('boot failed');
      const id = info.value.id;
      const steps = [
        "echo 'u:tick u32 n' >> dynamic_events",
        'echo 1 > events/user_events/tick/enable',
        'echo marker > trace_marker',
      ];
      for (const line of steps) {
        p.input(id, line);
        if (look) {
          p.tree(id, ['/sys/kernel/tracing', '/sys/kernel/tracing/events'], ['/sys/kernel/tracing']);
          p.readFile(id, '/sys/kernel/tracing/user_events_status', 4096);
          p.complete(id, 'cat ev', 6);
        }
      }
      const out = p.input(id, 'cat trace');
      if (!out.ok) throw new Error('cat failed');
      return out.value.output;
    };
    const quiet = run(false);
    expect(quiet).toContain('tracing_mark_write: marker');
    expect(run(true)).toBe(quiet);
  });
});

describe('the page sees what the foreground shell sees', () => {
  it('follows `container exec` into the container and back out on exit', () => {
    const { run, list, pg, id } = booted();
    run('mkdir namespaces/ns1; chmod 0755 namespaces/ns1/root');
    run('container run c1 --bind /sys/kernel/tracing/namespaces/ns1/root:/isolated --user alice');
    const hostRoot = list('/').entries!.map((e) => e.name);
    expect(hostRoot).toContain('sys');
    const inside = run('container exec c1');
    expect(inside.prompt).toBe('alice@c1:/$ ');
    expect(inside.cwd).toBe('/');
    const ctrRoot = list('/').entries!.map((e) => e.name);
    expect(ctrRoot).toContain('isolated');
    expect(ctrRoot).not.toContain('sys');
    expect(list('/isolated').entries!.map((e) => e.name)).toEqual(['user_events_data', 'user_events_status']);
    expect(value(pg.complete(id, 'ls /iso', 7)).candidates).toEqual(['isolated/']);
    const back = run('exit');
    expect(back.prompt).toBe('root@playground:/sys/kernel/tracing# ');
    expect(list('/').entries!.map((e) => e.name)).toContain('sys');
  });

  it('takes the point of view asked for: the host, or a container through its init task', () => {
    const { run, pg, id } = booted();
    const names = (view: ViewSpec, path = '/') =>
      value(pg.tree(id, [path], [], view)).dirs[0].entries?.map((e) => e.name);
    expect(value(pg.views(id)).map((v) => v.label)).toEqual(["The terminal's shell", 'The host']);
    run('mkdir namespaces/ns1; chmod 0755 namespaces/ns1/root');
    run('container run c1 --bind /sys/kernel/tracing/namespaces/ns1/root:/isolated --user alice');
    expect(value(pg.views(id))).toContainEqual({
      spec: { kind: 'container', name: 'c1' },
      label: 'Container c1 (alice)',
    });
    expect(names({ kind: 'container', name: 'c1' })).toContain('isolated');
    expect(names({ kind: 'container', name: 'c1' })).not.toContain('sys');
    expect(names({ kind: 'container', name: 'c1' }, '/isolated')).toEqual([
      'user_events_data',
      'user_events_status',
    ]);
    run('container exec c1');
    expect(names({ kind: 'host' })).toContain('sys');
    expect(names({ kind: 'terminal' })).not.toContain('sys');
    run('exit');
    run('container rm c1');
    expect(names({ kind: 'container', name: 'c1' })).toContain('sys');
  });

  it('bumps the tree version when a watched directory of the viewed container changes', () => {
    const { run, pg, id } = booted();
    run('container run c1');
    const view: ViewSpec = { kind: 'container', name: 'c1' };
    const before = value(pg.tree(id, ['/tmp'], ['/tmp'], view)).treeVersion;
    const step = run('container exec c1 touch /tmp/x');
    expect(step.treeVersion).toBe(before + 1);
  });
});

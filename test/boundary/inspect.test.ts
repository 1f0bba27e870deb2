// The inspectors' side of the worker contract (worker/session-inspect.ts, session-trace.ts):
// the registry with its systems in list order, namespaces with ids and why they are busy, the
// status bits of every group, the trace buffer decoded and numbered, and versions that move once
// per command that changed what they show, and never for a look.
import { describe, expect, it } from 'vitest';
import { boot, type BootOptions } from '../../worker/kernel/boot';
import { Playground } from '../../worker/session';
import { parseStatus } from '../../worker/session-inspect';
import type { Reply, TerminalStep } from '../../worker/protocol';

function value<T>(reply: Reply<T>): T {
  if (!reply.ok) throw new Error(`unexpected ${reply.error.kind}: ${reply.error.message}`);
  return reply.value;
}

function booted(options: BootOptions = {}) {
  const pg = new Playground(() => boot(options));
  const { id } = value(pg.boot());
  const run = (line: string): TerminalStep => value(pg.input(id, line));
  const inspect = () => value(pg.inspect(id));
  const trace = (since = 0, max = 100) => value(pg.traceRows(id, since, max));
  return { pg, id, run, inspect, trace };
}

const EVENT = "'hello u32 count; char[8] tty; __data_loc char[] path'";

describe('inspect: the registry', () => {
  it('lists user_events, then each namespace with its id, options and a free state', () => {
    const { run, inspect } = booted();
    expect(inspect()).toMatchObject({ systems: [{ name: 'user_events', order: 0 }], namespaces: [] });
    run('mkdir namespaces/a namespaces/b; echo user_events_limit=5 > namespaces/b/options');
    const snap = inspect();
    expect(snap.namespaces.map((n) => [n.name, n.id, n.busy, n.refs])).toEqual([
      ['b', 2, false, 1],
      ['a', 1, false, 1],
    ]);
    expect(snap.namespaces[0].show).toEqual({ user_events: 'user_events_limit=5\n' });
    expect(snap.groups.map((g) => [g.system, g.limit])).toEqual([
      ['user_events', 32767],
      ['user_events.b', 5],
      ['user_events.a', 32767],
    ]);
  });

  it('gives the reasons rmdir would fail with EBUSY, and rmdir agrees', () => {
    const { run, inspect } = booted();
    run('mkdir namespaces/demo; exec 3< namespaces/demo/options 4< namespaces/demo/root/user_events_data');
    const demo = () => inspect().namespaces.find((n) => n.name === 'demo');
    expect(demo()?.busyReasons).toEqual([
      'options is open: bash (pid 1000, fd 3)',
      'root/user_events_data is open: bash (pid 1000, fd 4)',
    ]);
    expect(run('rmdir namespaces/demo').status).toBe(1);
    run('exec 3<&- 4<&-');
    expect(demo()).toMatchObject({ busy: false, busyReasons: [] });
    expect(run('rmdir namespaces/demo').status).toBe(0);
    expect(inspect().namespaces).toEqual([]);
  });

  it('counts an enabled event of the namespace as in use', () => {
    const { run, inspect } = booted();
    run(`mkdir namespaces/demo; uevent emit -d namespaces/demo/root ${EVENT}`);
    run('echo 1 > events/user_events.demo/hello/enable');
    const ns = inspect().namespaces[0];
    expect(ns.busyReasons).toEqual(['1 event(s) in use']);
    expect(run('rmdir namespaces/demo').output).toContain('Device or resource busy');
  });

  it('orders debug systems as the registry lists them and splits options by system', () => {
    const { run, inspect } = booted({ systemsBeforeUserEvents: [['probe', { show: 'probe=on\n' }]] });
    expect(inspect().systems.map((s) => s.name)).toEqual(['user_events', 'probe']);
    run('mkdir namespaces/demo; exec 5< namespaces/demo/options');
    expect(inspect().namespaces[0].refs).toBe(2);
    run('exec 5<&-');
    expect(inspect().namespaces[0].refs).toBe(1);
    const snap = inspect();
    expect(snap.systems).toEqual([
      { name: 'user_events', order: 0 },
      { name: 'probe', order: 1 },
    ]);
    expect(snap.namespaces[0].options).toBe('user_events_limit=32767\nprobe=on\n');
    expect(snap.namespaces[0].show).toEqual({
      user_events: 'user_events_limit=32767\n',
      probe: 'probe=on\n',
    });
  });
});

describe('inspect: helpers', () => {
  it('reads a status text into bits in bit order', () => {
    const text = '2:logout # Used by ftrace perf\n1:login\n\nActive: 2\nBusy: 1\nMax: 32768\nLimit: 256\n';
    expect(parseStatus(text)).toEqual({
      bits: [
        { bit: 1, name: 'login', set: false, users: [] },
        { bit: 2, name: 'logout', set: true, users: ['ftrace', 'perf'] },
      ],
      active: 2,
      busy: 1,
      limit: 256,
    });
    expect(parseStatus('\nActive: 0\nBusy: 0\nMax: 32768\nLimit: 32767\n').bits).toEqual([]);
  });
});

describe('inspect: status bits', () => {
  it('lights a bit while its event is enabled, in the group the event belongs to', () => {
    const { run, inspect } = booted();
    run("echo 'u:hello u32 count' >> dynamic_events; echo 'u:other u8 x' >> dynamic_events");
    const bits = () => inspect().groups[0].bits.map((b) => [b.bit, b.name, b.set]);
    expect(bits()).toEqual([
      [1, 'hello', false],
      [2, 'other', false],
    ]);
    run('echo 1 > events/user_events/hello/enable');
    expect(bits()).toEqual([
      [1, 'hello', true],
      [2, 'other', false],
    ]);
    expect(inspect().groups[0]).toMatchObject({ active: 2, busy: 1 });
  });

  it('looks through the first open terminal, and reports what it may not read as an error', () => {
    const { pg, run } = booted();
    run('mkdir namespaces/demo');
    const alice = value(pg.openAs(1000)).id;
    expect(value(pg.inspect(alice)).namespaces).toHaveLength(1);
    value(pg.closeTerminal(1));
    const snap = value(pg.inspect(alice));
    expect(snap.namespaces).toEqual([]);
    expect(snap.groups).toEqual([
      expect.objectContaining({ system: 'user_events', error: 'Permission denied' }),
    ]);
    expect(value(pg.traceRows(alice, 0, 10))).toMatchObject({ rows: [], error: 'Permission denied' });
  });
});

describe('versions', () => {
  it('move once for a command that changed what they show, never for one that did not', () => {
    const { run, inspect, trace } = booted();
    inspect();
    trace();
    expect(run('echo hi')).toMatchObject({ inspectVersion: 0, traceVersion: 0 });
    expect(run('mkdir namespaces/demo')).toMatchObject({ inspectVersion: 1, traceVersion: 0 });
    expect(run("echo 'u:hello u32 count' >> dynamic_events")).toMatchObject({ inspectVersion: 2 });
    const before = run('echo 1 > events/user_events/hello/enable');
    const after = run("uevent emit 'hello u32 count' u32:7");
    expect(after.inspectVersion).toBe(before.inspectVersion);
    expect(after.traceVersion).toBe(before.traceVersion + 1);
    expect(run('ls; cat trace; cat user_events_status')).toMatchObject({
      inspectVersion: after.inspectVersion,
      traceVersion: after.traceVersion,
    });
  });

  it('stay at 0 until the page first asks', () => {
    const { run } = booted();
    expect(run('mkdir namespaces/demo; echo x > trace_marker')).toMatchObject({
      inspectVersion: 0,
      traceVersion: 0,
    });
  });
});

describe('traceRows', () => {
  it('decodes user events through their format, and markers and their text', () => {
    const { run, trace } = booted();
    run(`echo 'u:hello u32 count; char[8] tty; __data_loc char[] path' >> dynamic_events`);
    run('echo 1 > events/user_events/hello/enable');
    run(`uevent emit ${EVENT} u32:7 char[8]:pts/0 loc:/etc`);
    run('echo marked > trace_marker');
    const snap = trace();
    expect(snap).toMatchObject({ entries: 2, written: 2, firstSeq: 1, lastSeq: 2 });
    expect(snap.rows.map((r) => [r.seq, r.kind, r.event, r.task, r.cpu])).toEqual([
      [1, 'event', 'user_events/hello', 'uevent', 0],
      [2, 'marker', 'tracing_mark_write', 'bash', 0],
    ]);
    expect(snap.rows[0].fields).toEqual([
      { name: 'count', value: '7' },
      { name: 'tty', value: 'pts/0' },
      { name: 'path', value: '/etc' },
    ]);
    expect(snap.rows[0].hex).toMatch(/^14 00 00 00 /);
    expect(snap.rows[1].text).toBe('marked');
  });

  it('numbers entries so only new ones are fetched, and follows consumption and clearing', () => {
    const { pg, id, run, trace } = booted();
    for (const n of [1, 2, 3]) run(`echo m${n} > trace_marker`);
    expect(trace(0, 2).rows.map((r) => [r.seq, r.text])).toEqual([
      [2, 'm2'],
      [3, 'm3'],
    ]);
    run('echo m4 > trace_marker');
    expect(trace(3).rows.map((r) => [r.seq, r.text])).toEqual([[4, 'm4']]);
    expect(run('cat trace_pipe').state).toBe('blocked');
    value(pg.interrupt(id));
    const drained = trace(4);
    expect(drained).toMatchObject({ firstSeq: 5, lastSeq: 4, rows: [] });
    run('echo m5 > trace_marker; echo > trace; echo m6 > trace_marker');
    expect(trace(4)).toMatchObject({ firstSeq: 5, lastSeq: 5, rows: [{ seq: 5, text: 'm6' }] });
  });

  it('numbers entries anew when one of them turns into Unknown type', () => {
    const { run, trace } = booted();
    run(`mkdir namespaces/demo; uevent emit -d namespaces/demo/root 'ev u8 x'`);
    run('echo 1 > events/user_events.demo/ev/enable');
    run(`uevent emit -d namespaces/demo/root 'ev u8 x' u8:5`);
    expect(trace().rows.map((r) => [r.seq, r.event, r.fields])).toEqual([
      [1, 'user_events.demo/ev', [{ name: 'x', value: '5' }]],
    ]);
    run('echo 0 > events/user_events.demo/ev/enable; rmdir namespaces/demo');
    const snap = trace(1);
    expect(snap.firstSeq).toBe(2);
    expect(snap.rows.map((r) => [r.seq, r.kind, r.event])).toEqual([[2, 'unknown', 'Unknown type 20']]);
  });

  it('counts entries per virtual second up to the latest', () => {
    const { run, trace } = booted();
    run('echo a > trace_marker; sleep 2; echo b > trace_marker; echo c > trace_marker');
    const { end, counts } = trace().perSecond;
    expect(end).toBe(7);
    expect(counts.slice(-3)).toEqual([1, 0, 2]);
    expect(counts).toHaveLength(30);
  });

  it('leaves the trace as the commands alone make it', () => {
    const transcript = (look: boolean): string => {
      const { run, inspect, trace } = booted();
      for (const line of [
        "echo 'u:t u32 n' >> dynamic_events",
        'echo 1 > events/user_events/t/enable',
        'echo m > trace_marker',
      ]) {
        run(line);
        if (look) {
          inspect();
          trace();
        }
      }
      return run('cat trace').output;
    };
    expect(transcript(true)).toBe(transcript(false));
  });
});

describe('inspect: enable bits on linux-6.12', () => {
  it('lists each live process’s enable bits with the value its memory holds, and the events', () => {
    const { run, inspect } = booted({ profile: 'linux-6.12' });
    const snap0 = inspect();
    expect(snap0).toMatchObject({ profile: 'linux-6.12', systems: [], namespaces: [], enablers: [] });
    run('exec 3<>user_events_data');
    run("uevent hold 3 'tick u32 n' > /tmp/hold.out &");
    run("uevent hold 3 'tock u32 n' multi-format > /tmp/hold2.out &");
    const [tick, tock] = inspect().enablers;
    expect([tick, tock].map((e) => [e.comm, e.bit, e.size, e.event, e.set])).toEqual([
      ['uevent', 0, 4, 'tick', false],
      ['uevent', 0, 4, 'tock.0', false],
    ]);
    expect(tick.addr).toMatch(/^0x[0-9a-f]+$/);
    run('echo 1 > events/user_events/tick/enable');
    const snap = inspect();
    expect(snap.enablers.map((e) => [e.event, e.set])).toEqual([
      ['tick', true],
      ['tock.0', false],
    ]);
    expect(snap.groups).toEqual([
      expect.objectContaining({
        system: 'user_events',
        active: 2,
        busy: 1,
        bits: expect.arrayContaining([
          { bit: 0, name: 'tick', set: true, users: ['ftrace'] },
          { bit: 0, name: 'tock.0', set: false, users: [] },
        ]),
      }),
    ]);
    run('kill %1; wait %1');
    expect(inspect().enablers.map((e) => e.event)).toEqual(['tock.0']);
  });

  it('keeps the 6.1 status text as it was, and reads 6.12 lines without bit numbers', () => {
    expect(
      parseStatus('2:b # Used by ftrace\n1:a\n\nActive: 2\nBusy: 1\nMax: 32768\nLimit: 32767\n'),
    ).toEqual({
      bits: [
        { bit: 1, name: 'a', set: false, users: [] },
        { bit: 2, name: 'b', set: true, users: ['ftrace'] },
      ],
      active: 2,
      busy: 1,
      limit: 32767,
    });
    expect(parseStatus('x.1 # Used by ftrace\nx.0\n\nActive: 2\nBusy: 1\n')).toMatchObject({
      bits: [
        { bit: 0, name: 'x.1', set: true, users: ['ftrace'] },
        { bit: 0, name: 'x.0', set: false, users: [] },
      ],
      limit: 0,
    });
  });
});

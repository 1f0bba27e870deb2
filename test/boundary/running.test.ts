// A command that runs long (an endless loop) gives the caller a turn after every slice of commands:
// the worker stays free to take Ctrl-C, the loop goes on with each `resume`, and a replay stops it
// at exactly the command it had reached when the Ctrl-C (or any other step) came.
import { describe, expect, it } from 'vitest';
import { Playground } from '../../worker/session';
import type { Reply, TerminalStep } from '../../worker/protocol';

function value<T>(reply: Reply<T>): T {
  if (!reply.ok) throw new Error(`unexpected ${reply.error.kind}: ${reply.error.message}`);
  return reply.value;
}

function fresh(): Playground {
  const pg = new Playground({ screens: true });
  value(pg.boot());
  return pg;
}

describe('a running command', () => {
  it('returns after a slice, goes on with resume, and Ctrl-C ends it with status 130', () => {
    const pg = fresh();
    const first = value(pg.input(1, 'while :; do :; done'));
    expect(first.state).toBe('running');
    expect(first.prompt).toBe('');
    const next = value(pg.resume(1));
    expect(next.state).toBe('running');
    const stopped = value(pg.interrupt(1));
    expect(stopped.state).toBe('done');
    expect(stopped.status).toBe(130);
    expect(value(pg.input(1, 'echo $?')).output).toBe('130\n');
  });

  it('replays to the same bytes: the loop stops where the Ctrl-C stopped it', () => {
    const live = fresh();
    let step: TerminalStep = value(live.input(1, 'i=0; while :; do echo $((i++)); done'));
    for (let k = 0; k < 3; k++) step = value(live.resume(1));
    expect(step.state).toBe('running');
    value(live.interrupt(1));
    value(live.input(1, 'echo "stopped at $i"'));
    const log = value(live.log());
    expect(log.steps.find((s) => s.op === 'interrupt')?.ticks?.[0]?.[0]).toBe(1);
    const again = fresh();
    const result = value(again.replay(log));
    expect(result.diverged).toBeNull();
    expect(result.terminals).toEqual(live.replayState().terminals);
    expect(result.terminals[0].text).toMatch(/stopped at \d+\n/);
  });

  it('replays a long loop that ended by itself before the next line', () => {
    const live = fresh();
    let step = value(live.input(1, 'for ((i = 0; i < 20000; i++)); do :; done; echo $i'));
    while (step.state === 'running') step = value(live.resume(1));
    expect(step.output).toContain('20000\n');
    value(live.input(1, 'echo next'));
    const again = value(fresh().replay(value(live.log())));
    expect(again.terminals).toEqual(live.replayState().terminals);
  });
});

describe('a session of the shell language', () => {
  it('replays functions, loops and here-documents typed over several lines to the same bytes', () => {
    const live = fresh();
    const lines = [
      'count() {',
      '  local n=0',
      '  for f in "$@"; do n=$((n + 1)); done',
      '  echo "$n: $*"',
      '}',
      'count a b "c d"',
      'cat <<EOF > /tmp/notes',
      'namespaces: $(ls namespaces | wc -l)',
      'EOF',
      'while read -r line; do echo "[$line]"; done < /tmp/notes',
      'case $(cat tracing_on) in 1) echo on;; *) echo off;; esac',
    ];
    for (const line of lines) value(live.input(1, line));
    const screen = live.replayState().terminals[0].text;
    expect(screen).toContain('3: a b c d\n');
    expect(screen).toContain('[namespaces: 0]\n');
    expect(screen).toContain('on\n');
    const again = value(fresh().replay(value(live.log())));
    expect(again.diverged).toBeNull();
    expect(again.terminals).toEqual(live.replayState().terminals);
  });
});

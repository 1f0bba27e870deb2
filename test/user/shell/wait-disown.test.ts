// bash 5.2's `wait -n`, `wait PID`, `wait %N` and `disown` (expected texts from real interactive
// bash: `bash --norc -i` without a terminal, so without job control (`set +m` here), and the
// notices of a shell with job control from bash on a pseudo-terminal). Pids are shown as PID.
import { describe, expect, it } from 'vitest';
import { sh } from '../helpers';

/** Runs `script` in a fresh shell; the pids of `[N] PID` lines are masked. */
function run(script: string, monitor: boolean): { out: string; status: number } {
  const r = sh((monitor ? '' : 'set +m\n') + 'cd /tmp\n' + script);
  return { out: r.out.replace(/^\[(\d+)\] \d+$/gm, '[$1] PID'), status: r.status };
}

describe('wait and disown (no job control)', () => {
  it.each([
    ['sleep 0.1 & wait -n; echo $?', '[1] PID\n0\n'],
    ['wait -n; echo $?', '127\n'],
    ['(exit 3) & wait -n; echo $?', '[1] PID\n3\n'],
    [
      'sleep 0.3 & (sleep 0.1; exit 4) & wait -n; echo $?; wait -n; echo $?; wait -n; echo $?',
      '[1] PID\n[2] PID\n4\n0\n127\n',
    ],
    [
      'sleep 0.1 & p=$!; sleep 0.3 & wait -n -p v; echo $? $((v == p)); wait -n %2; echo $?; wait -p x -n; echo $? "[$x]"',
      '[1] PID\n[2] PID\n0 1\n0\n127 []\n',
    ],
    ['sleep 0.2 & wait -n $! 1234; echo $?', '[1] PID\nbash: wait: 1234: no such job\n0\n'],
    [
      'wait -n 1234 %5 abc; echo $?',
      'bash: wait: 1234: no such job\nbash: wait: %5: no such job\nbash: wait: abc: no such job\n127\n',
    ],
    ['wait -n -- 12; echo $?', 'bash: wait: 12: no such job\n127\n'],
    ['wait 1234; echo $?', 'bash: wait: pid 1234 is not a child of this shell\n127\n'],
    ['wait %3; echo $?', 'bash: wait: %3: no such job\n127\n'],
    ['wait abc; echo $?', "bash: wait: `abc': not a pid or valid job spec\n1\n"],
    ['wait -x; echo $?', 'bash: wait: -x: invalid option\nwait: usage: wait [-fn] [-p var] [id ...]\n2\n'],
    [
      'wait -p; echo $?',
      'bash: wait: -p: option requires an argument\nwait: usage: wait [-fn] [-p var] [id ...]\n2\n',
    ],
    ['wait -p 1x -n; echo $?', "bash: wait: `1x': not a valid identifier\n1\n"],
    ['sleep 0.1 & wait $!; echo $?', '[1] PID\n0\n'],
    ['(exit 5) & p=$!; sleep 0.2; wait $p; echo $?', '[1] PID\n5\n'],
    ['sleep 0.1 & wait -p v %1; echo $? $((v == $!))', '[1] PID\n0 1\n'],
    ['sleep 0.1 & wait 12 %1; echo $?', '[1] PID\nbash: wait: pid 12 is not a child of this shell\n0\n'],
    ['sleep 0.1 & wait %1 12; echo $?', '[1] PID\nbash: wait: pid 12 is not a child of this shell\n127\n'],
    ['(exit 2) & (exit 3) & wait; echo $?', '[1] PID\n[2] PID\n0\n'],
    ['sleep 0.2 & disown; jobs; echo $?', '[1] PID\n0\n'],
    ['disown; echo $?', 'bash: disown: current: no such job\n1\n'],
    ['disown %2; echo $?', 'bash: disown: %2: no such job\n1\n'],
    ['disown -- %4; echo $?', 'bash: disown: %4: no such job\n1\n'],
    ['disown -; echo $?', 'bash: disown: -: no such job\n1\n'],
    [
      'disown -x; echo $?',
      'bash: disown: -x: invalid option\ndisown: usage: disown [-h] [-ar] [jobspec ... | pid ...]\n2\n',
    ],
    ['disown -a; disown -r; echo $?', '0\n'],
    ['sleep 0.2 & sleep 0.3 & disown -a; jobs; echo $?', '[1] PID\n[2] PID\n0\n'],
    ['sleep 0.2 & sleep 0.1 & disown -r; jobs; echo $?', '[1] PID\n[2] PID\n0\n'],
    ['sleep 0.2 & disown -h %1; jobs; echo $?', '[1] PID\n[1]+  Running                 sleep 0.2 &\n0\n'],
    ['sleep 0.2 & disown 1234; echo $?', '[1] PID\nbash: disown: 1234: no such job\n1\n'],
    ['sleep 0.2 & disown $!; jobs; echo $?', '[1] PID\n0\n'],
    [
      'sleep 0.2 & sleep 0.3 & disown %1 %2 %3; echo $?; jobs',
      '[1] PID\n[2] PID\nbash: disown: %3: no such job\n1\n',
    ],
    ['sleep 0.1 & disown sle; echo $?; jobs', '[1] PID\n0\n'],
    ['(sleep 0.1; exit 6) & disown; wait $!; echo $?; wait -n; echo $?', '[1] PID\n0\n127\n'],
  ])('%s', (script, out) => {
    expect(run(script, false).out).toBe(out);
  });
});

describe('wait -n with job control: the job it returns is reported at once and forgotten', () => {
  it.each([
    ['sleep 0.1 & wait -n; echo $?', '[1] PID\n[1]+  Done                    sleep 0.1\n0\n'],
    [
      'sleep 1 &\nsleep 0.1 &\nwait -n; echo $?\njobs',
      '[1] PID\n[2] PID\n[2]+  Done                    sleep 0.1\n0\n[1]+  Running                 sleep 1 &\n',
    ],
    [
      'sleep 0.1 &\nsleep 0.3 &\nwait -n; echo $?\nwait -n %2; echo $?',
      '[1] PID\n[2] PID\n[1]-  Done                    sleep 0.1\n0\n[2]+  Done                    sleep 0.3\n0\n',
    ],
    ['false &\nsleep 0.2\nwait -n; echo $?', '[1] PID\n[1]+  Exit 1                  false\n127\n'],
  ])('%s', (script, out) => {
    expect(run(script, true).out).toBe(out);
  });
});

describe('a disowned job', () => {
  it('runs on outside the job table until it ends', () => {
    expect(
      run('sleep 5 & disown; sleep 1; ps -o comm | grep -c sleep; sleep 6; ps -o comm | grep -c sleep', true),
    ).toEqual({
      out: '[1] PID\n1\n0\n',
      status: 1,
    });
  });
});

// Background jobs (bash jobs.c over the model's scheduler): `CMD &` with its `[N] PID` line,
// `jobs` in bash's layout, notifications at the next prompt, `wait` letting the virtual clock run,
// `kill %N` through the kernel (the job's descriptors close), `fg`/`bg`, `$!`, and the order in
// which a sleeping foreground and sleeping jobs run: always the same.
import { describe, expect, it } from 'vitest';
import { boot } from '../../../worker/kernel/boot';
import { session, sh } from '../helpers';

const EMIT = "uevent emit -d namespaces/ns1/root --count 5 --interval 1s 'tick u32 n' u32:7";

describe('starting and listing jobs', () => {
  it('prints [N] PID, lists them with + and -, and reports Done at the next prompt', () => {
    const r = sh('sleep 3 &\nsleep 1 &\njobs\njobs -l\necho $!\nwait\njobs', { echo: true });
    const pids = [...r.out.matchAll(/^\[\d\] (\d+)$/gm)].map((m) => m[1]);
    expect(pids).toHaveLength(2);
    expect(r.out).toBe(
      `# sleep 3 &\n[1] ${pids[0]}\n# sleep 1 &\n[2] ${pids[1]}\n` +
        '# jobs\n[1]-  Running                 sleep 3 &\n[2]+  Running                 sleep 1 &\n' +
        `# jobs -l\n[1]- ${pids[0]} Running                 sleep 3 &\n[2]+ ${pids[1]} Running                 sleep 1 &\n` +
        `# echo $!\n${pids[1]}\n` +
        '# wait\n[1]-  Done                    sleep 3\n[2]+  Done                    sleep 1\n' +
        '# jobs\n',
    );
  });

  it('runs and-or lists in a subshell and keeps the text as typed', () => {
    expect(sh("false || echo 'a  b' > /tmp/o &\nwait\ncat /tmp/o", { echo: true }).out).toMatch(
      /^# false \|\| echo 'a {2}b' > \/tmp\/o &\n\[1\] \d+\n# wait\n\[1\]\+ {2}Done {20}false \|\| echo 'a {2}b' > \/tmp\/o\n# cat \/tmp\/o\na {2}b\n$/,
    );
  });

  it('reports a failing job with its exit status', () => {
    expect(sh('ls /nope &\nwait').out).toMatch(
      /^\[1\] \d+\nls: cannot access '\/nope': No such file or directory\n\[1\]\+ {2}Exit 2 {18}ls \/nope\n$/,
    );
  });

  it('wait %N returns the job status; wait alone returns 0', () => {
    expect(sh('false &\nwait %1; echo $?\nfalse &\nwait; echo $?').out).toMatch(
      /^\[1\] \d+\n1\n\[1\]\+ {2}Exit 1 {18}false\n\[1\] \d+\n0\n\[1\]\+ {2}Exit 1 {18}false\n$/,
    );
  });

  it('a job that ends at once is reported at the prompt after the next command, as in bash', () => {
    expect(sh('echo a &\necho b', { echo: true }).out).toMatch(
      /^# echo a &\n\[1\] \d+\na\n# echo b\nb\n\[1\]\+ {2}Done {20}echo a\n$/,
    );
  });
});

describe('kill', () => {
  it('kill %1 ends the job, closes its descriptors and is reported as Terminated', () => {
    const r = sh(
      `mkdir namespaces/ns1\n${EMIT} &\nrmdir namespaces/ns1\nkill %1\nrmdir namespaces/ns1\njobs`,
      {
        echo: true,
      },
    );
    expect(r.out).toMatch(
      /\n# rmdir namespaces\/ns1\nrmdir: failed to remove 'namespaces\/ns1': Device or resource busy\n# kill %1\n\[1\]\+ {2}Terminated {14}uevent emit .* u32:7\n# rmdir namespaces\/ns1\n# jobs\n$/,
    );
  });

  it.each([
    ['kill %3', 'bash: kill: %3: no such job\n', 1],
    ['kill 99999', 'bash: kill: (99999) - No such process\n', 1],
    ['kill -FOO 1', 'bash: kill: FOO: invalid signal specification\n', 1],
    ['kill abc', 'bash: kill: abc: arguments must be process or job IDs\n', 1],
    [
      'kill',
      'kill: usage: kill [-s sigspec | -n signum | -sigspec] pid | jobspec ... or kill -l [sigspec]\n',
      2,
    ],
    ['kill $$; echo alive', 'alive\n', 0],
    ['fg', 'bash: fg: current: no such job\n', 1],
    ['jobs -x', 'bash: jobs: -x: invalid option\njobs: usage: jobs [-lp] [jobspec ...]\n', 2],
  ])('%s', (script, out, status) => {
    expect(sh(script)).toEqual({ out, status });
  });

  it('a user may not signal root’s processes; root may signal anyone', () => {
    const k = boot();
    const root = session(k);
    const alice = session(k, { uid: 1000, gid: 1000, cwd: '/home/alice' });
    const pid = /\[1\] (\d+)/.exec(root('sleep 100 &').out)![1];
    expect(alice(`kill ${pid}`)).toEqual({
      out: `bash: kill: (${pid}) - Operation not permitted\n`,
      status: 1,
    });
    const apid = /\[1\] (\d+)/.exec(alice('sleep 100 &').out)![1];
    expect(root(`kill -s KILL ${apid}`)).toEqual({ out: '', status: 0 });
    expect(alice('jobs').out).toBe('[1]+  Killed                  sleep 100\n');
    expect(root(`kill -9 ${pid}`).out).toBe('[1]+  Killed                  sleep 100\n');
  });
});

describe('time and scheduling', () => {
  it('a foreground sleep lets jobs run at their own wake-ups, in order', () => {
    const r = sh(
      "mkdir namespaces/ns1\necho 'u:tick u32 n' > /dev/null\n" +
        `${EMIT} &\necho 1 > events/user_events.ns1/tick/enable\nsleep 2\ncat trace | grep -c uevent\nsleep 10\njobs`,
    );
    expect(r.out).toMatch(
      /^\[1\] \d+\nnot enabled: nothing written\nwritten 8 bytes\nwritten 8 bytes\n2\nwritten 8 bytes\nwritten 8 bytes\n\[1\]\+ {2}Done/,
    );
  });

  it('timestamps of a job’s writes are one interval apart', () => {
    const r = sh(
      `mkdir namespaces/ns1\n${EMIT} &\necho 1 > events/user_events.ns1/tick/enable\nwait\ncat trace`,
    );
    const ts = [...r.out.matchAll(/ (\d+\.\d{6}): /g)].map((m) => Number(m[1]));
    expect(ts).toHaveLength(4);
    for (let i = 1; i < ts.length; i++) expect(ts[i] - ts[i - 1]).toBeCloseTo(1, 3);
  });

  it('is deterministic: the same input gives the same bytes', () => {
    const script = `mkdir namespaces/ns1\n${EMIT} &\necho 1 > events/user_events.ns1/tick/enable\nsleep 1.5\ncat trace\nwait\ncat trace`;
    expect(sh(script).out).toBe(sh(script).out);
  });

  it('a blocked foreground read is woken by a background writer, then gets ^C', () => {
    const r = sh(
      "uevent emit --count 2 --interval 500ms 'tock u32 n' u32:1 &\necho 1 > events/user_events/tock/enable\ncat trace_pipe",
      { echo: true },
    );
    expect(r.out).toMatch(
      /# cat trace_pipe\n( +uevent-\d+ .*: \n00000000: .*\n\0written 8 bytes\n)?written 8 bytes\n +uevent-\d+ .*\n00000000: .*\n\0\^C\n\[1\]\+ {2}Done/,
    );
  });

  it('Ctrl-C ends wait but not the jobs', () => {
    const r = sh('cat /dev/pts/0 &\nwait\njobs', { echo: true });
    expect(r.out).toMatch(/# wait\n\^C\n# jobs\n\[1\]\+ {2}Running {17}cat \/dev\/pts\/0 &\n$/);
  });
});

describe('fg and bg', () => {
  it('fg runs a background job in the foreground and returns its status', () => {
    expect(sh('sleep 5 && false &\nfg; echo $?\njobs', { echo: true }).out).toMatch(
      /^# sleep 5 && false &\n\[1\] \d+\n# fg; echo \$\?\nsleep 5 && false\n1\n# jobs\n$/,
    );
  });

  it('bg of a running job says so', () => {
    expect(sh('sleep 5 &\nbg').out).toMatch(/bash: bg: job 1 already in background\n$/);
  });
});

describe('who announces a job', () => {
  // Real bash 5.2 (interactive): `[N] PID` for a job the prompt's shell starts, also with
  // `set +m`; nothing for one started in `$(...)` or in a `( )` subshell.
  it('the interactive shell does, a subshell or a command substitution does not', () => {
    const r = sh(
      'set +m\nsleep 1 &\nwait\nx=$(sleep 1 & echo started)\necho $x\n(sleep 1 &)\nwait\necho end',
    );
    expect(r.out).toMatch(/^\[1\] \d+\nstarted\nend\n$/);
  });
});

import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { boot } from '../../worker/kernel/boot';
import { session, sh } from './helpers';

describe('headless runner', () => {
  it('prints nothing for empty lines and comments, and exits with the last status', () => {
    expect(sh('\n# a comment\n   \necho a\nfalse\n')).toEqual({ out: 'a\n', status: 1 });
  });

  it('echoes each line as `# LINE` with --echo', () => {
    expect(sh('echo a; echo b\n# skipped\nls /nope', { echo: true })).toEqual({
      out: "# echo a; echo b\na\nb\n# ls /nope\nls: cannot access '/nope': No such file or directory\n",
      status: 2,
    });
  });

  it('puts the next `# ` right after output that ended without a newline', () => {
    expect(sh("printf 'x\\0'\necho y", { echo: true }).out).toBe("# printf 'x\\0'\nx\0# echo y\ny\n");
  });

  it('echoes with the prompt of the shell that reads the line: `# ` for root, `NAME$ ` for a user', () => {
    expect(sh('su alice\nid -u\nsu\nexit\nexit\nid -u', { echo: true }).out).toBe(
      '# su alice\nalice$ id -u\n1000\nalice$ su\nsu: Authentication failure\nalice$ exit\nexit\n# exit\nexit\n',
    );
    expect(sh('id -un', { echo: true, uid: 1001, gid: 1001, cwd: '/' }).out).toBe('bob$ id -un\nbob\n');
  });

  it('shows continuation lines with `> `', () => {
    expect(sh("echo 'a\nb'", { echo: true }).out).toBe("# echo 'a\n> b'\na\nb\n");
  });

  it('answers a blocked read with ^C, status 130, and goes on', () => {
    expect(sh('cat\necho next', { echo: true })).toEqual({
      out: '# cat\n^C\n# echo next\nnext\n',
      status: 0,
    });
    expect(sh('cat trace_pipe')).toEqual({ out: '^C\n', status: 130 });
  });

  it('runs as root in /sys/kernel/tracing', () => {
    expect(sh('id -u; pwd')).toEqual({ out: '0\n/sys/kernel/tracing\n', status: 0 });
  });

  it('stops at exit', () => {
    expect(sh('exit 4\necho no')).toEqual({ out: 'exit\n', status: 4 });
  });

  it('keeps state between runs of one session', () => {
    const run = session(boot());
    run('cd /tmp; X=1');
    expect(run('pwd; echo $X')).toEqual({ out: '/tmp\n1\n', status: 0 });
  });
});

describe('cli', () => {
  const cli = ['tsx', 'worker/cli.ts'];

  it('runs -c and exits with the last status', () => {
    const r = spawnSync('npx', [...cli, '-c', 'echo hi; false'], { encoding: 'utf8' });
    expect(r.stdout).toBe('hi\n');
    expect(r.status).toBe(1);
  });

  it('reads commands from stdin, with --echo', () => {
    const r = spawnSync('npx', [...cli, '--echo'], { input: 'echo a\nfrob\n', encoding: 'utf8' });
    expect(r.stdout).toBe('# echo a\na\n# frob\nbash: frob: command not found\n');
    expect(r.status).toBe(127);
  });
});

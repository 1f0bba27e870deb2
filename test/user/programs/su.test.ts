// su and the stack of shells on one terminal: root starts a user's shell (setcred through the
// kernel), the runner's echo follows the shell that reads each line, `exit` and Ctrl-D return,
// `suspend` makes the shell a stopped job of the one below and `fg` continues it with its state.
import { describe, expect, it } from 'vitest';
import { boot } from '../../../worker/kernel/boot';
import { Shell } from '../../../worker/user/shell/shell';
import { ALICE, sh } from '../helpers';

describe('su', () => {
  it('starts the user’s shell; exit returns its status to the shell that ran su', () => {
    expect(sh('su alice\nid\necho $USER $HOME $PWD\npwd\nexit 3\necho $?\nid -u', { echo: true }).out).toBe(
      '# su alice\nalice$ id\nuid=1000(alice) gid=1000(alice) groups=1000(alice),27(sudo)\n' +
        'alice$ echo $USER $HOME $PWD\nalice /home/alice /sys/kernel/tracing\n' +
        'alice$ pwd\n/sys/kernel/tracing\nalice$ exit 3\nexit\n# echo $?\n3\n# id -u\n0\n',
    );
  });

  it('su - starts in the home directory; su with no user is root', () => {
    expect(sh('su - bob\npwd\nwhoami\nexit\nsu\nwhoami\nexit', { echo: true }).out).toBe(
      '# su - bob\nbob$ pwd\n/home/bob\nbob$ whoami\nbob\nbob$ exit\nexit\n# su\n# whoami\nroot\n# exit\nexit\n',
    );
  });

  it.each([
    [
      'su carol',
      'su: user carol does not exist or the user entry does not contain all the required fields\n',
      1,
    ],
    ['su -x', "su: invalid option -- 'x'\nTry 'su --help' for more information.\n", 1],
  ])('%s', (script, out, status) => {
    expect(sh(script)).toEqual({ out, status });
  });

  it('a user cannot switch (no passwords in the playground)', () => {
    expect(sh('su bob', ALICE)).toEqual({ out: 'su: Authentication failure\n', status: 1 });
    expect(sh('su alice\nsu bob\nexit', { echo: true }).out).toBe(
      '# su alice\nalice$ su bob\nsu: Authentication failure\nalice$ exit\nexit\n',
    );
  });

  it('the user’s shell gets the permissions of the user', () => {
    expect(sh('su alice\ncat trace\nls /root\nexit').out).toBe(
      "cat: trace: Permission denied\nls: cannot open directory '/root': Permission denied\nexit\n",
    );
  });
});

describe('the stack of shells (Shell)', () => {
  it('prompt, sys and history follow the innermost shell; Ctrl-D leaves it', () => {
    const k = boot();
    const { sys } = k.login({ cwd: '/tmp' });
    const shell = new Shell(sys);
    expect(shell.prompt()).toBe('root@playground:/tmp# ');
    expect(shell.input('su - alice')).toEqual({ state: 'done', status: 0 });
    expect(shell.prompt()).toBe('alice@playground:~$ ');
    expect(shell.sys.getuid()).toBe(1000);
    expect(shell.sys.pid).not.toBe(sys.pid);
    shell.input('echo hi');
    expect(shell.history).toEqual(['echo hi']);
    expect(shell.endOfInput()).toEqual({ state: 'done', status: 0 });
    expect(shell.prompt()).toBe('root@playground:/tmp# ');
    expect(shell.history).toEqual(['su - alice']);
    expect(shell.exitStatus).toBeNull();
  });

  it('suspend stops the user’s shell; fg continues it with its descriptors', () => {
    const r = sh(
      'su alice\nexec 3< /etc/hostname\nsuspend\njobs\necho $?\nfg\nhead -c 4 <&3; echo\nexit\njobs',
      { echo: true },
    );
    expect(r.out).toBe(
      '# su alice\nalice$ exec 3< /etc/hostname\nalice$ suspend\n\n[1]+  Stopped                 su alice\n' +
        '# jobs\n[1]+  Stopped                 su alice\n# echo $?\n0\n# fg\nsu alice\n' +
        'alice$ head -c 4 <&3; echo\nplay\nalice$ exit\nexit\n# jobs\n',
    );
  });

  it('the login shell cannot be suspended; exit with a stopped job warns once', () => {
    expect(sh('suspend')).toEqual({ out: 'bash: suspend: cannot suspend a login shell\n', status: 1 });
    expect(sh('su alice\nsuspend\nexit\nexit\necho no', { echo: true }).out).toBe(
      '# su alice\nalice$ suspend\n\n[1]+  Stopped                 su alice\n' +
        '# exit\nexit\nThere are stopped jobs.\n# exit\nexit\n',
    );
  });

  it('a killed user shell returns to the shell below', () => {
    expect(sh('su alice\nkill -9 $$\necho $?', { echo: true }).out).toBe(
      '# su alice\nalice$ kill -9 $$\nKilled\n# echo $?\n137\n',
    );
    expect(sh('su alice\nsuspend\nkill %1\njobs\nkill -9 %1\njobs', { echo: true }).out).toBe(
      '# su alice\nalice$ suspend\n\n[1]+  Stopped                 su alice\n' +
        '# kill %1\n# jobs\n[1]+  Stopped                 su alice\n' +
        '# kill -9 %1\n[1]+  Killed                  su alice\n# jobs\n',
    );
  });

  it('a job outlives the user’s shell; killing the login shell ends the session', () => {
    const r = sh('su alice\nsleep 10 &\nexit\nsleep 20\nkill -9 $$\necho never');
    expect(r.out).toMatch(/^\[1\] \d+\nexit\n$/);
    expect(r.status).toBe(137);
  });
});

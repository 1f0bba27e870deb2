// sudo 1.9.13 as Debian 12 has it (expected texts from the real sudo run as a member of group sudo,
// with the playground's users, uids and host name): the set-user-ID exec through the kernel, the
// sudoers policy (root and group sudo, NOPASSWD), options and usage errors, -l, the environment,
// -s and -i shells, and a user sudoers refuses.
import { describe, expect, it } from 'vitest';
import { boot } from '../../../worker/kernel/boot';
import { USAGE } from '../../../worker/user/programs/sudo-text';
import { ALICE, session, sh } from '../helpers';

describe('the exec of a set-user-ID-root file', () => {
  it('makes the effective uid 0 and keeps the real one; setcred makes both the same', () => {
    const sys = boot().login({ uid: 1000, gid: 1000, groups: [27] }).sys;
    const child = sys.fork();
    expect(child.setcred(0, 0, [])).toBeLessThan(0);
    child.execSetuid('sudo', ['sudo', 'id']);
    expect([child.getuid(), child.geteuid(), child.getgid(), child.getgroups()]).toEqual([
      1000,
      0,
      1000,
      [27],
    ]);
    expect(child.comm()).toBe('sudo');
    const grandchild = child.fork();
    expect([grandchild.getuid(), grandchild.geteuid()]).toEqual([1000, 0]);
    expect(child.setcred(1001, 1001, [1001])).toBe(0);
    expect([child.getuid(), child.geteuid(), child.getgid()]).toEqual([1001, 1001, 1001]);
    expect([sys.getuid(), sys.geteuid()]).toEqual([1000, 1000]);
  });
});

describe('sudo run by a member of group sudo', () => {
  it.each([
    ['sudo id', 'uid=0(root) gid=0(root) groups=0(root)\n', 0],
    ['sudo -u bob id', 'uid=1001(bob) gid=1001(bob) groups=1001(bob),27(sudo)\n', 0],
    ["sudo -u '#1001' id -un", 'bob\n', 0],
    ['sudo -g sudo id', 'uid=1000(alice) gid=27(sudo) groups=27(sudo),1000(alice)\n', 0],
    ['sudo -- id -un', 'root\n', 0],
    ['sudo echo hi', 'hi\n', 0],
    ['sudo', USAGE, 1],
    ['sudo -x', "sudo: invalid option -- 'x'\n" + USAGE, 1],
    ['sudo --bogus', "sudo: unrecognized option '--bogus'\n" + USAGE, 1],
    ['sudo -u', "sudo: option requires an argument -- 'u'\n" + USAGE, 1],
    ['sudo --user', "sudo: option '--user' requires an argument\n" + USAGE, 1],
    ['sudo -u bob', USAGE, 1],
    ['sudo nope', 'sudo: nope: command not found\n', 1],
    [
      'sudo cd /',
      'sudo: cd: command not found\nsudo: "cd" is a shell built-in command, it cannot be run directly.\nsudo: the -s option may be used to run a privileged shell.\nsudo: the -D option may be used to run a command in a specific directory.\n',
      1,
    ],
    ['sudo /nope', 'sudo: /nope: command not found\n', 1],
    [
      'sudo -u carol id',
      'sudo: unknown user carol\nsudo: error initializing audit plugin sudoers_audit\n',
      1,
    ],
    [
      'sudo -g nogrp id',
      'sudo: unknown group nogrp\nsudo: error initializing audit plugin sudoers_audit\n',
      1,
    ],
    ['sudo -s -i', 'sudo: you may not specify both the -i and -s options\n' + USAGE, 1],
    ['sudo -i -E', 'sudo: you may not specify both the -i and -E options\n' + USAGE, 1],
    [
      'sudo -l -v',
      'sudo: Only one of the -e, -h, -i, -K, -l, -s, -v or -V options may be specified\n' + USAGE,
      1,
    ],
    ['sudo -U bob id', 'sudo: the -U option may only be used with the -l option\n' + USAGE, 1],
    ['sudo -V -u bob', USAGE, 1],
    ['sudo -K id', USAGE, 1],
    ['sudo -v id', USAGE, 1],
    ['sudo FOO=1', USAGE, 1],
    ['sudo -v; sudo -k; sudo -K; sudo -k -K; echo $?', '0\n', 0],
    ['sudo -n id -un', 'root\n', 0],
    ['sudo -k id -un', 'root\n', 0],
    [
      'sudo -l | cat',
      'Matching Defaults entries for alice on playground:\n    env_reset, mail_badpass, secure_path=/usr/local/sbin\\:/usr/local/bin\\:/usr/sbin\\:/usr/bin\\:/sbin\\:/bin, use_pty\n\nUser alice may run the following commands on playground:\n    (ALL : ALL) NOPASSWD: ALL\n',
      0,
    ],
    ['sudo -l id -u', '/usr/bin/id -u\n', 0],
    ['sudo -l nope', 'sudo: nope: command not found\n', 1],
    ['sudo -l echo', '/usr/bin/echo\n', 0],
    ['sudo -l cd', 'sudo: cd: command not found\n', 1],
    ['sudo -l -u bob', USAGE, 1],
    ['sudo -u bob -l id', '/usr/bin/id\n', 0],
    [
      'sudo -U root -l | cat',
      'Matching Defaults entries for root on playground:\n    env_reset, mail_badpass, secure_path=/usr/local/sbin\\:/usr/local/bin\\:/usr/sbin\\:/usr/bin\\:/sbin\\:/bin, use_pty\n\nUser root may run the following commands on playground:\n    (ALL : ALL) ALL\n',
      0,
    ],
    ['sudo -U carol -l', 'sudo: unknown user carol\n', 1],
    ['sudo -D / pwd', 'sudo: you are not permitted to use the -D option with /usr/bin/pwd\n', 1],
    ['sudo -i pwd', '/root\n', 0],
    ['sudo -u bob -i pwd', '/home/bob\n', 0],
    ['sudo -s -- echo a b', 'a b\n', 0],
    ['sudo -s nope', '/bin/bash: line 1: nope: command not found\n', 127],
    ['sudo -i nope', '-bash: line 1: nope: command not found\n', 127],
    [
      'sudo -V',
      'Sudo version 1.9.13p3\nSudoers policy plugin version 1.9.13p3\nSudoers file grammar version 50\nSudoers I/O plugin version 1.9.13p3\nSudoers audit plugin version 1.9.13p3\n',
      0,
    ],
    ['sudo true --foo; echo $?', '0\n', 0],
    ['sudo false; echo $?', '1\n', 0],
    ['echo x | sudo cat', 'x\n', 0],
  ])('%s', (script, out, status) => {
    expect(sh(script, ALICE)).toEqual({ out, status });
  });

  it('-l lists the privileges, the Defaults wrapped on a terminal; -ll in the long form', () => {
    const defaults =
      'Matching Defaults entries for alice on playground:\n    env_reset, mail_badpass,\n' +
      '    secure_path=/usr/local/sbin\\:/usr/local/bin\\:/usr/sbin\\:/usr/bin\\:/sbin\\:/bin,\n    use_pty\n\n' +
      'User alice may run the following commands on playground:\n';
    expect(sh('sudo -l', ALICE)).toEqual({ out: defaults + '    (ALL : ALL) NOPASSWD: ALL\n', status: 0 });
    expect(sh('sudo -ll', ALICE)).toEqual({
      out:
        defaults +
        '\nSudoers entry:\n    RunAsUsers: ALL\n    RunAsGroups: ALL\n    Options: !authenticate\n    Commands:\n\tALL\n',
      status: 0,
    });
  });

  it('-h prints the usage and the options', () => {
    const r = sh('sudo -h', ALICE);
    expect(r.status).toBe(0);
    expect(r.out.startsWith('sudo - execute a command as another user\n\n' + USAGE + '\nOptions:\n')).toBe(
      true,
    );
    expect(r.out.endsWith('  --                            stop processing command line arguments\n')).toBe(
      true,
    );
  });
});

describe("sudo's environment (env_reset, secure_path)", () => {
  const SUDO_VARS = 'SUDO_COMMAND=/usr/bin/env\nSUDO_USER=alice\nSUDO_UID=1000\nSUDO_GID=1000\n';
  const SECURE_PATH = 'PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin\n';
  it.each([
    [
      'cd /tmp; export FOO=bar; sudo env',
      SECURE_PATH +
        'LC_ALL=C\nTERM=xterm-256color\nMAIL=/var/mail/root\nLOGNAME=root\nUSER=root\nHOME=/root\nSHELL=/bin/bash\n' +
        SUDO_VARS,
    ],
    [
      'cd /tmp; export FOO=bar; sudo -E env',
      'HOME=/home/alice\nLOGNAME=root\nUSER=root\nSHELL=/bin/bash\n' +
        SECURE_PATH +
        'PWD=/tmp\nLC_ALL=C\nTERM=xterm-256color\nFOO=bar\n' +
        SUDO_VARS,
    ],
    [
      'sudo -u bob env',
      SECURE_PATH +
        'LC_ALL=C\nTERM=xterm-256color\nMAIL=/var/mail/bob\nLOGNAME=bob\nUSER=bob\nHOME=/home/bob\nSHELL=/bin/bash\n' +
        SUDO_VARS,
    ],
    [
      'sudo FOO=x env',
      SECURE_PATH +
        'LC_ALL=C\nTERM=xterm-256color\nMAIL=/var/mail/root\nLOGNAME=root\nUSER=root\nHOME=/root\nSHELL=/bin/bash\n' +
        SUDO_VARS +
        'FOO=x\n',
    ],
    [
      'export FOO=9; sudo --preserve-env=FOO env',
      SECURE_PATH +
        'LC_ALL=C\nTERM=xterm-256color\nMAIL=/var/mail/root\nLOGNAME=root\nUSER=root\nHOME=/root\nSHELL=/bin/bash\n' +
        SUDO_VARS +
        'FOO=9\n',
    ],
    [
      'sudo env | grep SUDO_COMMAND; sudo env -u X | grep SUDO_COMMAND',
      'SUDO_COMMAND=/usr/bin/env\nSUDO_COMMAND=/usr/bin/env -u X\n',
    ],
  ])('%s', (script, out) => {
    expect(sh(script, ALICE)).toEqual({ out, status: 0 });
  });
});

describe('sudo -s and sudo -i: a shell for the target user', () => {
  it('-s keeps the directory; the shell has root’s HOME and SUDO_USER; exit returns its status', () => {
    expect(
      sh('sudo -s\nwhoami\necho $HOME $USER $SUDO_USER\npwd\nexit 4\necho $?', { ...ALICE, echo: true }).out,
    ).toBe(
      'alice$ sudo -s\n# whoami\nroot\n# echo $HOME $USER $SUDO_USER\n/root root alice\n# pwd\n/home/alice\n' +
        '# exit 4\nexit\nalice$ echo $?\n4\n',
    );
  });

  it('-i starts in the target’s home; -u bob -s is bob’s shell', () => {
    expect(sh('sudo -i\npwd\nexit\nsudo -u bob -s\nid\nexit', { ...ALICE, echo: true }).out).toBe(
      'alice$ sudo -i\n# pwd\n/root\n# exit\nexit\nalice$ sudo -u bob -s\nbob$ id\n' +
        'uid=1001(bob) gid=1001(bob) groups=1001(bob),27(sudo)\nbob$ exit\nexit\n',
    );
  });
});

describe('who may not', () => {
  it('root may; a user no longer in group sudo is refused before anything runs', () => {
    const kernel = boot();
    const root = session(kernel);
    expect(
      root("printf 'root:x:0:\\nsudo:x:27:alice\\nalice:x:1000:\\nbob:x:1001:\\n' > /etc/group; sudo id"),
    ).toEqual({
      out: 'uid=0(root) gid=0(root) groups=0(root)\n',
      status: 0,
    });
    expect(root('sudo -l | tail -1')).toEqual({ out: '    (ALL : ALL) ALL\n', status: 0 });
    const bob = session(kernel, { uid: 1001, gid: 1001, cwd: '/home/bob' });
    // NOTE: the real sudo first asks bob's password (`[sudo] password for bob: `); the playground has none.
    expect(bob('sudo id')).toEqual({ out: 'bob is not in the sudoers file.\n', status: 1 });
    expect(bob('sudo nope')).toEqual({ out: 'bob is not in the sudoers file.\n', status: 1 });
    expect(bob('sudo -l')).toEqual({ out: 'Sorry, user bob may not run sudo on playground.\n', status: 1 });
    expect(bob('sudo -v')).toEqual({ out: 'Sorry, user bob may not run sudo on playground.\n', status: 1 });
    expect(bob('sudo -k; sudo -K')).toEqual({ out: '', status: 0 });
    const alice = session(kernel, ALICE);
    expect(alice('sudo -U bob -l')).toEqual({
      out: 'User bob is not allowed to run sudo on playground.\n',
      status: 0,
    });
  });
});

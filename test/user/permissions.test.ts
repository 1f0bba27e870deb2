import { describe, expect, it } from 'vitest';
import { boot } from '../../worker/kernel/boot';
import { ALICE, session, sh } from './helpers';

describe('a non-root user gets the kernel errno, reported exactly', () => {
  it.each([
    ['ls /sys/kernel/tracing', "ls: cannot open directory '/sys/kernel/tracing': Permission denied\n", 2],
    ['cat /sys/kernel/tracing/trace', 'cat: /sys/kernel/tracing/trace: Permission denied\n', 1],
    ['cd /sys/kernel/tracing', 'bash: cd: /sys/kernel/tracing: Permission denied\n', 1],
    ['ls /root', "ls: cannot open directory '/root': Permission denied\n", 2],
    ['echo hi > /etc/passwd', 'bash: /etc/passwd: Permission denied\n', 1],
    ['touch /etc/x', "touch: cannot touch '/etc/x': Permission denied\n", 1],
    ['mkdir /etc/x', "mkdir: cannot create directory '/etc/x': Permission denied\n", 1],
    ['rm /etc/passwd', "rm: cannot remove '/etc/passwd': Permission denied\n", 1],
    ['rmdir /tmp', "rmdir: failed to remove '/tmp': Permission denied\n", 1],
    ['chmod 777 /etc/passwd', "chmod: changing permissions of '/etc/passwd': Operation not permitted\n", 1],
    ['chown alice /etc/passwd', "chown: changing ownership of '/etc/passwd': Operation not permitted\n", 1],
    [
      'mount --bind /tmp /home/alice',
      'mount: /home/alice: must be superuser to use mount.\n       dmesg(1) may have more information after failed mount system call.\n',
      32,
    ],
    ['umount /tmp', 'umount: /tmp: must be superuser to unmount.\n', 32],
    [
      'id; whoami; echo $HOME $USER; pwd',
      'uid=1000(alice) gid=1000(alice) groups=1000(alice)\nalice\n/home/alice alice\n/home/alice\n',
      0,
    ],
    ['mkdir d; chmod 500 d; touch d/x', "touch: cannot touch 'd/x': Permission denied\n", 1],
    ['touch f; ls -l', 'total 0\n-rw-r--r-- 1 alice alice 0 Jul 28 09:00 f\n', 0],
  ])('%s', (script, out, status) => {
    expect(sh(script, ALICE)).toEqual({ out, status });
  });

  it('follows SCENARIOS S22 across two sessions on one kernel', () => {
    const k = boot();
    const root = session(k);
    const alice = session(k, { ...ALICE, echo: true });
    expect(root('mkdir namespaces/ns1; mkdir -p /containers/c1/isolated').status).toBe(0);
    expect(root('mount --bind /sys/kernel/tracing/namespaces/ns1/root /containers/c1/isolated').status).toBe(
      0,
    );
    expect(alice('ls /containers/c1/isolated').out).toBe(
      "alice$ ls /containers/c1/isolated\nls: cannot open directory '/containers/c1/isolated': Permission denied\n",
    );
    root('chmod 0755 namespaces/ns1/root');
    root('chown 1000:1000 namespaces/ns1/root/user_events_data namespaces/ns1/root/user_events_status');
    expect(alice('ls -1 /containers/c1/isolated').out).toBe(
      'alice$ ls -1 /containers/c1/isolated\nuser_events_data\nuser_events_status\n',
    );
    expect(alice("stat -c '%a %U:%G %n' /containers/c1/isolated/user_events_data").out).toMatch(
      /\n640 alice:alice \/containers\/c1\/isolated\/user_events_data\n$/,
    );
    expect(alice('echo hi > /containers/c1/isolated/user_events_data')).toEqual({
      out: 'alice$ echo hi > /containers/c1/isolated/user_events_data\nbash: echo: write error: Bad address\n',
      status: 1,
    });
    expect(alice('mkdir /containers/c1/isolated/x').out).toMatch(/Permission denied\n$/);
  });
});

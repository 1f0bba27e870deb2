// ps (procps-ng 4.0.2) through the shell. Expected texts are the real ps's under LC_ALL=C in an
// 80-column terminal, adapted only in what the model decides: pids (from 1000), the terminal, the
// start time (09:00 on the model's clock), no memory or CPU use, and pid columns 7 wide because the
// model's /proc/sys/kernel/pid_max is 4194304 (the real machine's 32768 gives 5). The model has no
// process groups, so no process is marked `+` (in the foreground) in STAT.

import { describe, expect, it } from 'vitest';
import { boot } from '../../../worker/kernel/boot';
import { ALICE, session, sh } from '../helpers';

const USAGE =
  '\nUsage:\n ps [options]\n\n' +
  " Try 'ps --help <simple|list|output|threads|misc|all>'\n" +
  "  or 'ps --help <s|l|o|t|m|a>'\n" +
  ' for additional help text.\n\n' +
  'For more details see ps(1).\n';

const SYSV = '    PID TTY          TIME CMD\n';
const FULL = 'UID          PID    PPID  C STIME TTY          TIME CMD\n';
const BSD_U = 'USER         PID %CPU %MEM    VSZ   RSS TTY      STAT START   TIME COMMAND\n';
const BASH = '   1000 pts/0    00:00:00 bash\n';

describe('ps: formats', () => {
  it.each([
    ['ps', SYSV + BASH + '   1001 pts/0    00:00:00 ps\n', 0],
    ['ps -e', SYSV + BASH + '   1001 pts/0    00:00:00 ps\n', 0],
    ['ps -A', SYSV + BASH + '   1001 pts/0    00:00:00 ps\n', 0],
    [
      'ps -ef',
      FULL +
        'root        1000       1  0 09:00 pts/0    00:00:00 -bash\n' +
        'root        1001    1000  0 09:00 pts/0    00:00:00 ps -ef\n',
      0,
    ],
    [
      'ps aux',
      BSD_U +
        'root        1000  0.0  0.0      0     0 pts/0    Ss   09:00   0:00 -bash\n' +
        'root        1001  0.0  0.0      0     0 pts/0    R    09:00   0:00 ps aux\n',
      0,
    ],
    [
      'ps -aux',
      BSD_U +
        'root        1000  0.0  0.0      0     0 pts/0    Ss   09:00   0:00 -bash\n' +
        'root        1001  0.0  0.0      0     0 pts/0    R    09:00   0:00 ps -aux\n',
      0,
    ],
    [
      'ps x',
      '    PID TTY      STAT   TIME COMMAND\n   1000 pts/0    Ss     0:00 -bash\n   1001 pts/0    R      0:00 ps x\n',
      0,
    ],
    ['ps r', '    PID TTY      STAT   TIME COMMAND\n   1001 pts/0    R      0:00 ps r\n', 0],
    [
      'ps -o pid,comm,stat',
      '    PID COMMAND         STAT\n   1000 bash            Ss\n   1001 ps              R\n',
      0,
    ],
    ['ps -p $$ -o fname,ucmd,args', 'COMMAND  CMD             COMMAND\nbash     bash            -bash\n', 0],
    [
      'ps -o pid,user,tty,stime,etime,time,cmd -p $$',
      '    PID USER     TT       STIME     ELAPSED     TIME CMD\n   1000 root     pts/0    09:00       00:00 00:00:00 -bash\n',
      0,
    ],
    [
      'sleep 90; ps -o pid,etime,etimes,start -p $$',
      '    PID     ELAPSED ELAPSED  STARTED\n   1000       01:30      90 09:00:05\n',
      0,
    ],
    [
      'ps -p 1000,1001 -o pid,ppid,sid,pgid,tpgid,uid,gid,group,nlwp,ni',
      '    PID    PPID     SID    PGID   TPGID   UID   GID GROUP    NLWP  NI\n' +
        '   1000       1    1000    1000      -1     0     0 root        1   0\n' +
        '   1001    1000    1000    1000      -1     0     0 root        1   0\n',
      0,
    ],
    [
      'ps -A -o pid,s,stat,vsz,rss,%cpu,%mem,c',
      '    PID S STAT    VSZ   RSS %CPU %MEM  C\n   1000 S Ss        0     0  0.0  0.0  0\n   1001 R R         0     0  0.0  0.0  0\n',
      0,
    ],
    ['ps -o comm= -o pid', '                    PID\nbash               1000\nps                 1001\n', 0],
    ['ps -p 1000 -o pid:3=AB', ' AB\n1000\n', 0],
    ['ps -p 1000 -o pid=', '   1000\n', 0],
    ['ps -p $$ -o pid=,args=', '   1000 -bash\n', 0],
    ['ps -p 1000 -o pid,comm=X', '    PID X\n   1000 bash\n', 0],
    ['ps --no-headers', BASH + '   1001 pts/0    00:00:00 ps\n', 0],
    ['ps -p 1000', SYSV + BASH, 0],
    ['ps --pid=1000', SYSV + BASH, 0],
    ['ps 1000', '    PID TTY      STAT   TIME COMMAND\n   1000 pts/0    Ss     0:00 -bash\n', 0],
    ['ps -p 99999', SYSV, 1],
    ['ps -u root -o pid', '    PID\n   1000\n   1001\n', 0],
    ['ps -U 1000', SYSV, 1],
    ['ps --version', 'ps from procps-ng 4.0.2\n', 0],
    ['ps --help', USAGE, 0],
  ])('%s', (script, out, status) => {
    expect(sh(script)).toEqual({ out, status });
  });
});

describe('ps: the line is as wide as the terminal', () => {
  const job = 'sleep 100 100 100 100 100 100 100 &\n';
  const head = FULL + 'root        1000       1  0 09:00 pts/0    00:00:00 -bash\n';
  it.each([
    [
      job + 'ps -f',
      head +
        'root        1001    1000  0 09:00 pts/0    00:00:00 sleep 100 100 100 100 100 10\n' +
        'root        1002    1000  0 09:00 pts/0    00:00:00 ps -f\n',
    ],
    [
      job + 'ps -f > /tmp/o; cat /tmp/o',
      head +
        'root        1001    1000  0 09:00 pts/0    00:00:00 sleep 100 100 100 100 100 100 100\n' +
        'root        1002    1000  0 09:00 pts/0    00:00:00 ps -f\n',
    ],
    [
      job + 'ps -wf',
      head +
        'root        1001    1000  0 09:00 pts/0    00:00:00 sleep 100 100 100 100 100 100 100\n' +
        'root        1002    1000  0 09:00 pts/0    00:00:00 ps -wf\n',
    ],
    [
      job + 'COLUMNS=60 ps -f',
      head +
        'root        1001    1000  0 09:00 pts/0    00:00:00 sleep 10\n' +
        'root        1002    1000  0 09:00 pts/0    00:00:00 ps -f\n',
    ],
  ])('%s', (script, out) => {
    expect(sh(script)).toEqual({ out: '[1] 1001\n' + out, status: 0 });
  });
});

describe('ps: which processes', () => {
  it('picks by user and terminal, -e and BSD ax take all, -a and -d leave session leaders out', () => {
    const k = boot();
    const root = session(k);
    const alice = session(k, ALICE);
    alice('sleep 50 &');
    expect(root('ps').out).toBe(SYSV + BASH + '   1003 pts/0    00:00:00 ps\n');
    expect(root('ps -ef').out).toBe(
      FULL +
        'root        1000       1  0 09:00 pts/0    00:00:00 -bash\n' +
        'alice       1001       1  0 09:00 pts/1    00:00:00 -bash\n' +
        'alice       1002    1001  0 09:00 pts/1    00:00:00 sleep 50\n' +
        'root        1004    1000  0 09:00 pts/0    00:00:00 ps -ef\n',
    );
    expect(alice('ps').out).toBe(
      SYSV +
        '   1001 pts/1    00:00:00 bash\n   1002 pts/1    00:00:00 sleep\n   1005 pts/1    00:00:00 ps\n',
    );
    expect(root('ps -u alice').out).toBe(
      SYSV + '   1001 pts/1    00:00:00 bash\n   1002 pts/1    00:00:00 sleep\n',
    );
    expect(root('ps a').out).toBe(
      '    PID TTY      STAT   TIME COMMAND\n' +
        '   1000 pts/0    Ss     0:00 -bash\n' +
        '   1001 pts/1    Ss     0:00 -bash\n' +
        '   1002 pts/1    S      0:00 sleep 50\n' +
        '   1007 pts/0    R      0:00 ps a\n',
    );
    expect(root('ps -a').out).toBe(SYSV + '   1002 pts/1    00:00:00 sleep\n   1008 pts/0    00:00:00 ps\n');
    expect(root('ps -d').out).toBe(SYSV + '   1002 pts/1    00:00:00 sleep\n   1009 pts/0    00:00:00 ps\n');
  });

  it('reads what it prints from /proc', () => {
    expect(sh('cat /proc/$$/comm; ps -o comm= -p $$').out).toBe('bash\nbash\n');
  });
});

describe('ps: errors', () => {
  it.each([
    ['ps -Q', 'unsupported SysV option'],
    ['ps Q', 'unsupported option (BSD syntax)'],
    ['ps --foo', 'unknown gnu long option'],
    ['ps -p', 'list of process IDs must follow -p'],
    ['ps --pid', 'list of process IDs must follow --pid'],
    ['ps -p abc', 'process ID list syntax error'],
    ['ps -p 1x', 'process ID list syntax error'],
    ['ps -p 0', 'process ID out of range'],
    ['ps -o', 'format specification must follow -o'],
    ["ps -o ''", 'format specification must follow -o'],
    ['ps --format', 'format specification must follow --format'],
    ['ps -o foo', 'unknown user-defined format specifier "foo"'],
    ['ps -p 1 -o comm=A,B', 'unknown user-defined format specifier "B"'],
    ['ps -o pid,,comm', 'improper format list'],
    ['ps -o ,pid', 'improper format list'],
    ['ps -o pid:x', 'column widths must be unsigned decimal numbers'],
    ['ps -u nosuch', 'user name does not exist'],
  ])('%s', (script, message) => {
    expect(sh(script)).toEqual({ out: `error: ${message}\n${USAGE}`, status: 1 });
  });

  it('without /proc it says how to mount it, whatever it was asked', () => {
    const error = 'Error, do this: mount -t proc proc /proc\n';
    expect(sh('umount /proc; ps; echo $?; ps --help')).toEqual({ out: `${error}47\n${error}`, status: 47 });
  });
});

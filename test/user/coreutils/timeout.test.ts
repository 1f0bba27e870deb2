// coreutils 9.1 timeout on the virtual clock (expected texts from `bash --norc -i` running the real
// timeout): durations and signals, the statuses 124 to 127 and 137, --preserve-status, -k, -v, a
// child killed at its deadline whether it sleeps or waits on a read, and timeout in a pipeline.
import { describe, expect, it } from 'vitest';
import { boot } from '../../../worker/kernel/boot';
import { decodeUtf8 } from '../../../worker/kernel/lib/utf8';
import { HeadlessSession } from '../../../worker/user/headless';
import { sh } from '../helpers';

describe('timeout', () => {
  it.each([
    ['timeout 1 sleep 5; echo $?', '124\n'],
    ['timeout 5 sleep 1; echo $?', '0\n'],
    ['timeout --preserve-status 1 sleep 5; echo $?', '143\n'],
    ['echo $(timeout -s KILL 0.1 sleep 1; echo $?)', '137\n'],
    ['echo $(timeout --foreground -s KILL 0.1 sleep 1; echo $?)', '137\n'],
    ['echo $(timeout -k 0.1 -s CONT 0.1 sleep 1; echo $?)', '137\n'],
    ['timeout -s INT 1 sleep 5; echo $?', '124\n'],
    ['timeout -s hup 0.1 sleep 1; echo $?', '124\n'],
    ['timeout -s 0 0.1 sleep 1; echo $?', '124\n'],
    ['timeout -s sigusr1 0.5 sleep 1; echo $?', '124\n'],
    ['timeout --sig=INT 0.1 sleep 1; echo $?', '124\n'],
    ['timeout --pre 0.1 sleep 1; echo $?', '143\n'],
    ['timeout 1 false; echo $?', '1\n'],
    ['timeout 0 sleep 1; echo $?', '0\n'],
    ['timeout 0.5s sleep 1; echo $?', '124\n'],
    ['timeout 1m true; echo $?', '0\n'],
    ['timeout 1e-3 sleep 1; echo $?', '124\n'],
    ['timeout .1 sleep 1; echo $?', '124\n'],
    ['timeout inf true; echo $?', '0\n'],
    ["timeout ' 1' true; echo $?", '0\n'],
    ['timeout +1 true; echo $?', '0\n'],
    ['timeout 0x10 true; echo $?', '0\n'],
    ['timeout 2d true; echo $?', '0\n'],
    ['timeout -- 1 true; echo $?', '0\n'],
    ['timeout 1 echo hi', 'hi\n'],
    [
      'timeout 2 sleep 1 x; echo $?',
      "sleep: invalid time interval 'x'\nTry 'sleep --help' for more information.\n1\n",
    ],
    [
      'timeout x sleep 1; echo $?',
      "timeout: invalid time interval 'x'\nTry 'timeout --help' for more information.\n125\n",
    ],
    [
      'timeout 1x true; echo $?',
      "timeout: invalid time interval '1x'\nTry 'timeout --help' for more information.\n125\n",
    ],
    [
      'timeout 1.5.5 true; echo $?',
      "timeout: invalid time interval '1.5.5'\nTry 'timeout --help' for more information.\n125\n",
    ],
    [
      "timeout '' true; echo $?",
      "timeout: invalid time interval ''\nTry 'timeout --help' for more information.\n125\n",
    ],
    [
      'timeout -1 true; echo $?',
      "timeout: invalid option -- '1'\nTry 'timeout --help' for more information.\n125\n",
    ],
    ['timeout; echo $?', "Try 'timeout --help' for more information.\n125\n"],
    ['timeout 1; echo $?', "Try 'timeout --help' for more information.\n125\n"],
    [
      'timeout -k x 1 sleep 1; echo $?',
      "timeout: invalid time interval 'x'\nTry 'timeout --help' for more information.\n125\n",
    ],
    [
      'timeout -s FOO 1 sleep 1; echo $?',
      "timeout: 'FOO': invalid signal\nTry 'timeout --help' for more information.\n125\n",
    ],
    [
      'timeout -s 65 1 sleep 1; echo $?',
      "timeout: '65': invalid signal\nTry 'timeout --help' for more information.\n125\n",
    ],
    [
      'timeout -s 33 1 sleep 1; echo $?',
      "timeout: '33': invalid signal\nTry 'timeout --help' for more information.\n125\n",
    ],
    [
      'timeout -z 1 sleep 1; echo $?',
      "timeout: invalid option -- 'z'\nTry 'timeout --help' for more information.\n125\n",
    ],
    [
      'timeout --bogus 1 true; echo $?',
      "timeout: unrecognized option '--bogus'\nTry 'timeout --help' for more information.\n125\n",
    ],
    [
      'timeout --v 1 true; echo $?',
      "timeout: option '--v' is ambiguous; possibilities: '--verbose' '--version'\nTry 'timeout --help' for more information.\n125\n",
    ],
    [
      'timeout -k; echo $?',
      "timeout: option requires an argument -- 'k'\nTry 'timeout --help' for more information.\n125\n",
    ],
    ['timeout 1 nope; echo $?', "timeout: failed to run command 'nope': No such file or directory\n127\n"],
    [
      'timeout 1 /etc/passwd; echo $?',
      "timeout: failed to run command '/etc/passwd': Permission denied\n126\n",
    ],
    ['timeout 1 /tmp; echo $?', "timeout: failed to run command '/tmp': Permission denied\n126\n"],
    ['timeout 1 cd; echo $?', "timeout: failed to run command 'cd': No such file or directory\n127\n"],
    ['timeout 1 -- true; echo $?', "timeout: failed to run command '--': No such file or directory\n127\n"],
    ['timeout -v 0.1 sleep 1; echo $?', "timeout: sending signal TERM to command 'sleep'\n124\n"],
    [
      'timeout -v -s RTMIN+2 0.1 sleep 1; echo $?',
      "timeout: sending signal RTMIN+2 to command 'sleep'\n124\n",
    ],
    ['timeout -v -s 0 0.1 sleep 1; echo $?', "timeout: sending signal EXIT to command 'sleep'\n124\n"],
    [
      'timeout --verbose -k 0.2 -s CONT 0.1 sleep 1 2>&1 | cat; echo ${PIPESTATUS[0]}',
      "timeout: sending signal CONT to command 'sleep'\ntimeout: sending signal KILL to command 'sleep'\n137\n",
    ],
    [
      'timeout --version',
      'timeout (GNU coreutils) 9.1\nCopyright (C) 2022 Free Software Foundation, Inc.\nLicense GPLv3+: GNU GPL version 3 or later <https://gnu.org/licenses/gpl.html>.\nThis is free software: you are free to change and redistribute it.\nThere is NO WARRANTY, to the extent permitted by law.\n\nWritten by Padraig Brady.\n',
    ],
    ['(sleep 1; echo hi) | timeout 3 cat; echo $?', 'hi\n0\n'],
    ['(sleep 2; echo hi) | timeout 1 cat; echo $?', '124\n'],
    ['yes | timeout 1 head -3; echo $?', 'y\ny\ny\n0\n'],
    ['echo abc | timeout 1 wc -c', '4\n'],
    ['timeout 0.5 cat < /dev/null; echo $?', '0\n'],
    ['timeout 1 timeout 5 sleep 3; echo $?', '124\n'],
    ['timeout 5 timeout 1 sleep 3; echo $?', '124\n'],
  ])('%s', (script, out) => {
    expect(sh(script)).toEqual({ out, status: 0 });
  });

  it('--help gives the usage line', () => {
    expect(sh('timeout --help').out.startsWith('Usage: timeout [-s SIG]')).toBe(true);
  });

  it('the virtual clock moves on to the deadline and no further', () => {
    const s = new HeadlessSession(boot());
    const before = s.sys.clock();
    expect(decodeUtf8(s.run('timeout 1 sleep 5; echo $?').output)).toBe('124\n');
    expect(s.sys.clock() - before).toBeGreaterThanOrEqual(1e9);
    expect(s.sys.clock() - before).toBeLessThan(1.1e9);
  });
});

describe('timeout as a job (as an interactive bash with job control reports it)', () => {
  it.each([
    ['timeout -s KILL 0.1 sleep 1 & sleep 0.5; jobs', 'Killed                  timeout -s KILL 0.1 sleep 1'],
    [
      'timeout --foreground -s KILL 0.1 sleep 1 & sleep 0.5; jobs',
      'Exit 137                timeout --foreground -s KILL 0.1 sleep 1',
    ],
    [
      'timeout --preserve-status 0.1 sleep 1 & sleep 0.5; jobs',
      'Exit 143                timeout --preserve-status 0.1 sleep 1',
    ],
  ])('%s', (script, line) => {
    expect(sh(script).out).toMatch(
      new RegExp(`^\\[1\\] \\d+\\n\\[1\\]\\+  ${line.replace(/[-.]/g, '\\$&')}\\n$`),
    );
  });
});

describe('timeout and a read that blocks', () => {
  it('the child reads what comes before the deadline, then is killed', () => {
    const r = sh(
      "uevent emit --count 5 --interval 500ms 'tock u32 n' u32:1 &\n" +
        'echo 1 > events/user_events/tock/enable\ntimeout 1.8 cat trace_pipe | grep -c uevent; echo ${PIPESTATUS[0]}',
    );
    expect(r.out).toMatch(/\n3\n124\n$/);
  });

  it('a read from the terminal that nothing satisfies ends at the deadline', () => {
    expect(sh('timeout 0.5 cat; echo $?')).toEqual({ out: '124\n', status: 0 });
  });
});

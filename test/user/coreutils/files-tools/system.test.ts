// nproc, uname and date against GNU coreutils 9.1: expected outputs are what the real programs print
// under LC_ALL=C and TZ=UTC, except for the modelled machine's own identity (see each block).

import { describe, expect, it } from 'vitest';
import { sh } from '../../helpers';

describe('nproc, uname: errors and the fields real uname shares', () => {
  it.each([
    ['nproc', '2\n', 0],
    ['nproc --ignore=1; nproc --ignore=5; nproc --all', '1\n1\n2\n', 0],
    ['nproc --ignore=x', "nproc: invalid number: 'x'\n", 1],
    ['nproc x', "nproc: extra operand 'x'\nTry 'nproc --help' for more information.\n", 1],
    ['nproc --ignore=-1', "nproc: invalid number: '-1'\n", 1],
    ['nproc -a', "nproc: invalid option -- 'a'\nTry 'nproc --help' for more information.\n", 1],
    ['uname; uname -p; uname -i; uname -o; uname -m', 'Linux\nunknown\nunknown\nGNU/Linux\nx86_64\n', 0],
    ['uname x', "uname: extra operand 'x'\nTry 'uname --help' for more information.\n", 1],
    ['uname -z', "uname: invalid option -- 'z'\nTry 'uname --help' for more information.\n", 1],
  ])('%s', (script, out, status) => {
    expect(sh(script)).toEqual({ out, status });
  });
});

describe('date -d', () => {
  it.each([
    ['date -d @1658998805', 'Thu Jul 28 09:00:05 UTC 2022\n', 0],
    ['date -u -d @1658998805', 'Thu Jul 28 09:00:05 UTC 2022\n', 0],
    [
      "date -d @0 '+%a %A %b %B %c %C %d %D %e %F %g %G %h %H %I %j %k %l %m %M %n %N %p %P %q %r %R %s %S %t %T %u %U %V %w %W %x %X %y %Y %z %:z %::z %:::z %Z %%'",
      'Thu Thursday Jan January Thu Jan  1 00:00:00 1970 19 01 01/01/70  1 1970-01-01 70 1970 Jan 00 12 001  0 12 01 00 \n 000000000 AM am 1 12:00:00 AM 00:00 0 00 \t 00:00:00 4 00 01 4 00 01/01/70 00:00:00 70 1970 +0000 +00:00 +00:00:00 +00 UTC %\n',
      0,
    ],
    [
      "date -d @1658998805 '+%-d %_m %05Y %^a %#b %#Z %10A %-H %_H %3N %Q %'",
      '28  7 02022 THU JUL utc   Thursday 9  9 000 %Q %\n',
      0,
    ],
    ['date -d @1658998805.123456789 +%s.%N', '1658998805.123456789\n', 0],
    ["date -d @-1 '+%F %T %s'", '1969-12-31 23:59:59 -1\n', 0],
    ["date -d @1672444800 '+%G-%V %g %U %W %j %u %w'", '2022-52 22 52 52 365 6 6\n', 0],
    ["date -d @1704067200 '+%G-%V %U %W %j'", '2024-01 00 01 001\n', 0],
    ["date -d @1609459200 '+%G-%V %U %W'", '2020-53 00 00\n', 0],
    ['date -d @1658998805 -R', 'Thu, 28 Jul 2022 09:00:05 +0000\n', 0],
    ['date -d @1658998805 -I', '2022-07-28\n', 0],
    ['date -d @1658998805 -Iseconds', '2022-07-28T09:00:05+00:00\n', 0],
    ['date -d @1658998805 -Ihours', '2022-07-28T09+00:00\n', 0],
    ['date -d @1658998805 -Iminutes', '2022-07-28T09:00+00:00\n', 0],
    ['date -d @1658998805.5 --iso-8601=ns', '2022-07-28T09:00:05,500000000+00:00\n', 0],
    ['date -d @1658998805 --rfc-3339=seconds', '2022-07-28 09:00:05+00:00\n', 0],
    ['date -d @1658998805 --rfc-3339=date', '2022-07-28\n', 0],
    ['date -d @1658998805 --rfc-3339=ns', '2022-07-28 09:00:05.000000000+00:00\n', 0],
    [
      'date -Ix',
      "date: invalid argument 'x' for '--iso-8601'\nValid arguments are:\n  - 'hours'\n  - 'minutes'\n  - 'date'\n  - 'seconds'\n  - 'ns'\nTry 'date --help' for more information.\n",
      1,
    ],
    [
      'date --rfc-3339=x',
      "date: invalid argument 'x' for '--rfc-3339'\nValid arguments are:\n  - 'date'\n  - 'seconds'\n  - 'ns'\nTry 'date --help' for more information.\n",
      1,
    ],
    [
      'date --rfc-3339',
      "date: option '--rfc-3339' requires an argument\nTry 'date --help' for more information.\n",
      1,
    ],
    ['date +%Y x', "date: extra operand 'x'\nTry 'date --help' for more information.\n", 1],
    ['date a b', "date: extra operand 'b'\nTry 'date --help' for more information.\n", 1],
    [
      'date -d @0 -r /',
      "date: the options to specify dates for printing are mutually exclusive\nTry 'date --help' for more information.\n",
      1,
    ],
    ['date -R +%Y', 'date: multiple output formats specified\n', 1],
    ['date -d xyz', "date: invalid date 'xyz'\n", 1],
    ["date -d '2022-07-28 10:11:12'", 'Thu Jul 28 10:11:12 UTC 2022\n', 0],
    ["date -d '2022-07-28T10:11:12Z' +%s", '1659003072\n', 0],
    ["date -d '2022-07-28'", 'Thu Jul 28 00:00:00 UTC 2022\n', 0],
    ["date -d '2022-07-28 10:11 1 hour ago'", 'Thu Jul 28 09:11:00 UTC 2022\n', 0],
    ["date -d '2022-02-30'", "date: invalid date '2022-02-30'\n", 1],
    ["date -d '2022-07-28 +2 days'", 'Sat Jul 30 00:00:00 UTC 2022\n', 0],
    ["date -d '1 2'", "date: invalid date '1 2'\n", 1],
    ['date -z', "date: invalid option -- 'z'\nTry 'date --help' for more information.\n", 1],
    ['date a', "date: invalid date 'a'\n", 1],
    [
      "date -d @1658998805 +'%H:%M' +%S",
      "date: extra operand '+%S'\nTry 'date --help' for more information.\n",
      1,
    ],
    ['date -d @99999999999999999; echo $?', "date: time '99999999999999999' is out of range\n1\n", 0],
  ])('%s', (script, out, status) => {
    expect(sh(script)).toEqual({ out, status });
  });
});

describe("the modelled machine's identity and clock", () => {
  // NOTE: the model has no uname(2) and no version string, so uname reports Linux 6.1.0 on x86_64,
  // built at the boot moment; the node name is /etc/hostname's. The date lines are what real
  // `date -d @1658998805` (and later moments) print: the model boots at 2022-07-28 09:00:00 UTC and
  // its clock reads 5 s at the first system call.
  it.each([
    [
      'uname -a',
      'Linux playground 6.1.0 #1 SMP PREEMPT_DYNAMIC Thu Jul 28 09:00:00 UTC 2022 x86_64 GNU/Linux\n',
    ],
    ['uname -snrm', 'Linux playground 6.1.0 x86_64\n'],
    [
      'uname -a -p -i',
      'Linux playground 6.1.0 #1 SMP PREEMPT_DYNAMIC Thu Jul 28 09:00:00 UTC 2022 x86_64 unknown unknown GNU/Linux\n',
    ],
    ['date', 'Thu Jul 28 09:00:05 UTC 2022\n'],
    ['sleep 2; date', 'Thu Jul 28 09:00:07 UTC 2022\n'],
    ['sleep 60; cd /tmp; touch f; date -r f +%T', '09:01:05\n'],
    ['date -u +%s', '1658998805\n'],
    [
      'date -d yesterday +%F; date -d "2 hours ago" +%T; date -d tomorrow +%F',
      '2022-07-27\n07:00:05\n2022-07-29\n',
    ],
    ['date -r nope', 'date: nope: No such file or directory\n'],
  ])('%s', (script, out) => {
    expect(sh(script).out).toBe(out);
  });

  it('prints the help lines of the files tools', () => {
    expect(sh('cp --help').out).toBe(
      'Usage: cp [-rRapfnuvTdHLP] [-t DIR] SOURCE... DEST\n' +
        'Copy files, or trees with -r; -p keeps mode and owner (the model cannot keep times); ' +
        'links: -P/-d/-a/-r copy them as links, -H follows operands, -L all, plain cp follows.\n',
    );
  });
});

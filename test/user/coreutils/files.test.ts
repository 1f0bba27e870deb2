import { describe, expect, it } from 'vitest';
import { sh } from '../helpers';

const FOUR = "cd /tmp; printf 'one\\ntwo\\nthree\\nfour\\n' > f; ";

describe('cat, head, tail, wc, grep', () => {
  it.each([
    ['cat /etc/hostname /etc/hostname', 'playground\nplayground\n', 0],
    ['cat /etc/hostname nope', 'playground\ncat: nope: No such file or directory\n', 1],
    ['cat /etc', 'cat: /etc: Is a directory\n', 1],
    ['echo x | cat - /etc/hostname', 'x\nplayground\n', 0],
    [FOUR + 'cat -n f | head -2', '     1\tone\n     2\ttwo\n', 0],
    ['cat -z', "cat: invalid option -- 'z'\nTry 'cat --help' for more information.\n", 1],
    [FOUR + 'head -2 f', 'one\ntwo\n', 0],
    [FOUR + 'head -n 1 f f', '==> f <==\none\n\n==> f <==\none\n', 0],
    [FOUR + 'head -c 5 f', 'one\nt', 0],
    [FOUR + 'head -n -3 f', 'one\n', 0],
    [FOUR + 'head -n x f', "head: invalid number of lines: 'x'\n", 1],
    ['head nope', "head: cannot open 'nope' for reading: No such file or directory\n", 1],
    ['head /etc', "head: error reading '/etc': Is a directory\n", 1],
    [FOUR + 'tail -1 f', 'four\n', 0],
    [FOUR + 'tail -n +3 f', 'three\nfour\n', 0],
    [FOUR + 'tail -c 4 f', 'our\n', 0],
    ['tail nope', "tail: cannot open 'nope' for reading: No such file or directory\n", 1],
    [FOUR + 'wc f', ' 4  4 19 f\n', 0],
    [FOUR + 'wc -l f; wc -w < f; wc -c < f', '4 f\n4\n19\n', 0],
    [FOUR + 'wc f /etc/passwd', '  4   4  19 f\n  3   3 118 /etc/passwd\n  7   7 137 total\n', 0],
    [FOUR + 'cat f | wc', '      4       4      19\n', 0],
    ['wc nope', 'wc: nope: No such file or directory\n', 1],
    [FOUR + 'grep o f', 'one\ntwo\nfour\n', 0],
    [FOUR + 'grep -c o f; grep -n t f', '3\n2:two\n3:three\n', 0],
    [FOUR + 'grep -v o f; grep -i ONE f; grep -x two f', 'three\none\ntwo\n', 0],
    [FOUR + 'grep -w tw f', '', 1],
    [FOUR + "grep -E 't(w|h)' f; grep 't\\(w\\|h\\)' f", 'two\nthree\ntwo\nthree\n', 0],
    [FOUR + "grep -o 'ou' f; grep -F 'o.' f", 'ou\n', 1],
    [
      FOUR + 'grep -l o f /etc/passwd; grep -H one f; grep root f /etc/passwd',
      'f\n/etc/passwd\nf:one\n/etc/passwd:root:x:0:0:root:/root:/bin/bash\n',
      0,
    ],
    ['grep -q alice /etc/passwd', '', 0],
    ['grep x nope', 'grep: nope: No such file or directory\n', 2],
    ['grep -s x nope', '', 2],
    ['grep x /etc', 'grep: /etc: Is a directory\n', 2],
    ['grep', "Usage: grep [OPTION]... PATTERNS [FILE]...\nTry 'grep --help' for more information.\n", 2],
    ["printf 'a\\0b\\n' > /tmp/bin; grep a /tmp/bin", 'grep: /tmp/bin: binary file matches\n', 0],
  ])('%s', (script, out, status) => {
    expect(sh(script)).toEqual({ out, status });
  });
});

describe('ls', () => {
  it.each([
    ['ls /', 'dev  etc  home\tproc  root  sys  tmp\n'],
    ['ls -1 /etc', 'group\nhostname\npasswd\n'],
    ['ls /etc | cat', 'group\nhostname\npasswd\n'],
    [
      'ls -l /etc',
      'total 12\n-rw-r--r-- 1 root root  56 Jul 28 09:00 group\n-rw-r--r-- 1 root root  11 Jul 28 09:00 hostname\n-rw-r--r-- 1 root root 118 Jul 28 09:00 passwd\n',
    ],
    [
      'ls -ld /home/alice /tmp',
      'drwxr-xr-x 2 alice alice 0 Jul 28 09:00 /home/alice\ndrwxrwxrwt 2 root  root  0 Jul 28 09:00 /tmp\n',
    ],
    ['ls -a /home', '.  ..  alice  bob\n'],
    ['ls -A /home; ls -d /home', 'alice  bob\n/home\n'],
    ['ls -1 /etc/passwd /home', '/etc/passwd\n\n/home:\nalice\nbob\n'],
    ['ls -F /', 'dev/  etc/  home/  proc/  root/  sys/  tmp/\n'],
    ['ls -i /etc', '4 group  5 hostname  3 passwd\n'],
    ['cd /tmp; mkdir -p a/b; touch a/f; ls -R a', 'a:\nb  f\n\na/b:\n'],
    ['COLUMNS=20 ls /', 'dev   proc  tmp\netc   root\nhome  sys\n'],
  ])('%s', (script, out) => {
    expect(sh(script)).toEqual({ out, status: 0 });
  });

  it.each([
    ['ls nope', "ls: cannot access 'nope': No such file or directory\n", 2],
    [
      'ls -1 /etc /nope',
      "ls: cannot access '/nope': No such file or directory\n/etc:\ngroup\nhostname\npasswd\n",
      2,
    ],
    ['ls -z', "ls: invalid option -- 'z'\nTry 'ls --help' for more information.\n", 2],
  ])('%s', (script, out, status) => {
    expect(sh(script)).toEqual({ out, status });
  });

  it('aligns columns with tabs as GNU ls does on a terminal', () => {
    const names =
      'README a.b available_events available_tracers buffer_percent buffer_size_kb buffer_total_size_kb current_tracer dynamic_events error_log events free_buffer instances namespaces options per_cpu printk_formats saved_cmdlines x y zz';
    const r = sh(`cd /tmp; touch ${names}; ls`);
    expect(r.out).toBe(
      'README\t\t   buffer_size_kb\t events       per_cpu\t      zz\n' +
        'a.b\t\t   buffer_total_size_kb  free_buffer  printk_formats\n' +
        'available_events   current_tracer\t instances    saved_cmdlines\n' +
        'available_tracers  dynamic_events\t namespaces   x\n' +
        'buffer_percent\t   error_log\t\t options      y\n',
    );
  });
});

describe('stat, tree', () => {
  it.each([
    [
      "stat -c '%a %A %U %G %u %g %n %s %F %h' /etc/passwd /tmp /dev/null /home/alice",
      '644 -rw-r--r-- root root 0 0 /etc/passwd 118 regular file 1\n' +
        '1777 drwxrwxrwt root root 0 0 /tmp 0 directory 2\n' +
        '666 crw-rw-rw- root root 0 0 /dev/null 0 character special file 1\n' +
        '755 drwxr-xr-x alice alice 1000 1000 /home/alice 0 directory 2\n',
      0,
    ],
    ["stat -c '%i' /etc/passwd", '3\n', 0],
    ["stat --printf '%n:%s\\n' /etc/hostname", '/etc/hostname:11\n', 0],
    [
      'stat /etc/passwd',
      '  File: /etc/passwd\n  Size: 118       \tBlocks: 8          IO Block: 4096   regular file\n' +
        'Device: 0,0\tInode: 3           Links: 1\n' +
        'Access: (0644/-rw-r--r--)  Uid: (    0/    root)   Gid: (    0/    root)\n' +
        'Access: 2022-07-28 09:00:05.000000000 +0000\nModify: 2022-07-28 09:00:05.000000000 +0000\n' +
        'Change: 2022-07-28 09:00:05.000000000 +0000\n Birth: -\n',
      0,
    ],
    ['stat nope', "stat: cannot statx 'nope': No such file or directory\n", 1],
    ['stat', "stat: missing operand\nTry 'stat --help' for more information.\n", 1],
    [
      'cd /tmp; mkdir -p a/b/c; touch a/f a/b/g; tree a',
      'a\n|-- b\n|   |-- c\n|   `-- g\n`-- f\n\n3 directories, 2 files\n',
      0,
    ],
    ['tree -d /home', '/home\n|-- alice\n`-- bob\n\n3 directories\n', 0],
    ['tree nope', 'nope  [error opening dir]\n\n0 directories, 0 files\n', 2],
    ['tree /etc/passwd', '/etc/passwd  [error opening dir]\n\n0 directories, 1 file\n', 0],
  ])('%s', (script, out, status) => {
    expect(sh(script)).toEqual({ out, status });
  });
});

// ln (GNU coreutils 9.1), and what symbolic links change in ls, stat and test, through the shell.
// Every expected output was recorded from the real programs (bash 5.2.15, coreutils 9.1, LC_ALL=C)
// running the same script in an empty directory of a tmpfs, as the model's /tmp is a ramfs. Only
// what the model controls is compared: names, modes, link counts, targets, messages and statuses
// (`names` keeps an ls -l line's mode, link count and name; owners, sizes and dates differ).

import { describe, expect, it } from 'vitest';
import { ALICE, sh } from '../helpers';

/** An ls -l line without owner, group, size and date: `lrwxrwxrwx 1 name -> target`. */
const NAMES = 'names() { while read -r m n u g s mo d t rest; do echo "$m $n${rest:+ $rest}"; done; }';

describe('ln, and symbolic links in ls, stat and test', () => {
  // [script run in an empty directory, terminal output, status of the last command]
  const cases: Array<[string, string, number]> = [
    [
      "mkdir 'a:b'; ln -sfT x 'a:b'; ln 'a:b' q",
      "ln: 'a:b': cannot overwrite directory\nln: 'a:b': hard link not allowed for directory\n",
      1,
    ],
    [
      'ln -s a b; ls -l b | cut -c1-10; stat -c %N b; ln -s a b',
      "lrwxrwxrwx\n'b' -> 'a'\nln: failed to create symbolic link 'b': File exists\n",
      1,
    ],
    ['ln -sv x y; ln -sfv x y; stat -c %N y', "'y' -> 'x'\n'y' -> 'x'\n'y' -> 'x'\n", 0],
    [
      'mkdir d; ln -s d dl; ln -sv x dl; ls d | cat; ln -snfv x dl; stat -c %N dl',
      "'dl/x' -> 'x'\nx\n'dl' -> 'x'\n'dl' -> 'x'\n",
      0,
    ],
    ['ln -s', "ln: missing file operand\nTry 'ln --help' for more information.\n", 1],
    ['ln', "ln: missing file operand\nTry 'ln --help' for more information.\n", 1],
    ['ln -z', "ln: invalid option -- 'z'\nTry 'ln --help' for more information.\n", 1],
    ['ln --frob', "ln: unrecognized option '--frob'\nTry 'ln --help' for more information.\n", 1],
    [
      'ln --s x y',
      "ln: option '--s' is ambiguous; possibilities: '--suffix' '--symbolic'\nTry 'ln --help' for more information.\n",
      1,
    ],
    ['ln -sT a b c', "ln: extra operand 'c'\nTry 'ln --help' for more information.\n", 1],
    ['ln -T a', "ln: missing destination file operand after 'a'\nTry 'ln --help' for more information.\n", 1],
    ['ln -r x', 'ln: cannot do --relative without --symbolic\n', 1],
    ['ln -t nod x', "ln: failed to access 'nod': No such file or directory\n", 1],
    ['touch f; ln -t f x', "ln: target 'f' is not a directory\n", 1],
    ['ln -s -t . -T f', 'ln: cannot combine --target-directory and --no-target-directory\n', 1],
    ['ln -s -t . -t . f', 'ln: multiple target directories specified\n', 1],
    [
      'touch f; ln --verbose=1 f g',
      "ln: option '--verbose' doesn't allow an argument\nTry 'ln --help' for more information.\n",
      1,
    ],
    ['ln -s a b c', "ln: target 'c': No such file or directory\n", 1],
    ['touch f; ln -s a b f', "ln: target 'f': Not a directory\n", 1],
    ['mkdir d; ln -sT x d', "ln: failed to create symbolic link 'd': File exists\n", 1],
    ['ln -s x nodir/', "ln: failed to create symbolic link 'nodir/': No such file or directory\n", 1],
    ['ln -s x nodir/y', "ln: failed to create symbolic link 'nodir/y': No such file or directory\n", 1],
    ["ln -s '' e", "ln: failed to create symbolic link 'e' -> '': No such file or directory\n", 1],
    [
      "touch f; ln f h; ln -v f h2; stat -c '%A %h %n' f h h2",
      "'h2' => 'f'\n-rw-r--r-- 3 f\n-rw-r--r-- 3 h\n-rw-r--r-- 3 h2\n",
      0,
    ],
    ['mkdir d; ln d dd', 'ln: d: hard link not allowed for directory\n', 1],
    ['ln nofile z', "ln: failed to access 'nofile': No such file or directory\n", 1],
    ['mkdir d; ln -d d x', "ln: failed to create hard link 'x' => 'd': Operation not permitted\n", 1],
    ['touch f; ln -sf f f', "ln: 'f' and 'f' are the same file\n", 1],
    ['touch f; ln -f f f', "ln: 'f' and 'f' are the same file\n", 1],
    ['touch f; ln -s f', "ln: failed to create symbolic link './f': File exists\n", 1],
    [
      'mkdir d e; touch f g; ln -sv f g d; ln -sfv f g d; ln -sv ../f e/; ln -v f e/h; ls -l e | names',
      "'d/f' -> 'f'\n'd/g' -> 'g'\n'd/f' -> 'f'\n'd/g' -> 'g'\n'e/f' -> '../f'\n'e/h' => 'f'\ntotal 0\nlrwxrwxrwx 1 f -> ../f\n-rw-r--r-- 2 h\n",
      0,
    ],
    [
      'mkdir d; ln -sf x d; ln -snf x d; ln -sfT x d; ls d | cat',
      'ln: d: cannot overwrite directory\nx\n',
      0,
    ],
    [
      'mkdir d e; touch f; ln -srv f e/f2; ln -srv e/f2 e/f3; ln -srv . e/dot; ln -srv f e/../f4; ln -srv d/x e/; ls -l e | names',
      "'e/f2' -> '../f'\n'e/f3' -> '../f'\n'e/dot' -> '..'\n'e/../f4' -> 'f'\n'e/x' -> '../d/x'\ntotal 0\nlrwxrwxrwx 1 dot -> ..\nlrwxrwxrwx 1 f2 -> ../f\nlrwxrwxrwx 1 f3 -> ../f\nlrwxrwxrwx 1 x -> ../d/x\n",
      0,
    ],
    [
      'mkdir e; ln -sv e/ e; ln -sv f e///; ln -sv f e/.//; ln -sv f .//; ln -sv f e/x/',
      "'e/e' -> 'e/'\n'e/f' -> 'f'\nln: failed to create symbolic link 'e/./f': File exists\n'./f' -> 'f'\nln: failed to create symbolic link 'e/x/': No such file or directory\n",
      1,
    ],
    [
      'touch f g; echo n | ln -iv g f; echo "[$?]"; echo y | ln -iv g f; stat -c %h f',
      "ln: replace 'f'? [0]\nln: replace 'f'? 'f' => 'g'\n2\n",
      0,
    ],
    [
      "touch f g; ln -i g f < /dev/null; echo \"[$?]\"; mkdir d; touch d/f d/g; printf 'y\\nn\\n' | ln -i f g d; echo; stat -c '%h %n' d/f d/g",
      "ln: replace 'f'? [0]\nln: replace 'd/f'? ln: replace 'd/g'? \n2 d/f\n1 d/g\n",
      0,
    ],
    [
      'touch f g; ln -sbv f g; ln -s --backup=numbered -v f g; ln -s -S .bak -v f g; ls | cat',
      "'g~' ~ 'g' -> 'f'\n'g.~1~' ~ 'g' -> 'f'\n'g.~2~' ~ 'g' -> 'f'\nf\ng\ng.~1~\ng.~2~\ng~\n",
      0,
    ],
    [
      'touch f g; ln -s --backup=foo f g',
      "ln: invalid argument 'foo' for 'backup type'\nValid arguments are:\n  - 'none', 'off'\n  - 'simple', 'never'\n  - 'existing', 'nil'\n  - 'numbered', 't'\nTry 'ln --help' for more information.\n",
      1,
    ],
    [
      'touch f g; ln -s --backup=n f g',
      "ln: ambiguous argument 'n' for 'backup type'\nValid arguments are:\n  - 'none', 'off'\n  - 'simple', 'never'\n  - 'existing', 'nil'\n  - 'numbered', 't'\nTry 'ln --help' for more information.\n",
      1,
    ],
    [
      'touch f g; VERSION_CONTROL=t ln -sbv f g; SIMPLE_BACKUP_SUFFIX=.old ln -s --backup=simple -v f g; ln -s -S / --backup=simple -v f g; ln -s --backup=off -fv f g; ls | cat',
      "'g.~1~' ~ 'g' -> 'f'\n'g.old' ~ 'g' -> 'f'\n'g~' ~ 'g' -> 'f'\n'g' -> 'f'\nf\ng\ng.old\ng.~1~\ng~\n",
      0,
    ],
    [
      'touch f g; VERSION_CONTROL=bad ln -s -b -v f g',
      "ln: invalid argument 'bad' for '$VERSION_CONTROL'\nValid arguments are:\n  - 'none', 'off'\n  - 'simple', 'never'\n  - 'existing', 'nil'\n  - 'numbered', 't'\nTry 'ln --help' for more information.\n",
      1,
    ],
    ['touch f; ln -sb f f; stat -c %N f f~', "'f' -> 'f'\n'f~'\n", 0],
    [
      'ln -s nope dang; ls -l dang | names; cat dang; echo hi > dang; cat nope; stat -c %N dang',
      "lrwxrwxrwx 1 dang -> nope\ncat: dang: No such file or directory\nhi\n'dang' -> 'nope'\n",
      0,
    ],
    [
      'mkdir d; ln -s d ld; ln -s a b ld; ls d | cat; ln -sn a b ld',
      "a\nb\nln: target 'ld': Not a directory\n",
      1,
    ],
    [
      'ln -s nope dang; ln -s g dang; ln -sf g dang; stat -c %N dang',
      "ln: failed to create symbolic link 'dang': File exists\n'dang' -> 'g'\n",
      0,
    ],
    [
      "touch f; ln -s f l; ln l h1; ln -L l h2; stat -c '%A %h %N' f l h1 h2",
      "-rw-r--r-- 2 'f'\nlrwxrwxrwx 2 'l' -> 'f'\nlrwxrwxrwx 2 'h1' -> 'f'\n-rw-r--r-- 2 'h2'\n",
      0,
    ],
    [
      'mkdir a b c; touch a/f b/f; ln -f a/f b/f c',
      "ln: will not overwrite just-created 'c/f' with 'b/f'\n",
      1,
    ],
    ['ln -s l1 l2; ln -s l2 l1; cat l1', 'cat: l1: Too many levels of symbolic links\n', 1],
    ['ln -s l1 l2; ln -s l2 l1; ls -L l1', "ls: cannot access 'l1': Too many levels of symbolic links\n", 2],
    [
      'mkdir -p d/s; touch f; ln -s f lf; ln -s d ld; ln -s nope dang; ls -F | cat; ls -lF | names',
      'd/\ndang@\nf\nld@\nlf@\ntotal 0\ndrwxr-xr-x 3 d/\nlrwxrwxrwx 1 dang -> nope\n-rw-r--r-- 1 f\nlrwxrwxrwx 1 ld -> d/\nlrwxrwxrwx 1 lf -> f\n',
      0,
    ],
    [
      'mkdir -p d/s; ln -s d ld; ls ld | cat; ls -d ld; ls -F ld; ls ld/ | cat; ls -L -1 ld; ls -H -1 ld; ls -l ld | names; ls -lL ld | names',
      's\nld\nld@\ns\ns\ns\nlrwxrwxrwx 1 ld -> d\ntotal 0\ndrwxr-xr-x 2 s\n',
      0,
    ],
    [
      'mkdir -p d/s; ln -s .. d/s/up; touch f; ln -s ../f d/lf; ls -R d | cat; ls -RL d > out 2>&1; cat out',
      'd:\nlf\ns\n\nd/s:\nup\nd:\nlf\ns\n\nd/s:\nup\nls: d/s/up: not listing already-listed directory\n',
      0,
    ],
    [
      'mkdir -p d/s; ln -s .. d/s/up; ls -RL d > out; cat out',
      'ls: d/s/up: not listing already-listed directory\nd:\ns\n\nd/s:\nup\n',
      0,
    ],
    [
      'mkdir d; ln -s nope d/dang; ls -lL d > out 2>&1; cut -c1-10 out',
      'ls: cannot\ntotal 0\nl?????????\n',
      0,
    ],
    ['ln -s nope dang; ls -L dang', "ls: cannot access 'dang': No such file or directory\n", 2],
    [
      "touch f; chmod +x f; ln -s f lf; ln -s nope dang; ln -s 'a b' sp; stat lf | head -2; stat -c '%N|%n|%F|%A|%s|%h|%a' lf dang f sp",
      "  File: lf -> f\n  Size: 1         \tBlocks: 0          IO Block: 4096   symbolic link\n'lf' -> 'f'|lf|symbolic link|lrwxrwxrwx|1|1|777\n'dang' -> 'nope'|dang|symbolic link|lrwxrwxrwx|4|1|777\n'f'|f|regular empty file|-rwxr-xr-x|0|1|755\n'sp' -> 'a b'|sp|symbolic link|lrwxrwxrwx|3|1|777\n",
      0,
    ],
    [
      'touch f; ln -s f lf; ln -s nope dang; stat -L lf | head -2; stat -L dang',
      "  File: lf\n  Size: 0         \tBlocks: 0          IO Block: 4096   regular empty file\nstat: cannot statx 'dang': No such file or directory\n",
      1,
    ],
    [
      "mkdir d; ln -s d ld; ln -s 'a b' sp; stat sp | head -1; stat -L -c %N ld; stat -c '%N %F' ld/",
      "  File: sp -> a b\n'ld'\n'ld/' directory\n",
      0,
    ],
    [
      'touch f; ln -s f l; ln -s nope d; for x in f l d nope \'\'; do test -h "$x"; echo -n $?; [ -L "$x" ]; echo -n $?; [[ -h $x ]]; echo -n $?; test -e "$x"; echo $?; done',
      '1110\n0000\n0001\n1111\n1111\n',
      0,
    ],
    [
      'mkdir -p d/s; echo hi > d/f; ln -s d/s lsub; cat lsub/../f; ln -s ../f d/s/up; cat lsub/up',
      'hi\nhi\n',
      0,
    ],
  ];
  it.each(cases)('%s', (script, out, status) => {
    expect(sh(`${NAMES}; mkdir /tmp/w; cd /tmp/w; ${script}`)).toEqual({ out, status });
  });
});

// The model's own file systems: tracefs, like sysfs, has no symlink or link operation, so both give
// EPERM after the permission check (the wording is what real ln prints for the same errno on
// /sys); a hard link across mounts is EXDEV; protected_hardlinks refuses another user's file.
describe('ln on tracefs and as a user', () => {
  const T = '/sys/kernel/tracing';
  const cases: Array<[string, string, number]> = [
    [`ln -s x ${T}/foo`, `ln: failed to create symbolic link '${T}/foo': Operation not permitted\n`, 1],
    [`ln -sf x ${T}/trace`, `ln: failed to create symbolic link '${T}/trace': Operation not permitted\n`, 1],
    [
      `ln ${T}/trace ${T}/t2`,
      `ln: failed to create hard link '${T}/t2' => '${T}/trace': Operation not permitted\n`,
      1,
    ],
    [
      `ln /etc/hostname ${T}/x`,
      `ln: failed to create hard link '${T}/x' => '/etc/hostname': Invalid cross-device link\n`,
      1,
    ],
    [
      `ln -sv ${T}/tracing_on /tmp/on; echo 0 > /tmp/on; cat tracing_on`,
      `'/tmp/on' -> '${T}/tracing_on'\n0\n`,
      0,
    ],
  ];
  it.each(cases)('%s', (script, out, status) => {
    expect(sh(script)).toEqual({ out, status });
  });

  it('a user may not link into /etc, nor hard-link a file they cannot write', () => {
    expect(sh('ln -s x /etc/foo; cd /tmp; ln /etc/passwd p', ALICE)).toEqual({
      out:
        "ln: failed to create symbolic link '/etc/foo': Permission denied\n" +
        "ln: failed to create hard link 'p' => '/etc/passwd': Operation not permitted\n",
      status: 1,
    });
  });
});

// cp and mv against GNU coreutils 9.1: every expected output is what the real programs print for
// the same commands (run under LC_ALL=C in a fresh directory), except where a test says otherwise.

import { describe, expect, it } from 'vitest';
import { sh } from '../../helpers';

describe('cp', () => {
  it.each([
    ['cp', "cp: missing file operand\nTry 'cp --help' for more information.\n", 1],
    [
      'cd /tmp; echo hi > f; cp f',
      "cp: missing destination file operand after 'f'\nTry 'cp --help' for more information.\n",
      1,
    ],
    ['cd /tmp; echo hi > f; cp f g h', "cp: target 'h': No such file or directory\n", 1],
    ['cd /tmp; echo hi > f; touch h; cp f g h', "cp: target 'h': Not a directory\n", 1],
    ['cd /tmp; cp nope g', "cp: cannot stat 'nope': No such file or directory\n", 1],
    ['cd /tmp; mkdir d; cp d e', "cp: -r not specified; omitting directory 'd'\n", 1],
    ['cd /tmp; echo hi > f; cp f f', "cp: 'f' and 'f' are the same file\n", 1],
    ['cd /tmp; echo hi > f; cp f .', "cp: 'f' and './f' are the same file\n", 1],
    ['cd /tmp; echo hi > f; cp f g/', "cp: cannot create regular file 'g/': Not a directory\n", 1],
    [
      'cd /tmp; echo hi > f; cp f g/h/',
      "cp: cannot create regular file 'g/h/': No such file or directory\n",
      1,
    ],
    [
      'cd /tmp; echo hi > f; cp f nodir/x',
      "cp: cannot create regular file 'nodir/x': No such file or directory\n",
      1,
    ],
    ['cd /tmp; echo hi > f; cp f/ g', "cp: cannot stat 'f/': Not a directory\n", 1],
    [
      'cd /tmp; echo hi > f; mkdir d; cp -r d f',
      "cp: cannot overwrite non-directory 'f' with directory 'd'\n",
      1,
    ],
    [
      'cd /tmp; echo hi > f; mkdir -p e/f; cp f e',
      "cp: cannot overwrite directory 'e/f' with non-directory\n",
      1,
    ],
    ['cd /tmp; cp -z', "cp: invalid option -- 'z'\nTry 'cp --help' for more information.\n", 1],
    ['cd /tmp; cp --bogus', "cp: unrecognized option '--bogus'\nTry 'cp --help' for more information.\n", 1],
    ['cd /tmp; cp -t', "cp: option requires an argument -- 't'\nTry 'cp --help' for more information.\n", 1],
    ['cd /tmp; echo hi > f; cp -t nope f', "cp: target directory 'nope': No such file or directory\n", 1],
    ['cd /tmp; touch f; cp -t f x', "cp: target directory 'f': Not a directory\n", 1],
    [
      'cd /tmp; echo hi > f; mkdir d; cp -T f d',
      "cp: cannot overwrite directory 'd' with non-directory\n",
      1,
    ],
    ['cd /tmp; echo hi > f; mkdir d; cp -T d f', "cp: -r not specified; omitting directory 'd'\n", 1],
    ['cd /tmp; touch a; cp -T a b c', "cp: extra operand 'c'\nTry 'cp --help' for more information.\n", 1],
    [
      'cd /tmp; touch a; cp -T -t . a',
      'cp: cannot combine --target-directory (-t) and --no-target-directory (-T)\n',
      1,
    ],
    ['cd /tmp; echo hi > f; cp -v f g; cat g', "'f' -> 'g'\nhi\n", 0],
    [
      'cd /tmp; echo hi > f; cp -v f nodir/x',
      "'f' -> 'nodir/x'\ncp: cannot create regular file 'nodir/x': No such file or directory\n",
      1,
    ],
    ['cd /tmp; echo hi > f; mkdir d; cp f d/; cat d/f', 'hi\n', 0],
    ['cd /tmp; echo a > a; echo b > b; mkdir d; cp a b d; cat d/a d/b', 'a\nb\n', 0],
    [
      'cd /tmp; echo a > a; mkdir d; cp a nope d; echo $?; ls -1 d',
      "cp: cannot stat 'nope': No such file or directory\n1\na\n",
      0,
    ],
    ['cd /tmp; echo new > f; echo old-longer > g; cp f g; cat g', 'new\n', 0],
    ['cd /tmp; echo hi > f; echo old > g; cp -n f g; echo $?; cat g', '0\nold\n', 0],
    ['cd /tmp; echo hi > f; cp -vn f g; cp -vn f g', "'f' -> 'g'\n", 0],
    ["cd /tmp; echo hi > f; chmod 751 f; cp f g; cp -p f h; stat -c '%a %n' g h", '751 g\n751 h\n', 0],
    ["cd /tmp; echo hi > f; chmod 600 f; echo x > g; chmod 644 g; cp f g; stat -c '%a %n' g", '644 g\n', 0],
    [
      "cd /tmp; echo hi > f; chown 1000:1000 f; cp f g; cp -p f h; stat -c '%u:%g %n' g h",
      '0:0 g\n1000:1000 h\n',
      0,
    ],
    [
      'cd /tmp; mkdir -p d/s; echo x > d/s/f; cp -rv d e2; cat e2/s/f',
      "'d' -> 'e2'\n'd/s' -> 'e2/s'\n'd/s/f' -> 'e2/s/f'\nx\n",
      0,
    ],
    ['cd /tmp; mkdir -p d/s; echo x > d/s/f; mkdir e; cp -r d e; cat e/d/s/f', 'x\n', 0],
    ['cd /tmp; mkdir -p d/s e/d/s; cp -rv d e', '', 0],
    ["cd /tmp; mkdir d; chmod 700 d; cp -r d e; cp -a d f; stat -c '%a %n' e f", '700 e\n700 f\n', 0],
    ["cd /tmp; mkdir d; chmod 555 d; cp -r d e; stat -c '%a' e", '555\n', 0],
    ['cd /tmp; mkdir d; cp -R d e; cp -a d f; ls -1', 'd\ne\nf\n', 0],
    ['cd /tmp; mkdir d; cp -r d d', "cp: cannot copy a directory, 'd', into itself, 'd/d'\n", 1],
    [
      'cd /tmp; mkdir d; cp -r d d/sub; echo $?; find d',
      "cp: cannot copy a directory, 'd', into itself, 'd/sub'\n1\nd\nd/sub\n",
      0,
    ],
    [
      'cd /tmp; mkdir -p d/e; cp -r d d/e; echo $?; find d',
      "cp: cannot copy a directory, 'd', into itself, 'd/e/d'\n1\nd\nd/e\nd/e/d\nd/e/d/e\n",
      0,
    ],
    ["cd /tmp; echo hi>f; cp f ''", "cp: cannot create regular file '': No such file or directory\n", 1],
    ["cd /tmp; echo hi>f; cp '' f", "cp: cannot stat '': No such file or directory\n", 1],
    ['cd /tmp; mkdir d; echo hi>f; cp d/ f', "cp: -r not specified; omitting directory 'd/'\n", 1],
    ["cd /tmp; printf 'one\\ntwo\\n' > f; cp f g; cp g h; cat h", 'one\ntwo\n', 0],
    [
      'cd /tmp; mkdir d; touch d/a d/c d/b; mkdir d/s; touch d/s/z d/s/y; cp -rv d e',
      "'d' -> 'e'\n'd/a' -> 'e/a'\n'd/c' -> 'e/c'\n'd/b' -> 'e/b'\n'd/s' -> 'e/s'\n'd/s/z' -> 'e/s/z'\n'd/s/y' -> 'e/s/y'\n",
      0,
    ],
    [
      'cd /tmp; mkdir d; touch d/a d/c d/b; rm d/a; touch d/a; cp -rv d e',
      "'d' -> 'e'\n'd/c' -> 'e/c'\n'd/b' -> 'e/b'\n'd/a' -> 'e/a'\n",
      0,
    ],
  ])('%s', (script, out, status) => {
    expect(sh(script)).toEqual({ out, status });
  });
});

describe('mv', () => {
  it.each([
    ['mv', "mv: missing file operand\nTry 'mv --help' for more information.\n", 1],
    [
      'cd /tmp; echo hi > f; mv f',
      "mv: missing destination file operand after 'f'\nTry 'mv --help' for more information.\n",
      1,
    ],
    ['cd /tmp; mv nope x', "mv: cannot stat 'nope': No such file or directory\n", 1],
    ['cd /tmp; echo hi > f; mv f f', "mv: 'f' and 'f' are the same file\n", 1],
    ['cd /tmp; echo hi > f; mv f .', "mv: 'f' and './f' are the same file\n", 1],
    ['cd /tmp; echo hi > f; mv f g; cat g; ls -1', 'hi\ng\n', 0],
    ['cd /tmp; echo hi > f; mkdir d; mv f d; ls -1 d; ls -1', 'f\nd\n', 0],
    [
      'cd /tmp; echo hi > f; mkdir -p d/f; mv f d',
      "mv: cannot overwrite directory 'd/f' with non-directory\n",
      1,
    ],
    ['cd /tmp; mkdir d; touch f; mv d f', "mv: cannot overwrite non-directory 'f' with directory 'd'\n", 1],
    ['cd /tmp; echo hi > f; mv -v f g', "renamed 'f' -> 'g'\n", 0],
    ['cd /tmp; echo hi > f; echo x > g; mv -n f g; echo $?; cat g f', '0\nx\nhi\n', 0],
    ['cd /tmp; echo hi > f; echo x > g; mv f g; cat g; ls -1', 'hi\ng\n', 0],
    ["cd /tmp; echo hi > f; chmod 640 f; mv f g; stat -c '%a' g", '640\n', 0],
    ['cd /tmp; echo a > a; echo b > b; mkdir d; mv a b d; ls -1 d', 'a\nb\n', 0],
    ['cd /tmp; echo a > a; mv a b c', "mv: target 'c': No such file or directory\n", 1],
    ['cd /tmp; echo a > a; touch c; mv a b c', "mv: target 'c': Not a directory\n", 1],
    ['cd /tmp; mv -z', "mv: invalid option -- 'z'\nTry 'mv --help' for more information.\n", 1],
    [
      'cd /tmp; echo hi > f; mv f nodir/x',
      "mv: cannot move 'f' to 'nodir/x': No such file or directory\n",
      1,
    ],
    ['cd /tmp; echo hi > f; mv f g/', "mv: cannot move 'f' to 'g/': Not a directory\n", 1],
    ['cd /tmp; mkdir d; mv d d/sub', "mv: cannot move 'd' to a subdirectory of itself, 'd/sub'\n", 1],
    [
      'cd /tmp; echo hi > f; mv -t',
      "mv: option requires an argument -- 't'\nTry 'mv --help' for more information.\n",
      1,
    ],
    ['cd /tmp; echo hi > f; mv -t nope f', "mv: target directory 'nope': No such file or directory\n", 1],
    [
      'cd /tmp; echo hi > f; mkdir d; mv -T f d',
      "mv: cannot overwrite directory 'd' with non-directory\n",
      1,
    ],
    ['cd /tmp; echo a > a; mkdir d; mv -t d a; cat d/a', 'a\n', 0],
  ])('%s', (script, out, status) => {
    expect(sh(script)).toEqual({ out, status });
  });
});

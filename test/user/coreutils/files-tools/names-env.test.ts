// readlink, realpath, env and printenv against GNU coreutils 9.1: expected outputs are what the real
// programs print for the same commands under LC_ALL=C, run in a fresh directory named /tmp.

import { describe, expect, it } from 'vitest';
import { sh } from '../../helpers';

describe('readlink, realpath, env, printenv', () => {
  it.each([
    ['cd /tmp; touch f; readlink f; echo $?', '1\n', 0],
    [
      'cd /tmp; touch f; readlink -v f; readlink -v nope; readlink -n -f f f',
      'readlink: f: Invalid argument\nreadlink: nope: No such file or directory\nreadlink: ignoring --no-newline with multiple arguments\n/tmp/f\n/tmp/f\n',
      0,
    ],
    [
      "cd /tmp; readlink -fv nope/x; readlink -e /; readlink -f .; readlink -m ''; readlink -f ''; echo $?",
      'readlink: nope/x: No such file or directory\n/\n/tmp\n1\n',
      0,
    ],
    ['cd /tmp; readlink -n -f .; echo; readlink -n -e nope; echo $?', '/tmp\n1\n', 0],
    [
      'cd /tmp; readlink -f nope/x; echo $?; readlink -f nope; readlink -e nope; echo $?; readlink -ev nope; readlink -m /a/../b//c/.',
      '1\n/tmp/nope\n1\nreadlink: nope: No such file or directory\n/b/c\n',
      0,
    ],
    ['cd /tmp; readlink -f a b; readlink -z -f a b; echo', '/tmp/a\n/tmp/b\n/tmp/a\u0000/tmp/b\u0000\n', 0],
    ['cd /tmp; readlink', "readlink: missing operand\nTry 'readlink --help' for more information.\n", 1],
    [
      'cd /tmp; readlink -x',
      "readlink: invalid option -- 'x'\nTry 'readlink --help' for more information.\n",
      1,
    ],
    [
      "cd /tmp; realpath ''; realpath -m ''; realpath -q nope/x; echo $?; realpath --relative-to=nope/x .; echo $?",
      "realpath: '': No such file or directory\nrealpath: '': No such file or directory\n1\nrealpath: nope/x: No such file or directory\n1\n",
      0,
    ],
    [
      'cd /tmp; mkdir -p a/b; realpath --relative-to=a/b a; realpath --relative-to=a a/b/c; realpath --relative-base=a a/b /; realpath --relative-base=a --relative-to=a/b a /',
      '..\nb/c\nb\n/\n..\n/\n',
      0,
    ],
    ['cd /tmp; realpath -e -m x', '/tmp/x\n', 0],
    [
      'cd /tmp; realpath --bogus',
      "realpath: unrecognized option '--bogus'\nTry 'realpath --help' for more information.\n",
      1,
    ],
    ['cd /tmp; realpath', "realpath: missing operand\nTry 'realpath --help' for more information.\n", 1],
    [
      'cd /tmp; realpath nope/; realpath nope/x; realpath -e nope; realpath -m nope/../x; echo hi > f; realpath f/; realpath f/..; realpath -m f/..',
      '/tmp/nope\nrealpath: nope/x: No such file or directory\nrealpath: nope: No such file or directory\n/tmp/x\nrealpath: f/: Not a directory\nrealpath: f/..: Not a directory\n/tmp\n',
      0,
    ],
    [
      'cd /tmp; mkdir d; realpath --relative-to=d .; realpath --relative-to=/ /etc; realpath --relative-base=/etc /etc/passwd /tmp; realpath -s ./d/../d',
      '..\netc\npasswd\n/tmp\n/tmp/d\n',
      0,
    ],
    [
      'cd /tmp; mkdir -p a/b; cd a/b; realpath ../.. . ../x; readlink -f ../../a//b/',
      '/tmp\n/tmp/a/b\n/tmp/a/x\n/tmp/a/b\n',
      0,
    ],
    [
      'cd /tmp; realpath / /etc/passwd/ /etc//passwd',
      '/\nrealpath: /etc/passwd/: Not a directory\n/etc/passwd\n',
      1,
    ],
    [
      "cd /tmp; realpath 'a b/c'; realpath -e 'a b'",
      "realpath: 'a b/c': No such file or directory\nrealpath: 'a b': No such file or directory\n",
      1,
    ],
    ['cd /tmp; realpath -z . /; echo', '/tmp\u0000/\u0000\n', 0],
    ['env -i A=1 B=2 env', 'A=1\nB=2\n', 0],
    ['env -i A=1 B=2 printenv B A C; echo $?', '2\n1\n1\n', 0],
    ['env -i A=1 B=2 printenv', 'A=1\nB=2\n', 0],
    ['env -i A=1 env -u A B=3 env', 'B=3\n', 0],
    ['env -u', "env: option requires an argument -- 'u'\nTry 'env --help' for more information.\n", 125],
    ['env -u a=b', "env: cannot unset 'a=b': Invalid argument\n", 125],
    ['env -z', "env: invalid option -- 'z'\nTry 'env --help' for more information.\n", 125],
    [
      'env -0 true',
      "env: cannot specify --null (-0) with command\nTry 'env --help' for more information.\n",
      125,
    ],
    ['env -C', "env: option requires an argument -- 'C'\nTry 'env --help' for more information.\n", 125],
    [
      'env -C / ',
      "env: must specify command with --chdir (-C)\nTry 'env --help' for more information.\n",
      125,
    ],
    ['env -C nope true', "env: cannot change directory to 'nope': No such file or directory\n", 125],
    ['env nope; echo $?', "env: 'nope': No such file or directory\n127\n", 0],
    ['env -i A=1 -- env', "env: '--': No such file or directory\n", 127],
    ['env -i - A=1 env', 'A=1\n', 0],
    ['printenv -z', "printenv: invalid option -- 'z'\nTry 'printenv --help' for more information.\n", 2],
    [
      'printenv --bogus',
      "printenv: unrecognized option '--bogus'\nTry 'printenv --help' for more information.\n",
      2,
    ],
    ['env -i A=1 printenv A=1; echo $?', '1\n', 0],
    ['env echo hi', 'hi\n', 0],
    ['env -i A=1 A=2 env', 'A=2\n', 0],
    ['env -C / pwd', '/\n', 0],
    ['env -iu A', '', 0],
    ['env -i A=1 env -0; echo', 'A=1\u0000\n', 0],
    ['env -i A=1 printenv -0 A; echo', '1\u0000\n', 0],
    ['env -i A=1 printenv --null A B; echo', '1\u0000\n', 0],
    ['env -i A=1 env --unset=A --ignore-environment B=2 env', 'B=2\n', 0],
    ["env -i A='x y' env", 'A=x y\n', 0],
  ])('%s', (script, out, status) => {
    expect(sh(script)).toEqual({ out, status });
  });
});

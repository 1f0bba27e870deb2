// rm, tree, chmod, chown and globbing against symbolic links: every expected output is what the
// real programs print (GNU coreutils 9.1, findutils 4.9, tree 2.1, bash 5.2, LC_ALL=C), run in a
// fresh tmpfs mounted on /tmp, except the container cases, which say so. Real tmpfs lists a
// directory newest first and the model oldest first, so where several entries would be listed in
// readdir order the trees keep one entry per directory.

import { describe, expect, it } from 'vitest';
import { ALICE, sh } from '../helpers';

describe('rm: a symbolic link is removed, never followed', () => {
  it.each([
    ['cd /tmp; mkdir d; touch d/f; ln -s d ld; rm ld; echo $?; echo * d/*', '0\nd d/f\n', 0],
    ['cd /tmp; mkdir d; touch d/f; ln -s d ld; rm -r ld; echo $?; echo * d/*', '0\nd d/f\n', 0],
    ['cd /tmp; ln -s nope dang; rm dang; echo $?; echo *', '0\n*\n', 0],
    ['cd /tmp; mkdir d e; touch d/f; ln -s ../d e/l; rm -r e; echo $?; echo * d/*', '0\nd d/f\n', 0],
    ['cd /tmp; mkdir d; touch d/f; ln -s d ld; rm ld/', "rm: cannot remove 'ld/': Is a directory\n", 1],
    [
      'cd /tmp; mkdir d; touch d/f; ln -s d ld; rm -r ld/; echo $?; echo * d/*',
      "rm: cannot remove 'ld/': Not a directory\n1\nd ld d/*\n",
      0,
    ],
    ['cd /tmp; mkdir d; touch d/f; ln -s d ld; rm -rf ld/; echo $?; echo * d/*', '0\nd ld d/*\n', 0],
    ['cd /tmp; ln -s nope dang; rm -f dang nope; echo $?; echo *', '0\n*\n', 0],
    ['cd /tmp; ln -s loop loop; rm loop; echo $?; echo *', '0\n*\n', 0],
    ['cd /tmp; mkdir d; ln -s d ld; rmdir ld', "rmdir: failed to remove 'ld': Not a directory\n", 1],
    [
      'cd /tmp; mkdir d; touch d/f; ln -s d ld; rm -rv ld/',
      "removed 'ld/f'\nrm: cannot remove 'ld/': Not a directory\n",
      1,
    ],
    [
      'cd /tmp; mkdir d; touch d/f; ln -s d ld; rm -rv d ld',
      "removed 'd/f'\nremoved directory 'd'\nremoved 'ld'\n",
      0,
    ],
    [
      'cd /tmp; touch a; rm -f a/b; echo $?; rm a/b; echo $?; rm -fv a nope',
      "0\nrm: cannot remove 'a/b': Not a directory\n1\nremoved 'a'\n",
      0,
    ],
    [
      'cd /tmp; mkdir -p d/e; rm -v d; rm -rfv d',
      "rm: cannot remove 'd': Is a directory\nremoved directory 'd/e'\nremoved directory 'd'\n",
      0,
    ],
  ])('%s', (script, out, status) => {
    expect(sh(script)).toEqual({ out, status });
  });
});

describe('tree: links shown as `name -> target`, never entered', () => {
  it.each([
    [
      'cd /tmp; mkdir d; touch d/f; ln -s d ld; ln -s nope dang; ln -s d/f lf; mkdir e; ln -s .. e/up; tree',
      '.\n|-- d\n|   `-- f\n|-- dang -> nope\n|-- e\n|   `-- up -> ..\n|-- ld -> d\n`-- lf -> d/f\n\n5 directories, 3 files\n',
      0,
    ],
    [
      'cd /tmp; mkdir d; touch d/f; ln -s d ld; ln -s nope dang; ln -s d/f lf; mkdir e; ln -s .. e/up; tree -d',
      '.\n|-- d\n|-- e\n|   `-- up -> ..\n`-- ld -> d\n\n5 directories\n',
      0,
    ],
    [
      'cd /tmp; mkdir d; touch d/f; ln -s d ld; tree -a ld; tree ld/',
      'ld\n`-- f\n\n1 directory, 1 file\nld/\n`-- f\n\n1 directory, 1 file\n',
      0,
    ],
    [
      'cd /tmp; ln -s nope dang; touch f; ln -s f lf; tree dang; echo $?; tree lf',
      'dang  [error opening dir]\n\n0 directories, 1 file\n0\nlf  [error opening dir]\n\n0 directories, 1 file\n',
      0,
    ],
    [
      'cd /tmp; mkdir d; touch d/f; ln -s d ld; ln -s ld lld; tree -L 1',
      '.\n|-- d\n|-- ld -> d\n`-- lld -> ld\n\n4 directories, 0 files\n',
      0,
    ],
    [
      'cd /tmp; mkdir e; ln -s nope e/z; ln -s .. e/up; tree e; tree -d e',
      'e\n|-- up -> ..\n`-- z -> nope\n\n2 directories, 1 file\ne\n`-- up -> ..\n\n2 directories\n',
      0,
    ],
  ])('%s', (script, out, status) => {
    expect(sh(script)).toEqual({ out, status });
  });
});

describe('tree: which directories the summary counts', () => {
  it.each([
    [
      'cd /tmp; mkdir d e; tree d; tree d e; mkdir d/s; tree d; tree d e; tree e d',
      'd\n\n0 directories, 0 files\nd\ne\n\n0 directories, 0 files\nd\n`-- s\n\n2 directories, 0 files\nd\n`-- s\ne\n\n2 directories, 0 files\ne\nd\n`-- s\n\n2 directories, 0 files\n',
      0,
    ],
    [
      'cd /tmp; mkdir d e; mkdir d/s; touch e/f; tree e d; tree d d; tree /etc/passwd d',
      'e\n`-- f\nd\n`-- s\n\n3 directories, 1 file\nd\n`-- s\nd\n`-- s\n\n4 directories, 0 files\n/etc/passwd  [error opening dir]\nd\n`-- s\n\n2 directories, 1 file\n',
      0,
    ],
    [
      'cd /tmp; mkdir h; touch h/.x; tree h; tree -a h; mkdir g; touch g/f; tree -d g',
      'h\n\n0 directories, 0 files\nh\n`-- .x\n\n1 directory, 1 file\ng\n\n0 directories\n',
      0,
    ],
    [
      'cd /tmp; mkdir -p k/s; tree -L 1 k; ln -s k lk; tree lk; tree -d lk',
      'k\n`-- s\n\n2 directories, 0 files\nlk\n`-- s\n\n2 directories, 0 files\nlk\n`-- s\n\n2 directories\n',
      0,
    ],
    ['cd /tmp; mkdir d; ln -s d ld; tree ld/ d/', 'ld/\nd/\n\n0 directories, 0 files\n', 0],
    ['cd /tmp; ln -s . self; tree self', 'self\n`-- self -> .\n\n2 directories, 0 files\n', 0],
  ])('%s', (script, out, status) => {
    expect(sh(script)).toEqual({ out, status });
  });
});

describe('chmod and chown: links followed on the command line only, never inside -R', () => {
  it.each([
    [
      "cd /tmp; mkdir d; ln -s d ld; chmod 700 ld; echo $?; stat -c '%a %A %n' d ld",
      '0\n700 drwx------ d\n777 lrwxrwxrwx ld\n',
      0,
    ],
    ['cd /tmp; ln -s nope dang; chmod 644 dang', "chmod: cannot operate on dangling symlink 'dang'\n", 1],
    [
      "cd /tmp; mkdir d; touch d/f; ln -s d ld; chmod -R 755 ld; echo $?; stat -c '%a %n' d d/f",
      '0\n755 d\n755 d/f\n',
      0,
    ],
    [
      "cd /tmp; mkdir d; touch d/f; ln -s f d/lf; ln -s ../d d/up; chmod -R 700 d; echo $?; stat -c '%a %n' d d/f d/lf",
      '0\n700 d\n700 d/f\n777 d/lf\n',
      0,
    ],
    [
      'cd /tmp; ln -s nope dang; chmod -R 700 dang; echo $?; chmod -fR 700 dang; echo $?; chmod -f 700 nope; echo $?',
      "chmod: cannot operate on dangling symlink 'dang'\n1\n1\n1\n",
      0,
    ],
    [
      "cd /tmp; mkdir d; ln -s d ld; chown 1000:1000 ld; echo $?; stat -c '%u:%g %n' d",
      '0\n1000:1000 d\n',
      0,
    ],
    [
      'cd /tmp; ln -s nope dang; chown 1000 dang; echo $?; chown -f 1000 dang; echo $?',
      "chown: cannot dereference 'dang': No such file or directory\n1\n1\n",
      0,
    ],
    [
      "cd /tmp; mkdir d; touch d/f; ln -s d ld; chown -R 1001 ld; echo $?; stat -c '%u %n' d d/f",
      '0\n0 d\n0 d/f\n',
      0,
    ],
    [
      "cd /tmp; mkdir d; touch d/f; ln -s f d/lf; chown -R 1002 d; stat -c '%u %n' d d/f f 2>&1",
      "1002 d\n1002 d/f\nstat: cannot statx 'f': No such file or directory\n",
      1,
    ],
    [
      'cd /tmp; ln -s nope dang; chown -R 1004 dang; echo $?; chown -h 1003 dang; echo $?; chown -R 1 nope',
      "0\n0\nchown: cannot access 'nope': No such file or directory\n",
      1,
    ],
  ])('%s', (script, out, status) => {
    expect(sh(script)).toEqual({ out, status });
  });
});

describe('pathname expansion: lstat, so dangling links match', () => {
  it.each([
    [
      'cd /tmp; mkdir d; ln -s d ld; ln -s nope dang; ln -s loop loop; touch d/f; echo *; echo */; echo d*; echo */f; echo l*/',
      'd dang ld loop\nd/ ld/\nd dang\nd/f ld/f\nld/\n',
      0,
    ],
    [
      'cd /tmp; mkdir d; ln -s d ld; ln -s nope dang; touch d/f; echo */*; echo dang/*; echo [d]ang; echo ?/f',
      'd/f ld/f\ndang/*\ndang\nd/f\n',
      0,
    ],
    ['cd /tmp; mkdir e; ln -s nope e/x; echo */x; echo e/[x]; echo e/*', 'e/x\ne/x\ne/x\n', 0],
  ])('%s', (script, out, status) => {
    expect(sh(script)).toEqual({ out, status });
  });
});

describe('links as targets and operands of mv, cp, chmod, chown, find and tree', () => {
  it.each([
    [
      "cd /tmp; mkdir d; ln -s nope dang; mv d dang; echo $?; stat -c '%F %N' dang",
      "mv: cannot overwrite non-directory 'dang' with directory 'd'\n1\nsymbolic link 'dang' -> 'nope'\n",
      0,
    ],
    ["cd /tmp; touch f; ln -s nope dang; mv f dang; stat -c '%F %N' dang", "regular empty file 'dang'\n", 0],
    [
      "cd /tmp; mkdir d; ln -s nope dang; cp -r d dang; echo $?; stat -c '%F %N' dang",
      "cp: cannot overwrite non-directory 'dang' with directory 'd'\n1\nsymbolic link 'dang' -> 'nope'\n",
      0,
    ],
    [
      'cd /tmp; mkdir d e; ln -s e le; touch d/x; cp -r d le; echo e/*; mv d le; echo e/*',
      "e/d\nmv: cannot move 'd' to 'le/d': Directory not empty\ne/d\n",
      0,
    ],
    [
      'cd /tmp; mkdir d; ln -s d ld; mv -t ld nope; cp -t ld nope; touch f; mv -t ld f; echo d/*',
      "mv: cannot stat 'nope': No such file or directory\ncp: cannot stat 'nope': No such file or directory\nd/f\n",
      0,
    ],
    [
      'cd /tmp; ln -s nope dang; mv -t dang x; cp -t dang x',
      "mv: target directory 'dang': No such file or directory\ncp: target directory 'dang': No such file or directory\n",
      1,
    ],
    ["cd /tmp; touch f; ln -s f l; mv -T f l; stat -c '%F %N' l", "regular empty file 'l'\n", 0],
    [
      "cd /tmp; mkdir d; touch d/f; ln -s d ld; chmod -R 700 ld/; echo $?; chown -R 7 ld/; stat -c '%u %n' d d/f",
      '0\n7 d\n7 d/f\n',
      0,
    ],
    ['cd /tmp; mkdir d; ln -s d ld; tree ld/ d/', 'ld/\nd/\n\n0 directories, 0 files\n', 0],
    [
      'cd /tmp; ln -s . self; find -L self -maxdepth 2; echo $?',
      "self\nfind: File system loop detected; 'self/self' is part of the same file system loop as 'self'.\n1\n",
      0,
    ],
    ['cd /tmp; ln -s . self; tree self | head -3', 'self\n`-- self -> .\n\n', 0],
    ['cd /tmp; mkdir -p d/s; ln -s s d/l; cp -rL d e; find e | sort', 'e\ne/l\ne/s\n', 0],
    [
      'cd /tmp; mkdir -p d/s; ln -s s d/l; cp -rP d/l d/s e; find e | sort',
      "cp: target 'e': No such file or directory\nfind: 'e': No such file or directory\n",
      0,
    ],
  ])('%s', (script, out, status) => {
    expect(sh(script)).toEqual({ out, status });
  });
});

describe('a container has its own /proc', () => {
  // NOTE: no real container runs here, so these are the model's own expectations, shaped after
  // what runc gives a container: procfs mounted on /proc before anything else.
  const RUN = 'mkdir namespaces/ns1\ncontainer run c1 --user alice\n';
  it.each([
    ['container exec c1 cat /proc/self/comm', 'cat\n'],
    ['container exec c1 grep proc /proc/mounts', 'proc /proc proc rw,nosuid,nodev,noexec,relatime 0 0\n'],
    ['container exec c1 ps -o comm', 'COMMAND\nps\n'],
    ['container exec c1 readlink /proc/self/cwd', '/\n'],
  ])('%s', (script, out) => {
    expect(sh(RUN + script)).toEqual({ out, status: 0 });
  });
});

describe('chmod -f and chown -f: silent, but the status still says it failed', () => {
  it.each([
    ['chmod -f 700 /etc/passwd; echo $?', '1\n'],
    ['chown -f 1000 /etc/passwd; echo $?', '1\n'],
    ['chmod 700 /etc/passwd', "chmod: changing permissions of '/etc/passwd': Operation not permitted\n"],
  ])('%s', (script, out) => {
    expect(sh(script, ALICE).out).toBe(out);
  });
});

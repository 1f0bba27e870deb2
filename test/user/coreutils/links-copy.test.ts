// readlink, realpath, mv, cp and find against symbolic links, hard links and rename(2): every
// expected output is what the real programs print (GNU coreutils 9.1, findutils 4.9, LC_ALL=C),
// run in a fresh tmpfs mounted on /tmp, the mv cases' bind mounts made by mount --bind. Real tmpfs
// lists a directory newest first and the model oldest first, so where several entries would be
// listed in readdir order the trees keep one entry per directory.

import { describe, expect, it } from 'vitest';
import { sh } from '../helpers';

describe('readlink and realpath', () => {
  it.each([
    [
      'cd /tmp; mkdir -p d/s; touch d/f; ln -s d ld; ln -s nope dang; ln -s d/f lf; ln -s loop loop; ln -s /tmp/d abs; readlink ld dang lf abs loop; echo $?',
      'd\nnope\nd/f\n/tmp/d\nloop\n0\n',
      0,
    ],
    [
      'cd /tmp; mkdir d; ln -s d ld; readlink d; echo $?; readlink -v d nope ld',
      '1\nreadlink: d: Invalid argument\nreadlink: nope: No such file or directory\nd\n',
      1,
    ],
    [
      'cd /tmp; mkdir -p d/s; touch d/f; ln -s d ld; ln -s nope dang; ln -s d/f lf; ln -s loop loop; ln -s ../ld/s d/s/back; readlink -f ld dang lf loop nope/x ld/s/back/f; echo $?',
      '/tmp/d\n/tmp/nope\n/tmp/d/f\n1\n',
      0,
    ],
    [
      'cd /tmp; mkdir d; touch d/f; ln -s d ld; ln -s nope dang; ln -s d/f lf; readlink -e ld dang lf; echo $?',
      '/tmp/d\n/tmp/d/f\n1\n',
      0,
    ],
    [
      'cd /tmp; ln -s nope dang; ln -s loop loop; mkdir d; ln -s d ld; readlink -m dang loop/x ld/../x',
      '/tmp/nope\n/tmp/loop/x\n/tmp/x\n',
      0,
    ],
    [
      'cd /tmp; ln -s nope dang; ln -s loop loop; readlink -ev loop dang; echo $?; readlink -fv loop/x',
      'readlink: loop: Too many levels of symbolic links\nreadlink: dang: No such file or directory\n1\nreadlink: loop/x: Too many levels of symbolic links\n',
      1,
    ],
    [
      'cd /tmp; mkdir -p d/s; touch d/f; ln -s d ld; ln -s nope dang; ln -s d/f lf; ln -s loop loop; realpath ld dang lf loop ld/..',
      '/tmp/d\n/tmp/nope\n/tmp/d/f\nrealpath: loop: Too many levels of symbolic links\n/tmp\n',
      1,
    ],
    [
      'cd /tmp; mkdir -p d/s; ln -s d ld; ln -s nope dang; ln -s ../ld/s d/s/back; realpath -s ld/.. ld dang; realpath -L ld/.. ld/s/back/..; realpath -P ld/..; realpath -sP ld/..; realpath -Ps ld/..',
      '/tmp\n/tmp/ld\n/tmp/dang\n/tmp\nrealpath: ld/s/back/..: No such file or directory\n/tmp\n/tmp\n/tmp\n',
      0,
    ],
    [
      'cd /tmp; ln -s nope dang; ln -s loop loop; realpath -e dang; realpath -m loop',
      'realpath: dang: No such file or directory\n/tmp/loop\n',
      0,
    ],
    [
      'cd /tmp; mkdir d; touch d/f; ln -s d ld; ln -s d/f lf; realpath --relative-to=ld d/f lf; realpath --relative-base=ld d/f lf /tmp',
      'f\nf\nf\nf\n/tmp\n',
      0,
    ],
    [
      'cd /tmp; mkdir d; ln -s d/f lf; ln -s d ld; readlink -n ld; echo; readlink -z ld lf; echo',
      'd\nd\u0000d/f\u0000\n',
      0,
    ],
    [
      'cd /tmp; ln -s /etc/passwd p; ln -s p q; readlink -f q; readlink q; realpath -s q; realpath --relative-to=/etc q',
      '/etc/passwd\np\n/tmp/q\npasswd\n',
      0,
    ],
  ])('%s', (script, out, status) => {
    expect(sh(script)).toEqual({ out, status });
  });
});

describe('mv: rename(2), and a copy across mounts', () => {
  it.each([
    ['cd /tmp; mkdir d; touch d/f; mv d e; echo * e/*', 'e e/f\n', 0],
    ['cd /tmp; mkdir d e; touch e/x; mv d e; echo e/*', 'e/d e/x\n', 0],
    ['cd /tmp; mkdir -p d e/d/x; mv d e', "mv: cannot move 'd' to 'e/d': Directory not empty\n", 1],
    ['cd /tmp; mkdir -p d e/d; touch d/a; mv -v d e; echo e/d/*', "renamed 'd' -> 'e/d'\ne/d/a\n", 0],
    ['cd /tmp; mkdir d; mv -v d e', "renamed 'd' -> 'e'\n", 0],
    [
      'cd /tmp; mkdir d; mv d d/sub; mv d d; mv d ./d; mv d/ d/x',
      "mv: cannot move 'd' to a subdirectory of itself, 'd/sub'\nmv: cannot move 'd' to a subdirectory of itself, 'd/d'\nmv: cannot move 'd' to a subdirectory of itself, './d/d'\nmv: cannot move 'd/' to a subdirectory of itself, 'd/x'\n",
      1,
    ],
    [
      'cd /tmp; mkdir d; touch f; mv d f; mv f d; mv -T f d; echo $?; echo d/*',
      "mv: cannot overwrite non-directory 'f' with directory 'd'\nmv: cannot stat 'f': No such file or directory\n1\nd/f\n",
      0,
    ],
    [
      "cd /tmp; mkdir d; ln -s d ld; mv ld l2; stat -c '%F %N' d l2",
      "directory 'd'\nsymbolic link 'l2' -> 'd'\n",
      0,
    ],
    ["cd /tmp; ln -s nope dang; mv dang dd; stat -c '%F %N' dd", "symbolic link 'dd' -> 'nope'\n", 0],
    ['cd /tmp; mkdir d; ln -s d ld; touch f; mv f ld; echo d/*; stat -c %F ld', 'd/f\nsymbolic link\n', 0],
    ['cd /tmp; mkdir d; ln -s d ld; touch f; mv f ld/; echo d/*', 'd/f\n', 0],
    [
      'cd /tmp; mkdir d; ln -s d ld; mv ld/ x; echo $?; echo *',
      "mv: cannot move 'ld/' to 'x': Not a directory\n1\nd ld\n",
      0,
    ],
    ['cd /tmp; touch f; ln f g; mv f g; echo $?; echo *', "mv: 'f' and 'g' are the same file\n1\nf g\n", 0],
    ["cd /tmp; touch f; ln -s f l; mv f l; stat -c '%F %N' *", "regular empty file 'l'\n", 0],
    [
      "cd /tmp; touch f; ln -s f l; mv l f; echo $?; stat -c '%F %N' *",
      "mv: 'l' and 'f' are the same file\n1\nregular empty file 'f'\nsymbolic link 'l' -> 'f'\n",
      0,
    ],
    ['cd /tmp; mkdir d; ln -s d ld; mv d ld', "mv: cannot move 'd' to a subdirectory of itself, 'ld/d'\n", 1],
    [
      "cd /tmp; mkdir d e; ln -s ../d e/l; mv -v e/l .; stat -c '%F %N' l",
      "renamed 'e/l' -> './l'\nsymbolic link 'l' -> '../d'\n",
      0,
    ],
    ['cd /tmp; touch f g; mv -v f g; mv -v g f; echo *', "renamed 'f' -> 'g'\nrenamed 'g' -> 'f'\nf\n", 0],
    [
      'cd /tmp; mkdir d; touch f; mv -vt d f; mv d/f/ .; mv nope/ x',
      "renamed 'f' -> 'd/f'\nmv: cannot stat 'd/f/': Not a directory\nmv: cannot stat 'nope/': No such file or directory\n",
      1,
    ],
    [
      'cd /tmp; mkdir d e; echo 1 > d/x; echo 2 > e/x; mv -n d/x e; echo $?; cat e/x; mv -f -n d/x e; mv -n -f d/x e; cat e/x; echo d/*',
      '0\n2\n1\nd/*\n',
      0,
    ],
    ['cd /tmp; mkdir d; touch f; mv f d/; mv -v d/ e; echo *', "renamed 'd/' -> 'e'\ne\n", 0],
    [
      'cd /tmp; touch a; mv a a/; mv a/ b; mkdir d; mv d/ e/; echo *',
      "mv: cannot stat 'a/': Not a directory\nmv: cannot stat 'a/': Not a directory\na e\n",
      0,
    ],
    [
      "cd /tmp; touch f; ln f g; ln -s f s; mv s g; echo $?; stat -c '%F %N' *",
      "0\nregular empty file 'f'\nsymbolic link 'g' -> 'f'\n",
      0,
    ],
    ['cd /tmp; touch f; ln f g; ln -s f s; mv s f', "mv: 's' and 'f' are the same file\n", 1],
    ["cd /tmp; ln -s a l; ln -s b m; mv l m; stat -c '%N' *", "'m' -> 'a'\n", 0],
    ["cd /tmp; mkdir d; ln -s d ld; touch f; mv -T f ld; stat -c '%F %N' ld", "regular empty file 'ld'\n", 0],
    [
      "cd /tmp; mkdir a b; mount --bind a b; mkdir -p a/d/s; ln -s ../f a/d/s/l; mv -v a/d b/e; echo a/*; stat -c '%F %N' a/e/s a/e/s/l",
      "created directory 'b/e'\ncreated directory 'b/e/s'\ncopied 'a/d/s/l' -> 'b/e/s/l'\nremoved 'a/d/s/l'\nremoved directory 'a/d/s'\nremoved directory 'a/d'\na/e\ndirectory 'a/e/s'\nsymbolic link 'a/e/s/l' -> '../f'\n",
      0,
    ],
    [
      'cd /tmp; mkdir a b; mount --bind a b; mkdir -p a/d/s a/e/d; touch a/e/d/z; mv a/d b/e',
      "mv: inter-device move failed: 'a/d' to 'b/e/d'; unable to remove target: Directory not empty\n",
      1,
    ],
    [
      "cd /tmp; mkdir a b; mount --bind a b; ln -s nope a/dang; mv -v a/dang b/dd; stat -c '%F %N' a/*",
      "copied 'a/dang' -> 'b/dd'\nremoved 'a/dang'\nsymbolic link 'a/dd' -> 'nope'\n",
      0,
    ],
    [
      'cd /tmp; mkdir a b; mount --bind a b; touch a/f; echo y > a/g; mv -v a/f b/g; cat a/g; echo a/*',
      "copied 'a/f' -> 'b/g'\nremoved 'a/f'\na/g\n",
      0,
    ],
    [
      "cd /tmp; mkdir a b; mount --bind a b; mkdir a/d; touch a/d/f; chmod 500 a/d; mv -v a/d b/e; stat -c '%a %n' a/e",
      "created directory 'b/e'\ncopied 'a/d/f' -> 'b/e/f'\nremoved 'a/d/f'\nremoved directory 'a/d'\n500 a/e\n",
      0,
    ],
    [
      "cd /tmp; mkdir a b; mount --bind a b; echo x > a/f; chmod 640 a/f; chown 1000:1000 a/f; mv a/f b/g; stat -c '%a %u %g %n' a/g",
      '640 1000 1000 a/g\n',
      0,
    ],
    [
      'cd /tmp; mkdir a b; mount --bind a b; mkdir a/d; touch a/f; mv a/d b/f; mv a/f b/d',
      "mv: cannot overwrite non-directory 'b/f' with directory 'a/d'\n",
      0,
    ],
    [
      'cd /tmp; mkdir a b; mount --bind a b; mkdir a/d; mv a/d b/d/x',
      "mv: cannot copy a directory, 'a/d', into itself, 'b/d/x'\n",
      1,
    ],
  ])('%s', (script, out, status) => {
    expect(sh(script)).toEqual({ out, status });
  });
});

describe('cp: -P/-d/-a/-r copy links, -H/-L follow, plain cp follows', () => {
  it.each([
    [
      "cd /tmp; echo hi > f; ln -s f l; cp l a; cp -P l b; cp -d l c; cp -r l e; cp -a l g; stat -c '%F %N' a b c e g",
      "regular file 'a'\nsymbolic link 'b' -> 'f'\nsymbolic link 'c' -> 'f'\nsymbolic link 'e' -> 'f'\nsymbolic link 'g' -> 'f'\n",
      0,
    ],
    [
      "cd /tmp; ln -s nope dang; cp dang x; echo $?; cp -P dang y; cp -r dang z; stat -c '%F %N' y z",
      "cp: cannot stat 'dang': No such file or directory\n1\nsymbolic link 'y' -> 'nope'\nsymbolic link 'z' -> 'nope'\n",
      0,
    ],
    [
      "cd /tmp; mkdir d; echo hi > d/f; ln -s f d/l; cp -rv d e; stat -c '%F %N' e/f e/l",
      "'d' -> 'e'\n'd/f' -> 'e/f'\n'd/l' -> 'e/l'\nregular file 'e/f'\nsymbolic link 'e/l' -> 'f'\n",
      0,
    ],
    [
      "cd /tmp; mkdir d; echo hi > d/f; ln -s f d/l; cp -rL d e; stat -c '%F %N' e/f e/l",
      "regular file 'e/f'\nregular file 'e/l'\n",
      0,
    ],
    [
      "cd /tmp; mkdir d; echo hi > d/f; ln -s f d/l; ln -s d ld; cp -r ld e; cp -rH ld g; stat -c '%F %N' e g g/f g/l",
      "symbolic link 'e' -> 'd'\ndirectory 'g'\nregular file 'g/f'\nsymbolic link 'g/l' -> 'f'\n",
      0,
    ],
    ['cd /tmp; mkdir d; ln -s ../d d/up; cp -rL d e', "cp: cannot copy cyclic symbolic link 'd/up'\n", 1],
    [
      "cd /tmp; echo hi > f; ln -s f l; cp -P l f; cp l f; cp -P f l; cp f l; stat -c '%F %N' f l",
      "cp: 'l' and 'f' are the same file\ncp: 'l' and 'f' are the same file\ncp: 'f' and 'l' are the same file\ncp: 'f' and 'l' are the same file\nregular file 'f'\nsymbolic link 'l' -> 'f'\n",
      0,
    ],
    [
      "cd /tmp; echo hi > f; echo x > g; ln -s f l; cp -P l g; stat -c '%F %N' g; cp -Pv l g; cp -P l l2; cp -P l l2; stat -c '%F %N' l2",
      "symbolic link 'g' -> 'f'\nremoved 'g'\n'l' -> 'g'\nsymbolic link 'l2' -> 'f'\n",
      0,
    ],
    [
      "cd /tmp; echo hi > f; ln -s nope dang; cp f dang; echo $?; stat -c '%F %N' dang",
      "cp: not writing through dangling symlink 'dang'\n1\nsymbolic link 'dang' -> 'nope'\n",
      0,
    ],
    [
      "cd /tmp; echo hi > f; echo x > g; ln -s g l; cp f l; cat g; stat -c '%F %N' l",
      "hi\nsymbolic link 'l' -> 'g'\n",
      0,
    ],
    [
      "cd /tmp; mkdir d; ln -s f d/l; mkdir e; ln -s g e/l; cp -rH d/. e; echo $?; cp -rHv d/. e; stat -c '%N' e/l",
      "0\nremoved 'e/./l'\n'd/./l' -> 'e/./l'\n'e/l' -> 'f'\n",
      0,
    ],
    [
      "cd /tmp; ln -s f l; mkdir d; cp -P l d; cp -Pv l d; cp -Pv l d/l; stat -c '%F %N' d/l",
      "removed 'd/l'\n'l' -> 'd/l'\nremoved 'd/l'\n'l' -> 'd/l'\nsymbolic link 'd/l' -> 'f'\n",
      0,
    ],
    [
      "cd /tmp; echo hi > f; ln -s f l; mkdir d; cp -a l f d; stat -c '%F %N' d/l d/f",
      "symbolic link 'd/l' -> 'f'\nregular file 'd/f'\n",
      0,
    ],
    [
      "cd /tmp; mkdir d; ln -s d ld; cp -rv ld e; cp -rvL ld g; cp -rvH ld h; stat -c '%F' e g h",
      "'ld' -> 'e'\n'ld' -> 'g'\n'ld' -> 'h'\nsymbolic link\ndirectory\ndirectory\n",
      0,
    ],
    [
      "cd /tmp; mkdir d; ln -s d ld; cp ld e; cp -P ld e; echo $?; stat -c '%F %N' e",
      "cp: -r not specified; omitting directory 'ld'\n0\nsymbolic link 'e' -> 'd'\n",
      0,
    ],
    [
      'cd /tmp; mkdir d; touch d/f; ln -s d ld; cp -rv d ld',
      "'d' -> 'ld/d'\n'd/f' -> 'ld/d/f'\ncp: cannot copy a directory, 'd', into itself, 'ld/d'\n",
      1,
    ],
    [
      'cd /tmp; echo hi > f; ln -s f l; ln -s f m; cp -P l m; echo $?; cp l m; echo $?; cp -a l m; echo $?; cat m',
      "0\ncp: 'l' and 'm' are the same file\n1\n0\nhi\n",
      0,
    ],
    [
      "cd /tmp; echo hi > f; ln -s f l; cp -aL l m; cp -La l n; stat -c '%F' m n",
      'regular file\nsymbolic link\n',
      0,
    ],
    [
      "cd /tmp; echo hi > f; ln -s f l; cp -Lp l m; cp --no-dereference l n; cp --dereference -P l o; stat -c '%F' m n o",
      'regular file\nsymbolic link\nsymbolic link\n',
      0,
    ],
    [
      "cd /tmp; mkdir d; echo a > d/f; ln -s f d/l; cp -R d e; cp -RL d g; cp -RH d h; stat -c '%F' e/l g/l h/l",
      'symbolic link\nregular file\nsymbolic link\n',
      0,
    ],
    [
      "cd /tmp; ln -s loop loop; cp loop x; cp -P loop y; echo $?; stat -c '%N' y",
      "cp: cannot stat 'loop': Too many levels of symbolic links\n0\n'y' -> 'loop'\n",
      0,
    ],
    [
      "cd /tmp; echo hi > f; ln -s f l; cp -u -P l m; cp -uP l m; echo $?; cp -n -P l m; echo $?; stat -c '%N' m",
      "0\n0\n'm' -> 'f'\n",
      0,
    ],
  ])('%s', (script, out, status) => {
    expect(sh(script)).toEqual({ out, status });
  });
});

describe('find: -P by default, -L and -H follow', () => {
  it.each([
    [
      'cd /tmp; mkdir d; touch d/f; ln -s d ld; ln -s nope dang; find ld dang; find -L ld dang; find -H ld dang',
      'ld\ndang\nld\nld/f\ndang\nld\nld/f\ndang\n',
      0,
    ],
    [
      'cd /tmp; mkdir d; touch d/f; ln -s d ld; ln -s nope dang; find . -type l | sort; find -L . -type l; find -L . -type d | sort',
      './dang\n./ld\n./dang\n.\n./d\n./ld\n',
      0,
    ],
    [
      'cd /tmp; mkdir -p d/e; ln -s .. d/e/up; find -L d',
      "d\nd/e\nfind: File system loop detected; 'd/e/up' is part of the same file system loop as 'd'.\n",
      1,
    ],
    [
      'cd /tmp; mkdir d; ln -s d ld; find ld/; find -P ld -type l; find -H ld -type l; find ld -maxdepth 0 -type d; find -L ld -maxdepth 0 -type d -empty',
      'ld/\nld\nld\n',
      0,
    ],
    [
      'cd /tmp; echo abc > f; ln -s f l; find l -size 1c; find l -size 4c; find -L l -size 4c; find l -empty; find -L l -type f',
      'l\nl\nl\n',
      0,
    ],
    [
      'cd /tmp; ln -s nope dang; find dang -delete; echo *; ln -s nope dang; find -L dang -type l',
      '*\ndang\n',
      0,
    ],
    ['cd /tmp; mkdir d; touch d/f; ln -s d ld; find ld -delete; echo * d/*', 'd d/f\n', 0],
    [
      'cd /tmp; mkdir d; touch d/f; ln -s d ld; find -L ld -delete; echo $?; echo d/*',
      "find: cannot delete 'ld': Not a directory\n1\nd/*\n",
      0,
    ],
    [
      'cd /tmp; ln -s loop loop; find -L .; echo $?; find -L loop; find loop -type l',
      ".\nfind: './loop': Too many levels of symbolic links\n1\nfind: 'loop': Too many levels of symbolic links\nloop\n",
      0,
    ],
    ['cd /tmp; mkdir d; ln -s d ld; find -H ld/; find -L -P ld; find -P -L ld -type d', 'ld/\nld\nld\n', 0],
    ['cd /tmp; touch f; ln -s f l; find -L l -type f; find -L l -type l; find l -type f,l', 'l\nl\n', 0],
    [
      'cd /tmp; mkdir d; touch d/f; ln -s d ld; find -L . -name f | sort; find . -name f',
      './d/f\n./ld/f\n./d/f\n',
      0,
    ],
    [
      'cd /tmp; mkdir d; ln -s nope d/x; find d -type l -exec echo link {} \\;; find -L d -type l',
      'link d/x\nd/x\n',
      0,
    ],
    [
      'cd /tmp; mkdir -p t/u; ln -s ../.. t/u/up; find -L t -name up',
      "t/u/up\nfind: File system loop detected; 't/u/up/t' is part of the same file system loop as 't'.\n",
      1,
    ],
    ['cd /tmp; ln -s nope dang; find . -newer dang; echo $?; find -L . -newer dang', '0\n', 0],
  ])('%s', (script, out, status) => {
    expect(sh(script)).toEqual({ out, status });
  });
});

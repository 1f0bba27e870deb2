import { describe, expect, it } from 'vitest';
import { sh } from '../helpers';

describe('mkdir, rmdir, rm, touch, chmod, chown', () => {
  it.each([
    ['cd /tmp; mkdir d; mkdir d', "mkdir: cannot create directory 'd': File exists\n", 1],
    ['cd /tmp; mkdir -p d/e/f; mkdir -p d/e; ls -R d', 'd:\ne\n\nd/e:\nf\n\nd/e/f:\n', 0],
    ['mkdir', "mkdir: missing operand\nTry 'mkdir --help' for more information.\n", 1],
    ['mkdir /nope/x', "mkdir: cannot create directory '/nope/x': No such file or directory\n", 1],
    ['mkdir -p /etc/passwd/x', "mkdir: cannot create directory '/etc/passwd': Not a directory\n", 1],
    ["cd /tmp; mkdir -m 700 m; stat -c '%a' m", '700\n', 0],
    ['mkdir foo', "mkdir: cannot create directory 'foo': Operation not permitted\n", 1],
    [
      'cd /tmp; mkdir -p d/e; rmdir nope d',
      "rmdir: failed to remove 'nope': No such file or directory\nrmdir: failed to remove 'd': Directory not empty\n",
      1,
    ],
    ['rmdir /etc/passwd', "rmdir: failed to remove '/etc/passwd': Not a directory\n", 1],
    ['cd /tmp; mkdir -p a/b/c; rmdir -p a/b/c; ls', '', 0],
    ['rmdir events', "rmdir: failed to remove 'events': Operation not permitted\n", 1],
    ['cd /tmp; touch t1 t2; ls', 't1  t2\n', 0],
    ['touch /nope/t', "touch: cannot touch '/nope/t': No such file or directory\n", 1],
    ['touch', "touch: missing file operand\nTry 'touch --help' for more information.\n", 1],
    ['touch newfile', "touch: cannot touch 'newfile': Permission denied\n", 1],
    ['touch trace /tmp', '', 0],
    ['rm nope', "rm: cannot remove 'nope': No such file or directory\n", 1],
    ['rm -f nope', '', 0],
    ['rm', "rm: missing operand\nTry 'rm --help' for more information.\n", 1],
    ['rm /tmp', "rm: cannot remove '/tmp': Is a directory\n", 1],
    ['cd /tmp; mkdir -p a/b; touch a/b/f; rm -r a; ls', '', 0],
    ['rm trace', "rm: cannot remove 'trace': Operation not permitted\n", 1],
    ['cd /tmp; touch f; chmod 640 f; chmod u+x,g-r f; stat -c "%a %A" f', '700 -rwx------\n', 0],
    ['cd /tmp; touch f; chmod a=r,u+w f; stat -c %a f; chmod +x f; stat -c %a f', '644\n755\n', 0],
    ['cd /tmp; mkdir -p d/e; chmod -R 700 d; stat -c %a d d/e', '700\n700\n', 0],
    ['chmod', "chmod: missing operand\nTry 'chmod --help' for more information.\n", 1],
    ['chmod 7', "chmod: missing operand after '7'\nTry 'chmod --help' for more information.\n", 1],
    ['chmod abc /tmp', "chmod: invalid mode: 'abc'\nTry 'chmod --help' for more information.\n", 1],
    ['chmod 640 nope', "chmod: cannot access 'nope': No such file or directory\n", 1],
    [
      'cd /tmp; touch f; chown alice f; stat -c %U:%G f; chown :alice f; stat -c %U:%G f',
      'alice:root\nalice:alice\n',
      0,
    ],
    ['cd /tmp; touch f; chown 1234:5678 f; ls -l f', '-rw-r--r-- 1 1234 5678 0 Jul 28 09:00 f\n', 0],
    ['cd /tmp; touch f; chown alice: f; stat -c %u:%g f', '1000:1000\n', 0],
    ['chown carol /tmp', "chown: invalid user: 'carol'\n", 1],
    ['chown root:carol /tmp', "chown: invalid group: 'root:carol'\n", 1],
    ['chown root nope', "chown: cannot access 'nope': No such file or directory\n", 1],
    ['chown', "chown: missing operand\nTry 'chown --help' for more information.\n", 1],
  ])('%s', (script, out, status) => {
    expect(sh(script)).toEqual({ out, status });
  });
});

describe('mount, umount, id, whoami, sleep', () => {
  it.each([
    [
      'cd /tmp; mkdir m; mount --bind /etc m; ls m; mount | tail -1; umount m; ls m',
      'group  hostname  passwd\n/etc on /tmp/m type rootfs (rw,relatime)\n',
      0,
    ],
    ['umount /nope', 'umount: /nope: no mount point specified.\n', 32],
    ['umount /tmp', 'umount: /tmp: not mounted.\n', 32],
    [
      'mount --bind /nope /tmp',
      'mount: /tmp: special device /nope does not exist.\n       dmesg(1) may have more information after failed mount system call.\n',
      32,
    ],
    [
      'mount --bind /etc /nope',
      'mount: /nope: mount point does not exist.\n       dmesg(1) may have more information after failed mount system call.\n',
      32,
    ],
    ['id; id -u; id -g; id -un; id -Gn', 'uid=0(root) gid=0(root) groups=0(root)\n0\n0\nroot\nroot\n', 0],
    ['id alice', 'uid=1000(alice) gid=1000(alice) groups=1000(alice),27(sudo)\n', 0],
    ['id carol', "id: 'carol': no such user\n", 1],
    ['id bob', 'uid=1001(bob) gid=1001(bob) groups=1001(bob),27(sudo)\n', 0],
    ['id -n', 'id: cannot print only names or real IDs in default format\n', 1],
    ['whoami', 'root\n', 0],
    ['sleep 1.5', '', 0],
    ['sleep x', "sleep: invalid time interval 'x'\nTry 'sleep --help' for more information.\n", 1],
  ])('%s', (script, out, status) => {
    expect(sh(script)).toEqual({ out, status });
  });
});

// Symbolic links, hard links and rename at the system call level (fs/namei.c): following in the
// middle and at the end of a path, lstat/readlink/unlink/rmdir on the link itself, dangling links,
// relative targets, `..` after a link, MAXSYMLINKS, O_CREAT/O_NOFOLLOW, what tracefs refuses, and
// renameat2's checks. Every expected errno was checked against Linux 6.x on tmpfs (see the
// probes in the task report); the model's /tmp is a ramfs like tmpfs.

import { beforeEach, describe, expect, it } from 'vitest';
import { errnoName } from '../../../worker/kernel/lib/errno';
import {
  O_CREAT,
  O_DIRECTORY,
  O_EXCL,
  O_NOFOLLOW,
  O_RDONLY,
  O_WRONLY,
} from '../../../worker/kernel/syscalls';
import { bootRoot, expectNothingReferenced, readAll, TRACING, writeText, type Syscalls } from '../helpers';

let sys: Syscalls;

const S_IFMT = 0o170000;
const S_IFDIR = 0o040000;
const S_IFLNK = 0o120000;

/** A number as the probes print it: an errno name when negative, 'ok' for 0. */
function named(r: number): string | number {
  return r < 0 ? errnoName(r) : r === 0 ? 'ok' : r;
}

function result<T>(r: { ok: true; value: T } | { ok: false; err: number }): T | string {
  return r.ok ? r.value : errnoName(r.err);
}

function type(p: string, how: 'stat' | 'lstat' = 'stat'): string {
  const st = sys[how](p);
  if (!st.ok) return errnoName(st.err);
  const t = st.value.mode & S_IFMT;
  return t === S_IFDIR ? 'dir' : t === S_IFLNK ? 'link' : 'file';
}

function openErr(p: string, flags: number): string | number {
  const fd = sys.open(p, flags, 0o644);
  if (fd < 0) return errnoName(fd);
  sys.close(fd);
  return 'ok';
}

/** The probe's tree: d/{f,sub}, ld -> d, lf -> d/f, dang -> nope, a loop, a self-link, lsub -> d/sub. */
function tree(): void {
  expect(sys.mkdir('/tmp/t')).toBe(0);
  expect(sys.chdir('/tmp/t')).toBe(0);
  expect(sys.mkdir('d')).toBe(0);
  expect(writeText(sys, 'd/f', 'hi', O_WRONLY | O_CREAT)).toBe(2);
  expect(sys.mkdir('d/sub')).toBe(0);
  const links: Array<[string, string]> = [
    ['d', 'ld'],
    ['d/f', 'lf'],
    ['nope', 'dang'],
    ['loop1', 'loop2'],
    ['loop2', 'loop1'],
    ['self', 'self'],
    ['d/sub', 'lsub'],
  ];
  for (const [target, name] of links) expect(sys.symlink(target, name)).toBe(0);
}

beforeEach(() => {
  ({ sys } = bootRoot());
  tree();
});

describe('symlink(2), readlink(2), lstat(2)', () => {
  it('a link is an S_IFLNK inode, mode 0777, owned by its maker, its size the target length', () => {
    const st = sys.lstat('lf');
    expect(st.ok && [(st.value.mode & 0o7777).toString(8), st.value.size, st.value.nlink]).toEqual([
      '777',
      3,
      1,
    ]);
    expect(type('lf', 'lstat')).toBe('link');
    expect(type('lf')).toBe('file');
    expect(result(sys.readlink('lf'))).toBe('d/f');
    expect(readAll(sys, 'lf')).toBe('hi');
    expect(readAll(sys, 'ld/sub/../f')).toBe('hi');
    expect(sys.getcwd()).toBe('/tmp/t');
  });

  // [what, result]: the probe's lines, in its order.
  const cases: Array<[string, () => unknown, unknown]> = [
    ['stat ld', () => type('ld'), 'dir'],
    ['stat dang', () => type('dang'), 'ENOENT'],
    ['stat loop1', () => type('loop1'), 'ELOOP'],
    ['stat self', () => type('self'), 'ELOOP'],
    ['lstat loop1 size', () => (sys.lstat('loop1') as { value: { size: number } }).value.size, 5],
    ['stat lsub/.. is d', () => ino('lsub/..') === ino('d'), true],
    ['stat lf/', () => type('lf/'), 'ENOTDIR'],
    ['lstat lf/', () => type('lf/', 'lstat'), 'ENOTDIR'],
    ['lstat ld/', () => type('ld/', 'lstat'), 'dir'],
    ['lstat dang/', () => type('dang/', 'lstat'), 'ENOENT'],
    ['readlink ld', () => result(sys.readlink('ld')), 'd'],
    ['readlink ld/', () => result(sys.readlink('ld/')), 'EINVAL'],
    ['readlink d', () => result(sys.readlink('d')), 'EINVAL'],
    ['readlink nope', () => result(sys.readlink('nope')), 'ENOENT'],
    ['readlink lf/', () => result(sys.readlink('lf/')), 'ENOTDIR'],
    ['readlink ld/f', () => result(sys.readlink('ld/f')), 'EINVAL'],
    ['mkdir dang', () => named(sys.mkdir('dang')), 'EEXIST'],
    ['mkdir dang/', () => named(sys.mkdir('dang/')), 'EEXIST'],
    ['mkdir ld/new', () => [named(sys.mkdir('ld/new')), type('d/new')], ['ok', 'dir']],
    ['rmdir ld', () => named(sys.rmdir('ld')), 'ENOTDIR'],
    ['rmdir ld/', () => named(sys.rmdir('ld/')), 'ENOTDIR'],
    ['unlink ld/', () => named(sys.unlink('ld/')), 'ENOTDIR'],
    ['unlink d/f/', () => named(sys.unlink('d/f/')), 'ENOTDIR'],
    ['unlink d/', () => named(sys.unlink('d/')), 'EISDIR'],
    [
      'unlink ld removes the link only',
      () => [named(sys.unlink('ld')), type('ld'), type('d')],
      ['ok', 'ENOENT', 'dir'],
    ],
    ['symlink x d/f', () => named(sys.symlink('x', 'd/f')), 'EEXIST'],
    ['symlink x new/', () => named(sys.symlink('x', 'new/')), 'ENOENT'],
    ['symlink x dang', () => named(sys.symlink('x', 'dang')), 'EEXIST'],
    ['symlink x ld/', () => named(sys.symlink('x', 'ld/')), 'EEXIST'],
    ['symlink x nodir/y', () => named(sys.symlink('x', 'nodir/y')), 'ENOENT'],
    ['symlink empty', () => named(sys.symlink('', 'emp')), 'ENOENT'],
    ['symlink long', () => named(sys.symlink('a'.repeat(4096), 'lng')), 'ENAMETOOLONG'],
    [
      'symlink 4095',
      () => [named(sys.symlink('a'.repeat(4095), 'lng2')), type('lng2')],
      ['ok', 'ENAMETOOLONG'],
    ],
    ['open dang O_CREAT', () => [openErr('dang', O_WRONLY | O_CREAT), type('nope')], ['ok', 'file']],
    ['open lf O_NOFOLLOW', () => openErr('lf', O_RDONLY | O_NOFOLLOW), 'ELOOP'],
    ['open ld O_NOFOLLOW|O_DIRECTORY', () => openErr('ld', O_RDONLY | O_NOFOLLOW | O_DIRECTORY), 'ENOTDIR'],
    [
      'open dang O_NOFOLLOW|O_DIRECTORY',
      () => openErr('dang', O_RDONLY | O_NOFOLLOW | O_DIRECTORY),
      'ENOTDIR',
    ],
    ['open dang O_CREAT|O_NOFOLLOW', () => openErr('dang', O_WRONLY | O_CREAT | O_NOFOLLOW), 'ELOOP'],
    ['open ld O_CREAT|O_NOFOLLOW', () => openErr('ld', O_WRONLY | O_CREAT | O_NOFOLLOW), 'ELOOP'],
    ['open d/f O_NOFOLLOW', () => openErr('d/f', O_RDONLY | O_NOFOLLOW), 'ok'],
    ['open lf O_CREAT|O_EXCL', () => openErr('lf', O_RDONLY | O_CREAT | O_EXCL), 'EEXIST'],
    [
      'open dang O_CREAT|O_EXCL',
      () => [openErr('dang', O_WRONLY | O_CREAT | O_EXCL), type('nope')],
      ['EEXIST', 'ENOENT'],
    ],
    ['open loop1 O_CREAT', () => openErr('loop1', O_WRONLY | O_CREAT), 'ELOOP'],
    [
      'open dang2 O_CREAT, target with a trailing slash',
      () => [named(sys.symlink('nd/', 'dang2')), openErr('dang2', O_WRONLY | O_CREAT)],
      ['ok', 'EISDIR'],
    ],
    [
      'open dang3 O_CREAT, target in a missing directory',
      () => [named(sys.symlink('nodir/x', 'dang3')), openErr('dang3', O_WRONLY | O_CREAT)],
      ['ok', 'ENOENT'],
    ],
    ['chdir ld', () => [named(sys.chdir('ld')), sys.getcwd()], ['ok', '/tmp/t/d']],
    ['chdir lsub/..', () => [named(sys.chdir('lsub/..')), sys.getcwd()], ['ok', '/tmp/t/d']],
    [
      'readdir ld',
      () => (sys.readdir('ld') as { value: { name: string }[] }).value.map((e) => e.name).sort(),
      ['f', 'sub'],
    ],
    ['absolute target', () => [named(sys.symlink('/tmp/t/d/f', 'abs')), readAll(sys, 'abs')], ['ok', 'hi']],
    [
      'relative target from the link directory',
      () => [named(sys.symlink('../f', 'd/sub/up')), readAll(sys, 'd/sub/up'), readAll(sys, 'lsub/up')],
      ['ok', 'hi', 'hi'],
    ],
    [
      'link in the middle of a link',
      () => [named(sys.symlink('ld/sub', 'l2')), type('l2/../f')],
      ['ok', 'file'],
    ],
    [
      'chmod through a link',
      () => [named(sys.chmod('lf', 0o600)), modeOf('d/f'), modeOf('lf', 'lstat')],
      ['ok', '600', '777'],
    ],
  ];
  it.each(cases)('%s', (_what, run, expected) => {
    expect(run()).toEqual(expected);
    expectNothingReferenced(sys);
  });

  it('follows 40 links and no more (MAXSYMLINKS, ELOOP)', () => {
    for (let i = 0; i <= 40; i++) expect(sys.symlink(`c${i + 1}`, `c${i}`)).toBe(0);
    expect(writeText(sys, 'c41', '', O_WRONLY | O_CREAT)).toBe(0);
    expect(type('c1')).toBe('file');
    expect(type('c0')).toBe('ELOOP');
    expect(type('c0', 'lstat')).toBe('link');
    expect(type('c0/x')).toBe('ELOOP');
    expect(named(sys.symlink('c1/x', 'via'))).toBe('ok');
    expect(type('via')).toBe('ELOOP');
  });

  it('a link to an absolute path leaves from the root of the task', () => {
    expect(sys.symlink('/etc', 'etc')).toBe(0);
    expect(readAll(sys, 'etc/hostname')).toBe('playground\n');
    expect(sys.symlink('../../../../..', 'up')).toBe(0);
    expect(readAll(sys, 'up/etc/hostname')).toBe('playground\n');
  });

  it('tracefs has no symlink, link or rename: EPERM after the permission check', () => {
    expect(named(sys.symlink('x', `${TRACING}/l`))).toBe('EPERM');
    expect(named(sys.symlink('x', `${TRACING}/trace`))).toBe('EEXIST');
    expect(named(sys.link(`${TRACING}/trace`, `${TRACING}/t2`))).toBe('EPERM');
    expect(named(sys.link(`${TRACING}/trace`, '/tmp/t/t2'))).toBe('EXDEV');
    expect(named(sys.rename(`${TRACING}/trace`, `${TRACING}/t2`))).toBe('EPERM');
    expect(named(sys.rename(`${TRACING}/trace`, '/tmp/t/t2'))).toBe('EXDEV');
    const alice = sys.fork();
    expect(alice.setcred(1000, 1000, [])).toBe(0);
    expect(named(alice.symlink('x', `${TRACING}/l`))).toBe('EACCES');
    // A link in the root file system may point into tracefs.
    expect(sys.symlink(`${TRACING}/trace_marker`, 'marker')).toBe(0);
    expect(type('marker')).toBe('file');
  });
});

function ino(p: string): number | string {
  const st = sys.stat(p);
  return st.ok ? st.value.ino : errnoName(st.err);
}

function modeOf(p: string, how: 'stat' | 'lstat' = 'stat'): string {
  const st = sys[how](p);
  return st.ok ? (st.value.mode & 0o7777).toString(8) : errnoName(st.err);
}

describe('link(2)', () => {
  const cases: Array<[string, () => unknown, unknown]> = [
    ['link ld hl', () => [named(sys.link('ld', 'hl')), type('hl', 'lstat'), nlink('hl')], ['ok', 'link', 2]],
    ['link d hd', () => named(sys.link('d', 'hd')), 'EPERM'],
    ['link nope x', () => named(sys.link('nope', 'x')), 'ENOENT'],
    ['link d/f d/sub', () => named(sys.link('d/f', 'd/sub')), 'EEXIST'],
    ['link d/f new/', () => named(sys.link('d/f', 'new2/')), 'ENOENT'],
    ['link d/f/ x', () => named(sys.link('d/f/', 'x')), 'ENOTDIR'],
    [
      'a hard link shares the inode and outlives the first name',
      () => [
        named(sys.link('d/f', 'h')),
        nlink('d/f'),
        named(sys.unlink('d/f')),
        nlink('h'),
        readAll(sys, 'h'),
      ],
      ['ok', 2, 'ok', 1, 'hi'],
    ],
  ];
  it.each(cases)('%s', (_what, run, expected) => {
    expect(run()).toEqual(expected);
  });

  it('protected_hardlinks: another user may not link a file they cannot write', () => {
    const alice = sys.fork();
    expect(alice.setcred(1000, 1000, [])).toBe(0);
    expect(named(alice.link('/etc/passwd', '/tmp/pw'))).toBe('EPERM');
  });
});

function nlink(p: string): number | string {
  const st = sys.lstat(p);
  return st.ok ? st.value.nlink : errnoName(st.err);
}

describe('rename(2)', () => {
  beforeEach(() => {
    expect(writeText(sys, 'g', 'g', O_WRONLY | O_CREAT)).toBe(1);
    expect(sys.mkdir('e')).toBe(0);
    expect(sys.mkdir('full')).toBe(0);
    expect(writeText(sys, 'full/x', '', O_WRONLY | O_CREAT)).toBe(0);
  });
  const names = () => (sys.readdir('.') as { value: { name: string }[] }).value.map((e) => e.name).sort();
  // [what, result]: the second probe's lines.
  const cases: Array<[string, () => unknown, unknown]> = [
    ['g -> h', () => [named(sys.rename('g', 'h')), readAll(sys, 'h'), type('g')], ['ok', 'g', 'ENOENT']],
    ['g -> d/f', () => [named(sys.rename('g', 'd/f')), readAll(sys, 'd/f')], ['ok', 'g']],
    ['g -> d', () => named(sys.rename('g', 'd')), 'EISDIR'],
    ['d -> g', () => named(sys.rename('d', 'g')), 'ENOTDIR'],
    ['d -> e', () => [named(sys.rename('d', 'e')), readAll(sys, 'e/f')], ['ok', 'hi']],
    ['d -> full', () => named(sys.rename('d', 'full')), 'ENOTEMPTY'],
    ['d -> d/sub/x', () => named(sys.rename('d', 'd/sub/x')), 'EINVAL'],
    ['d -> d', () => named(sys.rename('d', 'd')), 'ok'],
    ['d/sub -> d', () => named(sys.rename('d/sub', 'd')), 'ENOTEMPTY'],
    ['g -> g', () => named(sys.rename('g', 'g')), 'ok'],
    ['nope -> x', () => named(sys.rename('nope', 'x')), 'ENOENT'],
    ['g/ -> x', () => named(sys.rename('g/', 'x')), 'ENOTDIR'],
    ['g -> x/', () => named(sys.rename('g', 'x/')), 'ENOTDIR'],
    ['d/ -> x/', () => [named(sys.rename('d/', 'x/')), type('x/f')], ['ok', 'file']],
    ['. -> x', () => named(sys.rename('.', 'x')), 'EBUSY'],
    ['d/. -> x', () => named(sys.rename('d/.', 'x')), 'EBUSY'],
    ['g -> .', () => named(sys.rename('g', '.')), 'EBUSY'],
    ['g -> d/..', () => named(sys.rename('g', 'd/..')), 'EBUSY'],
    [
      'ld -> l2 moves the link',
      () => [named(sys.rename('ld', 'l2')), result(sys.readlink('l2'))],
      ['ok', 'd'],
    ],
    ['ld/ -> l2', () => named(sys.rename('ld/', 'l2')), 'ENOTDIR'],
    [
      'g -> ld replaces the link',
      () => [named(sys.rename('g', 'ld')), type('ld', 'lstat'), type('d')],
      ['ok', 'file', 'dir'],
    ],
    ['d -> ld', () => named(sys.rename('d', 'ld')), 'ENOTDIR'],
    ['ld -> d', () => named(sys.rename('ld', 'd')), 'EISDIR'],
    ['dang -> g', () => [named(sys.rename('dang', 'g')), result(sys.readlink('g'))], ['ok', 'nope']],
    ['g -> tracefs (another mount)', () => named(sys.rename('g', '/sys/kernel/tracing/g')), 'EXDEV'],
    ['g -> nodir/x', () => named(sys.rename('g', 'nodir/x')), 'ENOENT'],
    ['g -> g/x', () => named(sys.rename('g', 'g/x')), 'ENOTDIR'],
    ['g -> d/f/x', () => named(sys.rename('g', 'd/f/x')), 'ENOTDIR'],
    ['e -> d/sub', () => [named(sys.rename('e', 'd/sub')), type('e')], ['ok', 'ENOENT']],
    [
      'hard links to one file: nothing happens',
      () => [named(sys.link('g', 'g2')), named(sys.rename('g', 'g2')), names().filter((n) => n[0] === 'g')],
      ['ok', 'ok', ['g', 'g2']],
    ],
    ['a mount point is busy', () => named(sys.rename('/sys/kernel/tracing', '/sys/kernel/t')), 'EBUSY'],
  ];
  it.each(cases)('%s', (_what, run, expected) => {
    expect(run()).toEqual(expected);
    expectNothingReferenced(sys);
  });

  it('an open file keeps working across a rename, and getcwd follows a moved directory', () => {
    const fd = sys.open('d/f', O_RDONLY);
    expect(sys.chdir('d/sub')).toBe(0);
    expect(sys.rename('/tmp/t/d', '/tmp/t/moved')).toBe(0);
    expect(sys.getcwd()).toBe('/tmp/t/moved/sub');
    expect(readAll(sys, '../f')).toBe('hi');
    expect(sys.read(fd, 10)).toEqual(new TextEncoder().encode('hi'));
    sys.close(fd);
  });

  it('sticky /tmp: another user may not move a file out, nor replace one', () => {
    expect(writeText(sys, '/tmp/rootfile', 'r', O_WRONLY | O_CREAT)).toBe(1);
    const alice = sys.fork();
    expect(alice.setcred(1000, 1000, [])).toBe(0);
    expect(named(alice.rename('/tmp/rootfile', '/tmp/mine'))).toBe('EPERM');
    expect(writeText(alice, '/tmp/a', 'a', O_WRONLY | O_CREAT)).toBe(1);
    expect(named(alice.rename('/tmp/a', '/tmp/rootfile'))).toBe('EPERM');
    expect(named(alice.rename('/tmp/a', '/tmp/b'))).toBe('ok');
    expect(named(alice.rename('/tmp/b', '/tmp/t/b'))).toBe('EACCES');
  });
});

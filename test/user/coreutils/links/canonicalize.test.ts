// canonicalize_filename_mode() for the tools that resolve names (readlink -e/-f/-m, realpath, ln -r):
// every expected value is what real `readlink -v -e|-f|-m NAME` (coreutils 9.1) printed for the
// same tree in an empty tmpfs directory (its path written /tmp/w here), or its error's text.

import { beforeEach, describe, expect, it } from 'vitest';
import { strerror } from '../../../../worker/kernel/lib/errno';
import { O_CREAT, O_WRONLY } from '../../../../worker/kernel/syscalls';
import { bootRoot, writeText, type Syscalls } from '../../../kernel/helpers';
import { canonicalizeFileName, type CanonMode } from '../../../../worker/user/coreutils/links/canonicalize';

let sys: Syscalls;

beforeEach(() => {
  ({ sys } = bootRoot());
  for (const d of ['/tmp/w', '/tmp/w/d', '/tmp/w/d/s']) expect(sys.mkdir(d)).toBe(0);
  expect(sys.chdir('/tmp/w')).toBe(0);
  expect(writeText(sys, 'd/f', 'hi\n', O_WRONLY | O_CREAT)).toBe(3);
  const links: Array<[string, string]> = [
    ['d', 'ld'],
    ['d/f', 'lf'],
    ['nope', 'dang'],
    ['l1', 'l2'],
    ['l2', 'l1'],
    ['../f', 'd/s/up'],
    ['d/s', 'ls'],
    ['/tmp/w/d', 'abs'],
    ['.', 'dot'],
    ['lf', 'lff'],
  ];
  for (const [target, name] of links) expect(sys.symlink(target, name)).toBe(0);
});

describe('canonicalizeFileName', () => {
  // [name, mode, the canonical name or the error text]
  const cases: Array<[string, CanonMode, string]> = [
    ['ld', 'existing', '/tmp/w/d'],
    ['ld', 'allButLast', '/tmp/w/d'],
    ['ld', 'missing', '/tmp/w/d'],
    ['lf', 'existing', '/tmp/w/d/f'],
    ['lf', 'allButLast', '/tmp/w/d/f'],
    ['lf', 'missing', '/tmp/w/d/f'],
    ['dang', 'existing', 'No such file or directory'],
    ['dang', 'allButLast', '/tmp/w/nope'],
    ['dang', 'missing', '/tmp/w/nope'],
    ['l1', 'existing', 'Too many levels of symbolic links'],
    ['l1', 'allButLast', 'Too many levels of symbolic links'],
    ['l1', 'missing', '/tmp/w/l1'],
    ['d/s/up', 'existing', '/tmp/w/d/f'],
    ['d/s/up', 'allButLast', '/tmp/w/d/f'],
    ['d/s/up', 'missing', '/tmp/w/d/f'],
    ['ls/up', 'existing', '/tmp/w/d/f'],
    ['ls/up', 'allButLast', '/tmp/w/d/f'],
    ['ls/up', 'missing', '/tmp/w/d/f'],
    ['ls/../f', 'existing', '/tmp/w/d/f'],
    ['ls/../f', 'allButLast', '/tmp/w/d/f'],
    ['ls/../f', 'missing', '/tmp/w/d/f'],
    ['abs/f', 'existing', '/tmp/w/d/f'],
    ['abs/f', 'allButLast', '/tmp/w/d/f'],
    ['abs/f', 'missing', '/tmp/w/d/f'],
    ['dot/dot/ld/s', 'existing', '/tmp/w/d/s'],
    ['dot/dot/ld/s', 'allButLast', '/tmp/w/d/s'],
    ['dot/dot/ld/s', 'missing', '/tmp/w/d/s'],
    ['lff', 'existing', '/tmp/w/d/f'],
    ['lff', 'allButLast', '/tmp/w/d/f'],
    ['lff', 'missing', '/tmp/w/d/f'],
    ['lf/', 'existing', 'Not a directory'],
    ['lf/', 'allButLast', 'Not a directory'],
    ['lf/', 'missing', '/tmp/w/d/f'],
    ['ld/', 'existing', '/tmp/w/d'],
    ['ld/', 'allButLast', '/tmp/w/d'],
    ['ld/', 'missing', '/tmp/w/d'],
    ['dang/x', 'existing', 'No such file or directory'],
    ['dang/x', 'allButLast', 'No such file or directory'],
    ['dang/x', 'missing', '/tmp/w/nope/x'],
    ['nope', 'existing', 'No such file or directory'],
    ['nope', 'allButLast', '/tmp/w/nope'],
    ['nope', 'missing', '/tmp/w/nope'],
    ['nope/x', 'existing', 'No such file or directory'],
    ['nope/x', 'allButLast', 'No such file or directory'],
    ['nope/x', 'missing', '/tmp/w/nope/x'],
    ['d/f/x', 'existing', 'Not a directory'],
    ['d/f/x', 'allButLast', 'Not a directory'],
    ['d/f/x', 'missing', '/tmp/w/d/f/x'],
    ['ls/..', 'existing', '/tmp/w/d'],
    ['ls/..', 'allButLast', '/tmp/w/d'],
    ['ls/..', 'missing', '/tmp/w/d'],
    ['', 'existing', 'No such file or directory'],
    ['', 'allButLast', 'No such file or directory'],
    ['', 'missing', 'No such file or directory'],
    ['.', 'existing', '/tmp/w'],
    ['.', 'allButLast', '/tmp/w'],
    ['.', 'missing', '/tmp/w'],
    ['/', 'existing', '/'],
    ['/', 'allButLast', '/'],
    ['/', 'missing', '/'],
    ['ld/./s/..', 'existing', '/tmp/w/d'],
    ['ld/./s/..', 'allButLast', '/tmp/w/d'],
    ['ld/./s/..', 'missing', '/tmp/w/d'],
    ['lff/.', 'existing', 'Not a directory'],
    ['lff/.', 'allButLast', 'Not a directory'],
    ['lff/.', 'missing', '/tmp/w/d/f'],
    ['d/s/up/..', 'existing', 'Not a directory'],
    ['d/s/up/..', 'allButLast', 'Not a directory'],
    ['d/s/up/..', 'missing', '/tmp/w/d'],
  ];
  it.each(cases)('%j -%s', (name, mode, expected) => {
    const got = canonicalizeFileName(sys, name, mode);
    expect(typeof got === 'string' ? got : strerror(got)).toBe(expected);
  });

  it('with noLinks (realpath -s), names are taken as written', () => {
    expect(canonicalizeFileName(sys, 'ls/../f', 'missing', true)).toBe('/tmp/w/f');
    expect(canonicalizeFileName(sys, 'ld/f', 'existing', true)).toBe('/tmp/w/ld/f');
  });
});

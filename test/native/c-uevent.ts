// The project's C uevent as the native tests use it: compiled with `cc` (a warning fails the build)
// into a fresh directory before a test file's tests and removed after them; each case runs bash in
// a directory of its own, the build first in PATH, under LC_ALL=C, stdout and stderr merged.

import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import type { Ran } from '../user/helpers';

export const SOURCE = resolve(__dirname, '../../native/uevent/uevent.c');
export const FLAGS = ['-O2', '-Wall', '-Wextra', '-Werror'];

/** Runs `cc ARGS`; a missing compiler or any warning fails with the compiler's words. */
export function cc(args: string[]): void {
  const r = spawnSync('cc', args, { encoding: 'utf8' });
  if (r.error && (r.error as NodeJS.ErrnoException).code === 'ENOENT')
    throw new Error('cc not found: these tests build native/uevent/uevent.c; install a C compiler (gcc)');
  if (r.error) throw r.error;
  if (r.status !== 0 || r.stderr !== '')
    throw new Error(`cc ${args.join(' ')} failed (status ${r.status}):\n${r.stderr}`);
}

export interface CUevent {
  /** The directory the build and the cases are in (set once the tests start). */
  readonly work: string;
  /** The directory holding the `uevent` build. */
  readonly bin: string;
  /** A fresh directory for one case. */
  caseDir(): string;
  /** SCRIPT in bash in DIR, with `env` added to PATH and LC_ALL. */
  run(script: string, env?: Readonly<Record<string, string>>, dir?: string): Ran;
}

/** Builds the C uevent for the calling test file, in a temporary directory named from `prefix`. */
export function cUevent(prefix: string): CUevent {
  let work = '';
  let bin = '';
  let cases = 0;
  const caseDir = (): string => {
    const dir = join(work, `case${++cases}`);
    mkdirSync(dir);
    return dir;
  };
  beforeAll(() => {
    work = mkdtempSync(join(tmpdir(), prefix));
    bin = join(work, 'bin');
    mkdirSync(bin);
    cc([...FLAGS, '-o', join(bin, 'uevent'), SOURCE]);
  });
  afterAll(() => {
    if (work) rmSync(work, { recursive: true, force: true });
  });
  return {
    get work() {
      return work;
    },
    get bin() {
      return bin;
    },
    caseDir,
    run(script, env = {}, dir = caseDir()) {
      const r = spawnSync('bash', ['-c', `exec 2>&1\n${script}`], {
        cwd: dir,
        env: { PATH: `${bin}:/usr/bin:/bin`, LC_ALL: 'C', ...env },
        stdio: ['ignore', 'pipe', 'inherit'],
      });
      return { out: r.stdout.toString('utf8'), status: r.status ?? 128 };
    },
  };
}

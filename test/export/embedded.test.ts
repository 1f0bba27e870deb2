// The sources an exported script carries (worker/export/sources*.ts) are the repository's files: the
// build's (`?raw`) and the headless runner's (read from disk) are native/uevent/uevent.c and
// worker/export/runtime.sh byte for byte, the runtime is the part between runtime.sh's markers,
// and runtime.sh is valid bash.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runtimePart } from '../../worker/export/sources';
import { BUNDLED_SOURCES } from '../../worker/export/sources-bundled';
import { sourcesFromFiles } from '../../worker/export/sources-files';

const ROOT = join(__dirname, '..', '..');
const RUNTIME = join(ROOT, 'worker', 'export', 'runtime.sh');

describe('the sources a script carries', () => {
  it('are native/uevent/uevent.c and runtime.sh, in the build and on disk', () => {
    const files = {
      ueventC: readFileSync(join(ROOT, 'native', 'uevent', 'uevent.c'), 'utf8'),
      runtimeSh: readFileSync(RUNTIME, 'utf8'),
    };
    expect(BUNDLED_SOURCES).toEqual(files);
    expect(sourcesFromFiles()).toEqual(files);
  });

  it("the runtime is the part of runtime.sh between its markers, with uevent's place in it", () => {
    const text = readFileSync(RUNTIME, 'utf8');
    const start = '# TRACEFS-EXPORT: runtime starts\n';
    const end = '# TRACEFS-EXPORT: runtime ends\n';
    const runtime = runtimePart(text);
    expect(runtime).toBe(text.slice(text.indexOf(start) + start.length, text.indexOf(end)));
    expect(runtime).toContain('# TRACEFS-EXPORT: uevent\n');
    expect(() => runtimePart('echo no markers\n')).toThrow(
      'runtime.sh: the runtime marker lines are missing',
    );
  });

  it('runtime.sh is valid bash', () => {
    const r = spawnSync('bash', ['-n', RUNTIME], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });
});

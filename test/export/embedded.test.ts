// The export's generated modules (worker/export/embed.mjs) are their sources byte for byte: the C
// uevent an exported script compiles is native/uevent/uevent.c, and its runtime is the runtime part
// of worker/export/runtime.sh, which is valid bash. After changing either source, run
// `node worker/export/embed.mjs`.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SCRIPT_RUNTIME } from '../../worker/export/runtime-source';
import { UEVENT_C_SOURCE } from '../../worker/export/uevent-source';

const ROOT = join(__dirname, '..', '..');
const RUNTIME = join(ROOT, 'worker', 'export', 'runtime.sh');

describe('the embedded sources', () => {
  it('uevent-source.ts is native/uevent/uevent.c', () => {
    expect(UEVENT_C_SOURCE).toBe(readFileSync(join(ROOT, 'native', 'uevent', 'uevent.c'), 'utf8'));
  });

  it('runtime-source.ts is the runtime part of runtime.sh', () => {
    const text = readFileSync(RUNTIME, 'utf8');
    const start = '# TRACEFS-EXPORT: runtime starts\n';
    const end = '# TRACEFS-EXPORT: runtime ends\n';
    expect(SCRIPT_RUNTIME).toBe(text.slice(text.indexOf(start) + start.length, text.indexOf(end)));
    expect(SCRIPT_RUNTIME).toContain('# TRACEFS-EXPORT: uevent\n');
  });

  it('runtime.sh is valid bash', () => {
    const r = spawnSync('bash', ['-n', RUNTIME], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });

  it('embed.mjs --check finds them up to date', () => {
    const r = spawnSync(process.execPath, [join(ROOT, 'worker', 'export', 'embed.mjs'), '--check'], {
      encoding: 'utf8',
    });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });
});

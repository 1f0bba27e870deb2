// §e.7: a trace_marker write is an entry while tracing is on; while `tracing_on` is 0 the ring
// buffer refuses the reservation and the write fails with EBADF, leaving the buffer as it was
// (real 6.1: `bash: echo: write error: Bad file descriptor`).
import { describe, expect, it } from 'vitest';
import { boot } from '../../../worker/kernel/boot';
import { O_RDONLY } from '../../../worker/kernel/fs/file';
import { EBADF } from '../../../worker/kernel/lib/errno';
import { decodeUtf8 } from '../../../worker/kernel/lib/utf8';
import { echoTrunc, TRACING, writeText } from '../helpers';

function traceText(sys: ReturnType<ReturnType<typeof boot>['login']>['sys']): string {
  const fd = sys.open('trace', O_RDONLY);
  const got = sys.read(fd, 1 << 20);
  sys.close(fd);
  if (typeof got === 'number') throw new Error(`read failed: ${got}`);
  return decodeUtf8(got);
}

describe('trace_marker (§e.7)', () => {
  it('records while tracing is on and fails with EBADF while it is off', () => {
    const { sys } = boot().login({ cwd: TRACING });
    expect(writeText(sys, 'trace_marker', 'one\n')).toBe(4);
    expect(echoTrunc(sys, 'tracing_on', '0')).toBe(2);
    expect(writeText(sys, 'trace_marker', 'two\n')).toBe(-EBADF);
    expect(echoTrunc(sys, 'tracing_on', '1')).toBe(2);
    expect(writeText(sys, 'trace_marker', 'three\n')).toBe(6);
    const text = traceText(sys);
    expect(text).toContain('entries-in-buffer/entries-written: 2/2');
    expect(text).toContain('tracing_mark_write: one\n');
    expect(text).not.toContain('two');
    expect(text).toContain('tracing_mark_write: three\n');
  });

  it('fails with EBADF in an instance whose tracing is off', () => {
    const { sys } = boot().login({ cwd: TRACING });
    expect(sys.mkdir('instances/i0', 0o755)).toBe(0);
    expect(echoTrunc(sys, 'instances/i0/tracing_on', '0')).toBe(2);
    expect(writeText(sys, 'instances/i0/trace_marker', 'x\n')).toBe(-EBADF);
    expect(writeText(sys, 'trace_marker', 'x\n')).toBe(2);
  });
});

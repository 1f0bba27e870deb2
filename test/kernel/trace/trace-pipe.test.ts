// SCENARIOS S21 at the system-call level: trace_pipe blocks when empty, hands out what arrives,
// and ends (end of file) once it has returned data and tracing is turned off (§e.8, §e.10).
import { describe, expect, it } from 'vitest';
import { boot } from '../../../worker/kernel/boot';
import { ERESTARTSYS, O_RDONLY, O_RDWR } from '../../../worker/kernel/fs/file';
import { decodeUtf8 } from '../../../worker/kernel/lib/utf8';
import { echoTrunc, le32, register, TRACING, writeText } from '../helpers';

describe('trace_pipe (S21)', () => {
  it('blocks, returns entries as they arrive, and ends once tracing is off after a read', () => {
    const k = boot();
    const { sys } = k.login({ cwd: TRACING });
    expect(writeText(sys, 'dynamic_events', 'u:hello u32 count\n')).toBe(18);
    expect(echoTrunc(sys, 'events/user_events/hello/enable', '1')).toBe(2);
    const reader = sys.open('trace_pipe', O_RDONLY);
    expect(sys.read(reader, 65536)).toBe(-ERESTARTSYS);

    const prog = sys.fork();
    prog.exec('uevent-demo');
    const fd = prog.open('user_events_data', O_RDWR);
    expect(register(prog, fd, 'hello').ret).toBe(0);
    expect(prog.writev(fd, [le32(0), le32(1)])).toBe(8);

    const got = sys.read(reader, 65536);
    if (typeof got === 'number') throw new Error(`read failed: ${got}`);
    const text = decodeUtf8(got);
    expect(text).toMatch(/^ {5}uevent-demo-\d+ +\[000\] \.{5} +\d+\.\d{6}: \n/);
    expect(text).toContain('00000000: 14 00 00 00');
    expect(text.endsWith('\0')).toBe(true);
    expect(sys.read(reader, 65536)).toBe(-ERESTARTSYS);

    expect(echoTrunc(sys, 'tracing_on', '0')).toBe(2);
    const end = sys.read(reader, 65536);
    expect(end instanceof Uint8Array && end.length).toBe(0);
  });

  it('keeps blocking when tracing stops before anything was read', () => {
    const k = boot();
    const { sys } = k.login({ cwd: TRACING });
    const reader = sys.open('trace_pipe', O_RDONLY);
    expect(echoTrunc(sys, 'tracing_on', '0')).toBe(2);
    expect(sys.read(reader, 65536)).toBe(-ERESTARTSYS);
  });
});

// Behaviours where a naive model and the specification part: events registered by an
// unprivileged task, byte-counted names, dead mounts, the read-only status page, chown, and
// a NUL inside an ioctl string.
import { describe, expect, it } from 'vitest';
import { boot } from '../../../worker/kernel/boot';
import { ENAMETOOLONG, ENOENT, EPERM } from '../../../worker/kernel/lib/errno';
import { O_CREAT, O_RDONLY, O_RDWR, O_WRONLY } from '../../../worker/kernel/fs/file';
import { readAll, register, TRACING, unregister, writeText } from '../helpers';

describe('specification edges', () => {
  it('an event registered by a non-root task gets its events/ directory (S12)', () => {
    const k = boot();
    const { sys } = k.login({ cwd: TRACING });
    expect(sys.mkdir('namespaces/ns1')).toBe(0);
    for (const p of ['.', 'namespaces', 'namespaces/ns1', 'namespaces/ns1/root'])
      expect(sys.chmod(p, 0o755)).toBe(0);
    expect(sys.chmod('namespaces/ns1/root/user_events_data', 0o666)).toBe(0);
    const { sys: alice } = k.login({ uid: 1000 });
    const fd = alice.open(`${TRACING}/namespaces/ns1/root/user_events_data`, O_RDWR);
    expect(fd).toBeGreaterThanOrEqual(0);
    expect(register(alice, fd, 'login u32 uid; char[8] tty')).toEqual({
      ret: 0,
      statusBit: 1,
      writeIndex: 0,
    });
    expect(readAll(sys, 'events/user_events.ns1/login/id')).toBe('20\n');
    expect(sys.stat('events/user_events.ns1/login/enable').ok).toBe(true);
    expect(sys.stat('events/user_events.ns1').ok).toBe(true);
  });

  it('counts name lengths in bytes (§b.5: more than 255 bytes is ENAMETOOLONG)', () => {
    const k = boot();
    const { sys } = k.login({ cwd: TRACING });
    expect(sys.mkdir('namespaces/' + 'é'.repeat(128))).toBe(-ENAMETOOLONG);
    expect(sys.mkdir('namespaces/' + 'é'.repeat(127))).toBe(0);
  });

  it('creating in a directory whose namespace was removed gives ENOENT, also for non-root (§b.6)', () => {
    const k = boot();
    const { sys } = k.login({ cwd: TRACING });
    expect(sys.mkdir('namespaces/ns1')).toBe(0);
    expect(sys.chmod('namespaces/ns1/root', 0o755)).toBe(0);
    expect(sys.mkdir('/mnt')).toBe(0);
    expect(sys.bindMount(`${TRACING}/namespaces/ns1/root`, '/mnt')).toBe(0);
    expect(sys.rmdir('namespaces/ns1')).toBe(0);
    const { sys: alice } = k.login({ uid: 1000 });
    expect(alice.open('/mnt/f', O_WRONLY | O_CREAT)).toBe(-ENOENT);
    expect(alice.mkdir('/mnt/d')).toBe(-ENOENT);
    expect(sys.open('/mnt/f', O_WRONLY | O_CREAT)).toBe(-ENOENT);
    const listed = alice.readdir('/mnt');
    expect(listed.ok && listed.value).toEqual([]);
  });

  it('the mapped status page cannot be written through (Q15)', () => {
    const k = boot();
    const { sys } = k.login({ cwd: TRACING });
    const fd = sys.open('user_events_status', O_RDONLY);
    const map = sys.mmap(fd, 4096);
    if (!map.ok) throw new Error('mmap failed');
    expect(writeText(sys, 'dynamic_events', 'u:a\n')).toBe(4);
    expect(writeText(sys, 'events/user_events/a/enable', '1\n')).toBe(2);
    expect(map.value.view.at(0)).toBe(0x02);
    const copy = map.value.view.slice();
    copy[0] = 0xff;
    expect(map.value.view.at(0)).toBe(0x02);
    expect(Object.isFrozen(map.value.view) || !('0' in map.value.view)).toBe(true);
  });

  it('only root may change a file owner or group (§0.4)', () => {
    const k = boot();
    const { sys } = k.login({ cwd: TRACING });
    expect(sys.chmod('.', 0o755)).toBe(0);
    expect(sys.chown('trace', 1000, 1000)).toBe(0);
    const { sys: alice } = k.login({ uid: 1000, groups: [5] });
    expect(alice.chown(`${TRACING}/trace`, -1, 5)).toBe(-EPERM);
    expect(alice.chown(`${TRACING}/trace`, -1, -1)).toBe(0);
    expect(alice.chmod(`${TRACING}/trace`, 0o600)).toBe(0);
  });

  it('an ioctl string ends at its first NUL, as in C (§c.7)', () => {
    const k = boot();
    const { sys } = k.login({ cwd: TRACING });
    const fd = sys.open('user_events_data', O_RDWR);
    expect(register(sys, fd, 'hello\0 u32 x')).toEqual({ ret: 0, statusBit: 1, writeIndex: 0 });
    expect(readAll(sys, 'dynamic_events')).toBe('u:hello\n');
    sys.close(fd);
    const fd2 = sys.open('user_events_data', O_RDWR);
    expect(unregister(sys, fd2, 'hello\0junk')).toBe(0);
    expect(readAll(sys, 'dynamic_events')).toBe('');
  });
});

// SCENARIOS S17: registry rollback and partial removal, driven through the simulator's debug
// facility (Q17, not a kernel feature).
import { describe, expect, it } from 'vitest';
import { boot } from '../../../worker/kernel/boot';
import { EIO, ENOMEM, ENOSPC, EINVAL } from '../../../worker/kernel/lib/errno';
import { O_RDONLY, O_WRONLY, O_TRUNC } from '../../../worker/kernel/fs/file';
import { decodeUtf8, encodeUtf8 } from '../../../worker/kernel/lib/utf8';
import type { Syscalls } from '../../../worker/kernel/syscall-table';

function cat(sys: Syscalls, path: string): string | number {
  const fd = sys.open(path, O_RDONLY);
  if (fd < 0) return fd;
  let out = '';
  for (;;) {
    const r = sys.read(fd, 4096);
    if (typeof r === 'number') return r;
    if (r.length === 0) break;
    out += decodeUtf8(r);
  }
  sys.close(fd);
  return out;
}

function echo(sys: Syscalls, path: string, text: string): number {
  const fd = sys.open(path, O_WRONLY | O_TRUNC);
  if (fd < 0) return fd;
  const n = sys.write(fd, encodeUtf8(text));
  sys.close(fd);
  return n;
}

function names(sys: Syscalls, path: string): string[] {
  const r = sys.readdir(path);
  return r.ok ? r.value.map((e) => e.name).sort() : [];
}

describe('S17 registry rollback', () => {
  it('A: the newest system succeeds, user_events fails, the newest is rolled back', () => {
    const k = boot();
    const { sys } = k.login({ cwd: '/sys/kernel/tracing' });
    const demo = k.debug.registerNamespaceSystem('demo', { show: 'demo_enabled=1\n' });
    expect(demo.ok).toBe(true);
    k.debug.failNextUserEventsCreate(ENOMEM);
    expect(sys.mkdir('namespaces/ns9')).toBe(-ENOMEM);
    expect(names(sys, 'namespaces')).toEqual([]);
    expect(k.debug.namespaceCallLog()).toEqual([
      'demo.create(ns9) = 0',
      'user_events.create(ns9) = ENOMEM',
      'demo.remove(ns9) = 0',
    ]);
    expect(sys.mkdir('namespaces/ns9')).toBe(0);
    expect(cat(sys, 'namespaces/ns9/options')).toBe('demo_enabled=1\nuser_events_limit=32767\n');
    expect(echo(sys, 'namespaces/ns9/options', 'user_events_limit=5\n')).toBe(20);
    expect(cat(sys, 'namespaces/ns9/options')).toBe('demo_enabled=1\nuser_events_limit=5\n');
  });

  it('B: a system registered before user_events fails, so user_events is rolled back', () => {
    const k = boot({ systemsBeforeUserEvents: [['tail', { create: ENOSPC }]] });
    const { sys } = k.login({ cwd: '/sys/kernel/tracing' });
    expect(sys.mkdir('namespaces/ns8')).toBe(-ENOSPC);
    expect(names(sys, 'namespaces')).toEqual([]);
    expect(k.debug.namespaceCallLog()).toEqual([
      'user_events.create(ns8) = 0',
      'tail.create(ns8) = ENOSPC',
      'user_events.remove(ns8) = 0',
    ]);
  });

  it('C: a failing remove leaves the namespace half removed until it succeeds', () => {
    const k = boot();
    const { sys } = k.login({ cwd: '/sys/kernel/tracing' });
    const demo = k.debug.registerNamespaceSystem('demo', { show: 'demo_enabled=1\n' });
    if (!demo.ok) throw new Error('registration failed');
    expect(sys.mkdir('namespaces/ns9')).toBe(0);
    demo.value.set({ remove: EIO });
    expect(sys.rmdir('namespaces/ns9')).toBe(-EIO);
    expect(names(sys, 'namespaces')).toEqual(['ns9']);
    expect(names(sys, 'namespaces/ns9/root')).toEqual([]);
    expect(cat(sys, 'namespaces/ns9/options')).toBe('demo_enabled=1\n');
    expect(echo(sys, 'namespaces/ns9/options', 'user_events_limit=5\n')).toBe(-EINVAL);
    demo.value.set({ remove: 0 });
    expect(sys.rmdir('namespaces/ns9')).toBe(0);
    expect(names(sys, 'namespaces')).toEqual([]);
  });

  it('a failed mkdir consumes its id: ids are not reused at once', () => {
    const k = boot();
    const { sys } = k.login({ cwd: '/sys/kernel/tracing' });
    k.debug.failNextUserEventsCreate(ENOMEM);
    expect(sys.mkdir('namespaces/a')).toBe(-ENOMEM);
    expect(sys.mkdir('namespaces/a')).toBe(0);
    expect(k.debug.namespaceIds()).toEqual([{ name: 'a', id: 2, refs: 1 }]);
    expect(sys.rmdir('namespaces/a')).toBe(0);
    expect(sys.mkdir('namespaces/b')).toBe(0);
    expect(k.debug.namespaceIds()).toEqual([{ name: 'b', id: 3, refs: 1 }]);
  });
});

describe('debug views of the registry', () => {
  it('lists systems in list order, each one show text, and the reference count an open options holds', () => {
    const k = boot();
    const { sys } = k.login({ cwd: '/sys/kernel/tracing' });
    expect(k.debug.namespaceSystems()).toEqual(['user_events']);
    k.debug.registerNamespaceSystem('demo', { show: 'demo_enabled=1\n' });
    expect(k.debug.namespaceSystems()).toEqual(['demo', 'user_events']);
    expect(sys.mkdir('namespaces/ns1')).toBe(0);
    expect(k.debug.namespaceShows('ns1')).toEqual([
      { system: 'demo', text: 'demo_enabled=1\n' },
      { system: 'user_events', text: 'user_events_limit=32767\n' },
    ]);
    expect(k.debug.namespaceShows('nosuch')).toBeNull();
    const fd = sys.open('namespaces/ns1/options', O_RDONLY);
    expect(k.debug.namespaceIds()).toEqual([{ name: 'ns1', id: 1, refs: 2 }]);
    sys.close(fd);
    expect(k.debug.namespaceIds()).toEqual([{ name: 'ns1', id: 1, refs: 1 }]);
  });
});

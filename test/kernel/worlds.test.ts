// Two booted kernels are independent: each has its own namespaces, events, ids, clock and pids,
// whichever order their system calls interleave in.
import { describe, expect, it } from 'vitest';
import { boot } from '../../worker/kernel/boot';
import { readAll, TRACING, writeText } from './helpers';

describe('kernel worlds', () => {
  it('keeps two booted kernels apart', () => {
    const a = boot();
    const { sys: sa } = a.login({ cwd: TRACING });
    const b = boot();
    const { sys: sb } = b.login({ cwd: TRACING });
    expect(sa.pid).toBe(sb.pid);
    expect(sa.mkdir('namespaces/only-a')).toBe(0);
    expect(writeText(sb, 'dynamic_events', 'u:only_b u32 x\n')).toBe(15);
    expect(writeText(sa, 'dynamic_events', 'u:only_a\n')).toBe(9);
    expect(readAll(sa, 'dynamic_events')).toBe('u:only_a\n');
    expect(readAll(sb, 'dynamic_events')).toBe('u:only_b u32 x\n');
    expect(readAll(sa, 'events/user_events/only_a/id')).toBe('20\n');
    expect(readAll(sb, 'events/user_events/only_b/id')).toBe('20\n');
    const la = sa.readdir('namespaces');
    const lb = sb.readdir('namespaces');
    expect(la.ok && la.value.map((e) => e.name)).toEqual(['only-a']);
    expect(lb.ok && lb.value.map((e) => e.name)).toEqual([]);
    expect(a.debug.namespaceIds()).toEqual([{ name: 'only-a', id: 1, refs: 1 }]);
    expect(b.debug.namespaceIds()).toEqual([]);
  });
});

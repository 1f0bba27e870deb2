// The session autosave: one slot per tab in shared storage, a new tab forks the newest session,
// bad entries are dropped, a full storage gives up space in a known order, and a storage that
// refuses everything, or an embed that must not use it, never breaks the page.
import { describe, expect, it } from 'vitest';
import type { SessionLog } from '../../worker/protocol';
import {
  BRANCH_LIMIT,
  FULL_MESSAGE,
  MemoryStorage,
  SESSION_PREFIX,
  SLOT_KEY,
  SLOT_LIMIT,
  SessionStore,
  type StorageLike,
} from '../../src/state/session-store';

/** Web Storage in memory; past `quota` (UTF-16 units of keys and values) setItem throws as browsers do. */
class FakeStorage extends MemoryStorage {
  constructor(private readonly quota = Infinity) {
    super();
  }
  override setItem(key: string, value: string): void {
    const old = this.map.get(key);
    const used = this.used() - (old === undefined ? 0 : key.length + old.length) + key.length + value.length;
    if (used > this.quota) {
      throw new DOMException(`Setting the value of '${key}' exceeded the quota.`, 'QuotaExceededError');
    }
    super.setItem(key, value);
  }
  used(): number {
    let total = 0;
    for (const [key, value] of this.map) total += key.length + value.length;
    return total;
  }
}

/** A storage that throws on every access, counting them. */
function refusing(name = 'SecurityError'): StorageLike & { calls: number } {
  const storage = {
    calls: 0,
    fail(): never {
      storage.calls++;
      throw new DOMException('The operation is insecure.', name);
    },
    get length(): number {
      return storage.fail();
    },
    key: (): string | null => storage.fail(),
    getItem: (): string | null => storage.fail(),
    setItem: (): void => storage.fail(),
    removeItem: (): void => storage.fail(),
  };
  return storage;
}

function log(...lines: string[]): SessionLog {
  return {
    simulator: '0.1.0',
    profile: 'rfc-v2',
    steps: [{ term: 1, op: 'open' }, ...lines.map((text) => ({ term: 1, op: 'line' as const, text }))],
  };
}

/** Tabs of one browser: one shared localStorage, a sessionStorage each, one clock. */
function browser(quota = Infinity) {
  const local = new FakeStorage(quota);
  const clock = { now: 1000 };
  return {
    local,
    clock,
    tab(id: string, tab: StorageLike | null = new FakeStorage()) {
      return { tab, store: new SessionStore({ local, tab, now: () => clock.now, id: () => id }) };
    },
    reload(tab: StorageLike | null, id = 'unused') {
      return new SessionStore({ local, tab, now: () => clock.now, id: () => id });
    },
  };
}

const sessionKeys = (local: FakeStorage) => [...local.map.keys()].filter((k) => k.startsWith(SESSION_PREFIX));

describe('SessionStore', () => {
  it('saves and restores a session in one tab', () => {
    const b = browser();
    const { store } = b.tab('a');
    expect(store.restore()).toBeNull();
    expect(store.save(log('ls'), [log('pwd')])).toEqual({ ok: true });
    expect(store.status()).toBe('saved');
    expect(store.restore()).toEqual({
      session: { log: log('ls'), branches: [log('pwd')], savedAt: 1000 },
      source: 'this-tab',
    });
  });

  it('restores a reloaded tab from its own slot', () => {
    const b = browser();
    const { tab, store } = b.tab('a');
    store.save(log('ls'), []);
    b.clock.now = 2000;
    store.save(log('ls', 'cat trace'), []);
    expect(tab?.getItem(SLOT_KEY)).toBe('a');
    const reloaded = b.reload(tab, 'b');
    expect(reloaded.slot).toBe('a');
    expect(reloaded.restore()).toEqual({
      session: { log: log('ls', 'cat trace'), branches: [], savedAt: 2000 },
      source: 'this-tab',
    });
  });

  it("gives a second tab the newest session as a fork and never writes into another tab's slot", () => {
    const b = browser();
    const first = b.tab('a');
    const other = b.tab('old');
    other.store.save(log('old'), []);
    b.clock.now = 2000;
    first.store.save(log('echo 1 > tracing_on'), []);
    const firstEntry = b.local.getItem(SESSION_PREFIX + 'a');

    const second = b.tab('b');
    expect(second.store.restore()).toEqual({
      session: { log: log('echo 1 > tracing_on'), branches: [], savedAt: 2000 },
      source: 'other-tab',
    });
    b.clock.now = 3000;
    second.store.save(log('echo 1 > tracing_on', 'cat trace'), []);
    expect(b.local.getItem(SESSION_PREFIX + 'a')).toBe(firstEntry);
    expect(b.reload(first.tab).restore()?.session.log).toEqual(log('echo 1 > tracing_on'));
    expect(b.reload(second.tab).restore()?.session.log).toEqual(log('echo 1 > tracing_on', 'cat trace'));
  });

  it('forks into a slot of its own, leaving the session it had where it was', () => {
    const b = browser();
    const tab = new FakeStorage();
    const ids = ['a', 'b'];
    const store = new SessionStore({ local: b.local, tab, now: () => b.clock.now, id: () => ids.shift()! });
    store.save(log('mine'), []);
    store.fork();
    expect(store.slot).toBe('b');
    expect(tab.getItem(SLOT_KEY)).toBe('b');
    store.save(log('shared'), []);
    expect(JSON.parse(b.local.getItem(SESSION_PREFIX + 'a')!)).toMatchObject({ log: log('mine') });
    expect(b.reload(tab).restore()).toMatchObject({ session: { log: log('shared') }, source: 'this-tab' });
  });

  it('keeps at most 8 slots, dropping the least recently saved but never this tab', () => {
    const b = browser();
    b.local.setItem('tracefs-playground.history', '["ls"]');
    for (let i = 0; i < 10; i++) {
      b.clock.now = 1000 + i;
      b.tab(`t${i}`).store.save(log(`tab ${i}`), []);
    }
    expect(sessionKeys(b.local).sort()).toEqual(
      ['t2', 't3', 't4', 't5', 't6', 't7', 't8', 't9'].map((s) => SESSION_PREFIX + s),
    );
    b.clock.now = 0;
    b.tab('late').store.save(log('clock went back'), []);
    expect(sessionKeys(b.local)).toHaveLength(SLOT_LIMIT);
    expect(b.local.getItem(SESSION_PREFIX + 'late')).not.toBeNull();
    expect(b.local.getItem(SESSION_PREFIX + 't2')).toBeNull();
    expect(b.local.getItem('tracefs-playground.history')).toBe('["ls"]');
  });

  it('keeps the newest branches, at most 10', () => {
    const b = browser();
    const { store } = b.tab('a');
    const branches = Array.from({ length: 12 }, (_, i) => log(`branch ${i}`));
    store.save(log('now'), branches);
    expect(store.restore()?.session.branches).toEqual(branches.slice(0, BRANCH_LIMIT));
  });

  it('skips and removes malformed entries', () => {
    const b = browser();
    const good = JSON.stringify({ savedAt: 5, log: log('good'), branches: [] });
    const bad: Record<string, string> = {
      a: '{not json',
      x1: JSON.stringify({
        savedAt: 9,
        log: { simulator: '0.1.0', profile: 'p', steps: 'ls' },
        branches: [],
      }),
      x2: JSON.stringify({
        savedAt: 9,
        log: log('bad op'),
        branches: [{ ...log('b'), steps: [{ op: 'x' }] }],
      }),
      x3: JSON.stringify({ savedAt: '9', log: log('string time'), branches: [] }),
      x4: JSON.stringify([1, 2]),
      x5: 'null',
    };
    for (const [slot, text] of Object.entries(bad)) b.local.setItem(SESSION_PREFIX + slot, text);
    b.local.setItem(SESSION_PREFIX + 'ok', good);
    const { store } = b.tab('a');
    expect(store.restore()).toEqual({
      session: { log: log('good'), branches: [], savedAt: 5 },
      source: 'other-tab',
    });
    expect(sessionKeys(b.local)).toEqual([SESSION_PREFIX + 'ok']);
  });

  it('replaces a malformed slot id in the tab with a new one', () => {
    const b = browser();
    const tab = new FakeStorage();
    tab.setItem(SLOT_KEY, '../../../etc');
    expect(b.reload(tab, 'fresh').slot).toBe('fresh');
    expect(tab.getItem(SLOT_KEY)).toBe('fresh');
  });

  it('frees other slots oldest first, then its own oldest branches, then reports full', () => {
    const b = browser(10_000);
    for (const [i, slot] of ['a', 'b', 'c'].entries()) {
      b.clock.now = 1000 + i;
      b.tab(slot).store.save(log('x'.repeat(2000)), []);
    }
    const { store } = b.tab('d');
    b.clock.now = 2000;
    expect(store.save(log('y'.repeat(4500)), [])).toEqual({ ok: true });
    expect(sessionKeys(b.local).sort()).toEqual(['b', 'c', 'd'].map((s) => SESSION_PREFIX + s));

    const branches = ['new', 'mid', 'old'].map((name) => log(name + 'z'.repeat(2000)));
    expect(store.save(log('y'.repeat(4500)), branches)).toEqual({ ok: true });
    expect(sessionKeys(b.local)).toEqual([SESSION_PREFIX + 'd']);
    expect(store.restore()?.session.branches).toEqual(branches.slice(0, 2));
    expect(store.status()).toBe('saved');

    expect(store.save(log('w'.repeat(12_000)), branches)).toEqual({
      ok: false,
      reason: 'full',
      message: FULL_MESSAGE,
    });
    expect(store.status()).toBe('full');
    expect(store.restore()?.session.branches).toEqual(branches.slice(0, 2));
    expect(store.save(log('short'), [])).toEqual({ ok: true });
    expect(store.status()).toBe('saved');
  });

  it('takes any failure to write for a full storage', () => {
    const local = new FakeStorage();
    local.setItem = () => {
      throw new Error('something else');
    };
    const store = new SessionStore({ local, tab: null, now: () => 1 });
    expect(store.save(log('ls'), [])).toMatchObject({ ok: false, reason: 'full' });
  });

  it('reports unavailable storage, and never throws, when every access fails or there is none', () => {
    for (const [local, tab] of [
      [refusing(), refusing()],
      [refusing('Error'), refusing('Error')],
      [null, null],
    ]) {
      const store = new SessionStore({ local, tab, now: () => 1 });
      expect(store.status()).toBe('unavailable');
      expect(store.restore()).toBeNull();
      const result = store.save(log('ls'), [log('pwd')]);
      expect(result).toMatchObject({ ok: false, reason: 'unavailable' });
      expect(result.ok || result.message).toMatch(/not being saved/);
      expect(() => store.clear()).not.toThrow();
      expect(store.status()).toBe('unavailable');
    }
  });

  it('keeps an embed in memory without touching storage', () => {
    const local = refusing();
    const tab = refusing();
    const store = new SessionStore({ local, tab, now: () => 7, memoryOnly: true });
    expect(store.status()).toBe('memory');
    expect(store.restore()).toBeNull();
    expect(store.save(log('ls'), [])).toEqual({ ok: true });
    expect(store.restore()).toEqual({
      session: { log: log('ls'), branches: [], savedAt: 7 },
      source: 'this-tab',
    });
    store.clear();
    expect(store.restore()).toBeNull();
    expect(store.status()).toBe('memory');
    expect(local.calls + tab.calls).toBe(0);
  });

  it("forgets only this tab's session on clear, keeping its slot", () => {
    const b = browser();
    b.tab('other').store.save(log('other'), []);
    const { tab, store } = b.tab('a');
    b.clock.now = 2000;
    store.save(log('mine'), []);
    store.clear();
    expect(b.local.getItem(SESSION_PREFIX + 'a')).toBeNull();
    expect(b.local.getItem(SESSION_PREFIX + 'other')).not.toBeNull();
    expect(tab?.getItem(SLOT_KEY)).toBe('a');
    store.save(log('fresh'), [log('mine')]);
    expect(b.reload(tab).restore()?.source).toBe('this-tab');
  });
});

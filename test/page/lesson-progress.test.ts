// Lesson progress in the browser's storage: steps and lessons marked done stay done, survive a new
// store over the same storage, and need no storage at all (memory, with the status saying so); a
// progress code round-trips, merges into what is kept, and every kind of bad code is refused with
// a reason, leaving the progress untouched.
import { describe, expect, it } from 'vitest';
import { CODE_PREFIX, PROGRESS_KEY, ProgressStore } from '../../src/lessons/progress';
import { toBase64url } from '../../src/share/base64url';
import { MemoryStorage, type StorageLike } from '../../src/state/session-store';

class MapStorage extends MemoryStorage {
  failWrites = false;
  override setItem(key: string, value: string): void {
    if (this.failWrites) throw new DOMException('quota', 'QuotaExceededError');
    super.setItem(key, value);
  }
}

/** A storage that refuses every access, as a browser with storage turned off does. */
const refusing: StorageLike = {
  get length(): number {
    throw new DOMException('The operation is insecure.', 'SecurityError');
  },
  key: () => {
    throw new DOMException('The operation is insecure.', 'SecurityError');
  },
  getItem: () => {
    throw new DOMException('The operation is insecure.', 'SecurityError');
  },
  setItem: () => {
    throw new DOMException('The operation is insecure.', 'SecurityError');
  },
  removeItem: () => {
    throw new DOMException('The operation is insecure.', 'SecurityError');
  },
};

function codeOf(json: string): string {
  return CODE_PREFIX + toBase64url(new TextEncoder().encode(json));
}

describe('ProgressStore', () => {
  it('starts empty and saved', () => {
    const store = new ProgressStore(new MapStorage());
    expect(store.snapshot()).toEqual({});
    expect(store.status()).toBe('saved');
  });

  it('marks steps and lessons once, and keeps them for the next store', () => {
    const storage = new MapStorage();
    const store = new ProgressStore(storage);
    expect(store.markStep('tracefs-basics', 2)).toBe(true);
    expect(store.markStep('tracefs-basics', 0)).toBe(true);
    expect(store.markStep('tracefs-basics', 2)).toBe(false);
    expect(store.markComplete('tracefs-basics')).toBe(true);
    expect(store.markComplete('tracefs-basics')).toBe(false);
    expect(store.snapshot()).toEqual({ 'tracefs-basics': { steps: [0, 2], complete: true } });
    expect(new ProgressStore(storage).snapshot()).toEqual(store.snapshot());
    expect(JSON.parse(storage.getItem(PROGRESS_KEY)!)).toEqual({ 'tracefs-basics': [5, 1] });
  });

  it('refuses steps it cannot keep and ids that are not lesson ids', () => {
    const store = new ProgressStore(new MapStorage());
    expect(store.markStep('x', -1)).toBe(false);
    expect(store.markStep('x', 30)).toBe(false);
    expect(store.markStep('x', 1.5)).toBe(false);
    expect(store.markStep('Not An Id', 0)).toBe(false);
    expect(store.markStep('x', 29)).toBe(true);
    expect(store.snapshot()).toEqual({ x: { steps: [29], complete: false } });
  });

  it('ignores what it cannot read in storage', () => {
    for (const junk of ['not json', '[1,2]', '{"x":[1]}', '{"x":[-1,0]}', '{"BAD":[1,0]}']) {
      const storage = new MapStorage();
      storage.setItem(PROGRESS_KEY, junk);
      const store = new ProgressStore(storage);
      expect(store.snapshot(), junk).toEqual({});
      expect(store.status()).toBe('saved');
    }
  });

  it('works in memory without storage, and says so', () => {
    for (const storage of [null, refusing]) {
      const store = new ProgressStore(storage);
      expect(store.status()).toBe('unavailable');
      expect(store.markStep('a', 0)).toBe(true);
      expect(store.markComplete('a')).toBe(true);
      expect(store.snapshot()).toEqual({ a: { steps: [0], complete: true } });
    }
  });

  it('says unavailable when a write fails, and saved once one works again', () => {
    const storage = new MapStorage();
    const store = new ProgressStore(storage);
    storage.failWrites = true;
    store.markStep('a', 0);
    expect(store.status()).toBe('unavailable');
    expect(store.snapshot()).toEqual({ a: { steps: [0], complete: false } });
    storage.failWrites = false;
    store.markStep('a', 1);
    expect(store.status()).toBe('saved');
    expect(new ProgressStore(storage).snapshot()).toEqual({ a: { steps: [0, 1], complete: false } });
  });
});

describe('progress codes', () => {
  it('round-trip through another browser', () => {
    const here = new ProgressStore(new MapStorage());
    here.markStep('tracefs-basics', 0);
    here.markStep('tracefs-basics', 3);
    here.markComplete('user-events');
    const code = here.exportCode();
    expect(code).toMatch(/^L1\.[A-Za-z0-9_-]+$/);
    const there = new ProgressStore(new MapStorage());
    expect(there.importCode(`  ${code}\n`)).toEqual({ ok: true, lessons: 2 });
    expect(there.snapshot()).toEqual(here.snapshot());
  });

  it('merge into what is kept: nothing done is undone', () => {
    const store = new ProgressStore(new MapStorage());
    store.markStep('a', 0);
    store.markComplete('b');
    expect(store.importCode(codeOf('{"a":[2,0],"b":[0,0],"c":[1,1]}'))).toEqual({ ok: true, lessons: 3 });
    expect(store.snapshot()).toEqual({
      a: { steps: [0, 1], complete: false },
      b: { steps: [], complete: true },
      c: { steps: [0], complete: true },
    });
  });

  it('of an empty progress import as nothing', () => {
    const store = new ProgressStore(new MapStorage());
    expect(store.importCode(store.exportCode())).toEqual({ ok: true, lessons: 0 });
  });

  const bad: Array<[string, string, RegExp]> = [
    ['empty', '   ', /paste a progress code/i],
    ['not a code', 'hello', /not a progress code/],
    ['another version', 'L2.e30', /another version of the page \(L2\)/],
    ['too long', 'L1.' + 'A'.repeat(9000), /too long/],
    ['not base64url', 'L1.e30=', /characters a code never has/],
    ['not UTF-8', CODE_PREFIX + toBase64url(new Uint8Array([0xff, 0xfe])), /not text/],
    ['not JSON', codeOf('{'), /not JSON/],
    ['a list', codeOf('[]'), /holds no lessons/],
    ['a bad id', codeOf('{"../x":[1,0]}'), /not a lesson id/],
    ['a bad entry', codeOf('{"a":{"s":1}}'), /not \[steps, complete\]/],
    ['a mask too wide', codeOf(`{"a":[${2 ** 30},0]}`), /no valid steps/],
    ['a fractional mask', codeOf('{"a":[1.5,0]}'), /no valid steps/],
    ['a negative mask', codeOf('{"a":[-1,0]}'), /no valid steps/],
    ['a bad complete flag', codeOf('{"a":[1,true]}'), /neither complete/],
    [
      'too many lessons',
      codeOf(JSON.stringify(Object.fromEntries([...Array(201).keys()].map((i) => [`l${i}`, [0, 0]])))),
      /more than 200/,
    ],
  ];
  it.each(bad)('are refused when %s, leaving the progress as it was', (_, code, reason) => {
    const store = new ProgressStore(new MapStorage());
    store.markStep('kept', 1);
    const before = store.snapshot();
    const result = store.importCode(code);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(reason);
    expect(store.snapshot()).toEqual(before);
  });
});

// The page's history: bounded, without empty lines or repeats, kept in storage across reloads.
import { describe, expect, it } from 'vitest';
import { History, HISTORY_KEY, joinContinuation, type HistoryStorage } from '../../src/terminal/history';

class MapStorage implements HistoryStorage {
  readonly map = new Map<string, string>();
  getItem(key: string): string | null {
    return this.map.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    this.map.set(key, value);
  }
}

describe('History', () => {
  it('keeps lines in order without empty lines or immediate repeats', () => {
    const h = new History();
    for (const line of ['ls', '', '  ', 'ls', 'pwd', 'ls']) h.add(line);
    expect(h.entries()).toEqual(['ls', 'pwd', 'ls']);
  });

  it('is bounded, dropping the oldest lines', () => {
    const h = new History(null, 3);
    for (const line of ['a', 'b', 'c', 'd']) h.add(line);
    expect(h.entries()).toEqual(['b', 'c', 'd']);
  });

  it('survives a reload through its storage', () => {
    const storage = new MapStorage();
    new History(storage).add('mkdir namespaces/demo');
    expect(new History(storage).entries()).toEqual(['mkdir namespaces/demo']);
  });

  it('ignores storage it cannot read or write', () => {
    const storage = new MapStorage();
    storage.setItem(HISTORY_KEY, '{not json');
    const h = new History(storage);
    expect(h.entries()).toEqual([]);
    const full: HistoryStorage = {
      getItem: () => JSON.stringify(['ok', 3]),
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    };
    const g = new History(full);
    g.add('still kept');
    expect(g.entries()).toEqual(['ok', 'still kept']);
  });
});

describe('a command typed over several lines', () => {
  // What bash 5.2 (cmdhist) keeps, as `history` shows it after typing these lines.
  it.each([
    [['for i in 1 2; do', 'echo $i', 'done'], 'for i in 1 2; do echo $i; done'],
    [['if true', 'then', '  echo y', 'fi'], 'if true; then   echo y; fi'],
    [['echo a |', 'cat'], 'echo a | cat'],
    [['case x in', 'x) echo x;;', 'esac'], 'case x in x) echo x;; esac'],
    [['f() {', 'echo hi', '}'], 'f() { echo hi; }'],
  ])('%j is one entry', (lines, entry) => {
    const h = new History();
    h.add(lines[0]);
    for (const line of lines.slice(1)) h.continueLast(line);
    expect(h.entries()).toEqual([entry]);
  });

  it('keeps the lines of a here-document or an open quote apart (an entry is one line)', () => {
    expect(joinContinuation('cat <<EOF', 'text')).toBeNull();
    expect(joinContinuation("echo 'open", "quote'")).toBeNull();
    const h = new History();
    h.add('cat <<EOF');
    h.continueLast('hi');
    expect(h.entries()).toEqual(['cat <<EOF', 'hi']);
  });
});

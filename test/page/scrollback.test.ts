// A long restored screen is cut before its last lines (written at once) and the whole of it is
// rebuilt off the page: the cut keeps every character, refuses what it could break (escape
// sequences, short screens), and the rebuild gets the screen, then everything the shown terminal
// was given meanwhile, in order, or nothing once dropped.
import { describe, expect, it } from 'vitest';
import type { Terminal } from '@xterm/xterm';
import { RESTORE_TAIL, ScrollbackRebuild, splitRestore } from '../../src/terminal/scrollback';

const numbered = (n: number) => Array.from({ length: n }, (_, i) => `line ${i + 1}`).join('\n') + '\n$ ';

/** What the rebuild needs of a terminal: writes (parsed a task later) and dispose. */
class FakeTerminal {
  written: string[] = [];
  disposed = false;
  write(data: string, parsed?: () => void): void {
    this.written.push(data);
    if (parsed) setTimeout(parsed, 0);
  }
  dispose(): void {
    this.disposed = true;
  }
}

describe('splitRestore', () => {
  it('cuts a long screen before its last lines, keeping every character', () => {
    const text = numbered(500);
    const cut = splitRestore(text);
    expect(cut).not.toBeNull();
    expect(cut!.head + cut!.tail).toBe(text);
    expect(cut!.tail.split('\n')).toHaveLength(RESTORE_TAIL);
    expect(cut!.tail.endsWith('line 500\n$ ')).toBe(true);
    expect(cut!.head.endsWith('\n')).toBe(true);
  });

  it('keeps a screen whole when it is short', () => {
    expect(splitRestore(numbered(50))).toBeNull();
    expect(splitRestore(numbered(3), 5)).toBeNull();
    expect(splitRestore('a\nb\nc\nd', 2)).toEqual({ head: 'a\nb\n', tail: 'c\nd' });
  });

  it('keeps a screen whole when it holds an escape sequence or a character set shift', () => {
    expect(splitRestore('\x1b[31mred\x1b[0m\n' + numbered(500))).toBeNull();
    expect(splitRestore(numbered(500) + '\x0e')).toBeNull();
    expect(splitRestore(numbered(500) + '\x0f')).toBeNull();
  });
});

describe('ScrollbackRebuild', () => {
  it('writes the screen, then what the shown terminal got meanwhile, then what came after', async () => {
    const rebuild = new ScrollbackRebuild('head\n', 'tail');
    rebuild.wrote('typed');
    const full = new FakeTerminal();
    const building = rebuild.build(full as unknown as Terminal);
    rebuild.wrote('output');
    expect(await building).toBe(full);
    expect(full.written.filter(Boolean)).toEqual(['head\n', 'tail', 'typed']);
    rebuild.catchUp(full as unknown as Terminal);
    rebuild.catchUp(full as unknown as Terminal);
    expect(full.written.filter(Boolean)).toEqual(['head\n', 'tail', 'typed', 'output']);
    expect(full.disposed).toBe(false);
  });

  it('gives nothing, and disposes its terminal, once dropped', async () => {
    const rebuild = new ScrollbackRebuild('head\n', 'tail');
    const full = new FakeTerminal();
    const building = rebuild.build(full as unknown as Terminal);
    rebuild.drop();
    expect(rebuild.isDropped).toBe(true);
    expect(await building).toBeNull();
    expect(full.disposed).toBe(true);
  });
});

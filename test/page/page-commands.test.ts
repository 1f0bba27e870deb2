// The page's own commands at a fresh prompt (src/state/page-commands.ts): `share [TITLE]` and
// `undo [N]`; anything else goes to the shell.
import { describe, expect, it, vi } from 'vitest';
import { pageCommand, type PageCommandHost } from '../../src/state/page-commands';

const TERM = { prompt: '# ', cwd: '/' };

function host(
  shared: { link: string; copied: boolean } | null = { link: 'http://x/#s=1.abc', copied: true },
) {
  return {
    undo: vi.fn<PageCommandHost['undo']>(() => Promise.resolve()),
    share: vi.fn<PageCommandHost['share']>(() => Promise.resolve(shared)),
  };
}

describe('page commands', () => {
  it('leaves every other line to the shell', () => {
    expect(pageCommand(host(), 'ls namespaces', TERM)).toBeNull();
    expect(pageCommand(host(), 'echo share', TERM)).toBeNull();
    expect(pageCommand(host(), '', TERM)).toBeNull();
  });

  it('share copies a link with an optional title and prints it', async () => {
    const h = host();
    const step = await pageCommand(h, "share 'my demo'", TERM);
    expect(h.share).toHaveBeenCalledWith('my demo');
    expect(step).toMatchObject({
      output: 'Link to this session (17 characters), copied to the clipboard:\nhttp://x/#s=1.abc\n',
      prompt: '# ',
      state: 'done',
      status: 0,
    });
  });

  it('share says so when the clipboard is not there, or the link could not be made', async () => {
    expect((await pageCommand(host({ link: 'L', copied: false }), 'share', TERM))?.output).toBe(
      'Link to this session (1 character), the clipboard is not available: copy it from here:\nL\n',
    );
    expect(await pageCommand(host(null), 'share', TERM)).toMatchObject({
      output: 'share: the link could not be made\n',
      status: 1,
    });
  });

  it('undo goes back one step, or N', async () => {
    vi.useFakeTimers();
    const h = host();
    expect(await pageCommand(h, 'undo', TERM)).toMatchObject({ output: '', status: 0 });
    expect(await pageCommand(h, 'undo 3', TERM)).toMatchObject({ output: '', status: 0 });
    vi.runAllTimers();
    expect(h.undo.mock.calls).toEqual([[1], [3]]);
    vi.useRealTimers();
  });

  it('undo refuses what is not a count', async () => {
    for (const line of ['undo 0', 'undo -1', 'undo x', 'undo 1 2']) {
      expect(await pageCommand(host(), line, TERM)).toMatchObject({
        output: 'usage: undo [N]  (N ≥ 1 steps)\n',
        status: 2,
      });
    }
  });
});

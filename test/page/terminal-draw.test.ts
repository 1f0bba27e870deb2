// A replayed screen drawn in pieces while the replay runs (TerminalSession.draw), then given whole
// (show): the xterm gets every character once, whether the pieces came before or after it
// attached, and a whole screen that does not begin with the pieces drawn is drawn afresh on a
// cleared screen. NOTE: vitest runs without the Svelte compiler, so `$state` is stood in by the
// identity: this tests what the class does, not that Svelte sees it change.
import { beforeAll, describe, expect, it } from 'vitest';
import type { ConsoleBackend } from '../../src/terminal/console';
import { History } from '../../src/terminal/history';
import { FakeScreen } from './fake-screen';

beforeAll(() => {
  const identity = <T>(value: T): T => value;
  Object.assign(globalThis, { $state: Object.assign(identity, { raw: identity }) });
});

const backend: ConsoleBackend = {
  input: async () => null,
  interrupt: async () => null,
  endOfInput: async () => null,
  resume: async () => null,
  complete: async () => null,
};

const PROMPT = 'root@playground:/# ';
const SCREEN = `greeting\n${PROMPT}echo one\none\n${PROMPT}echo two\ntwo\n${PROMPT}`;

async function settle(): Promise<void> {
  for (let i = 0; i < 20; i++) await new Promise((r) => setTimeout(r, 0));
}

async function terminal() {
  const { TerminalSession } = await import('../../src/state/terminal.svelte');
  return new TerminalSession(1, backend, new History(), null);
}

describe('a replayed screen drawn in pieces', () => {
  it('writes each character once when the pieces come before the xterm attaches', async () => {
    const t = await terminal();
    t.draw(SCREEN.slice(0, 12));
    t.draw(SCREEN.slice(12, 40));
    const screen = new FakeScreen(60);
    t.attach(screen);
    t.show({ text: SCREEN, prompt: PROMPT, state: 'done', cwd: '/' });
    await settle();
    expect(screen.written).toBe(SCREEN);
    expect(t.status.state).toBe('idle');
  });

  it('writes each character once when the pieces come after the xterm attached', async () => {
    const t = await terminal();
    const screen = new FakeScreen(60);
    t.attach(screen);
    t.draw(SCREEN.slice(0, 30));
    await settle();
    expect(screen.written).toBe(SCREEN.slice(0, 30));
    t.show({ text: SCREEN, prompt: PROMPT, state: 'done', cwd: '/' });
    await settle();
    expect(screen.written).toBe(SCREEN);
  });

  it('clears the screen and draws the whole when it does not begin with what was drawn', async () => {
    const t = await terminal();
    const screen = new FakeScreen(60);
    t.attach(screen);
    t.draw('something else\n');
    t.show({ text: SCREEN, prompt: PROMPT, state: 'done', cwd: '/' });
    await settle();
    expect(screen.written).toBe('something else\n\x1b[H\x1b[2J\x1b[3J' + SCREEN);
    expect(screen.text()).toBe(SCREEN.trimEnd());
  });

  it('ignores pieces once the terminal shows its screen', async () => {
    const t = await terminal();
    const screen = new FakeScreen(60);
    t.attach(screen);
    t.show({ text: SCREEN, prompt: PROMPT, state: 'done', cwd: '/' });
    t.draw('late piece');
    await settle();
    expect(screen.written).toBe(SCREEN);
  });
});

// The console between the terminal and the shell: lines go out whole and one at a time, a paste
// runs line by line, Ctrl-C abandons the line or ends a blocked command, Tab completes, Ctrl-D says
// how to leave, and a failed call stops the terminal. The backend is a scripted fake shell.
import { describe, expect, it } from 'vitest';
import type { Completion, TerminalStep } from '../../worker/protocol';
import { columns, Console, EOF_HINT, pasteAsInput, type ConsoleStatus } from '../../src/terminal/console';
import { History } from '../../src/terminal/history';
import { FakeScreen } from './fake-screen';

const PROMPT = '# ';

function step(output: string, state: TerminalStep['state'] = 'done'): TerminalStep {
  return {
    output,
    state,
    status: 0,
    prompt: state === 'blocked' || state === 'running' ? '' : PROMPT,
    cwd: '/',
    treeVersion: 0,
    inspectVersion: 0,
    traceVersion: 0,
    step: 0,
    elsewhere: [],
  };
}

class FakeShell {
  calls: string[] = [];
  blocked = false;
  running = false;
  fail = false;

  async input(line: string): Promise<TerminalStep | null> {
    this.calls.push(`input:${line}`);
    if (this.fail) return null;
    if (this.blocked) return step(`got ${line}\n`, 'blocked');
    if (line === 'cat trace_pipe') {
      this.blocked = true;
      return step('', 'blocked');
    }
    if (line === 'while :; do echo y; done') {
      this.running = true;
      return step('y\n', 'running');
    }
    return step(line ? `ran ${line}\n` : '');
  }

  async interrupt(): Promise<TerminalStep | null> {
    this.calls.push('interrupt');
    this.blocked = false;
    this.running = false;
    return step('');
  }

  async resume(): Promise<TerminalStep | null> {
    this.calls.push('resume');
    return this.running ? step('y\n', 'running') : step('');
  }

  async endOfInput(): Promise<TerminalStep | null> {
    this.calls.push('eof');
    this.blocked = false;
    return step('');
  }

  async complete(line: string, cursor: number): Promise<Completion | null> {
    this.calls.push(`complete:${line}:${cursor}`);
    const start = line.lastIndexOf(' ', cursor - 1) + 1;
    const word = line.slice(start, cursor);
    const names = ['trace', 'trace_pipe', 'tracing_on'].filter((n) => n.startsWith(word));
    const replacement = word === 'tracing' ? 'tracing_on ' : word === 'tr' ? 'trac' : word;
    return { start, end: cursor, replacement, candidates: names };
  }
}

/** A console whose terminal has shown nothing yet (the worker still booting). */
function unopened() {
  const shell = new FakeShell();
  const screen = new FakeScreen(60);
  const console = new Console(shell, screen, new History(), () => {});
  return { shell, screen, console };
}

const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));

async function setup() {
  const shell = new FakeShell();
  const screen = new FakeScreen(60);
  const history = new History();
  const states: ConsoleStatus[] = [];
  const console = new Console(shell, screen, history, (s) => states.push(s));
  await console.start('welcome\n', PROMPT);
  /** Types keys and waits until the console has nothing left to do. */
  const type = async (keys: string) => {
    console.key(keys);
    await settle();
  };
  const settle = async () => {
    for (let i = 0; i < 20; i++) await new Promise((r) => setTimeout(r, 0));
  };
  return { shell, screen, history, states, console, type, settle };
}

describe('Console', () => {
  it('shows the greeting and the prompt, then runs a typed line', async () => {
    const { shell, screen, type, states } = await setup();
    await type('echo hi\r');
    expect(shell.calls).toEqual(['input:echo hi']);
    expect(screen.lines().slice(0, 4)).toEqual(['welcome', '# echo hi', 'ran echo hi', '#']);
    expect(states.at(-1)).toEqual({ state: 'idle', steps: 2 });
  });

  it('runs a multi-line paste line by line, each after its prompt', async () => {
    const { shell, screen, type } = await setup();
    await type('\x1b[200~one\ntwo\r\nthree\x1b[201~');
    expect(shell.calls).toEqual(['input:one', 'input:two']);
    expect(screen.lines().slice(1, 6)).toEqual(['# one', 'ran one', '# two', 'ran two', '# three']);
  });

  it('Ctrl-C abandons the line being edited and asks the shell for a fresh prompt', async () => {
    const { shell, screen, type } = await setup();
    await type('echo hi');
    await type('\x03');
    expect(shell.calls).toEqual(['interrupt']);
    expect(screen.lines().slice(1, 3)).toEqual(['# echo hi^C', '#']);
  });

  it('sends lines typed while a command is blocked to it, and Ctrl-C ends it', async () => {
    const { shell, screen, type, states } = await setup();
    await type('cat trace_pipe\r');
    expect(states.at(-1)?.state).toBe('blocked');
    await type('hello\r');
    expect(shell.calls).toEqual(['input:cat trace_pipe', 'input:hello']);
    await type('\x03');
    expect(shell.calls.at(-1)).toBe('interrupt');
    expect(states.at(-1)?.state).toBe('idle');
    expect(screen.lines().slice(1, 5)).toEqual(['# cat trace_pipe', 'hello', 'got hello', '^C']);
  });

  it('keeps a running command going slice after slice until Ctrl-C ends it', async () => {
    const { shell, screen, type, states, settle } = await setup();
    await type('while :; do echo y; done\r');
    for (let i = 0; i < 20 && shell.calls.filter((c) => c === 'resume').length < 3; i++) await settle();
    expect(shell.calls.filter((c) => c === 'resume').length).toBeGreaterThan(2);
    expect(states.at(-1)?.state).toBe('blocked');
    await type('\x03');
    const calls = shell.calls.length;
    await settle();
    expect(shell.calls.at(-1)).toBe('interrupt');
    expect(shell.calls.length).toBe(calls);
    expect(states.at(-1)?.state).toBe('idle');
    expect(screen.lines().filter((l) => l === 'y').length).toBeGreaterThan(2);
    expect(screen.lines().at(-1)).toBe('#');
  });

  it('Ctrl-D on a blocked command ends its input', async () => {
    const { shell, type } = await setup();
    await type('cat trace_pipe\r');
    await type('\x04');
    expect(shell.calls.at(-1)).toBe('eof');
  });

  it('Ctrl-D on an empty prompt says how to leave and calls nothing', async () => {
    const { shell, screen, type } = await setup();
    await type('\x04');
    expect(shell.calls).toEqual([]);
    expect(screen.lines().slice(1, 3)).toEqual([`# ${EOF_HINT}`, '#']);
  });

  it('Tab completes, and lists the candidates when it cannot go further', async () => {
    const { shell, screen, type } = await setup();
    await type('cat tr\t');
    expect(shell.calls).toEqual(['complete:cat tr:6']);
    expect(screen.lines()[1]).toBe('# cat trac');
    await type('\t');
    expect(screen.lines().slice(1, 4)).toEqual([
      '# cat trac',
      'trace       trace_pipe  tracing_on',
      '# cat trac',
    ]);
    await type('ing\t');
    expect(screen.lines()[3]).toBe('# cat tracing_on');
  });

  it('keeps typed-ahead keys until the prompt is back', async () => {
    const { shell, screen, console, settle } = await setup();
    console.key('one\r');
    console.key('two\r');
    await settle();
    expect(shell.calls).toEqual(['input:one', 'input:two']);
    expect(screen.lines().slice(1, 5)).toEqual(['# one', 'ran one', '# two', 'ran two']);
  });

  it('runs what was typed before the first prompt once it is shown, and a Ctrl-C then drops it', async () => {
    const { shell, screen, console } = unopened();
    console.key('ls\r');
    console.key('pw');
    await nextTask();
    expect(shell.calls).toEqual([]);
    expect(screen.text()).toBe('');
    await console.start('welcome\n', PROMPT);
    expect(shell.calls).toEqual(['input:ls']);
    expect(screen.lines().slice(0, 4)).toEqual(['welcome', '# ls', 'ran ls', '# pw']);

    const other = unopened();
    other.console.key('ls\r');
    other.console.key('\x03');
    await other.console.start('welcome\n', PROMPT);
    expect(other.shell.calls).toEqual([]);
  });

  it('keeps input typed while a replayed screen comes for the command it left blocked', async () => {
    const { shell, console } = unopened();
    console.key('hello\r');
    shell.blocked = true;
    await console.restore('# cat trace_pipe\n', PROMPT, 'blocked');
    expect(shell.calls).toEqual(['input:hello']);
  });

  it('drops input after the terminal stopped, even when it stopped before its first prompt', async () => {
    const { shell, screen, console } = unopened();
    console.stop('The kernel worker failed');
    console.key('ls\r');
    await nextTask();
    expect(shell.calls).toEqual([]);
    expect(screen.text()).toContain('The kernel worker failed');
  });

  it('hands a replayed screen to the screen’s restore, and a greeting to its write', async () => {
    const restored: string[] = [];
    const screen = new FakeScreen(60);
    const restoring = Object.assign(screen, { restore: (text: string) => restored.push(text) });
    const console = new Console(new FakeShell(), restoring, new History(), () => {});
    await console.restore('# ls\nfile\n', PROMPT, 'done');
    expect(restored).toEqual(['# ls\nfile\n']);
    expect(screen.text()).toBe('');
    const other = unopened();
    await other.console.start('welcome\n', PROMPT);
    expect(other.screen.text()).toContain('welcome');
  });

  it('records history, and stops with a message when a call fails', async () => {
    const { shell, screen, history, type, states } = await setup();
    await type('ls\r');
    shell.fail = true;
    await type('pwd\r');
    expect(history.entries()).toEqual(['ls', 'pwd']);
    expect(states.at(-1)?.state).toBe('stopped');
    await type('more\r');
    expect(shell.calls).toEqual(['input:ls', 'input:pwd']);
    expect(screen.text()).not.toContain('more');
  });

  it('inserts text at the cursor', async () => {
    const { screen, console, type, settle } = await setup();
    await type('cat ');
    console.insert('namespaces/demo ');
    await settle();
    expect(screen.lines()[1]).toBe('# cat namespaces/demo');
  });
});

describe('pasteAsInput and columns', () => {
  it('turns a bracketed paste into typed lines', () => {
    expect(pasteAsInput('\x1b[200~a\tb\r\nc\nd\x07\x1b[201~')).toBe('a b\rc\rd');
  });

  it('lays names out top to bottom, then left to right', () => {
    expect(columns(['a', 'b', 'c', 'd', 'e'], 9)).toBe('a  c  e\r\nb  d\r\n');
  });
});

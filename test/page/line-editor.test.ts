// The line editor in the style of readline: each case feeds keys and checks the line, the cursor
// and what a terminal shows after the echo (through a small VT100 model with deferred wrap).
import { describe, expect, it } from 'vitest';
import { LineEditor, type EditorEvent } from '../../src/terminal/line-editor';
import { History } from '../../src/terminal/history';
import { FakeScreen } from './fake-screen';

const PROMPT = '$ ';

function setup(cols = 40, history: string[] = []) {
  const screen = new FakeScreen(cols);
  const h = new History();
  for (const line of history) h.add(line);
  const editor = new LineEditor(h);
  editor.resize(cols);
  screen.write(PROMPT);
  editor.begin(screen.x);
  const events: EditorEvent[] = [];
  const type = (data: string) => {
    let rest = data;
    while (rest) {
      const r = editor.feed(rest);
      for (const e of r.events) {
        if (e.kind === 'echo') screen.write(e.text);
        else events.push(e);
        if (e.kind === 'submit') {
          screen.write(PROMPT);
          editor.begin(screen.x);
        }
      }
      rest = r.rest;
    }
  };
  return { screen, editor, events, type, history: h };
}

const cases: Array<{ name: string; keys: string; line: string; cursor: number }> = [
  { name: 'printable keys insert', keys: 'echo hi', line: 'echo hi', cursor: 7 },
  { name: 'Left then insert', keys: 'ac\x1b[Db', line: 'abc', cursor: 2 },
  { name: 'Home and End', keys: 'bc\x1b[Ha\x1b[Fd', line: 'abcd', cursor: 4 },
  { name: 'Ctrl-A and Ctrl-E', keys: 'bc\x01a\x05d', line: 'abcd', cursor: 4 },
  { name: 'Backspace in the middle', keys: 'abxc\x1b[D\x7f', line: 'abc', cursor: 2 },
  { name: 'Delete under the cursor', keys: 'abxc\x1b[D\x1b[D\x1b[3~', line: 'abc', cursor: 2 },
  { name: 'Ctrl-U kills to the start', keys: 'echo hi\x1b[D\x1b[D\x15', line: 'hi', cursor: 0 },
  { name: 'Ctrl-K kills to the end', keys: 'echo hi\x01\x1b[C\x0b', line: 'e', cursor: 1 },
  { name: 'Ctrl-W kills the previous word', keys: 'cat namespaces/x  \x17', line: 'cat ', cursor: 4 },
  { name: 'Alt-B and Alt-F move by words', keys: 'one two\x1bb\x1bb\x1bf', line: 'one two', cursor: 3 },
  { name: 'Ctrl-Left moves a word back', keys: 'one two\x1b[1;5D', line: 'one two', cursor: 4 },
  { name: 'Ctrl-D deletes under the cursor', keys: 'abc\x01\x04', line: 'bc', cursor: 0 },
  { name: 'unknown escapes are ignored', keys: 'a\x1b[15~b\x1bOPc', line: 'abc', cursor: 3 },
];

describe('LineEditor', () => {
  for (const c of cases) {
    it(c.name, () => {
      const { editor, screen, type } = setup();
      type(c.keys);
      expect(editor.text).toBe(c.line);
      expect(editor.position).toBe(c.cursor);
      expect(screen.lines()[0]).toBe((PROMPT + c.line).trimEnd());
      expect(screen.x).toBe(PROMPT.length + c.cursor);
    });
  }

  it('Enter submits the line and a CR LF pair counts once', () => {
    const { events, type, screen } = setup();
    type('ls\r\npwd\r');
    expect(events).toEqual([
      { kind: 'submit', line: 'ls' },
      { kind: 'submit', line: 'pwd' },
    ]);
    expect(screen.lines().slice(0, 3)).toEqual(['$ ls', '$ pwd', '$']);
  });

  it('stops at the first event that needs the caller and returns the rest', () => {
    const { editor } = setup();
    expect(editor.feed('ca\tt x')).toEqual({
      events: [
        { kind: 'echo', text: 'ca' },
        { kind: 'complete', line: 'ca', cursor: 2 },
      ],
      rest: 't x',
    });
    expect(editor.feed('\x0cmore').events).toEqual([{ kind: 'clear-screen' }]);
  });

  it('Ctrl-D on an empty line is end of input', () => {
    const { editor } = setup();
    expect(editor.feed('\x04').events).toEqual([{ kind: 'eof' }]);
  });

  it('Up and Down walk the history and keep the draft', () => {
    const { editor, type } = setup(40, ['ls', 'pwd']);
    type('dra');
    type('\x1b[A');
    expect(editor.text).toBe('pwd');
    type('\x1b[A\x1b[A');
    expect(editor.text).toBe('ls');
    type('\x1b[B\x1b[B');
    expect(editor.text).toBe('dra');
    type('\x1b[B');
    expect(editor.text).toBe('dra');
  });

  it('abandon() shows ^C after the line and forgets it', () => {
    const { editor, screen, type } = setup();
    type('echo hi\x01');
    screen.write(editor.abandon());
    expect(editor.text).toBe('');
    expect(screen.lines()[0]).toBe('$ echo hi^C');
    expect(screen.y).toBe(1);
  });

  it('edits a line that wraps over several rows', () => {
    const { editor, screen, type } = setup(10);
    type('0123456789abcdefghij');
    expect(screen.lines().slice(0, 3)).toEqual(['$ 01234567', '89abcdefgh', 'ij']);
    type('\x01X');
    expect(screen.lines().slice(0, 3)).toEqual(['$ X0123456', '789abcdefg', 'hij']);
    expect([screen.y, screen.x]).toEqual([0, 3]);
    type('\x05\x7f\x7f\x7f');
    expect(screen.lines().slice(0, 3)).toEqual(['$ X0123456', '789abcdefg', '']);
    expect([screen.y, screen.x]).toEqual([2, 0]);
    expect(editor.text).toBe('X0123456789abcdefg');
    type('\x1b[D\x1b[D\x1b[D\x1b[D\x1b[D\x1b[D\x1b[D\x1b[D\x1b[D\x1b[D\x1b[D');
    expect([screen.y, screen.x]).toEqual([0, 9]);
  });

  it('a line that ends exactly at the margin leaves the cursor on the next row', () => {
    const { screen, type } = setup(10);
    type('01234567');
    expect([screen.y, screen.x]).toEqual([1, 0]);
    type('\x1b[D');
    expect([screen.y, screen.x]).toEqual([0, 9]);
    type('\x05x');
    expect(screen.lines().slice(0, 2)).toEqual(['$ 01234567', 'x']);
  });

  it('replace() puts a completion in and render() draws the line again', () => {
    const { editor, screen, type } = setup();
    type('cat na x\x1b[D\x1b[D');
    screen.write(editor.replace(4, 6, 'namespaces/'));
    expect(editor.text).toBe('cat namespaces/ x');
    expect(screen.lines()[0]).toBe('$ cat namespaces/ x');
    screen.write(editor.leave() + '\r\nlisting\r\n' + PROMPT);
    editor.rebase(screen.x);
    screen.write(editor.render());
    expect(screen.lines().slice(1, 3)).toEqual(['listing', '$ cat namespaces/ x']);
    expect(screen.x).toBe(PROMPT.length + 15);
  });
});

// The terminal's line discipline, as readline gives bash: printable keys insert at the cursor;
// Backspace/Delete, Left/Right, Home/End, Ctrl-A/E/B/F, Alt-B/F (word moves), Ctrl-U/K/W (kill),
// Up/Down and Ctrl-P/N (history) edit; Enter submits, Tab asks for a completion, Ctrl-L clears the
// screen and Ctrl-D on an empty line is end of input. It returns the bytes to echo, so it is
// testable without a terminal. The line may wrap over several rows: cursor moves are computed
// from the column the input starts at and the terminal's width. Simplified: every character is
// taken to be one cell wide (no East Asian wide characters or emoji).

import type { History } from './history';

export type EditorEvent =
  | { kind: 'echo'; text: string }
  | { kind: 'submit'; line: string }
  | { kind: 'complete'; line: string; cursor: number }
  | { kind: 'eof' }
  | { kind: 'clear-screen' };

/** What feed() did, and the input after the first event that needs the caller (kept for later). */
export interface FeedResult {
  events: EditorEvent[];
  rest: string;
}

const CSI = '\x1b[';

/** Escape sequences the editor understands, by their text after ESC. */
const KEYS: Record<string, string> = {
  '[A': 'up',
  OA: 'up',
  '[B': 'down',
  OB: 'down',
  '[C': 'right',
  OC: 'right',
  '[D': 'left',
  OD: 'left',
  '[H': 'home',
  OH: 'home',
  '[1~': 'home',
  '[7~': 'home',
  '[F': 'end',
  OF: 'end',
  '[4~': 'end',
  '[8~': 'end',
  '[3~': 'delete',
  '[1;5C': 'word-right',
  '[1;3C': 'word-right',
  f: 'word-right',
  '[1;5D': 'word-left',
  '[1;3D': 'word-left',
  b: 'word-left',
  '\x7f': 'kill-word',
};

/** Control keys, by their byte. */
const CONTROLS: Record<string, string> = {
  '\x01': 'home',
  '\x05': 'end',
  '\x02': 'left',
  '\x06': 'right',
  '\x10': 'up',
  '\x0e': 'down',
  '\x7f': 'backspace',
  '\b': 'backspace',
  '\x15': 'kill-start',
  '\x0b': 'kill-end',
  '\x17': 'kill-word',
};

/** Length of the escape sequence at `at` (ESC included): CSI, SS3 or ESC + one character. */
function escapeLength(data: string, at: number): number {
  if (data[at + 1] === '[') {
    let i = at + 2;
    while (i < data.length && !(data.charCodeAt(i) >= 0x40 && data.charCodeAt(i) <= 0x7e)) i++;
    return Math.min(i + 1, data.length) - at;
  }
  if (data[at + 1] === 'O') return Math.min(3, data.length - at);
  return Math.min(2, data.length - at);
}

const isWordChar = (ch: string) => /[\p{L}\p{N}_]/u.test(ch);

export class LineEditor {
  private line = '';
  private cursor = 0;
  private origin = 0;
  private cols = 80;
  private historyAt: number;
  private draft = '';

  constructor(private readonly history: History) {
    this.historyAt = history.length;
  }

  get text(): string {
    return this.line;
  }

  get position(): number {
    return this.cursor;
  }

  /** Starts an empty line whose first character goes at `column` (just after the prompt). */
  begin(column: number): void {
    this.line = '';
    this.cursor = 0;
    this.origin = Math.max(0, column) % this.cols;
    this.historyAt = this.history.length;
    this.draft = '';
  }

  /** The terminal's width changed. */
  resize(cols: number): void {
    this.cols = Math.max(1, cols);
    this.origin %= this.cols;
  }

  /** Feeds raw terminal input (keys or a pasted string) up to the first event that needs the caller. */
  feed(data: string): FeedResult {
    let echo = '';
    const done = (event: EditorEvent | null, next: number): FeedResult => {
      const events: EditorEvent[] = echo ? [{ kind: 'echo', text: echo }] : [];
      if (event) events.push(event);
      return { events, rest: data.slice(next) };
    };
    for (let i = 0; i < data.length; i++) {
      const ch = data[i];
      if (ch === '\r' || ch === '\n') {
        const line = this.line;
        echo += this.moveTo(this.line.length) + '\r\n';
        this.line = '';
        this.cursor = 0;
        return done({ kind: 'submit', line }, ch === '\r' && data[i + 1] === '\n' ? i + 2 : i + 1);
      } else if (ch === '\t') {
        return done({ kind: 'complete', line: this.line, cursor: this.cursor }, i + 1);
      } else if (ch === '\x0c') {
        return done({ kind: 'clear-screen' }, i + 1);
      } else if (ch === '\x04') {
        if (this.line === '') return done({ kind: 'eof' }, i + 1);
        echo += this.key('delete');
      } else if (ch === '\x1b') {
        const n = escapeLength(data, i);
        echo += this.key(KEYS[data.slice(i + 1, i + n)] ?? '');
        i += n - 1;
      } else if (ch in CONTROLS) {
        echo += this.key(CONTROLS[ch]);
      } else if (ch >= ' ') {
        let j = i;
        while (j < data.length && data[j] >= ' ' && data[j] !== '\x7f') j++;
        echo += this.insert(data.slice(i, j));
        i = j - 1;
      }
    }
    return done(null, data.length);
  }

  /** Ctrl-C: shows `^C` after the line and forgets it. */
  abandon(): string {
    const echo = this.moveTo(this.line.length) + '^C\r\n';
    this.line = '';
    this.cursor = 0;
    return echo;
  }

  /** Inserts `text` at the cursor (a completion, a path from the tree view); returns the echo. */
  insert(text: string): string {
    const at = this.cursor;
    return this.edit(this.line.slice(0, at) + text + this.line.slice(at), at + text.length);
  }

  /** Replaces `line[start, end)` (a Tab completion) and leaves the cursor after the replacement. */
  replace(start: number, end: number, text: string): string {
    return this.edit(this.line.slice(0, start) + text + this.line.slice(end), start + text.length);
  }

  /** Moves the terminal's cursor past the end of the line, leaving the line as it is (before a list). */
  leave(): string {
    return this.move(this.cursor, this.line.length);
  }

  /** The line will be drawn again from `column` (after a cleared screen or a printed list). */
  rebase(column: number): void {
    this.origin = Math.max(0, column) % this.cols;
  }

  /** Draws the whole line from its start (the terminal's cursor must be where it begins). */
  render(): string {
    return this.line + this.wrapFix(this.line.length) + this.move(this.line.length, this.cursor);
  }

  private key(name: string): string {
    const { line, cursor } = this;
    switch (name) {
      case 'left':
        return this.moveTo(cursor - 1);
      case 'right':
        return this.moveTo(cursor + 1);
      case 'home':
        return this.moveTo(0);
      case 'end':
        return this.moveTo(line.length);
      case 'word-left':
        return this.moveTo(this.wordStart());
      case 'word-right':
        return this.moveTo(this.wordEnd());
      case 'backspace':
        return cursor > 0 ? this.edit(line.slice(0, cursor - 1) + line.slice(cursor), cursor - 1) : '';
      case 'delete':
        return cursor < line.length ? this.edit(line.slice(0, cursor) + line.slice(cursor + 1), cursor) : '';
      case 'kill-start':
        return this.edit(line.slice(cursor), 0);
      case 'kill-end':
        return this.edit(line.slice(0, cursor), cursor);
      case 'kill-word': {
        let at = cursor;
        while (at > 0 && line[at - 1] === ' ') at--;
        while (at > 0 && line[at - 1] !== ' ') at--;
        return this.edit(line.slice(0, at) + line.slice(cursor), at);
      }
      case 'up':
      case 'down':
        return this.walkHistory(name === 'up' ? -1 : 1);
      default:
        return '';
    }
  }

  private wordStart(): number {
    let at = this.cursor;
    while (at > 0 && !isWordChar(this.line[at - 1])) at--;
    while (at > 0 && isWordChar(this.line[at - 1])) at--;
    return at;
  }

  private wordEnd(): number {
    let at = this.cursor;
    while (at < this.line.length && !isWordChar(this.line[at])) at++;
    while (at < this.line.length && isWordChar(this.line[at])) at++;
    return at;
  }

  private walkHistory(dir: number): string {
    const at = this.historyAt + dir;
    if (at < 0 || at > this.history.length) return '';
    if (this.historyAt === this.history.length) this.draft = this.line;
    this.historyAt = at;
    const next = at === this.history.length ? this.draft : this.history.at(at);
    return this.edit(next, next.length);
  }

  /** Makes `next` the line with the cursor at `cursor`, redrawing from the first changed character. */
  private edit(next: string, cursor: number): string {
    let from = 0;
    while (from < this.line.length && from < next.length && this.line[from] === next[from]) from++;
    from = Math.min(from, this.cursor, cursor);
    const tail = next.slice(from);
    const echo =
      this.move(this.cursor, from) +
      (next.length < this.line.length ? `${CSI}J` : '') +
      tail +
      (tail ? this.wrapFix(next.length) : '') +
      this.move(next.length, cursor);
    this.line = next;
    this.cursor = cursor;
    return echo;
  }

  private moveTo(offset: number): string {
    const target = Math.max(0, Math.min(this.line.length, offset));
    const echo = this.move(this.cursor, target);
    this.cursor = target;
    return echo;
  }

  /** Cursor movement between two offsets of the line, across wrapped rows. */
  private move(from: number, to: number): string {
    const a = this.origin + from;
    const b = this.origin + to;
    const rows = Math.floor(b / this.cols) - Math.floor(a / this.cols);
    const cols = (b % this.cols) - (a % this.cols);
    return (
      (rows < 0 ? `${CSI}${-rows}A` : rows > 0 ? `${CSI}${rows}B` : '') +
      (cols < 0 ? `${CSI}${-cols}D` : cols > 0 ? `${CSI}${cols}C` : '')
    );
  }

  /**
   * NOTE: a terminal that has just written the last column keeps its cursor there until the next
   * character (deferred wrap); a space and a backspace put it at the start of the next row, where
   * the arithmetic of move() expects it.
   */
  private wrapFix(end: number): string {
    return end > 0 && (this.origin + end) % this.cols === 0 ? ' \b' : '';
  }
}

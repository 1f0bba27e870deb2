// The terminal's line discipline, as readline gives bash: printable keys insert at the cursor,
// Backspace/Delete/arrows edit, Up/Down walk the history, Enter submits. It returns the bytes to
// echo, so it is testable without a terminal.

export type EditorEvent = { kind: 'echo'; text: string } | { kind: 'submit'; line: string; echo: string };

const CSI = '\x1b[';

export class LineEditor {
  private line = '';
  private cursor = 0;
  private history: string[] = [];
  private historyAt = 0;
  private draft = '';

  get text(): string {
    return this.line;
  }

  /** Feeds raw terminal input (one key or a pasted string) and returns what to do. */
  feed(data: string): EditorEvent[] {
    const events: EditorEvent[] = [];
    let echo = '';
    const flush = () => {
      if (echo) events.push({ kind: 'echo', text: echo });
      echo = '';
    };
    for (let i = 0; i < data.length; i++) {
      const ch = data[i];
      if (ch === '\r' || ch === '\n') {
        if (ch === '\n' && data[i - 1] === '\r') continue;
        flush();
        events.push({ kind: 'submit', line: this.line, echo: '\r\n' });
        if (this.line.trim() !== '') this.history.push(this.line);
        this.historyAt = this.history.length;
        this.line = '';
        this.cursor = 0;
      } else if (ch === '\x7f' || ch === '\b') {
        echo += this.backspace();
      } else if (ch === '\x1b' && data[i + 1] === '[') {
        const code = data[i + 2];
        i += 2;
        if (code === '3' && data[i + 1] === '~') i++;
        echo += this.escape(code);
      } else if (ch === '\x01') {
        echo += this.moveTo(0);
      } else if (ch === '\x05') {
        echo += this.moveTo(this.line.length);
      } else if (ch >= ' ') {
        echo += this.insert(ch);
      }
    }
    flush();
    return events;
  }

  /** Forgets the half-typed line (Ctrl-C). */
  clear(): void {
    this.line = '';
    this.cursor = 0;
    this.historyAt = this.history.length;
  }

  private insert(ch: string): string {
    const tail = this.line.slice(this.cursor);
    this.line = this.line.slice(0, this.cursor) + ch + tail;
    this.cursor++;
    return ch + tail + (tail.length ? `${CSI}${tail.length}D` : '');
  }

  private backspace(): string {
    if (this.cursor === 0) return '';
    const tail = this.line.slice(this.cursor);
    this.line = this.line.slice(0, this.cursor - 1) + tail;
    this.cursor--;
    return `\b${tail} \b` + (tail.length ? `${CSI}${tail.length}D` : '');
  }

  private escape(code: string): string {
    if (code === 'D') return this.moveTo(this.cursor - 1);
    if (code === 'C') return this.moveTo(this.cursor + 1);
    if (code === 'H') return this.moveTo(0);
    if (code === 'F') return this.moveTo(this.line.length);
    if (code === '3') {
      if (this.cursor >= this.line.length) return '';
      this.cursor++;
      return `${CSI}1C` + this.backspace();
    }
    if (code === 'A' || code === 'B') return this.walkHistory(code === 'A' ? -1 : 1);
    return '';
  }

  private moveTo(pos: number): string {
    const target = Math.max(0, Math.min(this.line.length, pos));
    const delta = target - this.cursor;
    this.cursor = target;
    if (delta === 0) return '';
    return delta < 0 ? `${CSI}${-delta}D` : `${CSI}${delta}C`;
  }

  private walkHistory(dir: number): string {
    const at = this.historyAt + dir;
    if (at < 0 || at > this.history.length) return '';
    if (this.historyAt === this.history.length) this.draft = this.line;
    this.historyAt = at;
    const next = at === this.history.length ? this.draft : this.history[at];
    const erase = this.moveTo(0) + `${CSI}K`;
    this.line = next;
    this.cursor = next.length;
    return erase + next;
  }
}

// A tiny VT100 screen for tests of the line editor and the console: printable characters with
// deferred autowrap (as xterm.js does), CR, LF, BS, cursor moves (CSI A/B/C/D), erase below (CSI J)
// and erase line (CSI K), clear screen (CSI 2J, CSI H). Enough to check what the user would see.
import type { Screen } from '../../src/terminal/console';

export class FakeScreen implements Screen {
  rows: string[][] = [[]];
  x = 0;
  y = 0;
  private pendingWrap = false;
  written = '';

  constructor(readonly cols = 40) {}

  write(text: string): void {
    this.written += text;
    for (let i = 0; i < text.length; i++) {
      const ch = text[i];
      if (ch === '\x1b' && text[i + 1] === '[') {
        let j = i + 2;
        while (j < text.length && !/[A-Za-z~]/.test(text[j])) j++;
        this.csi(text.slice(i + 2, j), text[j]);
        i = j;
      } else if (ch === '\r') {
        this.x = 0;
        this.pendingWrap = false;
      } else if (ch === '\n') {
        this.x = 0; // convertEol
        this.down();
      } else if (ch === '\b') {
        this.pendingWrap = false;
        this.x = Math.max(0, this.x - 1);
      } else if (ch >= ' ') {
        if (this.pendingWrap) {
          this.x = 0;
          this.down();
        }
        this.row()[this.x] = ch;
        if (this.x === this.cols - 1) this.pendingWrap = true;
        else this.x++;
      }
    }
  }

  async column(): Promise<number> {
    return this.x;
  }

  /** The screen's text, trailing spaces dropped, one string per row. */
  lines(): string[] {
    return this.rows.map((r) =>
      Array.from(r, (c) => c ?? ' ')
        .join('')
        .trimEnd(),
    );
  }

  text(): string {
    return this.lines().join('\n').trimEnd();
  }

  private row(): string[] {
    while (this.rows.length <= this.y) this.rows.push([]);
    return this.rows[this.y];
  }

  private down(): void {
    this.pendingWrap = false;
    this.y++;
    this.row();
  }

  private csi(params: string, final: string): void {
    const n = Number(params) || 1;
    this.pendingWrap = false;
    if (final === 'A') this.y = Math.max(0, this.y - n);
    else if (final === 'B') this.y = Math.min(this.rows.length - 1, this.y + n);
    else if (final === 'C') this.x = Math.min(this.cols - 1, this.x + n);
    else if (final === 'D') this.x = Math.max(0, this.x - n);
    else if (final === 'K') this.row().splice(this.x);
    else if (final === 'J' && params === '2') this.rows = this.rows.map(() => []);
    else if (final === 'J') {
      this.row().splice(this.x);
      this.rows.splice(this.y + 1);
    } else if (final === 'H') {
      this.x = 0;
      this.y = 0;
    }
  }
}

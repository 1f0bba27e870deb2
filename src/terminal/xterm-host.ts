// The xterm.js terminal a page terminal shows, in its host element: it opens it, fits it to the
// host, and gives the console its screen. A long restored screen is written in two steps
// (scrollback.ts): its last lines at once, the whole of it into a second terminal off the page,
// which then takes the first one's place in the host, bound to the same console. The swap waits
// while the console waits on the shown terminal (a column asked for): a terminal disposed under
// it would never answer.
import type { Terminal } from '@xterm/xterm';
import { FitAddon } from '@xterm/addon-fit';
import type { Screen } from './console';
import { ScrollbackRebuild, splitRestore } from './scrollback';

/** What the component does with each terminal this host shows. */
export interface XtermHooks {
  /** Binds the terminal's input to the console; returns what unbinds it. */
  bind(t: Terminal): () => void;
  /** Another terminal took the shown one's place. */
  swapped(t: Terminal): void;
  /** A restored screen's scrollback is being written off the page (true), or that ended (false). */
  restoring(on: boolean): void;
}

/** Runs `fn` in an idle moment (soon, in a browser without idle callbacks). */
function whenIdle(fn: () => void): void {
  if ('requestIdleCallback' in window) window.requestIdleCallback(fn, { timeout: 1000 });
  else setTimeout(fn, 0);
}

const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));

export class XtermHost implements Screen {
  private t: Terminal;
  private fit = new FitAddon();
  /** NOTE: fitting measures the font; a call for a size already fitted would measure again for nothing. */
  private fitted = '';
  private unbind: () => void = () => {};
  private rebuild: ScrollbackRebuild | null = null;
  /** Columns the console asked the shown terminal for, not answered yet. */
  private measuring = 0;

  constructor(
    private readonly host: HTMLElement,
    private readonly make: () => Terminal,
    private readonly hooks: XtermHooks,
  ) {
    this.t = make();
    this.t.loadAddon(this.fit);
    this.t.open(host);
  }

  get terminal(): Terminal {
    return this.t;
  }

  /** The console's screen is always the terminal shown now. */
  write(text: string): void {
    this.t.write(text);
    this.rebuild?.wrote(text);
  }

  restore(text: string): void {
    this.stopRebuild();
    const cut = splitRestore(text);
    if (!cut) return this.write(text);
    this.t.write(cut.tail);
    const rebuild = new ScrollbackRebuild(cut.head, cut.tail);
    this.rebuild = rebuild;
    this.hooks.restoring(true);
    whenIdle(() => void this.swapIn(rebuild));
  }

  column(): Promise<number> {
    const shown = this.t;
    this.measuring++;
    return new Promise((resolve) =>
      shown.write('', () => {
        this.measuring--;
        resolve(Math.min(shown.buffer.active.cursorX, shown.cols - 1));
      }),
    );
  }

  get cols(): number {
    return this.t.cols;
  }

  /** Binds the shown terminal to the console (once the console exists). */
  bind(): void {
    this.unbind = this.hooks.bind(this.t);
  }

  /** Fits the terminal to its host, unless the host is hidden or already fitted at this size. */
  refit(): void {
    const { clientWidth: w, clientHeight: h } = this.host;
    const size = `${w}x${h}`;
    if (w === 0 || h === 0 || size === this.fitted) return;
    this.fitted = size;
    this.fit.fit();
  }

  dispose(): void {
    this.stopRebuild();
    this.unbind();
    this.t.dispose();
  }

  private stopRebuild(): void {
    if (!this.rebuild) return;
    this.rebuild.drop();
    this.rebuild = null;
    this.hooks.restoring(false);
  }

  private async swapIn(rebuild: ScrollbackRebuild): Promise<void> {
    const full = this.make();
    full.resize(this.t.cols, this.t.rows);
    if (!(await rebuild.build(full))) return;
    while (this.measuring > 0 && this.rebuild === rebuild) await nextTask();
    if (this.rebuild !== rebuild) {
      full.dispose();
      return;
    }
    if (full.cols !== this.t.cols || full.rows !== this.t.rows) full.resize(this.t.cols, this.t.rows);
    rebuild.catchUp(full);
    this.rebuild = null;
    const focused = this.host.contains(document.activeElement);
    this.unbind();
    this.t.dispose();
    this.t = full;
    this.fit = new FitAddon();
    full.loadAddon(this.fit);
    full.open(this.host);
    // NOTE: a terminal opened with its lines already written keeps an empty scroll area until it
    // scrolls: once it has drawn (its cell size known), going to the top and back to the bottom
    // gives its scroll bar the scrollback's height and its place (one line up and back leaves
    // the view at the top).
    const drawn = full.onRender(() => {
      drawn.dispose();
      full.scrollToTop();
      full.scrollToBottom();
    });
    this.unbind = this.hooks.bind(full);
    this.fitted = '';
    this.refit();
    if (focused) full.focus();
    this.hooks.swapped(full);
    this.hooks.restoring(false);
  }
}

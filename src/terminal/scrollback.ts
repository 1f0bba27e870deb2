// A long screen restored in two steps (a share link's replay, a reload of a long session): its last
// lines go to the terminal at once, so the prompt takes keys without waiting for xterm.js to parse
// and scroll through thousands of lines; the whole screen is then written, in idle time, into a
// second terminal that is not on the page (no scroll area to keep in step, nothing to draw),
// followed by everything the shown terminal was given meanwhile, and that terminal takes the shown
// one's place once it has caught up (Terminal.svelte swaps them). A screen holding escape
// sequences is written whole: cutting it could leave a colour or a mode behind.
import type { Terminal } from '@xterm/xterm';

/** Lines of a restored screen written at once: more than a tall terminal's rows. */
export const RESTORE_TAIL = 200;

/** Escape sequences and the character set shifts: what a cut could separate from its effect. */
const STATEFUL = /[\x1b\x0e\x0f]/;

/**
 * `text` cut before its last `keep` lines, or null when it should be written whole (it is short,
 * or holds escape sequences).
 */
export function splitRestore(text: string, keep = RESTORE_TAIL): { head: string; tail: string } | null {
  if (STATEFUL.test(text)) return null;
  let at = text.length;
  for (let n = 0; n < keep; n++) {
    at = text.lastIndexOf('\n', at - 1);
    if (at <= 0) return null;
  }
  return { head: text.slice(0, at + 1), tail: text.slice(at + 1) };
}

/** Resolves once `t` has parsed everything written to it so far. */
function parsed(t: Terminal): Promise<void> {
  return new Promise((resolve) => t.write('', resolve));
}

/**
 * The whole screen being written into a terminal off the page. `wrote` takes what the shown
 * terminal is given meanwhile; `build` resolves with the off-page terminal once it has parsed the
 * screen and what had come by then (null when the rebuild was dropped), and `catchUp` gives it
 * what came after, in the task that swaps it in (xterm.js queues it: nothing is lost).
 */
export class ScrollbackRebuild {
  private readonly log: string[] = [];
  private given = 0;
  private dropped = false;

  constructor(
    private readonly head: string,
    tail: string,
  ) {
    this.log.push(tail);
  }

  wrote(data: string): void {
    this.log.push(data);
  }

  /** Gives up: the shown terminal keeps its last lines only (it was closed, or restored again). */
  drop(): void {
    this.dropped = true;
  }

  get isDropped(): boolean {
    return this.dropped;
  }

  async build(full: Terminal): Promise<Terminal | null> {
    full.write(this.head);
    this.catchUp(full);
    await parsed(full);
    if (!this.dropped) return full;
    full.dispose();
    return null;
  }

  catchUp(full: Terminal): void {
    for (; this.given < this.log.length; this.given++) full.write(this.log[this.given]);
  }
}

// The session log: every step a person took at the terminals (typed lines, Ctrl-C, Ctrl-D,
// opening and closing terminals) with a short hash of the output each step gave, and the text each
// terminal's screen showed. The kernel is deterministic, so the log *is* the session: replaying it
// into a fresh kernel gives the same bytes, and a hash that differs tells where a replay diverged.
// A screen is built the way the page's console draws it: the prompt, the echoed line and its
// newline, the output, the next prompt (`^C` for Ctrl-C; nothing for a blocked command's prompt).
// The log names the kernel profile the machine booted, which replay boots again.

import type { KernelProfile, LogStep, SessionLog, ShellState } from './protocol';
import { SIMULATOR_VERSION } from './version';

/** FNV-1a over the UTF-16 units, folded to 16 bits: four hex digits per step keep links short. */
export function outputHash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return ((h ^ (h >>> 16)) & 0xffff).toString(16).padStart(4, '0');
}

/** What the screen shows of a step before its output: the echo of what was typed. */
export function stepEcho(step: LogStep, before: ShellState): string {
  switch (step.op) {
    case 'line':
      return (step.text ?? '') + '\n';
    case 'interrupt':
      return '^C\n';
    case 'eof':
      return before === 'more' ? '\n' : '';
    default:
      return '';
  }
}

/** A step whose output is longer than this cannot be made self-checking (links stay small). */
export const MAX_CHECKED_OUTPUT = 16_384;

/** A screen keeps at most this many characters: its newest lines (a terminal's scrollback is smaller). */
const SCREEN_MAX = 1 << 21;

export class SessionRecorder {
  readonly steps: LogStep[] = [];
  title: string | undefined;
  /** Each step's output while short enough to check; null past MAX_CHECKED_OUTPUT. */
  private readonly outputs: (string | null)[] = [];
  private readonly shown = new Map<number, { parts: string[]; length: number }>();

  /**
   * Records a session on a kernel of `profile`. Screens are kept only when asked for (a replay, a
   * test): live, the page draws its own.
   */
  constructor(
    readonly profile: KernelProfile,
    private screens = false,
  ) {}

  /** Starts or stops keeping screens (stopping forgets them). */
  keepScreens(on: boolean): void {
    this.screens = on;
    if (!on) this.shown.clear();
  }

  /** Appends a step with the hash of its output; returns its index. */
  record(step: LogStep, output: string): number {
    const recorded: LogStep = { ...step, hash: outputHash(output) };
    delete recorded.expect;
    if (step.expect !== undefined) recorded.expect = step.expect;
    this.steps.push(recorded);
    this.outputs.push(output.length <= MAX_CHECKED_OUTPUT ? output : null);
    return this.steps.length - 1;
  }

  /** Step `index` expects `expect`, whatever it printed (a replayed self-checking step). */
  keepExpect(index: number, expect: string): void {
    const step = this.steps[index];
    if (step) step.expect = expect;
  }

  /**
   * Makes step `index` self-checking (it expects the output it gave) or not; null when done, else
   * why it cannot be.
   */
  setExpect(index: number, on: boolean): string | null {
    const step = this.steps[index];
    if (!step) return `there is no step ${index + 1}`;
    if (!on) {
      delete step.expect;
      return null;
    }
    const output = this.outputs[index];
    if (output === null)
      return `step ${index + 1} printed more than ${MAX_CHECKED_OUTPUT} characters: too long to check`;
    step.expect = output;
    return null;
  }

  /** Text that appeared on terminal `term`. */
  show(term: number, text: string): void {
    if (text === '' || !this.screens) return;
    let screen = this.shown.get(term);
    if (!screen) this.shown.set(term, (screen = { parts: [], length: 0 }));
    screen.parts.push(text);
    screen.length += text.length;
    if (screen.length > 2 * SCREEN_MAX) {
      const all = screen.parts.join('');
      const cut = all.indexOf('\n', all.length - SCREEN_MAX);
      screen.parts = [all.slice(cut + 1)];
      screen.length = screen.parts[0].length;
    }
  }

  screen(term: number): string {
    const screen = this.shown.get(term);
    if (!screen) return '';
    if (screen.parts.length > 1) screen.parts = [screen.parts.join('')];
    return screen.parts[0] ?? '';
  }

  /** Each step's typed line and its output (null when it was too long to keep). */
  ranSteps(): { text?: string; output: string | null }[] {
    return this.steps.map((s, i) => ({
      text: s.op === 'line' ? s.text : undefined,
      output: this.outputs[i],
    }));
  }

  log(): SessionLog {
    const log: SessionLog = {
      simulator: SIMULATOR_VERSION,
      profile: this.profile,
      steps: this.steps.map((s) => ({ ...s })),
    };
    if (this.title !== undefined) log.title = this.title;
    return log;
  }
}

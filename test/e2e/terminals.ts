// The e2e suite's view of one terminal of the page when there are several: its xterm is found by
// its number (data-terminal-id), and typing waits on that terminal's own state and steps.
import { expect, type Locator, type Page } from '@playwright/test';

export class TerminalPane {
  readonly terminal: Locator;
  readonly rows: Locator;
  readonly input: Locator;

  constructor(
    readonly page: Page,
    readonly id: number,
  ) {
    this.terminal = page.locator(`[data-testid="terminal"][data-terminal-id="${id}"]`);
    this.rows = this.terminal.locator('.xterm-rows');
    this.input = this.terminal.locator('.xterm-helper-textarea');
  }

  async steps(): Promise<number> {
    return Number(await this.terminal.getAttribute('data-steps'));
  }

  async waitForPrompt(): Promise<void> {
    await expect(this.terminal).toHaveAttribute('data-ready', 'true');
    await expect(this.terminal).toHaveAttribute('data-state', 'idle');
  }

  /** Types a line into this terminal, presses Enter and waits for it to be at rest again. */
  async run(line: string, state: 'idle' | 'blocked' = 'idle'): Promise<void> {
    const before = await this.steps();
    await this.input.focus();
    await this.page.keyboard.type(line);
    await this.page.keyboard.press('Enter');
    await expect.poll(() => this.steps()).toBeGreaterThan(before);
    await expect(this.terminal).toHaveAttribute('data-state', state);
  }

  /** The visible rows joined without breaks, so a line the terminal wrapped reads whole. */
  async text(): Promise<string> {
    const rows = await this.rows
      .locator(':scope > div')
      .evaluateAll((divs) => divs.map((r) => (r.textContent ?? '').replace(/\u00a0/g, ' ')));
    return rows.join('');
  }

  /** The terminal's visible rows, trailing spaces dropped, empty rows at the end removed. */
  async lines(): Promise<string[]> {
    const rows = await this.rows
      .locator(':scope > div')
      .evaluateAll((divs) => divs.map((r) => (r.textContent ?? '').replace(/\u00a0/g, ' ').trimEnd()));
    while (rows.length > 0 && rows[rows.length - 1] === '') rows.pop();
    return rows;
  }
}

// The e2e suite's view of the playground page: it types into the terminal and waits on the
// page's own state (the terminal's data-state and data-steps attributes, the tree's rows, the
// inspectors' cells and rows), never on sleeps.
import { expect, type Locator, type Page, type TestInfo } from '@playwright/test';

export class PlaygroundPage {
  readonly terminal: Locator;
  readonly rows: Locator;
  readonly input: Locator;
  readonly tree: Locator;
  readonly fileView: Locator;
  readonly registry: Locator;
  readonly statusBits: Locator;
  readonly traceTable: Locator;

  constructor(readonly page: Page) {
    this.terminal = page.getByTestId('terminal');
    this.rows = page.locator('.xterm-rows');
    this.input = page.locator('.xterm-helper-textarea');
    this.tree = page.getByRole('tree', { name: 'File system' });
    this.fileView = page.getByTestId('file-view');
    this.registry = page.getByTestId('registry');
    this.statusBits = page.getByTestId('status-bits');
    this.traceTable = page.getByTestId('trace-table');
  }

  /** Opens the page and waits for the first prompt. */
  async open(): Promise<void> {
    await this.page.goto('/');
    await this.waitForPrompt();
    await expect(this.rows).toContainText('root@playground:/sys/kernel/tracing#');
    await this.input.focus();
  }

  async waitForPrompt(): Promise<void> {
    await expect(this.terminal).toHaveAttribute('data-ready', 'true');
    await expect(this.terminal).toHaveAttribute('data-state', 'idle');
  }

  /** Steps the terminal has finished (each ends with a prompt or a blocked command). */
  async steps(): Promise<number> {
    return Number(await this.terminal.getAttribute('data-steps'));
  }

  /** Waits until the terminal has finished more than `before` steps and is at rest. */
  async waitForSteps(before: number, state: 'idle' | 'blocked' = 'idle'): Promise<void> {
    await expect.poll(() => this.steps()).toBeGreaterThan(before);
    await expect(this.terminal).toHaveAttribute('data-state', state);
  }

  /** Types a line at the prompt, presses Enter and waits for the next prompt. */
  async run(line: string, state: 'idle' | 'blocked' = 'idle'): Promise<void> {
    const before = await this.steps();
    await this.input.focus();
    await this.page.keyboard.type(line);
    await this.page.keyboard.press('Enter');
    await this.waitForSteps(before, state);
  }

  /** Presses keys (Playwright names) in the terminal and waits for the console to be at rest. */
  async press(...keys: string[]): Promise<void> {
    for (const key of keys) await this.page.keyboard.press(key);
  }

  /** The terminal's visible text, one string per row, trailing spaces dropped. */
  async lines(): Promise<string[]> {
    return this.rows
      .locator(':scope > div')
      .evaluateAll((rows) => rows.map((r) => (r.textContent ?? '').trimEnd()));
  }

  /** The row the cursor is on: the prompt and the line being edited. */
  async currentLine(): Promise<string> {
    return this.page.evaluate(() => {
      const rows = [...document.querySelectorAll('.xterm-rows > div')];
      const cursor = document.querySelector('.xterm-rows .xterm-cursor');
      const row = rows.find((r) => cursor && r.contains(cursor));
      return (row?.textContent ?? '').trimEnd();
    });
  }

  /** The screen's rows joined, for lines that wrap on a narrow terminal (its end is the line being edited). */
  async joined(): Promise<string> {
    const rows = await this.rows
      .locator(':scope > div')
      .evaluateAll((divs) => divs.map((r) => (r.textContent ?? '').replace(/\u00a0/g, ' ')));
    return rows.join('').trimEnd();
  }

  /** Pastes text as the browser does (a paste event on the terminal's textarea). */
  async paste(text: string): Promise<void> {
    await this.input.evaluate((el, data) => {
      const clipboardData = new DataTransfer();
      clipboardData.setData('text/plain', data);
      el.dispatchEvent(new ClipboardEvent('paste', { clipboardData, bubbles: true, cancelable: true }));
    }, text);
  }

  /** One user_events group's status bits (`user_events`, `user_events.NAME`). */
  statusGroup(system: string): Locator {
    return this.statusBits.locator(`[data-system="${system}"]`);
  }

  statusBit(system: string, bit: number): Locator {
    return this.statusGroup(system).locator(`[data-bit="${bit}"]`);
  }

  treeItem(path: string): Locator {
    return this.page.locator(`[role="treeitem"][data-path="${path}"]`);
  }

  /** Saves a screenshot of the page in the test's output folder and attaches it to the report. */
  async attachScreenshot(testInfo: TestInfo, name: string): Promise<void> {
    const path = testInfo.outputPath(name);
    await this.page.screenshot({ path });
    await testInfo.attach(name, { path, contentType: 'image/png' });
  }
}

// The line editor in the page: Ctrl-C, history across reloads, Tab completion asked of the
// worker, multi-line paste, copy of a selection, Ctrl-L, Ctrl-D and scrollback search.
import { expect, test } from '@playwright/test';
import { PlaygroundPage } from './page';

const PROMPT = 'root@playground:/sys/kernel/tracing# ';

test('Ctrl-C abandons the line being edited', async ({ page }) => {
  const p = new PlaygroundPage(page);
  await p.open();
  await page.keyboard.type('echo never-run');
  const before = await p.steps();
  await page.keyboard.press('Control+C');
  await p.waitForSteps(before);
  await expect(p.rows).toContainText(`${PROMPT}echo never-run^C`);
  await p.run('echo status=$?');
  await expect(p.rows).toContainText('status=130');
  expect((await p.lines()).filter((l) => l === 'never-run')).toHaveLength(0);
});

test('editing keys move and kill within the line', async ({ page }) => {
  const p = new PlaygroundPage(page);
  await p.open();
  await page.keyboard.type('cho one two');
  await p.press('Home');
  await page.keyboard.type('e');
  await p.press('End', 'Control+W');
  await page.keyboard.type('three');
  await p.press('ArrowLeft', 'ArrowLeft', 'Control+K');
  await expect.poll(() => p.currentLine()).toBe(`${PROMPT}echo one thr`);
  await p.press('Control+A', 'Control+E', 'Control+U');
  await expect.poll(() => p.currentLine()).toBe(PROMPT.trimEnd());
});

test('Up and Down walk the history, which survives a reload', async ({ page }) => {
  const p = new PlaygroundPage(page);
  await p.open();
  await p.run('echo first');
  await p.run('echo second');
  await p.press('ArrowUp', 'ArrowUp');
  await expect.poll(() => p.currentLine()).toBe(`${PROMPT}echo first`);
  await p.press('ArrowDown');
  await expect.poll(() => p.currentLine()).toBe(`${PROMPT}echo second`);
  await page.reload();
  await p.waitForPrompt();
  await p.input.focus();
  await p.press('ArrowUp');
  await expect.poll(() => p.currentLine()).toBe(`${PROMPT}echo second`);
  const before = await p.steps();
  await p.press('Enter');
  await p.waitForSteps(before);
  await expect.poll(() => p.lines()).toContain('second');
});

test('Tab completes commands and paths, and lists what is ambiguous', async ({ page }) => {
  const p = new PlaygroundPage(page);
  await p.open();
  await page.keyboard.type('ca');
  await p.press('Tab');
  await expect.poll(() => p.currentLine()).toBe(`${PROMPT}cat`);
  await page.keyboard.type('namesp');
  await p.press('Tab');
  await expect.poll(() => p.currentLine()).toBe(`${PROMPT}cat namespaces/`);
  await p.press('Control+U');
  await page.keyboard.type('cat tracing_');
  await p.press('Tab');
  await expect(p.rows).toContainText('tracing_cpumask');
  await expect(p.rows).toContainText('tracing_thresh');
  await expect.poll(() => p.currentLine()).toBe(`${PROMPT}cat tracing_`);
  await page.keyboard.type('o');
  await p.press('Tab');
  await expect.poll(() => p.currentLine()).toBe(`${PROMPT}cat tracing_on`);
  await p.run('');
  await expect.poll(() => p.lines()).toContain('1');
});

test('a multi-line paste runs line by line', async ({ page }) => {
  const p = new PlaygroundPage(page);
  await p.open();
  const before = await p.steps();
  await p.paste('mkdir namespaces/pasted\necho one\necho two\necho three');
  await expect.poll(() => p.steps()).toBeGreaterThanOrEqual(before + 3);
  await p.waitForPrompt();
  const lines = await p.lines();
  const at = lines.indexOf(`${PROMPT}mkdir namespaces/pasted`);
  expect(lines.slice(at, at + 6)).toEqual([
    `${PROMPT}mkdir namespaces/pasted`,
    `${PROMPT}echo one`,
    'one',
    `${PROMPT}echo two`,
    'two',
    `${PROMPT}echo three`,
  ]);
  await expect(p.treeItem('/sys/kernel/tracing/namespaces/pasted')).toBeVisible();
});

test('Ctrl-C copies a selection; right click pastes', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const p = new PlaygroundPage(page);
  await p.open();
  await p.run('echo copy-me');
  const box = await p.rows.locator(':scope > div', { hasText: /^copy-me/ }).boundingBox();
  if (!box) throw new Error('the output row is not on screen');
  await page.mouse.dblclick(box.x + 10, box.y + box.height / 2);
  const before = await p.steps();
  await page.keyboard.press('Control+C');
  await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe('copy-me');
  expect(await p.steps()).toBe(before);
  await page.evaluate(() => navigator.clipboard.writeText('echo pasted-by-right-click\n'));
  await p.terminal.click({ button: 'right' });
  await p.waitForSteps(before);
  await expect.poll(() => p.lines()).toContain('pasted-by-right-click');
});

test('Ctrl-L and clear clear the screen; Ctrl-D says how to leave', async ({ page }) => {
  const p = new PlaygroundPage(page);
  await p.open();
  await p.run('echo before-clear');
  await page.keyboard.type('echo kept');
  await p.press('Control+L');
  await expect(p.rows).not.toContainText('before-clear');
  await expect.poll(() => p.currentLine()).toBe(`${PROMPT}echo kept`);
  await p.press('Control+U');
  await p.run('clear');
  await expect(p.rows).not.toContainText('echo kept');
  const before = await p.steps();
  await p.press('Control+D');
  await p.waitForSteps(before);
  await expect(p.rows).toContainText(`${PROMPT}Use "exit" to leave the shell.`);
});

test('the scrollback can be searched', async ({ page }) => {
  const p = new PlaygroundPage(page);
  await p.open();
  await p.run('echo needle-in-the-haystack');
  await p.press('Control+Shift+F');
  const find = page.getByRole('textbox', { name: 'Find' });
  await expect(find).toBeFocused();
  await find.fill('needle');
  await find.press('Enter');
  await expect(page.getByText('Not found')).toBeHidden();
  await find.fill('no-such-text-anywhere');
  await find.press('Enter');
  await expect(page.getByText('Not found')).toBeVisible();
  await find.press('Escape');
  await expect(find).toBeHidden();
  await expect(p.input).toBeFocused();
});

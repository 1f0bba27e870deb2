// The page at a laptop's width and a phone's, in the light and the dark theme: nothing overflows,
// controls are labelled, and a screenshot of each goes into the test report (the inspectors with
// an event enabled and written, too). On a phone the panes are tabs and the terminal gets a compose box (sent on Enter) and a row of special keys.
// On wider screens the terminal has 80 columns by default, the splitters and collapse controls
// resize the side panes (the terminal refits), and the layout is kept across reloads.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { PlaygroundPage } from './page';

const LAYOUTS = [
  { name: 'laptop', width: 1280, height: 800 },
  { name: 'phone', width: 390, height: 844 },
] as const;

for (const layout of LAYOUTS) {
  for (const scheme of ['light', 'dark'] as const) {
    test(`${layout.name} ${layout.width}x${layout.height}, ${scheme} theme`, async ({ page }, testInfo) => {
      await page.setViewportSize({ width: layout.width, height: layout.height });
      await page.emulateMedia({ colorScheme: scheme });
      const p = new PlaygroundPage(page);
      await p.open();
      await p.run('mkdir namespaces/demo; exec 3< namespaces/demo/options');
      await p.run('ls namespaces/demo');
      await p.run(
        "echo 'u:hello u32 count; char[8] tty' >> dynamic_events; echo 'u:idle u8 x' >> dynamic_events",
      );
      await p.run(
        "echo 1 > events/user_events/hello/enable; uevent emit 'hello u32 count; char[8] tty' u32:7 char[8]:pts/0",
      );
      const scroll = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
      expect(scroll[0]).toBeLessThanOrEqual(scroll[1]);
      for (const button of await page.getByRole('button').all()) {
        if (!(await button.isVisible())) continue;
        expect((await button.getAttribute('aria-label')) ?? (await button.innerText())).not.toBe('');
      }
      for (const button of await page.locator('header button').all()) {
        if (!(await button.isVisible())) continue;
        const box = await button.boundingBox();
        expect(box && box.x + box.width).toBeLessThanOrEqual(layout.width);
      }
      if (layout.name === 'phone') {
        await expect(p.tree).toBeHidden();
        await p.attachScreenshot(testInfo, `${layout.name}-${scheme}-terminal.png`);
        await page.getByRole('tab', { name: 'Files' }).click();
      }
      await expect(p.treeItem(`/sys/kernel/tracing/namespaces/demo`).locator('.badge.busy')).toBeVisible();
      await p.treeItem('/sys/kernel/tracing/namespaces/demo').click();
      await p.treeItem('/sys/kernel/tracing/namespaces/demo/options').click();
      await expect(p.fileView).toContainText('user_events_limit=32767');
      await p.attachScreenshot(testInfo, `${layout.name}-${scheme}.png`);
      if (layout.name === 'phone') await page.getByRole('tab', { name: 'Inspect' }).click();
      await expect(p.statusBit('user_events', 1)).toHaveAttribute('data-set', 'true');
      await expect(p.traceTable).toContainText('count=7');
      if (layout.name === 'phone') await p.attachScreenshot(testInfo, `${layout.name}-${scheme}-inspect.png`);
    });
  }
}

test('on a phone, the compose box runs a line on Enter and special keys reach the shell', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  const p = new PlaygroundPage(page);
  await p.open();
  const compose = page.getByRole('textbox', { name: 'Command' });
  await expect(compose).toBeVisible();
  let before = await p.steps();
  await compose.fill('echo from-the-phone');
  await compose.press('Enter');
  await p.waitForSteps(before);
  await expect.poll(() => p.lines()).toContain('from-the-phone');
  await expect(compose).toHaveValue('');
  await compose.fill('cat tracing_o');
  await page.getByRole('button', { name: 'Tab (complete)' }).click();
  await expect.poll(() => p.joined()).toMatch(/tracing# cat tracing_on$/);
  before = await p.steps();
  await page.getByRole('button', { name: 'Control-C (interrupt)' }).click();
  await p.waitForSteps(before);
  await page.getByRole('button', { name: 'Up (previous command)' }).click();
  await expect.poll(() => p.joined()).toMatch(/tracing# echo from-the-phone$/);
  await page.getByRole('tab', { name: 'Files' }).click();
  const options = p.treeItem('/sys/kernel/tracing/options');
  await options.click();
  await options.getByRole('button', { name: /Insert/ }).click();
  await expect(p.terminal).toBeVisible();
  await expect.poll(() => p.joined()).toMatch(/tracing# echo from-the-phoneoptions$/);
});

/** The terminal's width in columns as xterm laid it out: where a line longer than any screen wraps. */
async function columns(p: PlaygroundPage): Promise<number> {
  const command = "printf '%0400d\\n' 0";
  await p.run(command);
  // NOTE: xterm.js draws its rows in the next animation frame: the output row is polled for.
  const output = async () => {
    const lines = await p.lines();
    return lines[lines.findLastIndex((l) => l.endsWith(command)) + 1] ?? '';
  };
  await expect.poll(output).toMatch(/^0+$/);
  return (await output()).length;
}

/** A box's width and height, rounded to whole pixels. */
async function size(page: Page, selector: string): Promise<{ width: number; height: number }> {
  const box = await page.locator(selector).boundingBox();
  return { width: Math.round(box?.width ?? 0), height: Math.round(box?.height ?? 0) };
}

async function valueOf(separator: Locator, attribute = 'aria-valuenow'): Promise<number> {
  return Number(await separator.getAttribute(attribute));
}

for (const [width, height] of [
  [1280, 800],
  [1440, 900],
  [1920, 1080],
] as const) {
  test(`the default layout at ${width}x${height} gives the terminal 80 columns beside both side panes`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height });
    const p = new PlaygroundPage(page);
    await p.open();
    expect(await columns(p)).toBeGreaterThanOrEqual(80);
    await expect(p.tree).toBeVisible();
    await expect(p.registry).toBeVisible();
    const scroll = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
    expect(scroll[0]).toBeLessThanOrEqual(scroll[1]);
  });
}

test('the splitters resize the side panes by keyboard and pointer, never below their least size', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  const p = new PlaygroundPage(page);
  await p.open();
  const start = await columns(p);
  const files = page.getByRole('separator', { name: 'Resize the files pane' });
  const side = page.getByRole('separator', { name: 'Resize the side column' });
  const filesWidth = await valueOf(files);
  expect((await size(page, '#pane-files')).width).toBe(filesWidth);
  expect((await size(page, '#pane-inspect')).width).toBe(await valueOf(side));

  await files.focus();
  await page.keyboard.press('ArrowRight');
  await expect(files).toHaveAttribute('aria-valuenow', String(filesWidth + 16));
  expect((await size(page, '#pane-files')).width).toBe(filesWidth + 16);
  await page.keyboard.press('Home');
  await expect(files).toHaveAttribute('aria-valuenow', await files.getAttribute('aria-valuemin'));
  expect((await size(page, '#pane-files')).width).toBe(await valueOf(files, 'aria-valuemin'));
  expect(await columns(p)).toBeGreaterThan(start);
  await files.focus();
  await page.keyboard.press('End');
  await expect(files).toHaveAttribute('aria-valuenow', await files.getAttribute('aria-valuemax'));
  expect((await size(page, '#pane-terminal')).width).toBeGreaterThanOrEqual(320);
  expect(await columns(p)).toBeLessThan(start);
  await files.focus();
  await page.keyboard.press('Home');

  const sideWidth = await valueOf(side);
  const handle = await side.boundingBox();
  if (!handle) throw new Error('the side splitter is not on screen');
  const y = handle.y + handle.height / 2;
  await page.mouse.move(handle.x + handle.width / 2, y);
  await page.mouse.down();
  await page.mouse.move(handle.x + handle.width / 2 - 100, y, { steps: 5 });
  await page.mouse.up();
  await expect(side).toHaveAttribute('aria-valuenow', String(sideWidth + 100));
  expect((await size(page, '#pane-inspect')).width).toBe(sideWidth + 100);
  await page.mouse.move(handle.x - 100, y);
  await page.mouse.down();
  await page.mouse.move(1279, y, { steps: 5 });
  await page.mouse.up();
  await expect(side).toHaveAttribute('aria-valuenow', await side.getAttribute('aria-valuemin'));
  expect((await size(page, '#pane-inspect')).width).toBeGreaterThanOrEqual(260);
  await expect(p.registry).toBeVisible();
  await expect(p.tree).toBeVisible();
});

test('the side panes collapse to strips and come back, and the layout is kept across a reload', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  const p = new PlaygroundPage(page);
  await p.open();
  const start = await columns(p);
  const files = page.getByRole('separator', { name: 'Resize the files pane' });
  await files.focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  const chosen = await valueOf(files);

  await page.getByRole('button', { name: 'Collapse the files pane' }).click();
  await expect(p.tree).toBeHidden();
  await expect(files).toHaveCount(0);
  const filesStrip = page.getByRole('button', { name: 'Show the files pane' });
  await expect(filesStrip).toBeVisible();
  const withoutFiles = await columns(p);
  expect(withoutFiles).toBeGreaterThan(start);

  const toggle = page.locator('header').getByRole('button', { name: 'Inspectors' });
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await page.getByRole('button', { name: 'Collapse the side column' }).click();
  await expect(p.registry).toBeHidden();
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await expect(page.getByRole('button', { name: /^Show the side column/ })).toBeVisible();
  expect(await columns(p)).toBeGreaterThan(withoutFiles);

  const stored = await page.evaluate(() => localStorage.getItem('tracefs-playground:layout'));
  expect(JSON.parse(stored ?? '{}')).toMatchObject({ version: 1, files: chosen, filesCollapsed: true });
  await page.reload();
  await p.waitForPrompt();
  await expect(p.tree).toBeHidden();
  await expect(p.registry).toBeHidden();
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');

  await page.getByRole('button', { name: 'Show the files pane' }).click();
  await expect(p.tree).toBeVisible();
  await expect(files).toHaveAttribute('aria-valuenow', String(chosen));
  expect((await size(page, '#pane-files')).width).toBe(chosen);
  await toggle.click();
  await expect(p.registry).toBeVisible();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  expect(await columns(p)).toBeLessThan(start);
});

test('a stored layout that is broken or of another version is ignored', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  const p = new PlaygroundPage(page);
  await p.open();
  const files = page.getByRole('separator', { name: 'Resize the files pane' });
  const side = page.getByRole('separator', { name: 'Resize the side column' });
  const defaults = [await valueOf(files), await valueOf(side)];
  for (const text of [
    '{"version":1,',
    '{"version":99,"files":500,"filesCollapsed":true}',
    '{"version":1,"files":"wide","side":-40,"filesCollapsed":"yes","sideCollapsed":1}',
    '[null]',
  ]) {
    await page.evaluate((value) => localStorage.setItem('tracefs-playground:layout', value), text);
    await page.reload();
    await p.waitForPrompt();
    await expect(p.tree).toBeVisible();
    await expect(p.registry).toBeVisible();
    expect([await valueOf(files), await valueOf(side)]).toEqual(defaults);
  }
  expect(await columns(p)).toBeGreaterThanOrEqual(80);
});

test('at a medium width the side column sits under the terminals, resized and collapsed the same way', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1000, height: 800 });
  const p = new PlaygroundPage(page);
  await p.open();
  const terminal = await size(page, '#pane-terminal');
  const inspect = await page.locator('#pane-inspect').boundingBox();
  expect(inspect?.y).toBeGreaterThan(terminal.height);
  const side = page.getByRole('separator', { name: 'Resize the side column' });
  await expect(side).toHaveAttribute('aria-orientation', 'horizontal');
  const sideHeight = await valueOf(side);
  expect((await size(page, '#pane-inspect')).height).toBe(sideHeight);
  await side.focus();
  await page.keyboard.press('Shift+ArrowUp');
  await expect(side).toHaveAttribute('aria-valuenow', String(sideHeight + 64));
  expect((await size(page, '#pane-terminal')).height).toBe(terminal.height - 64);
  await page.keyboard.press('Enter');
  await expect(p.registry).toBeHidden();
  const strip = page.getByRole('button', { name: /^Show the side column/ });
  await expect(strip).toBeFocused();
  expect((await size(page, '#pane-terminal')).height).toBeGreaterThan(terminal.height);
  await page.keyboard.press('Enter');
  await expect(p.registry).toBeVisible();
  await expect(side).toBeFocused();
  expect((await size(page, '#pane-inspect')).height).toBe(sideHeight + 64);
});

test('on a phone the panes stay tabs, whatever layout a wider window kept', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  const p = new PlaygroundPage(page);
  await p.open();
  await page.getByRole('button', { name: 'Collapse the files pane' }).click();
  await page.getByRole('button', { name: 'Collapse the side column' }).click();
  await page.setViewportSize({ width: 390, height: 844 });
  await page.reload();
  await p.waitForPrompt();
  await expect(page.getByRole('separator')).toHaveCount(0);
  await expect(page.getByRole('button', { name: /^(Show|Collapse) the/ })).toHaveCount(0);
  await expect(p.tree).toBeHidden();
  await page.getByRole('tab', { name: 'Files' }).click();
  await expect(p.tree).toBeVisible();
  expect((await size(page, '#pane-files')).width).toBeGreaterThan(370);
  await page.getByRole('tab', { name: 'Inspect' }).click();
  await expect(p.registry).toBeVisible();
  await page.getByRole('tab', { name: 'Terminal' }).click();
  await expect(p.terminal).toBeVisible();
  await page.setViewportSize({ width: 1280, height: 800 });
  await expect(page.getByRole('button', { name: 'Show the files pane' })).toBeVisible();
  await expect(p.tree).toBeHidden();
});

// The page at a laptop's width and a phone's, in the light and the dark theme: nothing overflows,
// controls are labelled, and a screenshot of each goes into the test report (the inspectors with
// an event enabled and written, too). On a phone the panes are tabs and the terminal gets a compose box (sent on Enter) and a row of special keys.
import { expect, test } from '@playwright/test';
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

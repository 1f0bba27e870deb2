// The inspectors: the registry lists a namespace made in the terminal, a status bit lights when
// its event is enabled, a written event appears decoded in the trace table, and the shortcut
// sheet opens on `?`, traps focus and gives it back on Esc. Every wait is on the page's state.
import { expect, test } from '@playwright/test';
import { PlaygroundPage } from './page';

test('mkdir namespaces/demo shows in the tree and in the registry panel', async ({ page }) => {
  const p = new PlaygroundPage(page);
  await p.open();
  await expect(p.registry.locator('[data-system="user_events"]')).toBeVisible();
  await p.run('mkdir namespaces/demo');
  await expect(p.treeItem('/sys/kernel/tracing/namespaces/demo')).toBeVisible();
  const demo = p.registry.locator('[data-namespace="demo"]');
  await expect(demo).toContainText('id 1');
  await expect(demo).toContainText('user_events_limit=32767');
  await expect(demo).toHaveAttribute('data-busy', 'false');
  await expect(p.statusGroup('user_events.demo')).toBeVisible();
  await p.run('exec 3< namespaces/demo/options');
  await expect(demo).toHaveAttribute('data-busy', 'true');
  await expect(demo).toContainText('options is open: bash');
});

test('enabling an event lights its bit, and a written event is a decoded trace row', async ({ page }) => {
  const p = new PlaygroundPage(page);
  await p.open();
  await p.run("echo 'u:hello u32 count' >> dynamic_events");
  const bit = p.statusBit('user_events', 1);
  await expect(bit).toHaveAttribute('data-set', 'false');
  await expect(bit).toContainText('hello');
  await p.run('echo 1 > events/user_events/hello/enable');
  await expect(bit).toHaveAttribute('data-set', 'true');
  await expect(bit).toHaveAttribute('aria-label', 'bit 1, hello: set (used by ftrace)');
  await p.run("uevent emit 'hello u32 count' u32:7");
  const row = p.traceTable.locator('tbody tr[data-kind="event"]').last();
  await expect(row).toContainText('user_events/hello');
  await expect(row.locator('.fields')).toHaveText('count=7');
  await expect(row.locator('.task')).toHaveText(/^uevent-\d+$/);
  await p.run('echo marked > trace_marker');
  await expect(p.traceTable.locator('tbody tr[data-kind="marker"]')).toContainText('marked');
  await expect(p.page.getByTestId('trace-count')).toContainText('2 entries held, 2 written');
  await p.run('echo 0 > events/user_events/hello/enable');
  await expect(bit).toHaveAttribute('data-set', 'false');
  await p.run('echo > trace');
  await expect(p.traceTable.locator('tbody tr[data-seq]')).toHaveCount(0);
});

test('? opens the shortcut sheet, Esc closes it and gives focus back', async ({ page }) => {
  const p = new PlaygroundPage(page);
  await p.open();
  const sheet = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await p.tree.focus();
  await page.keyboard.press('?');
  await expect(sheet).toBeVisible();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  const inside = await sheet.evaluate((el) => el.contains(document.activeElement));
  expect(inside).toBe(true);
  await page.keyboard.press('Escape');
  await expect(sheet).toBeHidden();
  await expect(p.tree).toBeFocused();
  await p.input.focus();
  await page.keyboard.type('echo ?');
  await expect(sheet).toBeHidden();
  await expect.poll(() => p.currentLine()).toMatch(/# echo \?$/);
  await page.keyboard.press('F1');
  await expect(sheet).toBeVisible();
  await sheet.getByRole('button', { name: 'Close' }).click();
  await expect(sheet).toBeHidden();
  await expect(p.input).toBeFocused();
});

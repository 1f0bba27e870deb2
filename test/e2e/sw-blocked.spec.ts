// A browser that blocks service workers (a setting, an automated browser: the registration
// resolves to nothing) gets the playground without offline use and without an error on the page.
import { expect, test } from '@playwright/test';
import { TerminalPane } from './terminals';

test.use({ serviceWorkers: 'block' });

test('with service workers blocked the page runs and reports no error', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto('/');
  const t = new TerminalPane(page, 1);
  await t.waitForPrompt();
  await t.run('echo blocked-ok');
  expect(await t.text()).toContain('blocked-ok');
  await page.waitForTimeout(1500);
  expect(errors).toEqual([]);
});

// A browser that blocks service workers (a setting, an automated browser: the registration
// resolves to nothing) gets the playground without offline use and without an error on the page.
import { expect, test } from '@playwright/test';
import { TerminalPane } from './terminals';

test.use({ serviceWorkers: 'block' });

test('with service workers blocked the page runs and reports no error', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const attempted = page.waitForEvent('console', (m) =>
    m.text().includes('Service Worker registration blocked'),
  );
  await page.goto('/');
  const t = new TerminalPane(page, 1);
  await t.waitForPrompt();
  await t.run('echo blocked-ok');
  expect(await t.text()).toContain('blocked-ok');
  await attempted;
  // NOTE: what follows the refused registration runs in the page's next tasks; let them run.
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 0)));
  expect(errors).toEqual([]);
});

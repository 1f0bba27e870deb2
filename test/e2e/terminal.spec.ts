// The page boots the kernel in its worker, shows a prompt, and runs what is typed.
import { expect, test } from '@playwright/test';

test('the terminal boots the kernel and runs commands', async ({ page }) => {
  await page.goto('/');
  const terminal = page.getByTestId('terminal');
  await expect(terminal).toHaveAttribute('data-ready', 'true');
  const rows = page.locator('.xterm-rows');
  await expect(rows).toContainText('root@playground:/sys/kernel/tracing#');

  await page.locator('.xterm-helper-textarea').focus();
  await page.keyboard.type('mkdir namespaces/ns1; cat namespaces/ns1/options');
  await page.keyboard.press('Enter');
  await expect(rows).toContainText('user_events_limit=32767');

  await page.keyboard.type('rmdir namespaces/nosuch');
  await page.keyboard.press('Enter');
  await expect(rows).toContainText("rmdir: failed to remove 'namespaces/nosuch': No such file or directory");
});

test('Ctrl-C ends a blocked trace_pipe read', async ({ page }) => {
  await page.goto('/');
  const terminal = page.getByTestId('terminal');
  await expect(terminal).toHaveAttribute('data-ready', 'true');
  await page.locator('.xterm-helper-textarea').focus();
  await page.keyboard.type('cat trace_pipe');
  await page.keyboard.press('Enter');
  await expect(terminal).toHaveAttribute('data-running', 'true');
  await page.keyboard.press('Control+C');
  await expect(terminal).toHaveAttribute('data-running', 'false');
  await page.keyboard.type('echo status=$?');
  await page.keyboard.press('Enter');
  await expect(page.locator('.xterm-rows')).toContainText('status=130');
});

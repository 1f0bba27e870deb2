// A session leaves the playground as a bash script for a real kernel (docs/export.md): from the
// Session panel's button and from `share --script` at a prompt, each a download of
// tracefs-session.sh holding the commands typed and, as comments, what the playground printed.
import { expect, test, type Download, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { TerminalPane } from './terminals';

async function scriptOf(download: Download): Promise<string> {
  expect(download.suggestedFilename()).toBe('tracefs-session.sh');
  const path = await download.path();
  return readFile(path, 'utf8');
}

async function typed(page: Page): Promise<TerminalPane> {
  await page.goto('/');
  const t = new TerminalPane(page, 1);
  await t.waitForPrompt();
  await t.run('mkdir namespaces/ns1');
  await t.run('cat namespaces/ns1/options');
  return t;
}

test('share --script at a prompt downloads the session as a bash script', async ({ page }) => {
  const t = await typed(page);
  const download = page.waitForEvent('download');
  await t.run('share --script');
  const script = await scriptOf(await download);
  expect(script.startsWith('#!')).toBe(true);
  expect(script).toContain('mkdir namespaces/ns1');
  expect(script).toContain('# user_events_limit=32767');
  expect(script).toContain('needs a kernel with the tracing-namespaces RFC');
  expect(await t.text()).toContain('Saved this session as tracefs-session.sh');
});

test("the Session panel's button downloads the same script", async ({ page }) => {
  await typed(page);
  await page.getByRole('tab', { name: 'Session' }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download as bash script' }).click();
  const script = await scriptOf(await download);
  expect(script).toContain('cat namespaces/ns1/options');
  expect(script).toContain('# user_events_limit=32767');
});

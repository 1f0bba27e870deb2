// The playground offline and its updates (sw/service-worker.ts, src/sw/): after one visit the
// service worker controls the page, and with the network gone a reload still gets a prompt that
// runs commands, a lesson opens and the embed runs its script. A new version of the worker is
// announced while the page goes on running the one it loaded; "Reload now" saves the session,
// lets the new worker take over and reloads under it, with the session restored, and a link
// shared before the update still opens under it, offline.
// NOTE: Chromium checks a registration for an update outside any page or worker, where neither
// page.route nor context.route reaches; the next version is therefore put in place of the built
// sw.js that `vite preview` serves (read on each request), and put back afterwards.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { PlaygroundPage } from './page';

/** The built service worker the preview server serves (playwright.config.ts builds dist/). */
const builtWorker = () => join(test.info().project.testDir, '..', '..', 'dist', 'sw.js');

/** Waits until a service worker controls the page (it claims the page at its first activation). */
async function controlled(page: Page): Promise<void> {
  await page.waitForFunction(() => navigator.serviceWorker.controller?.state === 'activated', null, {
    timeout: 20_000,
  });
}

/** The version of the worker that controls the page, as it says itself. */
function controllerVersion(page: Page): Promise<string> {
  return page.evaluate(
    () =>
      new Promise<string>((resolve) => {
        const channel = new MessageChannel();
        channel.port1.onmessage = (ev: MessageEvent<{ version: string }>) => resolve(ev.data.version);
        navigator.serviceWorker.controller!.postMessage({ type: 'version' }, [channel.port2]);
      }),
  );
}

/** A share link of the session so far, from the Share dialog. */
async function shareLink(page: Page): Promise<string> {
  await page.getByRole('button', { name: 'Share' }).click();
  const field = page.getByTestId('share-link');
  await expect(field).toHaveValue(/#s=\d+\./);
  const link = await field.inputValue();
  await page.keyboard.press('Escape');
  return link;
}

test('after one visit the playground, a lesson and an embed work with no network', async ({
  page,
  context,
}) => {
  const p = new PlaygroundPage(page);
  await p.open();
  await controlled(page);
  await context.setOffline(true);
  const network = await page.evaluate(() =>
    fetch(`/not-precached-${Date.now()}`).then(
      () => 'reached',
      () => 'unreachable',
    ),
  );
  expect(network).toBe('unreachable');

  await page.reload();
  await p.waitForPrompt();
  await p.run('echo hi-offline');
  await expect.poll(() => p.lines()).toContain('hi-offline');

  await page.goto('/?from=offline#lesson=tracefs-basics');
  await p.waitForPrompt();
  const panel = page.getByTestId('lesson-panel');
  await expect(panel.getByRole('heading', { name: 'Tracefs basics', level: 2 })).toBeVisible();
  await expect(panel.getByTestId('lesson-step').first()).toBeVisible();

  await page.goto('/embed.html?script=echo%20from-the-embed&autorun=1');
  const terminal = page.getByTestId('terminal');
  await expect(terminal).toHaveAttribute('data-state', 'idle');
  await expect(page.locator('.xterm-rows')).toContainText('from-the-embed');
});

test('a new version is announced, the running page keeps working, and "Reload now" applies it', async ({
  page,
  context,
}) => {
  const p = new PlaygroundPage(page);
  await p.open();
  await controlled(page);
  const running = await controllerVersion(page);
  await p.run('echo before-the-update');
  const link = await shareLink(page);

  // The next version: the same worker with another version, so it precaches into a new cache.
  const file = builtWorker();
  const script = readFileSync(file, 'utf8');
  expect(script).toBe(await (await page.request.get('/sw.js')).text());
  expect(script).toContain(running);
  writeFileSync(file, script.replaceAll(running, 'next-version'));
  try {
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())!.update());
    const notice = page.getByTestId('update-notice');
    await expect(notice).toContainText(
      'A new version of the playground is ready: it will be used the next time you open the page',
    );
    await p.run('echo still-running');
    await expect.poll(() => p.lines()).toContain('still-running');
    expect(await controllerVersion(page)).toBe(running);

    const reloaded = page.waitForEvent('load');
    await notice.getByRole('button', { name: 'Reload now' }).click();
    await reloaded;
    await p.waitForPrompt();
    expect(await controllerVersion(page)).toBe('next-version');
    await expect(notice).toBeHidden();
    await expect.poll(() => p.lines()).toContain('before-the-update');
    await expect.poll(() => p.lines()).toContain('still-running');

    await context.setOffline(true);
    const tab = new PlaygroundPage(await context.newPage());
    await tab.page.goto(link);
    await tab.waitForPrompt();
    await expect(tab.page.getByTestId('notice')).toContainText('Opened a shared session');
    await expect.poll(() => tab.lines()).toContain('before-the-update');
    expect(await controllerVersion(tab.page)).toBe('next-version');
  } finally {
    writeFileSync(file, script);
  }
});

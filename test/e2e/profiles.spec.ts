// The kernel profile as the page lets a person choose it: the masthead's Kernel choice starts a
// fresh session on the other kernel (the terminal then lists tracefs without namespaces/ and
// `uname -r` says 6.12.0) and keeps the session left as an earlier timeline, which returns on its
// own kernel; a reload restores a session on its kernel; a link made on either profile opens on it,
// an old link opens on rfc-v2, and one naming a kernel this playground lacks opens on rfc-v2 with a
// warning; a lesson boots the kernel it names; an embed's `profile` option chooses the kernel of a
// fresh embed.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { encodeLink } from '../../src/share/link';
import { saved, shareLink } from './sessions';
import { TerminalPane } from './terminals';

const UPSTREAM_BANNER =
  'tracefs playground: a model of Linux 6.12 tracefs and user_events (upstream, no tracing namespaces).';
const RFC_BANNER =
  'tracefs playground: a model of Linux tracefs with tracing namespaces (RFC v2) and user_events.';

async function opened(page: Page, url = '/'): Promise<TerminalPane> {
  await page.goto(url);
  const t = new TerminalPane(page, 1);
  await t.waitForPrompt();
  return t;
}

/** Chooses `profile` in the masthead and waits for the fresh session's prompt on it. */
async function switchTo(page: Page, profile: string, banner: string): Promise<TerminalPane> {
  await page.getByTestId('profile').selectOption(profile);
  await expect(page.getByTestId('profile')).toHaveValue(profile);
  const t = new TerminalPane(page, 1);
  await t.waitForPrompt();
  await expect.poll(() => t.text()).toContain(banner);
  return t;
}

/** The names `ls` printed for the last command line `command` (in columns), up to the next prompt. */
async function listed(t: TerminalPane, command: string): Promise<string[]> {
  const lines = await t.lines();
  const at = lines.findLastIndex((l) => l.endsWith(`# ${command}`));
  const end = lines.findIndex((l, i) => i > at && l.startsWith('root@playground:'));
  return lines.slice(at + 1, end).flatMap((l) => l.split(/\s+/).filter(Boolean));
}

/**
 * A page in a fresh browser context whose own saved session runs on linux-6.12, left on a blank
 * document (so that opening a link loads the playground afresh, not a change of fragment).
 */
async function upstreamBrowser(browser: Browser): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await opened(page);
  const upstream = await switchTo(page, 'linux-6.12', UPSTREAM_BANNER);
  await upstream.run('echo mine');
  await expect.poll(() => saved(page)).toContain('echo mine');
  await page.goto('about:blank');
  return page;
}

test('switching the kernel starts a fresh session on it and keeps the one left', async ({ page }) => {
  const t = await opened(page);
  const kernel = page.getByTestId('profile');
  await expect(kernel).toHaveValue('rfc-v2');
  await t.run('ls /sys/kernel/tracing');
  expect(await listed(t, 'ls /sys/kernel/tracing')).toContain('namespaces');
  await t.run('mkdir namespaces/mine');

  const upstream = await switchTo(page, 'linux-6.12', UPSTREAM_BANNER);
  expect(await upstream.text()).not.toContain('mkdir namespaces/mine');
  await upstream.run('ls /sys/kernel/tracing');
  const names = await listed(upstream, 'ls /sys/kernel/tracing');
  expect(names).toContain('dynamic_events');
  expect(names).toContain('trace');
  expect(names).not.toContain('namespaces');
  await upstream.run('uname -r');
  await expect.poll(() => upstream.lines()).toContain('6.12.0');
  const notice = page.getByTestId('notice');
  await expect(notice).toContainText('A fresh session on Linux 6.12 (upstream).');
  await expect(notice).toContainText(
    'Your session on Tracing namespaces RFC v2 (Linux 6.1) is kept in Session › Earlier timelines.',
  );

  await page.getByRole('tab', { name: 'Session' }).click();
  const branches = page.getByTestId('branches');
  await expect(branches).toContainText('mkdir namespaces/mine');
  await branches.getByRole('button').first().click();
  await expect(kernel).toHaveValue('rfc-v2');
  const back = new TerminalPane(page, 1);
  await back.waitForPrompt();
  await expect.poll(() => back.text()).toContain('mkdir namespaces/mine');
  await expect(branches).toContainText('last: uname -r, on Linux 6.12 (upstream)');
});

test('a reload restores a session on its kernel', async ({ page }) => {
  await opened(page);
  const upstream = await switchTo(page, 'linux-6.12', UPSTREAM_BANNER);
  await upstream.run('uname -r');
  await expect.poll(() => saved(page)).toContain('uname -r');
  await page.reload();
  const again = new TerminalPane(page, 1);
  await again.waitForPrompt();
  await expect(page.getByTestId('profile')).toHaveValue('linux-6.12');
  await expect.poll(() => again.lines()).toContain('6.12.0');
  await expect(page.getByTestId('notice')).toContainText('Restored your session');
});

for (const [profile, release, banner] of [
  ['rfc-v2', '6.1.0', RFC_BANNER],
  ['linux-6.12', '6.12.0', UPSTREAM_BANNER],
] as const) {
  test(`a link made on ${profile} opens on ${profile}`, async ({ page, browser }) => {
    await opened(page);
    const t = profile === 'rfc-v2' ? new TerminalPane(page, 1) : await switchTo(page, profile, banner);
    await t.run('uname -r');
    const link = await shareLink(page);

    const other = profile === 'rfc-v2' ? await upstreamBrowser(browser) : await browser.newPage();
    const forked = await opened(other, link);
    await expect(other.getByTestId('profile')).toHaveValue(profile);
    await expect.poll(() => forked.text()).toContain(banner);
    await expect.poll(() => forked.lines()).toContain(release);
    await expect(other.getByTestId('notice')).toContainText('Opened a shared session');
    await expect(other.getByTestId('notice')).not.toContainText('does not have');
    await other.context().close();
  });
}

test('an old link opens on rfc-v2, whatever the browser ran before', async ({ browser }) => {
  const fragment = readFileSync(
    join(import.meta.dirname, '..', 'share', 'fixtures', 'v1-one-terminal.txt'),
    'utf8',
  );
  const page = await upstreamBrowser(browser);
  const t = await opened(page, '/#' + fragment.trim().replace(/^#/, ''));
  await expect(page.getByTestId('profile')).toHaveValue('rfc-v2');
  await expect.poll(() => t.text()).toContain(RFC_BANNER);
  await expect.poll(() => t.text()).toContain('cat events/user_events/hello/enable');
  await page.context().close();
});

test('a link naming a kernel this playground lacks opens on rfc-v2 and says so', async ({ page }) => {
  const fragment = await encodeLink({
    simulator: '0.2.0',
    profile: 'linux-9.9',
    steps: [{ term: 1, op: 'line', text: 'uname -r' }],
  });
  const t = await opened(page, '/#' + fragment);
  await expect(page.getByTestId('profile')).toHaveValue('rfc-v2');
  await expect.poll(() => t.lines()).toContain('6.1.0');
  await expect(page.getByTestId('notice')).toContainText(
    'It names kernel profile "linux-9.9", which this playground does not have (it has rfc-v2, linux-6.12); it ran on rfc-v2.',
  );
});

test('a lesson boots the kernel it names, keeping the session left', async ({ page }) => {
  const t = await opened(page);
  await t.run('mkdir namespaces/before');
  await expect.poll(() => saved(page)).toContain('namespaces/before');
  await page.goto('about:blank');
  await page.goto('/#lesson=enable-bits');
  const panel = page.getByTestId('lesson-panel');
  await expect(panel.getByRole('heading', { level: 2 })).toBeVisible();
  await expect(page.getByTestId('profile')).toHaveValue('linux-6.12');
  const upstream = new TerminalPane(page, 1);
  await upstream.waitForPrompt();
  await expect.poll(() => upstream.text()).toContain(UPSTREAM_BANNER);
  await expect(page.getByTestId('notice')).toContainText('is kept in Session › Earlier timelines.');
  await expect(panel.getByTestId('lesson-kernel')).toHaveCount(0);

  await page.getByTestId('profile').selectOption('rfc-v2');
  await expect(page.getByTestId('profile')).toHaveValue('rfc-v2');
  await expect(panel.getByTestId('lesson-kernel')).toContainText(
    'This lesson runs on Linux 6.12 (upstream); the playground runs Tracing namespaces RFC v2 (Linux 6.1).',
  );
});

test("an embed's profile option boots a fresh embed on that kernel", async ({ page }) => {
  await page.goto('/embed.html?profile=linux-6.12&autorun=1&script=' + encodeURIComponent('uname -r'));
  const terminal = page.getByTestId('terminal');
  await expect(terminal).toHaveAttribute('data-steps', '2');
  const rows = page.locator('.xterm-rows');
  await expect(rows).toContainText('(upstream, no tracing namespaces)');
  await expect(rows).toContainText('6.12.0');
  await expect(page.getByTestId('embed-problems')).toHaveCount(0);
});

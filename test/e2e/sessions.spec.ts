// Reproducible sessions in the page: a session shared from one browser context opens in a fresh one
// with the same terminal text, a reload restores the session, `undo` and the timeline go back in
// time (the timeline left is kept), a long shared screen comes back whole, and hostile links are
// refused with a usable playground.
import { expect, test, type Page } from '@playwright/test';
import { hostileLinks } from '../share/hostile-links';
import { encodeLink, fragmentParams } from '../../src/share/link';
import { saved, shareLink } from './sessions';
import { TerminalPane } from './terminals';

const COMMANDS = [
  'mkdir namespaces/ns1',
  'echo user_events_limit=8 > namespaces/ns1/options',
  'cat namespaces/ns1/options',
  "echo 'u:hello u32 n' >> namespaces/ns1/root/../../../dynamic_events; echo $?",
  'ls namespaces',
];

async function opened(page: Page, url = '/'): Promise<TerminalPane> {
  await page.goto(url);
  const t = new TerminalPane(page, 1);
  await t.waitForPrompt();
  return t;
}

test('a shared session opens in a fresh browser as a fork with the same terminal text', async ({
  page,
  browser,
}) => {
  const t = await opened(page);
  for (const line of COMMANDS) await t.run(line);
  const original = await t.lines();
  expect(original.join('\n')).toContain('user_events_limit=8');
  const link = await shareLink(page);

  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  const forked = await opened(other, link);
  await expect.poll(() => forked.lines()).toEqual(original);
  await expect(other.getByTestId('notice')).toContainText('Opened a shared session');
  expect(new URL(other.url()).hash).toBe('');
  await forked.run('echo still-usable');
  await expect.poll(() => forked.lines()).toContain('still-usable');
  await fresh.close();
});

test('a shared session replays in one kernel worker whose entry is loaded once', async ({
  page,
  browser,
}) => {
  const t = await opened(page);
  await t.run('uevent --help > /dev/null; echo "replayed $((6 * 7))"');
  const link = await shareLink(page);

  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  const forked = await opened(other, link);
  await expect.poll(async () => (await forked.lines()).join('\n')).toContain('replayed 42');
  // The programs' chunk imports the worker's entry: by the same address the page started it with,
  // or the worker would hold a second kernel and session that replayed the link too.
  const [worker] = other.workers();
  const entries = await worker.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .map((e) => e.name)
      .filter((name) => /\/kernel-worker-[^/]*\.js/.test(name)),
  );
  expect(entries).toEqual([]);
  expect(other.workers()).toHaveLength(1);
  await fresh.close();
});

test('a long shared screen takes keys at once and comes back whole, its first lines in the scrollback', async ({
  page,
}) => {
  const fragment = await encodeLink({
    simulator: '0.2.0',
    profile: 'rfc-v2',
    steps: [
      { term: 1, op: 'line', text: 'echo first-of-the-session' },
      { term: 1, op: 'line', text: 'seq 1 600' },
    ],
  });
  const t = await opened(page, '/#' + fragment);
  await expect.poll(() => t.lines()).toContain('600');
  await t.run('echo typed-after-the-replay');
  await expect(t.terminal).toHaveAttribute('data-restoring', 'false');
  await expect.poll(() => t.lines()).toContain('typed-after-the-replay');
  const lines = await t.lines();
  expect(lines.at(-1)).toBe('root@playground:/sys/kernel/tracing#');
  expect(lines.filter((l) => l === '600')).toHaveLength(1);
  await t.input.focus();
  await page.keyboard.press('Control+Shift+F');
  const find = page.getByRole('textbox', { name: 'Find' });
  await find.fill('first-of-the-session');
  await find.press('Enter');
  await expect(page.getByText('Not found')).toBeHidden();
  await find.fill('no-such-text-anywhere');
  await find.press('Enter');
  await expect(page.getByText('Not found')).toBeVisible();
});

test('a reload restores the session, and Start fresh leaves it', async ({ page }) => {
  const t = await opened(page);
  for (const line of COMMANDS.slice(0, 3)) await t.run(line);
  const before = await t.lines();
  await expect.poll(() => saved(page)).toContain(COMMANDS[2]);
  await page.reload();
  const again = new TerminalPane(page, 1);
  await again.waitForPrompt();
  await expect.poll(() => again.lines()).toEqual(before);
  const notice = page.getByTestId('notice');
  await expect(notice).toContainText('Restored your session');
  await notice.getByRole('button', { name: 'Start fresh' }).click();
  const fresh = new TerminalPane(page, 1);
  await fresh.waitForPrompt();
  await expect.poll(async () => (await fresh.lines()).join('\n')).not.toContain('namespaces/ns1');
});

test('undo goes back a step, and the timeline goes back to any step and returns', async ({ page }) => {
  const t = await opened(page);
  await t.run('mkdir namespaces/a');
  await t.run('mkdir namespaces/b');
  await t.input.focus();
  await page.keyboard.type('undo');
  await page.keyboard.press('Enter');
  const undone = new TerminalPane(page, 1);
  await undone.waitForPrompt();
  await expect.poll(async () => (await undone.lines()).join('\n')).not.toContain('namespaces/b');
  await undone.run('ls namespaces');
  await expect.poll(() => undone.lines()).toContain('a');

  await page.getByRole('tab', { name: 'Session' }).click();
  const timeline = page.getByTestId('timeline');
  await expect(timeline.getByTestId('timeline-step')).toHaveCount(2);
  await page.getByRole('button', { name: 'Go back to step 1' }).click();
  const back = new TerminalPane(page, 1);
  await back.waitForPrompt();
  await expect(timeline.getByTestId('timeline-step')).toHaveCount(1);
  await expect(page.getByTestId('branches')).toContainText('ls namespaces');
  await page.getByTestId('branches').getByRole('button').first().click();
  await expect(timeline.getByTestId('timeline-step')).toHaveCount(2);
});

test('every hostile link is refused with a message and a fresh, usable playground', async ({ page }) => {
  test.setTimeout(240_000);
  let dialogs = 0;
  page.on('dialog', (d) => {
    dialogs++;
    void d.dismiss();
  });
  const links = await hostileLinks();
  for (const { name, fragment } of links) {
    const url = '/?case=' + encodeURIComponent(name) + '#' + fragment.replace(/^#/, '');
    const t = await opened(page, url);
    if (fragmentParams(fragment).has('s')) {
      await expect(page.getByTestId('notice'), name).toContainText('This link cannot be opened');
    } else {
      await expect(page.getByTestId('notice'), name).toHaveCount(0);
    }
    expect((await t.lines()).join(''), name).toBe(
      'tracefs playground: a model of Linux tracefs with tracing namespaces (RFC v2) and user_events.' +
        "Type 'help' for the commands, 'ls' to look around." +
        'root@playground:/sys/kernel/tracing#',
    );
  }
  const t = await opened(page, '/#s=1.%%%');
  await t.run('echo usable');
  await expect.poll(() => t.lines()).toContain('usable');
  expect(dialogs).toBe(0);
  expect(await page.evaluate(() => (window as { pwned?: boolean }).pwned)).toBeUndefined();
});

test('a second tab forks the first tab’s session and never writes over it', async ({ context }) => {
  const first = await context.newPage();
  const a = await opened(first);
  await a.run('mkdir namespaces/from-a');
  await expect.poll(() => saved(first)).toContain('mkdir namespaces/from-a');

  const second = await context.newPage();
  const b = await opened(second);
  await expect(second.getByTestId('notice')).toContainText('Restored your session from another tab');
  await expect.poll(() => b.text()).toContain('mkdir namespaces/from-a');
  await b.run('mkdir namespaces/from-b');
  await expect.poll(() => saved(second)).toContain('mkdir namespaces/from-b');

  await first.reload();
  const again = new TerminalPane(first, 1);
  await again.waitForPrompt();
  await expect.poll(() => again.text()).toContain('mkdir namespaces/from-a');
  expect(await again.text()).not.toContain('from-b');
});

test('without storage the page says so and keeps working', async ({ page }) => {
  await page.addInitScript(() => {
    for (const name of ['localStorage', 'sessionStorage']) {
      Object.defineProperty(window, name, {
        get() {
          throw new DOMException('The operation is insecure.', 'SecurityError');
        },
      });
    }
  });
  const t = await opened(page);
  await expect(page.getByTestId('storage-warning')).toContainText('not being saved');
  await t.run('mkdir namespaces/x && echo works');
  await expect.poll(() => t.lines()).toContain('works');
});

// The embed route (embed.html) through its demo host page (public/embed-host.html): a static
// transcript and no worker until Run, the script's output once started, the host page's buttons
// over postMessage, options that cannot be used named in the embed (which still works), a
// read-only terminal, and messages from an origin that may not talk to the embed ignored.
import { expect, test, type FrameLocator, type Page } from '@playwright/test';

const events = (page: Page) => page.locator('#events');

function embedIn(page: Page, selector = '#embed'): FrameLocator {
  return page.frameLocator(selector);
}

/** Opens the host page and waits until its embed has said it is ready. */
async function openHost(page: Page): Promise<FrameLocator> {
  await page.goto('/embed-host.html');
  await expect(events(page)).toContainText('{"type":"tracefs:ready"}');
  return embedIn(page);
}

/** Waits until the embed's terminal has finished `steps` steps (the first prompt is step 1) and is idle. */
async function waitForSteps(frame: FrameLocator, steps: number): Promise<void> {
  const terminal = frame.getByTestId('terminal');
  await expect(terminal).toHaveAttribute('data-steps', String(steps));
  await expect(terminal).toHaveAttribute('data-state', 'idle');
}

test('the embed shows its script and starts no worker until Run', async ({ page }) => {
  const frame = await openHost(page);
  await expect(frame.getByTestId('transcript')).toHaveText('# mkdir namespaces/ns1\n# ls namespaces');
  await expect(frame.getByText('Make a tracing namespace')).toBeVisible();
  await expect(frame.locator('.xterm')).toHaveCount(0);
  expect(page.workers()).toHaveLength(0);

  await frame.getByTestId('run').click();
  await waitForSteps(frame, 3);
  expect(page.workers()).toHaveLength(1);
  const rows = frame.locator('.xterm-rows');
  await expect(rows).toContainText('root@playground:/sys/kernel/tracing# ls namespaces');
  await expect(rows).toContainText('ns1');
  await expect(events(page)).toContainText('{"type":"tracefs:started"}');
  await expect(events(page)).toContainText('"type":"tracefs:command"');
  await expect(events(page)).toContainText('"type":"tracefs:height"');

  const open = frame.getByTestId('open-in-playground');
  await open.hover();
  await expect(open).toHaveAttribute('href', /^http:\/\/127\.0\.0\.1:\d+\/#s=1\.[\w-]+$/);
  await expect(open).toHaveAttribute('target', '_blank');
});

test('the host page runs a command, gets the log and resets the embed', async ({ page }) => {
  const frame = await openHost(page);
  await page.getByRole('button', { name: 'Run “ls namespaces”' }).click();
  // The embed starts, runs its script, then the host's command.
  await waitForSteps(frame, 4);
  await expect(events(page)).toContainText('"status":0,"index":2}');
  await expect(events(page)).toContainText('"output":"ns1\\n"');

  await page.getByRole('button', { name: 'Get log' }).click();
  await expect(events(page)).toContainText('"type":"tracefs:log","id":1');
  await expect(events(page)).toContainText('"steps":"3 steps"');

  await page.getByRole('button', { name: 'Reset' }).click();
  await expect(frame.getByTestId('terminal')).toHaveAttribute('data-steps', '1');
  await page.getByRole('button', { name: 'Get log' }).click();
  await expect(events(page)).toContainText('"steps":"0 steps"');
});

test('options that cannot be used are named, and the embed still works', async ({ page }) => {
  await page.goto(
    '/embed.html?height=99999&panes=bogus&autorun=1&script=' + encodeURIComponent('echo hello'),
  );
  const problems = page.getByTestId('embed-problems');
  await expect(problems).toContainText('The height “99999” is not a number of pixels from 120 to 2000');
  await expect(problems).toContainText('The pane “bogus” does not exist');
  await expect(page.getByTestId('embed')).toHaveCSS('height', '360px');
  const terminal = page.getByTestId('terminal');
  await expect(terminal).toHaveAttribute('data-steps', '2');
  await expect(page.locator('.xterm-rows')).toContainText('hello');
});

test('a read-only embed takes no typing, but runs what the host sends', async ({ page }) => {
  const frame = await openHost(page);
  await page.locator('#embed').evaluate((el: HTMLIFrameElement) => {
    el.src = '/embed.html?readonly=1&autorun=1&script=' + encodeURIComponent('echo ro');
  });
  await waitForSteps(frame, 2);
  await frame.locator('.xterm-helper-textarea').focus();
  await page.keyboard.type('echo typed');
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: 'Run “ls namespaces”' }).click();
  await waitForSteps(frame, 3);
  const rows = frame.locator('.xterm-rows');
  await expect(rows).toContainText('root@playground:/sys/kernel/tracing# ls namespaces');
  await expect(rows).not.toContainText('typed');
});

test('a message from an origin that may not talk to the embed is ignored', async ({ page }) => {
  await openHost(page);
  // A second embed that allows another origin only: this host page may not drive it.
  await page.evaluate(() => {
    const frame = document.createElement('iframe');
    frame.id = 'other';
    frame.src = '/embed.html?origin=https://docs.example.com&script=' + encodeURIComponent('echo no');
    document.body.append(frame);
  });
  const other = embedIn(page, '#other');
  await expect(other.getByTestId('transcript')).toHaveText('# echo no');
  await page.evaluate(() => {
    const frame = document.getElementById('other') as HTMLIFrameElement;
    frame.contentWindow?.postMessage({ type: 'tracefs:run', command: 'ls' }, '*');
  });
  await expect(other.getByTestId('embed')).toHaveAttribute('data-ignored', '1');
  await expect(other.getByTestId('embed')).toHaveAttribute('data-phase', 'static');
  await expect(other.locator('.xterm')).toHaveCount(0);
});

test('an embed can show a lesson whose checklist follows the terminal', async ({ page }) => {
  await page.goto('/embed.html?lesson=tracefs-basics&autorun=1');
  const panel = page.getByTestId('lesson-panel');
  await expect(panel.getByRole('heading', { name: 'Tracefs basics' })).toBeVisible();
  const first = page.getByTestId('lesson-check').first();
  await expect(first).toHaveAttribute('data-pass', 'false');
  const terminal = page.getByTestId('terminal');
  await expect(terminal).toHaveAttribute('data-state', 'idle');
  await page.locator('.xterm-helper-textarea').focus();
  await page.keyboard.type('ls');
  await page.keyboard.press('Enter');
  await expect(first).toHaveAttribute('data-pass', 'true');
});

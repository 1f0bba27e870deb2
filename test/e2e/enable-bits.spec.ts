// The inspectors on each kernel profile: rfc-v2 shows the namespace registry and the status bits;
// linux-6.12 shows its user events and a table of the enable bits each process registered, which
// lists `uevent hold`'s bit under its own pid, clear until the event is enabled and set after.
// Every wait is on the page's state.
import { expect, test, type Page } from '@playwright/test';
import { TerminalPane } from './terminals';

const UPSTREAM_BANNER =
  'tracefs playground: a model of Linux 6.12 tracefs and user_events (upstream, no tracing namespaces).';

function heading(page: Page, name: string) {
  return page.locator('#pane-inspect').getByRole('heading', { name, exact: true, level: 2 });
}

/** The pid the shell printed for background job `job` (`[1] 1001`). */
async function jobPid(t: TerminalPane, job: number): Promise<number> {
  const line = (await t.lines()).findLast((l) => l.startsWith(`[${job}] `)) ?? '';
  return Number(/^\[\d+\] (\d+)$/.exec(line)?.[1]);
}

test('rfc-v2 shows the namespace registry and the status bits, not the enable bits', async ({ page }) => {
  await page.goto('/');
  const t = new TerminalPane(page, 1);
  await t.waitForPrompt();
  await expect(page.getByTestId('profile')).toHaveValue('rfc-v2');
  await expect(heading(page, 'Namespace registry')).toBeVisible();
  await expect(heading(page, 'Status bits')).toBeVisible();
  await expect(page.getByTestId('registry')).toBeVisible();
  await expect(page.getByTestId('status-bits')).toBeVisible();
  await expect(heading(page, 'Enable bits')).toHaveCount(0);
  await expect(heading(page, 'Events')).toHaveCount(0);
});

test('linux-6.12 lists each enable bit under its process, clear and then set', async ({ page }) => {
  await page.goto('/');
  await new TerminalPane(page, 1).waitForPrompt();
  await page.getByTestId('profile').selectOption('linux-6.12');
  await expect(page.getByTestId('profile')).toHaveValue('linux-6.12');
  const t = new TerminalPane(page, 1);
  await t.waitForPrompt();
  await expect.poll(() => t.text()).toContain(UPSTREAM_BANNER);

  await expect(heading(page, 'Events')).toBeVisible();
  await expect(heading(page, 'Enable bits')).toBeVisible();
  await expect(heading(page, 'Namespace registry')).toHaveCount(0);
  await expect(heading(page, 'Status bits')).toHaveCount(0);
  await expect(page.getByTestId('enablers-empty')).toContainText(
    'No process has registered an enable bit. Try: uevent hold 3',
  );

  await t.run('exec 3<>user_events_data');
  await t.run("uevent hold 3 'tick u32 n' > /tmp/h &");
  const pid = await jobPid(t, 1);
  expect(pid).toBeGreaterThan(1);
  const table = page.getByRole('table', { name: 'Enable bits, by process' });
  const process = table.locator(`tbody[data-pid="${pid}"]`);
  const tick = process.locator('tr[data-event="tick"]');
  await expect(process.getByRole('rowheader')).toHaveText(`uevent pid ${pid}`);
  await expect(tick).toHaveAttribute('data-value', 'clear');
  await expect(tick.locator('.addr')).toHaveText(/^0x[0-9a-f]+$/);
  await expect(tick.locator('.where')).toHaveText('bit 0, 4-byte word');
  await expect(tick.locator('.value')).toHaveText('clear');
  const events = page.getByRole('table', { name: 'User events' });
  await expect(events.locator('tr[data-event="tick"]')).toContainText('nobody');
  await expect(page.getByTestId('user-events-counts')).toHaveText('Active: 1 · Busy: 0');

  await t.run('echo 1 > events/user_events/tick/enable');
  await expect(tick).toHaveAttribute('data-value', 'set');
  await expect(tick.locator('.value')).toHaveText('set');
  await expect(events.locator('tr[data-event="tick"]')).toContainText('ftrace');
  await expect(page.getByTestId('user-events-counts')).toHaveText('Active: 1 · Busy: 1');
});

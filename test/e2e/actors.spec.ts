// The cover letter's story in the page, from both sides at once: the operator's root terminal on
// the host and alice's terminal in a container, side by side. The operator creates and limits a
// namespace and binds its root into the container; alice registers and writes from inside with a
// background writer; the operator traces on the host, is refused rmdir while the writer runs, and
// removes the namespace once alice stopped it. The tree switches to the container's point of view.
import { expect, test } from '@playwright/test';
import { TerminalPane } from './terminals';

const NS = '/sys/kernel/tracing/namespaces/ns1';

test('two terminals side by side live the cover-letter story', async ({ page }) => {
  await page.goto('/');
  const host = new TerminalPane(page, 1);
  await host.waitForPrompt();
  await host.run('mkdir namespaces/ns1');
  await host.run('echo user_events_limit=16 > namespaces/ns1/options');
  await host.run('chmod 0755 namespaces/ns1/root');
  await host.run(
    'chown 1000:1000 namespaces/ns1/root/user_events_data namespaces/ns1/root/user_events_status',
  );
  await host.run(`container run c1 --bind ${NS}/root:/isolated --user alice`);

  await page.locator('summary', { hasText: '+ Terminal' }).click();
  await page.getByRole('button', { name: 'Shell in c1 (alice)' }).click();
  const alice = new TerminalPane(page, 2);
  await expect(alice.terminal).toHaveAttribute('data-state', 'idle');
  await expect(page.getByRole('tab', { name: '2: alice@c1:/' })).toBeVisible();

  await page.getByRole('button', { name: 'Side by side' }).click();
  const [left, right] = [await host.terminal.boundingBox(), await alice.terminal.boundingBox()];
  expect(left && right && right.x >= left.x + left.width).toBe(true);

  await alice.run("uevent emit -d /isolated 'login u32 uid' u32:1000");
  await alice.run("uevent emit -d /isolated --count 60 --interval 1s 'tick u32 n' u32:1 &");
  await expect.poll(async () => (await alice.lines()).join('\n')).toMatch(/\[1\] \d+/);

  await host.run('echo 1 > events/user_events.ns1/tick/enable');
  await host.run('sleep 3');
  await host.run('grep -c uevent- trace');
  await expect.poll(() => host.lines()).toContain('3');
  await expect.poll(() => alice.lines()).toContain('written 8 bytes');
  await host.run('rmdir namespaces/ns1');
  await expect
    .poll(() => host.text())
    .toContain("rmdir: failed to remove 'namespaces/ns1': Device or resource busy");

  await page.getByTestId('view-picker').selectOption({ label: 'Container c1 (alice)' });
  await expect(page.locator('[role="treeitem"][data-path="/isolated"]')).toBeVisible();

  await alice.run('kill %1');
  await alice.run('exit');
  await host.run('echo 0 > events/user_events.ns1/tick/enable');
  await host.run('rmdir namespaces/ns1 && ls namespaces && echo removed');
  await expect.poll(() => host.lines()).toContain('removed');
});

// The terminal on the worker's shell: commands run, a line typed before the first prompt runs once
// it shows, a blocked read ends with Ctrl-C, the kernel's bytes (NULs included) reach the screen,
// and a worker that fails is reported and restarted.
import { expect, test } from '@playwright/test';
import { PlaygroundPage } from './page';

test('the terminal boots the kernel and runs commands', async ({ page }) => {
  const p = new PlaygroundPage(page);
  await p.open();
  await p.run('mkdir namespaces/ns1; cat namespaces/ns1/options');
  await expect(p.rows).toContainText('user_events_limit=32767');
  await p.run('rmdir namespaces/nosuch');
  await expect(p.rows).toContainText(
    "rmdir: failed to remove 'namespaces/nosuch': No such file or directory",
  );
});

test('a line typed before the first prompt runs once the prompt shows', async ({ page }) => {
  // NOTE: the worker's script is held back, so the terminal takes keys long before the kernel is up.
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/assets\/kernel-worker-[^/]*\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  const p = new PlaygroundPage(page);
  await page.goto('/');
  await expect(p.input).toBeFocused();
  await page.keyboard.type('echo typed-before-the-prompt');
  await page.keyboard.press('Enter');
  await expect(p.terminal).toHaveAttribute('data-ready', 'false');
  release();
  await p.waitForSteps(1);
  const lines = await p.lines();
  expect(lines).toContain('root@playground:/sys/kernel/tracing# echo typed-before-the-prompt');
  expect(lines).toContain('typed-before-the-prompt');
  expect(lines.filter((l) => l.startsWith('root@playground'))).toHaveLength(2);
});

test('Ctrl-C ends a blocked trace_pipe read', async ({ page }) => {
  const p = new PlaygroundPage(page);
  await p.open();
  await p.run('cat trace_pipe', 'blocked');
  await expect(page.getByRole('status')).toContainText('Ctrl+C');
  const before = await p.steps();
  await page.keyboard.press('Control+C');
  await p.waitForSteps(before);
  await p.run('echo status=$?');
  await expect(p.rows).toContainText('status=130');
});

test('lines typed during a blocked read go to the command; Ctrl-D ends its input', async ({ page }) => {
  const p = new PlaygroundPage(page);
  await p.open();
  await p.run('wc -l', 'blocked');
  await p.run('one', 'blocked');
  await p.run('two', 'blocked');
  const before = await p.steps();
  await page.keyboard.press('Control+D');
  await p.waitForSteps(before);
  expect((await p.lines()).filter((l) => /^\s*2$/.test(l))).toHaveLength(1);
});

test('the NUL bytes of a user event entry do not break the terminal', async ({ page }) => {
  const p = new PlaygroundPage(page);
  await p.open();
  // Without the inspectors the terminal is wide enough for a whole hex row (75 columns).
  await page.getByRole('button', { name: 'Inspectors' }).click();
  await expect.poll(() => p.terminal.evaluate((el) => el.clientWidth)).toBeGreaterThan(700);
  await p.run("echo 'u:demo u32 count' >> dynamic_events; echo 1 > events/user_events/demo/enable");
  await p.run("uevent emit 'demo u32 count' u32:1; cat trace; echo after-the-nul");
  const lines = await p.lines();
  const dump = lines.findIndex((l) => l.startsWith('00000000: '));
  expect(dump).toBeGreaterThan(0);
  expect(lines[dump + 1]).toBe('after-the-nul');
  expect(lines[dump + 2]).toBe('root@playground:/sys/kernel/tracing#');
});

test('a worker that fails is reported in one line and can be restarted', async ({ page }) => {
  await page.route(/\/assets\/kernel-worker-[^/]*\.js$/, (route) =>
    route.fulfill({ contentType: 'text/javascript', body: 'throw new Error("worker broke on purpose");' }),
  );
  const p = new PlaygroundPage(page);
  await page.goto('/');
  const failure = page.getByTestId('failure');
  await expect(failure).toContainText('The kernel worker failed');
  await expect(p.rows).toContainText('Press Restart for a fresh kernel');
  await expect(p.terminal).toHaveAttribute('data-state', 'stopped');
  await page.unroute(/\/assets\/kernel-worker-[^/]*\.js$/);
  await failure.getByRole('button', { name: 'Restart' }).click();
  await p.waitForPrompt();
  await expect(failure).toBeHidden();
  await p.run('echo alive-again');
  await expect(p.rows).toContainText('alive-again');
});

test('Reset asks once, then boots a fresh kernel even while a command is blocked', async ({ page }) => {
  const p = new PlaygroundPage(page);
  await p.open();
  await p.run('mkdir namespaces/old');
  await p.run('cat trace_pipe', 'blocked');
  await page.getByRole('button', { name: 'Reset' }).click();
  const confirm = page.getByTestId('confirm-reset');
  await confirm.getByRole('button', { name: 'Cancel' }).click();
  await expect(confirm).toBeHidden();
  await expect(p.terminal).toHaveAttribute('data-state', 'blocked');
  await page.getByRole('button', { name: 'Reset' }).click();
  await confirm.getByRole('button', { name: 'Start fresh' }).click();
  await p.waitForPrompt();
  await expect(page.getByTestId('failure')).toBeHidden();
  await p.run('ls namespaces; echo fresh-$?');
  await expect.poll(() => p.lines()).toContain('fresh-0');
  await expect(p.treeItem('/sys/kernel/tracing/namespaces/old')).toHaveCount(0);
});

test('a failed write offers to explain how the kernel read it', async ({ page }) => {
  const p = new PlaygroundPage(page);
  await p.open();
  await p.run("echo 'u:bad char[0] x' >> dynamic_events");
  const explain = page.getByTestId('explain-error');
  await explain.click();
  await expect.poll(() => p.joined()).toContain("explain -w dynamic_events 'u:bad char[0] x'");
  await p.run('');
  await expect.poll(() => p.joined()).toContain('=> EINVAL (Invalid argument)');
  await p.run('true');
  await expect(explain).toBeHidden();
});

// The tree view: it follows the commands, is an ARIA tree driven by the keyboard, marks
// namespaces, their root/ and busy state, shows a file beside the terminal, puts a path into the
// prompt in one gesture, and renders only what is on screen of a directory of thousands.
import { expect, test } from '@playwright/test';
import { PlaygroundPage } from './page';

const NS = '/sys/kernel/tracing/namespaces';

test('mkdir namespaces/demo shows up in the tree, rmdir takes it away', async ({ page }) => {
  const p = new PlaygroundPage(page);
  await p.open();
  const demo = p.treeItem(`${NS}/demo`);
  await expect(demo).toHaveCount(0);
  await p.run('mkdir namespaces/demo');
  await expect(demo).toBeVisible();
  await expect(demo).toContainText('namespace');
  await demo.click();
  await expect(demo).toHaveAttribute('aria-expanded', 'true');
  await expect(p.treeItem(`${NS}/demo/root`)).toContainText('ns root');
  await p.run('rmdir namespaces/demo');
  await expect(demo).toHaveCount(0);
});

test('a namespace is marked busy while the shell holds its options open', async ({ page }) => {
  const p = new PlaygroundPage(page);
  await p.open();
  await p.run('mkdir namespaces/held; exec 3< namespaces/held/options');
  const held = p.treeItem(`${NS}/held`);
  await expect(held.locator('.badge.busy')).toHaveAttribute('title', /options is open in the shell/);
  await p.run('exec 3<&-');
  await expect(held.locator('.badge.busy')).toHaveCount(0);
});

test('arrow keys move through the tree and Enter opens a file beside the terminal', async ({ page }) => {
  const p = new PlaygroundPage(page);
  await p.open();
  await p.tree.focus();
  await expect(p.tree).toHaveAttribute('aria-activedescendant', 'tree-%2F');
  await page.keyboard.press('ArrowDown');
  await expect(p.treeItem('/dev')).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('ArrowRight');
  await expect(p.treeItem('/dev')).toHaveAttribute('aria-expanded', 'true');
  await page.keyboard.press('ArrowRight');
  await expect(p.treeItem('/dev/pts')).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('ArrowLeft');
  await expect(p.treeItem('/dev')).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('ArrowLeft');
  await expect(p.treeItem('/dev')).toHaveAttribute('aria-expanded', 'false');
  await page.keyboard.press('Home');
  await expect(p.treeItem('/')).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('End');
  const last = p.tree.locator('[role="treeitem"][aria-selected="true"]');
  await expect(last).toHaveAttribute('data-path', '/tmp');
  await p.treeItem('/sys/kernel/tracing/tracing_on').click();
  await expect(p.fileView).toContainText('/sys/kernel/tracing/tracing_on');
  await expect(p.fileView.locator('pre')).toHaveText('1\n');
  await p.run('echo 0 > tracing_on');
  await expect(p.fileView.locator('pre')).toHaveText('0\n');
  await p.fileView.getByRole('button', { name: 'Close the file view' }).click();
  await expect(p.fileView).toBeHidden();
});

test('modes and owners are shown on demand', async ({ page }) => {
  const p = new PlaygroundPage(page);
  await p.open();
  const alice = p.treeItem('/home');
  await alice.click();
  await expect(p.treeItem('/home/alice')).not.toContainText('drwxr-xr-x');
  await page.getByLabel('Modes and owners').check();
  await expect(p.treeItem('/home/alice')).toContainText('drwxr-xr-x alice alice');
  await expect(p.treeItem('/root')).toContainText('drwx------ root root');
});

test('one gesture puts a path into the prompt', async ({ page }) => {
  const p = new PlaygroundPage(page);
  await p.open();
  await page.keyboard.type('cat ');
  const options = p.treeItem('/sys/kernel/tracing/options');
  await options.hover();
  await options.getByRole('button', { name: /Insert .* into the prompt/ }).click();
  await expect(p.input).toBeFocused();
  await expect.poll(() => p.currentLine()).toBe('root@playground:/sys/kernel/tracing# cat options');
  await p.tree.focus();
  await page.keyboard.press('Home');
  await page.keyboard.press('i');
  await expect.poll(() => p.currentLine()).toBe('root@playground:/sys/kernel/tracing# cat options /');
});

test('a directory of thousands of entries renders only the rows on screen', async ({ page }) => {
  const p = new PlaygroundPage(page);
  await p.open();
  const names = Array.from({ length: 3000 }, (_, i) => `/root/big/event_${i}`).join(' ');
  const before = await p.steps();
  await p.paste(`mkdir /root/big; touch ${names}\n`);
  await p.waitForSteps(before);
  await p.treeItem('/root').click();
  await p.treeItem('/root/big').click();
  await expect(p.treeItem('/root/big')).toHaveAttribute('aria-expanded', 'true');
  const rendered = await p.tree.locator('[role="treeitem"]').count();
  expect(rendered).toBeLessThan(120);
  await p.tree.evaluate((el) => (el.scrollTop = el.scrollHeight / 2));
  const atCentre = () =>
    p.tree.evaluate((el) => {
      const box = el.getBoundingClientRect();
      const hit = document.elementFromPoint(box.x + 60, box.y + box.height / 2);
      return hit?.closest('[role="treeitem"]')?.getAttribute('aria-setsize');
    });
  await expect.poll(atCentre).toBe('3000');
  expect(await p.tree.locator('[role="treeitem"]').count()).toBeLessThan(120);
  await page.keyboard.press('End');
  await expect(p.treeItem('/tmp')).toBeInViewport();
  await page.keyboard.press('Home');
  await expect(p.treeItem('/')).toBeInViewport();
});

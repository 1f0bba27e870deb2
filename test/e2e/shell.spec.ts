// The shell's language in the page: a command typed over several lines continues at `> ` and is
// one history entry; a loop that never ends keeps the page alive, prints as it runs, and Ctrl-C
// ends it at once; a link to that session replays the loop to the same line.
import { expect, test } from '@playwright/test';
import { PlaygroundPage } from './page';

test('a loop over several lines continues at > and is one history entry', async ({ page }) => {
  const p = new PlaygroundPage(page);
  await p.open();
  await p.run('cd /');
  await p.run('for i in 1 2 3; do');
  await expect(p.rows.last()).toContainText('>');
  await p.run('echo n=$i');
  await p.run('done');
  await expect(p.rows).toContainText('n=3');
  await p.press('ArrowUp');
  await expect.poll(() => p.currentLine()).toContain('for i in 1 2 3; do echo n=$i; done');
});

test('an endless loop prints as it runs, and Ctrl-C ends it at once', async ({ page }) => {
  const p = new PlaygroundPage(page);
  await p.open();
  await p.run(
    'i=0; while true; do i=$((i + 1)); if ((i % 5000 == 0)); then echo "at $i"; fi; done',
    'blocked',
  );
  await expect(p.rows).toContainText('at 10000');
  await expect(page.getByRole('status')).toContainText('Ctrl+C');
  const before = await p.steps();
  await page.keyboard.press('Control+C');
  await p.waitForSteps(before);
  await p.run('echo "status=$? stopped=$((i > 0))"');
  await expect(p.rows).toContainText('status=130 stopped=1');
});

// Certified lessons in the page (docs/certified.md): the Learn tab's list marks each certified lesson
// with the kernel it was recorded on and says what the mark means in its tooltip; an uncertifiable
// lesson has no mark; the open lesson shows the mark as a disclosure whose button types
// `explain certified` into the prompt.
import { expect, test } from '@playwright/test';
import { TerminalPane } from './terminals';

test('certified lessons carry their mark, and it explains itself', async ({ page }) => {
  await page.goto('/#lesson=no-such-lesson');
  const t = new TerminalPane(page, 1);
  await t.waitForPrompt();
  const list = page.getByTestId('lesson-list');
  const item = (title: string) => list.getByRole('listitem').filter({ hasText: title });

  const basics = item('Tracefs basics').getByTestId('certified-mark');
  await expect(basics).toHaveText('✓ Certified: same bytes as Linux 6.1.192');
  await expect(basics).toHaveAttribute('title', /pids, timestamps/);
  await expect(item('Your first tracing namespace').getByTestId('certified-mark')).toHaveText(
    '✓ Certified: same bytes as Linux 6.1.192 with the tracing-namespaces RFC v2',
  );
  await expect(item('Containers, bind mounts').getByTestId('certified-mark')).toHaveCount(0);

  await list.getByRole('link', { name: 'Limits and EMFILE' }).click();
  const panel = page.getByTestId('lesson-panel');
  const mark = panel.getByTestId('certified-mark');
  await mark.getByText(/^✓ Certified: same bytes as Linux 6\.1\.192 with/).click();
  await expect(mark).toContainText('Not run on Linux, as a playground program: “explain EMFILE”.');
  await mark.getByRole('button', { name: 'Type “explain certified” into the prompt' }).click();
  await expect.poll(() => t.text()).toContain('# explain certified');
});

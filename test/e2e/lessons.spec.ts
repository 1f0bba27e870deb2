// Lessons in the page: `#lesson=ID` opens the Learn tab on that lesson with every check pending;
// typing each step's solution through its buttons (typed into the prompt, run with Enter) turns
// that step's checks passed and marks it done; the lesson completes, and a reload keeps the
// progress. An unknown id is said so above the list of lessons.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { TerminalPane } from './terminals';

async function opened(page: Page, url: string): Promise<TerminalPane> {
  await page.goto(url);
  const t = new TerminalPane(page, 1);
  await t.waitForPrompt();
  return t;
}

/** Every check in `scope` has the given pass state. */
async function expectChecks(scope: Locator, pass: boolean): Promise<void> {
  const checks = scope.getByTestId('lesson-check');
  await expect(checks.first()).toBeVisible();
  const count = await checks.count();
  for (let i = 0; i < count; i++) await expect(checks.nth(i)).toHaveAttribute('data-pass', String(pass));
}

test('a lesson opened by link is taken step by step, and its progress survives a reload', async ({
  page,
}) => {
  const t = await opened(page, '/#lesson=tracefs-basics');
  await expect(page.getByRole('tab', { name: 'Learn' })).toHaveAttribute('aria-selected', 'true');
  const panel = page.getByTestId('lesson-panel');
  await expect(panel.getByRole('heading', { name: 'Tracefs basics', level: 2 })).toBeVisible();
  const steps = panel.getByTestId('lesson-step');
  await expect(steps).toHaveCount(4);
  await expectChecks(panel, false);
  await expect(panel.getByText('○').first()).toBeVisible();
  await expect(panel.getByTestId('lesson-complete')).toHaveCount(0);

  for (let i = 0; i < 4; i++) {
    const step = steps.nth(i);
    await step.getByRole('button', { name: 'Show solution' }).click();
    const lines = await step
      .getByRole('list', { name: /^Solution of step/ })
      .locator('code')
      .allTextContents();
    const buttons = step.getByRole('button', { name: /^Type into the prompt/ });
    await expect(buttons).toHaveCount(lines.length);
    for (const [j, line] of lines.entries()) {
      await buttons.nth(j).click();
      await expect.poll(() => t.text()).toContain(`# ${line}`);
      const before = await t.steps();
      await t.input.focus();
      await page.keyboard.press('Enter');
      await expect.poll(() => t.steps()).toBeGreaterThan(before);
      await t.waitForPrompt();
    }
    await expectChecks(step, true);
    await expect(step).toHaveAttribute('data-done', 'true');
    await expect(step.getByText('✓ done')).toBeVisible();
  }
  const complete = panel.getByTestId('lesson-complete');
  await expect(complete).toContainText('Lesson complete');

  await page.reload();
  await new TerminalPane(page, 1).waitForPrompt();
  await expect(panel.getByTestId('lesson-complete')).toBeVisible();
  for (let i = 0; i < 4; i++) await expect(steps.nth(i)).toHaveAttribute('data-done', 'true');
  await panel.getByRole('button', { name: '← All lessons' }).click();
  const entry = panel.getByTestId('lesson-list').getByRole('listitem').filter({ hasText: 'Tracefs basics' });
  await expect(entry).toContainText('✓ complete');
});

test('an unknown lesson is said so above the list of lessons', async ({ page }) => {
  await opened(page, '/#lesson=no-such-lesson');
  const panel = page.getByTestId('lesson-panel');
  await expect(panel.getByRole('alert')).toContainText('There is no lesson “no-such-lesson”');
  const list = panel.getByTestId('lesson-list');
  await list.getByRole('link', { name: 'Tracefs basics' }).click();
  await expect(panel.getByRole('heading', { name: 'Tracefs basics', level: 2 })).toBeVisible();
  await expectChecks(panel, false);
});

// What the session e2e specs share: the text of this origin's autosave, and the link the Share
// dialog makes.
import { expect, type Page } from '@playwright/test';

/** Everything this origin's autosave holds, as text. */
export function saved(page: Page): Promise<string> {
  return page.evaluate(() =>
    Object.keys(localStorage)
      .filter((k) => k.startsWith('tracefs-playground:session:'))
      .map((k) => localStorage.getItem(k) ?? '')
      .join('\n'),
  );
}

/** The link the Share dialog shows (format 1 or later), the dialog closed again. */
export async function shareLink(page: Page): Promise<string> {
  await page.getByRole('button', { name: 'Share' }).click();
  const link = page.getByTestId('share-link');
  await expect(link).toHaveValue(/#s=1\./);
  const value = await link.inputValue();
  await page.keyboard.press('Escape');
  return value;
}

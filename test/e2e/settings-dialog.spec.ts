import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './browser-mode';

const body = (page: Page) => page.getByRole('textbox', { name: 'Текст статті' });

test('a library folder that cannot be used is said beside its field, which takes the focus', async ({ page, app }) => {
  await page.goto(app.url);
  await expect(body(page)).toBeVisible();
  await page.getByRole('button', { name: 'Налаштування' }).click();
  const dialog = page.getByRole('dialog', { name: 'Налаштування' });
  const folder = dialog.getByLabel('Тека бібліотеки');
  const save = dialog.getByRole('button', { name: 'Зберегти' });

  // Refused by the form itself: not a full path.
  await folder.fill('Шпальта');
  await save.click();
  await expect(folder).toBeFocused();
  await expect(folder).toHaveAttribute('aria-invalid', 'true');
  await expect(folder).toHaveAccessibleDescription(/вкажіть повний шлях до теки/);
  await expect(folder).toBeInViewport({ ratio: 1 });
  await expect(dialog.getByText(/вкажіть повний шлях до теки/)).toBeInViewport({ ratio: 1 });

  // Refused by the host: a full path, but under a file, where no folder can be made.
  const file = path.join(path.dirname(app.libraryPath), 'not-a-folder.txt');
  await writeFile(file, 'a file, not a folder\n');
  const impossible = path.join(file, 'Шпальта');
  await folder.fill(impossible);
  await save.click();
  const reason = new RegExp(`^Бібліотеку «${impossible.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}» не вдалося відкрити`);
  await expect(folder).toHaveAccessibleDescription(reason);
  await expect(folder).toBeFocused();
  await expect(folder).toHaveAttribute('aria-invalid', 'true');
  await expect(folder).toBeInViewport({ ratio: 1 });
  await expect(dialog.getByText(reason)).toBeInViewport({ ratio: 1 });

  // A good folder clears the message and the dialog closes.
  await folder.fill(app.libraryPath);
  await save.click();
  await expect(dialog).toBeHidden();
});

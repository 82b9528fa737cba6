import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, test } from './browser-mode';

const body = (page: Page) => page.getByRole('textbox', { name: 'Текст статті' });
const saveState = (page: Page) => page.locator('.save-state');

/** CPU seconds a process has used so far (user + system), from /proc/<pid>/stat; clock ticks are 1/100 s. */
async function cpuSeconds(pid: number): Promise<number> {
  const stat = await readFile(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

// Only Linux has /proc, where a folder cannot be made inside one that exists; elsewhere there is no such path.
test.skip(process.platform !== 'linux', 'needs /proc (Linux)');

test('a library folder that cannot be created is refused without spinning, and the host stays idle', async ({
  page,
  app,
}) => {
  await page.goto(app.url);
  await expect(body(page)).toBeVisible();
  await page.getByRole('button', { name: 'Налаштування' }).click();
  const dialog = page.getByRole('dialog', { name: 'Налаштування' });
  await dialog.getByLabel('Тека бібліотеки').fill('/proc/1/нема');
  // Measured in the host's CPU time, not in wall time, which a busy machine stretches: a host caught in
  // Node's endless recursive mkdir would burn a core and never answer.
  const cpuBeforeRefusal = await cpuSeconds(app.pid);
  await dialog.getByRole('button', { name: 'Зберегти' }).click();
  await expect(dialog.getByLabel('Тека бібліотеки')).toHaveAccessibleDescription(
    'Бібліотеку «/proc/1/нема» не вдалося відкрити: система не дозволяє створити тут теку.',
  );
  expect((await cpuSeconds(app.pid)) - cpuBeforeRefusal).toBeLessThan(1);

  // Idle: while the host does real work for the page (an autosave), it uses far less than a core.
  const cpuBefore = await cpuSeconds(app.pid);
  const wallBefore = performance.now();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await body(page).click();
  await page.keyboard.type(' Хост відповідає.');
  await expect(saveState(page)).toHaveText(/Збережено о/);
  const wallSeconds = (performance.now() - wallBefore) / 1000;
  const cpuUsed = (await cpuSeconds(app.pid)) - cpuBefore;
  expect(cpuUsed / wallSeconds).toBeLessThan(0.5);
  expect(await readFile(`${app.libraryPath}/.shpalta/library.json`, 'utf8')).toContain('shpalta');
});

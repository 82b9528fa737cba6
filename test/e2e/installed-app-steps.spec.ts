import { expectArticleKept, writeArticle } from '../e2e-electron/article-roundtrip';
import { expect, test } from './browser-mode';

// The page steps of the installed-app smoke test (test/e2e-electron/packaged.spec.ts), run here in browser mode
// on the same page and API, so a changed label breaks them on this machine rather than on a release runner.
test('an article typed before the host stops is listed and opens after it starts again', async ({ page, app }) => {
  const title = `Встановлена Шпальта ${Date.now()}`;
  await page.goto(app.url);
  await expect(page).toHaveTitle('Шпальта');
  await writeArticle(page, title);

  await app.stopHost();
  await app.startHost();
  await page.goto(app.url);
  await expectArticleKept(page, title);
});

import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { expectArticleKept, writeArticle } from './article-roundtrip';
import { launchInstalled, quitCleanly, quitInstalled } from './packaged-app';

// The installed app, as the release workflow installs it from each installer (deb, AppImage, dmg, NSIS):
// SHPALTA_PACKAGED_APP names its executable. Launch, create an article, type, quit, launch again: the article
// is still there. It runs with the packaged app's fuses as shipped (see packaged-app.ts for how).
const executable = process.env.SHPALTA_PACKAGED_APP;
test.skip(!executable, 'SHPALTA_PACKAGED_APP is not set: this test runs in the release workflow, on an installed app');

test.describe('the installed app', () => {
  let sandbox: string;
  let env: NodeJS.ProcessEnv;
  let userData: string;
  let libraryPath: string;

  test.beforeEach(async () => {
    // A throw-away profile, home and library: the test never touches the runner user's files.
    sandbox = await mkdtemp(path.join(os.tmpdir(), 'shpalta-installed-'));
    userData = path.join(sandbox, 'user-data');
    libraryPath = path.join(sandbox, 'library');
    const home = path.join(sandbox, 'home');
    await mkdir(userData, { recursive: true });
    await mkdir(path.join(home, 'Documents'), { recursive: true });
    await writeFile(path.join(userData, 'settings.json'), JSON.stringify({ libraryPath }), 'utf8');
    env = { ...process.env, HOME: home, USERPROFILE: home, XDG_CONFIG_HOME: path.join(home, '.config') };
    // The fuse ignores it anyway; not passing it keeps the test honest about what it checks.
    delete env['ELECTRON_RUN_AS_NODE'];
    env['XAUTHORITY'] = process.env.XAUTHORITY ?? path.join(os.homedir(), '.Xauthority');
  });

  test.afterEach(async () => {
    await rm(sandbox, { recursive: true, force: true });
  });

  test('keeps an article typed before quitting', async () => {
    test.setTimeout(240_000);
    const title = `Встановлена Шпальта ${Date.now()}`;

    const first = await launchInstalled(executable as string, userData, env);
    try {
      await expect(first.page).toHaveTitle('Шпальта');
      await writeArticle(first.page, title);
    } finally {
      const ending = await quitInstalled(first);
      expect(quitCleanly(ending), JSON.stringify(ending)).toBe(true);
    }

    // On disk in the library the settings name, not only in the page.
    const articles = await readdir(path.join(libraryPath, 'articles'));
    const texts = await Promise.all(
      articles.map((id) => readFile(path.join(libraryPath, 'articles', id, 'article.json'), 'utf8')),
    );
    expect(texts.some((text) => text.includes(title))).toBe(true);

    const second = await launchInstalled(executable as string, userData, env);
    try {
      await expectArticleKept(second.page, title);
    } finally {
      await quitInstalled(second);
    }
  });
});

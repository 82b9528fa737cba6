import { mkdtemp, rm, writeFile, mkdir } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { newArticle } from '../../shared/domain/article';
import { docFromParagraphs, type DocNode } from '../../shared/domain/doc';
import { writeArticleFile } from '../fixtures/hostile-articles';
import { runGit } from '../fixtures/newsroom-repo';
import { expect, test, type BrowserModeApp } from './browser-mode';
import { useNewsroomServer } from './newsroom-hooks';
import { callFromPage } from './page-api';
import { pasteInto } from './clipboard';

/**
 * Issue 22: script hidden in content never runs, wherever the content comes from (a paste, a file in the
 * library, a colleague's change from the newsroom server) and wherever it is drawn (the editor, the page
 * preview, the share cards). Every payload, if it ran, would put its name on the top window's canary list and
 * ask the host for /__canary__/<name>; each test first sees the content arrive and render, then that no
 * canary ran, no such request was made, and the page's policy reported no blocked script (which would mean the
 * markup reached a document and only the policy stopped it).
 */

const FLAG = '__shpaltaCanary';
const ran = (name: string) => `top.${FLAG}=(top.${FLAG}||[]).concat('${name}');fetch('/__canary__/${name}')`;

/** Markup a web page or a hostile document could carry, with text around it to see that the rest arrived. */
const CANARY_HTML = [
  '<p>Канарка: перший абзац.</p>',
  `<p>Зображення <img src="x" onerror="${ran('img')}"> у тексті.</p>`,
  `<script>${ran('script')}</script>`,
  `<svg onload="${ran('svg')}"><circle r="4"></circle></svg>`,
  `<p><a href="javascript:${ran('link')}">Посилання-канарка</a> і <a href="JaVaScRiPt:${ran('link-case')}">ще одне</a>.</p>`,
  `<iframe srcdoc="&lt;script&gt;${ran('srcdoc')}&lt;/script&gt;"></iframe>`,
  `<p onmouseover="${ran('mouseover')}" style="background:url(javascript:${ran('css')})">Абзац із подіями.</p>`,
  `<details open ontoggle="${ran('toggle')}"><summary>Деталі</summary>текст</details>`,
  `<object data="data:text/html,<script>${ran('object')}</script>"></object>`,
  `<math><mtext><table><mglyph><style><img src=x onerror="${ran('mxss')}"></style></mglyph></table></mtext></math>`,
  '<p>Канарка: останній абзац.</p>',
].join('');

/** The same payloads as text an article file can hold: in its fields, its marks, its attributes. */
const PAYLOAD_TEXT = `<img src=x onerror="${ran('text-img')}"><script>${ran('text-script')}</script>`;

function hostileArticle(id: string, headline: string): string {
  const link = (href: string) => [{ type: 'link', attrs: { href } }];
  const body: DocNode[] = [
    { type: 'paragraph', content: [{ type: 'text', text: `Абзац-канарка ${PAYLOAD_TEXT}` }] },
    {
      type: 'paragraph',
      content: [{ type: 'text', text: 'Посилання-канарка', marks: link(`javascript:${ran('mark')}`) }],
    },
    {
      type: 'paragraph',
      content: [{ type: 'text', text: 'Дані-канарка', marks: link(`data:text/html,<script>${ran('data')}</script>`) }],
    },
    {
      type: 'figure',
      attrs: { src: `x" onerror="${ran('figure')}`, alt: `Опис ${PAYLOAD_TEXT}`, caption: PAYLOAD_TEXT, credit: '' },
    },
    {
      type: 'embed',
      attrs: {
        provider: 'youtube',
        url: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ',
        id: `"><script>${ran('embed')}</script>`,
      },
    },
    {
      type: 'blockquote',
      content: [{ type: 'paragraph', content: [{ type: 'text', text: `Цитата ${PAYLOAD_TEXT}` }] }],
    },
    { type: 'paragraph', content: [{ type: 'text', text: 'Канарка: останній абзац.' }] },
  ];
  const article = newArticle(id, '2030-01-01T00:00:00Z', {
    headline,
    lead: `Лід ${PAYLOAD_TEXT}`,
    body: { type: 'doc', content: body },
    share: { title: `</title>${PAYLOAD_TEXT}`, description: PAYLOAD_TEXT, image: `javascript:${ran('share-image')}` },
  });
  return `${JSON.stringify({ ...article, updatedAt: '2030-01-01T00:00:00.000Z' }, null, 2)}\n`;
}

const HOSTILE_HEADLINE = `Канарка <img src=x onerror="${ran('headline')}">`;

const bodyEditor = (page: Page) => page.getByRole('textbox', { name: 'Текст статті' });
const headline = (page: Page) => page.getByRole('textbox', { name: 'Заголовок' });
const saveState = (page: Page) => page.locator('.save-state');
const library = (page: Page) => page.getByRole('listbox', { name: 'Бібліотека' });
const previewToggle = (page: Page) => page.getByText('Перегляд сторінки', { exact: true });
const preview = (page: Page) => page.frameLocator('iframe[title="Сторінка статті, як її покаже сайт"]');
const cards = (page: Page) => page.locator('details.share-cards');

interface Watch {
  /** Requests for /__canary__/…: a payload that ran. */
  canaryRequests: string[];
  /** Console messages about the page's policy refusing something. */
  policyReports: string[];
}

/** Watches the whole context (the page, its frames, its workers) from before the page loads. */
async function watchCanaries(context: BrowserContext, page: Page): Promise<Watch> {
  const watch: Watch = { canaryRequests: [], policyReports: [] };
  context.on('request', (request) => {
    if (request.url().includes('/__canary__/')) watch.canaryRequests.push(request.url());
  });
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) watch.policyReports.push(message.text());
  });
  await context.addInitScript(() => {
    const reports: string[] = [];
    Object.defineProperty(window, '__policyReports', { value: reports });
    document.addEventListener('securitypolicyviolation', (event) =>
      reports.push(`${event.violatedDirective} ${event.blockedURI}`),
    );
  });
  return watch;
}

/** After the content arrived and rendered: nothing ran, nothing asked, nothing was refused by the policy. */
async function expectNoCanary(page: Page, watch: Watch): Promise<void> {
  // A round trip to the host after everything was drawn: an event handler queued by the drawing has had its turn.
  expect((await callFromPage(page, 'app.info', {})).status).toBe(200);
  expect(await page.evaluate((flag) => (window as unknown as Record<string, unknown>)[flag] ?? null, FLAG)).toBeNull();
  expect(watch.canaryRequests).toEqual([]);
  expect(await page.evaluate(() => (window as unknown as { __policyReports: string[] }).__policyReports)).toEqual([]);
  expect(watch.policyReports).toEqual([]);
}

const paste = (page: Page, flavours: Record<string, string>) => pasteInto(bodyEditor(page), flavours);

/** Opens the page preview and sees the article's last paragraph drawn in it. */
async function expectInPreview(page: Page, text: string): Promise<void> {
  await previewToggle(page).click();
  await expect(preview(page).locator('article')).toContainText(text);
}

/** Nothing of the payloads is live markup in the editor: no handler attribute, no script, no frame, no bad link. */
async function expectInertEditor(page: Page): Promise<void> {
  const editor = bodyEditor(page);
  await expect(
    editor.locator('script, iframe, object, embed, svg[onload], [onerror], [onload], [onmouseover], [ontoggle]'),
  ).toHaveCount(0);
  await expect(editor.locator('a[href^="javascript:" i], a[href^="data:" i]')).toHaveCount(0);
}

/**
 * The site page holds one script element by design, its JSON-LD (a data block, never run), written with `<` as
 * `\u003c` so no payload can close it; nothing else that could run.
 */
async function expectInertPreview(page: Page): Promise<void> {
  const frame = preview(page);
  await expect(
    frame.locator('script:not([type="application/ld+json"]), iframe, object, embed, [onerror], [onload]'),
  ).toHaveCount(0);
  for (const data of await frame.locator('script[type="application/ld+json"]').allTextContents()) {
    expect(data).not.toContain('<');
  }
  await expect(frame.locator('a[href^="javascript:" i], a[href^="data:" i]')).toHaveCount(0);
}

test('the canaries themselves run where nothing stops them (a page without the app’s policy)', async ({ page }) => {
  // The control: the same markup in a blank page with no policy sets the flag, so a flag left unset above means
  // the app stopped it, not that the payloads were broken.
  await page.setContent(`<!doctype html><body>${CANARY_HTML}</body>`);
  await expect
    .poll(() => page.evaluate((flag) => (window as unknown as Record<string, string[]>)[flag] ?? [], FLAG))
    .toEqual(expect.arrayContaining(['img', 'script', 'svg']));
});

test('a paste of markup with script in every form: the text arrives, no script runs', async ({
  page,
  context,
  app,
}) => {
  const watch = await watchCanaries(context, page);
  await page.goto(app.url);
  await expect(bodyEditor(page)).toContainText('Це зразкова стаття вашої бібліотеки.');
  await bodyEditor(page).locator('p').last().click();
  await page.keyboard.press('ControlOrMeta+End');

  await paste(page, { 'text/html': CANARY_HTML, 'text/plain': 'Канарка' });
  await expect(bodyEditor(page)).toContainText('Канарка: перший абзац.');
  await expect(bodyEditor(page)).toContainText('Посилання-канарка');
  await expect(bodyEditor(page)).toContainText('Абзац із подіями.');
  await expect(bodyEditor(page)).toContainText('Канарка: останній абзац.');
  await expectInertEditor(page);
  await expect(saveState(page)).toHaveText(/Збережено о/);

  await expectInPreview(page, 'Канарка: останній абзац.');
  await expectNoCanary(page, watch);
});

test('a library file with script in its fields, marks and attributes: shown as text everywhere, never run', async ({
  page,
  context,
  app,
}) => {
  const watch = await watchCanaries(context, page);
  await writeArticleFile(app.libraryPath, 'canary-file', hostileArticle('canary-file', HOSTILE_HEADLINE));
  await page.goto(app.url);
  await library(page)
    .getByRole('option', { name: /Канарка/ })
    .click();
  // The payloads are words on the screen: the headline and the text hold them literally.
  await expect(headline(page)).toHaveValue(HOSTILE_HEADLINE);
  await expect(bodyEditor(page)).toContainText(`Абзац-канарка ${PAYLOAD_TEXT}`);
  await expect(bodyEditor(page)).toContainText('Канарка: останній абзац.');
  await expectInertEditor(page);

  // The cards first: the preview below them, opened later, moves nothing under the click.
  await cards(page).locator('summary').click();
  await expect(cards(page).getByRole('region', { name: 'Facebook: картка посилання' })).toContainText('</title>');
  await expect(cards(page).locator('script, iframe, object, [onerror], [onload]')).toHaveCount(0);

  await expectInPreview(page, 'Канарка: останній абзац.');
  await expect(preview(page).locator('h1')).toHaveText(HOSTILE_HEADLINE);
  await expectInertPreview(page);
  await expectNoCanary(page, watch);
});

test.describe('a colleague’s change from the newsroom server', () => {
  test.describe.configure({ timeout: 120_000 });
  const users = {
    olena: { token: 'olena-token-61', role: 'journalist' as const },
    ivan: { token: 'ivan-token-62', role: 'editor' as const },
  };
  const newsroom = useNewsroomServer(users, () => ({
    'articles/seed-canary/article.json': `${JSON.stringify(
      newArticle('seed-canary', '2025-12-01T09:00:00Z', {
        headline: 'Перша стаття редакції',
        body: docFromParagraphs(['Текст редакції.']),
      }),
      null,
      2,
    )}\n`,
  }));

  /** The colleague (an editor) puts a hostile article on the desk with plain Git, as any client could. */
  async function colleaguePushes(files: Record<string, string>): Promise<void> {
    const work = await mkdtemp(path.join(os.tmpdir(), 'shpalta-colleague-'));
    try {
      const env = {
        PATH: process.env.PATH,
        HOME: work,
        GIT_CONFIG_NOSYSTEM: '1',
        GIT_CONFIG_GLOBAL: path.join(work, '.gitconfig-none'),
        GIT_TERMINAL_PROMPT: '0',
      };
      // Not spawnSync: the newsroom server answers from this very process.
      const git = (...args: string[]) => runGit(args, { cwd: work, env });
      const url = new URL(newsroom.server().url);
      url.username = 'ivan';
      url.password = users.ivan.token;
      await git('clone', '--quiet', '--branch', 'desk', url.href, 'repo');
      for (const [file, text] of Object.entries(files)) {
        await mkdir(path.dirname(path.join(work, 'repo', file)), { recursive: true });
        await writeFile(path.join(work, 'repo', file), text);
      }
      await git('-C', 'repo', 'add', '--all');
      await git(
        '-C',
        'repo',
        '-c',
        'user.name=Іван Петренко',
        '-c',
        'user.email=ivan',
        'commit',
        '--quiet',
        '-m',
        'canary',
      );
      await git('-C', 'repo', 'push', '--quiet', 'origin', 'HEAD:desk');
    } finally {
      await rm(work, { recursive: true, force: true });
    }
  }

  async function joinAsJournalist(page: Page, app: BrowserModeApp): Promise<void> {
    await page.goto(app.url);
    await expect(bodyEditor(page)).toContainText('Це зразкова стаття вашої бібліотеки.');
    const user = { name: 'Олена Коваленко', role: 'journalist' };
    expect((await callFromPage(page, 'settings.update', { user, welcomed: true })).status).toBe(200);
    const joined = await callFromPage(page, 'newsroom.join', {
      url: newsroom.server().url,
      login: 'olena',
      token: users.olena.token,
      folder: path.join(path.dirname(app.libraryPath), 'olena'),
    });
    expect(joined.status, JSON.stringify(joined.body)).toBe(200);
    await page.reload();
    await expect(library(page).getByRole('option', { name: /Перша стаття редакції/ })).toBeVisible();
  }

  test('arrives within seconds, is listed and opened as text, and no script in it runs', async ({
    page,
    context,
    app,
  }) => {
    const watch = await watchCanaries(context, page);
    await joinAsJournalist(page, app);

    await colleaguePushes({
      'articles/canary-colleague/article.json': hostileArticle('canary-colleague', HOSTILE_HEADLINE),
    });
    // Fetched every second: the colleague's article appears in the list with no click.
    const option = library(page).getByRole('option', { name: /Канарка/ });
    await expect(option).toBeVisible({ timeout: 30_000 });
    await option.click();
    await expect(headline(page)).toHaveValue(HOSTILE_HEADLINE);
    await expect(bodyEditor(page)).toContainText(`Абзац-канарка ${PAYLOAD_TEXT}`);
    await expectInertEditor(page);

    await expectInPreview(page, 'Канарка: останній абзац.');
    await expect(preview(page).locator('h1')).toHaveText(HOSTILE_HEADLINE);
    await expectNoCanary(page, watch);
  });
});

/** An article full of what lives elsewhere: pictures on other servers and posts of four networks. */
function remoteArticle(id: string): string {
  const embed = (provider: string, url: string, embedId: string): DocNode => ({
    type: 'embed',
    attrs: { provider, url, id: embedId },
  });
  const article = newArticle(id, '2030-01-01T00:00:00Z', {
    headline: 'Стаття з чужими картинками',
    lead: 'Лід статті з вбудованими дописами.',
    body: {
      type: 'doc',
      content: [
        { type: 'paragraph', content: [{ type: 'text', text: 'Перший абзац про міст.' }] },
        {
          type: 'figure',
          attrs: { src: 'https://cdn.example.com/photo.jpg', alt: 'Міст', caption: 'Міст', credit: 'Агенція' },
        },
        embed('youtube', 'https://www.youtube.com/watch?v=dQw4w9WgXcQ', 'dQw4w9WgXcQ'),
        embed('x', 'https://x.com/kyivindependent/status/1790000000000000000', '1790000000000000000'),
        embed('facebook', 'https://www.facebook.com/zelenskyy/posts/pfbid0abc', 'zelenskyy/posts/pfbid0abc'),
        embed('telegram', 'https://t.me/ukrpravda_news/123456', 'ukrpravda_news/123456'),
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: 'Джерело', marks: [{ type: 'link', attrs: { href: 'https://example.com/source' } }] },
            { type: 'text', text: ' і <img src="https://tracker.example.com/pixel.gif"> як текст.' },
          ],
        },
        { type: 'paragraph', content: [{ type: 'text', text: 'Останній абзац про міст.' }] },
      ],
    },
    featuredImage: { src: 'https://cdn.example.com/featured.jpg', alt: 'Головне фото', caption: '', credit: '' },
    share: { title: '', description: '', image: 'https://cdn.example.com/share.jpg' },
  });
  return `${JSON.stringify({ ...article, updatedAt: '2030-01-01T00:00:00.000Z' }, null, 2)}\n`;
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

test('no request leaves 127.0.0.1 while an article with remote pictures and embeds is edited and previewed', async ({
  page,
  context,
  app,
}) => {
  const outside: string[] = [];
  const seen: string[] = [];
  // Every request of the page, its frames and its workers; one that would leave is written down and stopped.
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    seen.push(url.href);
    if (url.protocol === 'data:' || url.protocol === 'blob:' || LOOPBACK.has(url.hostname)) return route.continue();
    outside.push(url.href);
    return route.abort('blockedbyclient');
  });
  context.on('request', (request) => {
    const url = new URL(request.url());
    if (!['data:', 'blob:'].includes(url.protocol) && !LOOPBACK.has(url.hostname)) outside.push(url.href);
  });

  await writeArticleFile(app.libraryPath, 'remote-things', remoteArticle('remote-things'));
  await page.goto(app.url);
  await library(page).getByRole('option', { name: 'Стаття з чужими картинками' }).click();
  await expect(headline(page)).toHaveValue('Стаття з чужими картинками');
  await expect(bodyEditor(page)).toContainText('Останній абзац про міст.');

  // Edited: typed, and a web page's pictures and frames pasted in.
  await bodyEditor(page).getByText('Останній абзац про міст.').click();
  await page.keyboard.press('End');
  await page.keyboard.type(' Відкриття навесні.');
  await paste(page, {
    'text/html':
      '<p>Вставлено з сайту <img src="https://cdn.example.com/pasted.jpg" alt="Фото"></p>' +
      '<iframe src="https://www.youtube.com/embed/dQw4w9WgXcQ"></iframe>' +
      '<p style="background-image:url(https://tracker.example.com/bg.gif)">Кінець вставки.</p>' +
      '<link rel="stylesheet" href="https://cdn.example.com/evil.css"><video src="https://cdn.example.com/v.mp4" autoplay></video>',
    'text/plain': 'Вставлено з сайту',
  });
  await expect(bodyEditor(page)).toContainText('Кінець вставки.');
  await expect(saveState(page)).toHaveText(/Збережено о/);

  // Previewed: the share cards, and the site page at both widths.
  await cards(page).locator('summary').click();
  await expect(cards(page).getByRole('region', { name: 'Telegram: картка посилання' })).toContainText(
    'Стаття з чужими картинками',
  );
  await expectInPreview(page, 'Відкриття навесні.');
  await page.getByRole('radio', { name: 'Телефон' }).check();
  await expect(preview(page).locator('article')).toContainText('Кінець вставки.');
  // A last round trip to the host, after everything above was drawn.
  expect((await callFromPage(page, 'app.info', {})).status).toBe(200);

  expect(seen.length).toBeGreaterThan(0);
  expect(seen.some((url) => url.includes('/api/article.save'))).toBe(true);
  expect(outside).toEqual([]);
});

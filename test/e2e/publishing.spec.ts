import { mkdir } from 'node:fs/promises';
import { createServer, Socket, type Server } from 'node:net';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { outletEdit, type OutletProfile } from '../../shared/outlet/outlet-profile';
import { startTelegramBotApi, type TelegramBotApiServer } from '../fixtures/telegram-bot-api';
import { startWordPress, type WordPressServer } from '../fixtures/wordpress-server';
import { severeAxeViolations } from './axe';
import { expect, startBrowserMode, test } from './browser-mode';
import { callFromPage } from './page-api';

/*
 * An editor publishes from the browser to the three targets — a site folder, Debian's WordPress and a
 * loopback Telegram Bot API — and watches the outbox; then the network to WordPress and Telegram goes away,
 * a correction waits for it, and drains once when it is back.
 */

test.describe.configure({ timeout: 240_000 });

const TOKEN = '7000000003:AAH-e2e-telegram-token';
const CHANNEL = { id: -1009876543210, username: 'misto_news', title: 'Міська газета', bot: 'admin' as const };

/** A TCP path to a loopback server that a test can cut (connections refused, as with no network) and restore. */
class Link {
  private server: Server | null = null;
  private readonly sockets = new Set<Socket>();
  port = 0;

  constructor(private readonly targetPort: number) {}

  async up(): Promise<void> {
    const server = createServer((client) => {
      const upstream = new Socket();
      upstream.connect(this.targetPort, '127.0.0.1');
      for (const socket of [client, upstream]) {
        this.sockets.add(socket);
        socket.on('close', () => this.sockets.delete(socket));
        socket.on('error', () => socket.destroy());
      }
      client.pipe(upstream).pipe(client);
    });
    await new Promise<void>((resolve) => server.listen(this.port, '127.0.0.1', resolve));
    this.port = (server.address() as { port: number }).port;
    this.server = server;
  }

  async down(): Promise<void> {
    const server = this.server;
    this.server = null;
    for (const socket of this.sockets) socket.destroy();
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  }
}

let wp: WordPressServer;
let tg: TelegramBotApiServer;
let wpLink: Link;
let tgLink: Link;

test.beforeAll(async () => {
  test.setTimeout(180_000);
  [wp, tg] = await Promise.all([
    startWordPress(),
    startTelegramBotApi({ token: TOKEN, chats: [CHANNEL], ownPostsInUpdates: true }),
  ]);
  wpLink = new Link(Number(new URL(wp.url).port));
  tgLink = new Link(Number(new URL(tg.apiBase).port));
  await Promise.all([wpLink.up(), tgLink.up()]);
});
test.afterAll(async () => {
  await Promise.all([wpLink?.down(), tgLink?.down()]);
  await Promise.all([wp?.close(), tg?.close()]);
});

const headline = (page: Page) => page.getByRole('textbox', { name: 'Заголовок' });
const lead = (page: Page) => page.getByRole('textbox', { name: 'Лід' });
const bar = (page: Page) => page.getByRole('region', { name: 'Статус статті' });
const statusLine = (page: Page) => bar(page).locator('.workflow-status');
const step = (page: Page, name: string) => bar(page).getByRole('button', { name, exact: true });
const publications = (page: Page) => page.getByRole('region', { name: 'Публікації', exact: true });
const job = (page: Page, target: string) => publications(page).locator(`li[data-target="${target}"]`).first();

async function publishThroughDialog(page: Page, override: boolean): Promise<void> {
  const dialog = page.getByRole('dialog', { name: 'Публікація статті' });
  await expect(dialog.getByRole('checkbox', { name: 'Канал у Telegram' })).toBeChecked();
  await expect(dialog.getByRole('checkbox', { name: 'WordPress' })).toBeChecked();
  await expect(dialog.getByRole('checkbox', { name: 'Сайт у теці' })).toBeChecked();
  if (override) {
    await expect(dialog.getByRole('button', { name: 'Опублікувати', exact: true })).toBeDisabled();
    await dialog.getByRole('checkbox', { name: 'Я бачу зауваження й публікую попри них' }).check();
  }
  await dialog.getByRole('button', { name: 'Опублікувати', exact: true }).click();
  await expect(dialog).toBeHidden();
}

test('an editor publishes to a site folder, WordPress and Telegram, and a correction waits out a lost network', async ({
  page,
}) => {
  process.env.SHPALTA_TELEGRAM_API = `http://127.0.0.1:${tgLink.port}`;
  process.env.SHPALTA_TELEGRAM_OWN_POSTS = '1';
  const app = await startBrowserMode();
  try {
    const siteFolder = path.join(path.dirname(app.libraryPath), 'site');
    await mkdir(siteFolder);
    await page.goto(app.url);
    await expect(headline(page)).toHaveValue(/Редакція перейшла/);
    const call = (method: string, input: unknown) => callFromPage(page, method as never, input as never);
    expect(
      (await call('settings.update', { user: { name: 'Іван Редактор', role: 'editor' }, welcomed: true })).status,
    ).toBe(200);
    const outlet = (await call('outlet.get', {})).body as { profile: OutletProfile; hash: string | null };
    const profile = { ...outletEdit(outlet.profile), name: 'Міська газета', siteUrl: 'https://misto.example' };
    expect((await call('outlet.update', { profile, baseHash: outlet.hash })).status).toBe(200);
    await page.reload();
    await expect(headline(page)).toHaveValue(/Редакція перейшла/);

    // Publishing is set up in the settings, as an editor would: credentials typed once, never shown again.
    await page.getByRole('button', { name: 'Налаштування' }).click();
    const settings = page.getByRole('region', { name: 'Публікація', exact: true });
    await settings.getByLabel('Тека сайту (повний шлях)').fill(siteFolder);
    await settings.getByLabel('Адреса WordPress').fill(`http://127.0.0.1:${wpLink.port}`);
    await settings.getByLabel('Логін WordPress').fill('olena');
    await settings.getByLabel('Пароль застосунку WordPress').fill(wp.people.olena.appPassword);
    await settings.getByLabel('Канал (@назва або -100…)').fill('@misto_news');
    await settings.getByLabel('Токен бота').fill(TOKEN);
    await settings.getByRole('button', { name: 'Застосувати' }).click();
    await expect(settings.getByText('Налаштування публікації збережено.')).toBeVisible();
    await expect(settings.getByLabel('Пароль застосунку WordPress')).toHaveValue('');
    await expect(settings.getByText('Збережено. Щоб замінити, введіть новий.')).toHaveCount(2);
    await expect(settings.getByText(/менш безпечно|може прочитати кожен/)).toBeVisible();
    await page.keyboard.press('Escape');

    // The article goes through review, then out.
    for (const [name, status] of [
      ['Надіслати редакторові', 'Надіслано'],
      ['Взяти на перевірку', 'На розгляді'],
      ['Схвалити', 'Погоджено'],
    ] as const) {
      await step(page, name).click();
      await expect(statusLine(page)).toHaveText(`Статус: ${status}`);
    }
    await step(page, 'Опублікувати…').click();
    const dialog = page.getByRole('dialog', { name: 'Публікація статті' });
    await expect(dialog.getByRole('heading', { name: 'Перевірка перед публікацією' })).toBeVisible();
    // The sample has no featured picture: the checklist says so, and publishing needs a confirmation.
    await expect(dialog.locator('.publish-checklist')).toContainText('зображення');
    expect(await severeAxeViolations(page, ['.publish-dialog'])).toEqual([]);
    await publishThroughDialog(page, true);

    for (const target of ['static', 'wordpress', 'telegram']) {
      await expect(job(page, target)).toContainText('надіслано', { timeout: 60_000 });
    }
    await expect(statusLine(page)).toHaveText('Статус: Опубліковано');
    // Publishing wrote the article (where it went, its status): this app's own change, taken in quietly.
    await expect(page.getByText('Статтю оновлено з диска')).toHaveCount(0);
    await expect(job(page, 'static')).toContainText('https://misto.example/');
    expect(tg.posts(CHANNEL.id)).toHaveLength(1);
    const posts = await wp.rest<Array<{ id: number; title: { raw: string } }>>('/wp/v2/posts', {
      status: 'any',
      context: 'edit',
    });
    expect(posts.map((post) => post.title.raw)).toEqual([await headline(page).inputValue()]);

    // The network to WordPress and Telegram goes away; a correction waits for it, and the site folder does not.
    await Promise.all([wpLink.down(), tgLink.down()]);
    await step(page, 'Почати виправлення').click();
    await expect(statusLine(page)).toHaveText('Статус: Виправляється');
    await lead(page).fill('Журналісти готують матеріали без інтернету — і тепер публікують звідси.');
    await expect(page.locator('.save-state')).toHaveText(/Збережено о/);
    await step(page, 'Схвалити виправлення…').click();
    await publishThroughDialog(page, true);
    await expect(job(page, 'wordpress')).toContainText('чекає мережі', { timeout: 60_000 });
    await expect(job(page, 'telegram')).toContainText('чекає мережі', { timeout: 60_000 });
    await expect(job(page, 'static')).toContainText('надіслано', { timeout: 60_000 });
    await expect(page.locator('.publishing-status')).toContainText('у дорозі');

    // Back: the waiting jobs drain once, and update what the first publication made.
    await Promise.all([wpLink.up(), tgLink.up()]);
    for (const target of ['wordpress', 'telegram']) {
      await expect(job(page, target)).toContainText('надіслано', { timeout: 90_000 });
    }
    await expect(page.locator('.publishing-status')).toBeEmpty();
    const [message] = tg.posts(CHANNEL.id);
    expect(tg.posts(CHANNEL.id)).toHaveLength(1);
    expect(message?.edits).toBe(1);
    expect(message?.text).toContain('і тепер публікують звідси');
    const after = await wp.rest<Array<{ id: number; excerpt: { raw: string } }>>('/wp/v2/posts', {
      status: 'any',
      context: 'edit',
    });
    expect(after.map((post) => post.id)).toEqual(posts.map((post) => post.id));
    expect(after[0]?.excerpt.raw).toContain('і тепер публікують звідси');

    // The whole outbox, from the status bar's word when something is on its way, or the list here.
    expect(await page.locator('body').innerText()).not.toContain(TOKEN);
    expect(await page.locator('body').innerText()).not.toContain(wp.people.olena.appPassword);
  } finally {
    delete process.env.SHPALTA_TELEGRAM_API;
    delete process.env.SHPALTA_TELEGRAM_OWN_POSTS;
    await app.stop();
  }
});

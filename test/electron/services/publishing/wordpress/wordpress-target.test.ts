import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PublishError, type RemoteRecord } from '../../../../../electron/services/publishing/publish-target';
import { siteBase, siteName } from '../../../../../electron/services/publishing/wordpress/site-address';
import {
  WordPressTarget,
  type WordPressSettings,
} from '../../../../../electron/services/publishing/wordpress/wordpress-target';
import { FileSecretStore } from '../../../../../electron/services/secrets/secret-store';
import { clientMarker, markerSearch } from '../../../../../shared/publishing/wordpress/client-marker';
import { bodyHtml } from '../../../../../shared/site/body-html';
import { makeTempDir } from '../../../../fixtures/temp-dir';
import { sendContext, wordpressArticle, type ArticleWithMedia } from '../../../../fixtures/wordpress-article';
import { startWordPress, type WordPressLogin, type WordPressServer } from '../../../../fixtures/wordpress-server';

/*
 * The WordPress target against a real WordPress (Debian's 6.1 over MariaDB, test/fixtures/wordpress-server.ts):
 * what a reader of the site would get is read back through the REST API as the site's administrator, in the
 * `raw` fields (the `rendered` ones pass through wptexturize, which changes quotes and dashes).
 */

interface RawPost {
  id: number;
  status: string;
  slug: string;
  link: string;
  date_gmt: string;
  author: number;
  featured_media: number;
  categories: number[];
  tags: number[];
  title: { raw: string };
  content: { raw: string };
  excerpt: { raw: string };
}
interface RawMedia {
  id: number;
  source_url: string;
  alt_text: string;
  caption: { raw: string };
}

/** Each test makes a few real requests of a real site: room for a busy machine. */
const TEST_MS = 30_000;
let wp: WordPressServer;
const secretName = 'publish.wordpress.test';

beforeAll(async () => {
  wp = await startWordPress();
}, 120_000);
afterAll(async () => {
  await wp?.close();
});

async function targetFor(login: WordPressLogin, options: Partial<WordPressSettings> & { password?: string } = {}) {
  const secrets = new FileSecretStore(await makeTempDir(), null);
  const { password = wp.people[login].appPassword, ...settings } = options;
  await secrets.set(secretName, password);
  return new WordPressTarget({ siteUrl: wp.url, login, passwordSecret: secretName, ...settings }, secrets);
}

const post = (record: RemoteRecord) => wp.rest<RawPost>(`/wp/v2/posts/${record.id}`, { context: 'edit' });
const media = (id: number) => wp.rest<RawMedia>(`/wp/v2/media/${id}`, { context: 'edit' });
const termNames = async (taxonomy: string, ids: number[]) =>
  (await Promise.all(ids.map((id) => wp.rest<{ name: string }>(`/wp/v2/${taxonomy}/${id}`)))).map((t) => t.name).sort();
const count = async (sql: string) => Number((await wp.sql(sql)).trim());
const postsOf = (articleId: string) =>
  count(`SELECT COUNT(*) FROM wp_posts WHERE post_type = 'post' AND post_content LIKE '%${markerSearch(articleId)} %'`);
const attachments = () => count(`SELECT COUNT(*) FROM wp_posts WHERE post_type = 'attachment'`);

/** The failure a call ends in (it must fail with a PublishError). */
async function failure(work: Promise<unknown>): Promise<PublishError> {
  const error = await work.then(
    () => null,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(PublishError);
  return error as PublishError;
}

/** The body as the target must have sent it: the site renderer's HTML with the uploaded pictures' addresses. */
function expectedContent(item: ArticleWithMedia, record: RemoteRecord, jobId: string): string {
  const bySrc = new Map<string, { url: string; width: number | null; height: number | null }>();
  for (const [key, value] of Object.entries(record.extra)) {
    if (!key.startsWith('media:')) continue;
    const remote = JSON.parse(value) as { url: string; width: number; height: number };
    const file = [...item.files.values()].find((f) => f.src.includes(key.slice('media:'.length)));
    if (file) bySrc.set(file.src, remote);
  }
  const body = bodyHtml(item.article.body, {
    media: (src) => bySrc.get(src) ?? null,
    articleUrl: () => null,
    dateStyle: 'capitalized-dash',
  });
  return `${clientMarker(item.article.id, jobId)}\n${body}`;
}

describe('WordPressTarget on a real WordPress', { timeout: TEST_MS }, () => {
  it('publishes a Ukrainian article with its pictures, rubric and tags, exactly as written', async () => {
    const target = await targetFor('olena');
    const item = wordpressArticle({ id: 'publish-uk', seed: 11 });
    const record = await target.send(sendContext(item, { jobId: 'job-publish-1' }));

    const got = await post(record);
    const { article } = item;
    expect(got.status).toBe('publish');
    expect(record).toMatchObject({ id: String(got.id), url: got.link, extra: { status: 'publish' } });
    expect(JSON.stringify(record)).not.toContain(wp.people.olena.appPassword);
    // Byte for byte: « » ’ — … and the rest of the typography survive the trip.
    expect(got.title.raw).toBe(article.headline);
    expect(got.excerpt.raw).toBe(article.lead);
    expect(got.content.raw).toBe(expectedContent(item, record, 'job-publish-1'));
    expect(got.title.raw).toContain('«затвердив» план — і що з того’…');
    expect(got.slug).toBe(article.slug);
    expect(got.author).toBe(wp.people.olena.id);
    expect(await termNames('categories', got.categories)).toEqual(['Політика']);
    expect(await termNames('tags', got.tags)).toEqual(['економіка', 'Київ', 'уряд «на зв’язку»'].sort());

    // Three pictures uploaded once each; the featured one carries its alt text and its caption with the credit.
    expect(Object.keys(record.extra).filter((key) => key.startsWith('media:'))).toHaveLength(3);
    expect(await attachments()).toBe(3);
    const featured = await media(got.featured_media);
    expect(featured.alt_text).toBe(article.featuredImage?.alt);
    expect(featured.caption.raw).toBe('Уряд’ — фото дня Фото: Олег Бондар');
    // Every picture the post shows is served by the site.
    const sources = [...got.content.raw.matchAll(/<img src="([^"]+)"/g)].map((match) => match[1] ?? '');
    expect(sources).toHaveLength(2);
    for (const source of [...sources, featured.source_url]) {
      const answer = await fetch(source);
      expect(answer.status, source).toBe(200);
      expect(answer.headers.get('content-type')).toBe('image/png');
    }
  });

  it('updates the same post in place on a correction, uploading nothing again', async () => {
    const target = await targetFor('olena');
    const first = wordpressArticle({ id: 'correct-uk', seed: 12 });
    const record = await target.send(sendContext(first, { jobId: 'job-correct-1' }));
    const uploaded = await attachments();

    const featuredImage = first.article.featuredImage && {
      ...first.article.featuredImage,
      alt: 'Будівля уряду — «виправлений» опис’…',
    };
    const corrected: ArticleWithMedia = {
      ...first,
      article: {
        ...first.article,
        headline: 'Уточнення: «план» ухвалено — не вчора, а сьогодні…',
        tags: ['Київ', 'нове «слово»'],
        featuredImage,
      },
    };
    const again = await target.send(sendContext(corrected, { jobId: 'job-correct-2', previous: record }));

    expect(again.id).toBe(record.id);
    expect(await postsOf('correct-uk')).toBe(1);
    expect(await attachments()).toBe(uploaded);
    const got = await post(again);
    expect(got.title.raw).toBe(corrected.article.headline);
    expect(got.content.raw).toBe(expectedContent(corrected, again, 'job-correct-2'));
    expect(await termNames('tags', got.tags)).toEqual(['Київ', 'нове «слово»'].sort());
    expect((await media(got.featured_media)).alt_text).toBe('Будівля уряду — «виправлений» опис’…');
  });

  it('finds the article’s post by its marker when the record was lost, and updates it', async () => {
    const target = await targetFor('olena');
    const item = wordpressArticle({ id: 'no-record', seed: 13 });
    const record = await target.send(sendContext(item, { jobId: 'job-norecord-1' }));
    const again = await target.send(sendContext(item, { jobId: 'job-norecord-2' }));
    expect(again.id).toBe(record.id);
    expect(await postsOf('no-record')).toBe(1);
  });

  it('schedules for a future time, then publishes at once when asked to', async () => {
    const target = await targetFor('olena');
    const item = wordpressArticle({ id: 'scheduled', seed: 14, images: 1 });
    const when = '2031-05-04T09:30:00+03:00';
    const record = await target.send(sendContext(item, { jobId: 'job-scheduled-1', when }));
    expect(record.extra.status).toBe('future');
    const scheduled = await post(record);
    expect(scheduled.status).toBe('future');
    expect(scheduled.date_gmt).toBe('2031-05-04T06:30:00');

    const now = await target.send(sendContext(item, { jobId: 'job-scheduled-2', previous: record }));
    expect((await post(now)).status).toBe('publish');
  });

  it('withdraws to the trash, and a second withdrawal is already done', async () => {
    const target = await targetFor('olena');
    const item = wordpressArticle({ id: 'withdrawn', seed: 15, images: 0 });
    const record = await target.send(sendContext(item, { jobId: 'job-withdraw-1' }));
    await target.withdraw(sendContext(item, { jobId: 'job-withdraw-2', previous: record }));
    expect((await post(record)).status).toBe('trash');
    await target.withdraw(sendContext(item, { jobId: 'job-withdraw-3', previous: record }));
    await target.withdraw(sendContext(item, { jobId: 'job-withdraw-4' })); // without a record: nothing to find
    expect((await post(record)).status).toBe('trash');

    // Published again after the withdrawal: the same post comes back, under its own slug.
    const back = await target.send(sendContext(item, { jobId: 'job-withdraw-5', previous: record }));
    expect(back.id).toBe(record.id);
    expect(await post(back)).toMatchObject({ status: 'publish', slug: item.article.slug });
    expect(await postsOf('withdrawn')).toBe(1);
  });

  it('tells by the job id whether the last send acted', async () => {
    const target = await targetFor('olena');
    const item = wordpressArticle({ id: 'looked-up', seed: 16 });
    expect(await target.lookup(sendContext(item, { jobId: 'job-lookup-1' }))).toBeNull();
    const record = await target.send(sendContext(item, { jobId: 'job-lookup-1' }));
    const found = await target.lookup(sendContext(item, { jobId: 'job-lookup-1' }));
    expect(found).toEqual(record);
    // A correction's job whose update never landed: the post carries the earlier job's id.
    expect(await target.lookup(sendContext(item, { jobId: 'job-lookup-2', previous: record }))).toBeNull();
  });

  it('maps the author by login where the site shows that person, else leaves the post to the password’s owner', async () => {
    // An editor sees only people who have published: Petro publishes first.
    const petro = await targetFor('petro');
    const own = wordpressArticle({ id: 'by-petro', seed: 17, images: 0, rubric: '' });
    const petroRecord = await petro.send(sendContext(own, { jobId: 'job-petro' }));
    expect((await post(petroRecord)).author).toBe(wp.people.petro.id);

    const target = await targetFor('olena', { authorLogins: { 'Петро Шевчук': 'petro', 'Іван Мельник': 'ivan' } });
    const mapped = wordpressArticle({ id: 'for-petro', seed: 18, images: 0, authors: ['Петро Шевчук'] });
    expect((await post(await target.send(sendContext(mapped, { jobId: 'job-for-petro' })))).author).toBe(
      wp.people.petro.id,
    );
    const unseen = wordpressArticle({ id: 'for-ivan', seed: 19, images: 0, authors: ['Іван Мельник'] });
    expect((await post(await target.send(sendContext(unseen, { jobId: 'job-for-ivan' })))).author).toBe(
      wp.people.olena.id,
    );
  });
});

describe('WordPressTarget refusals, in the catalogue’s words', { timeout: TEST_MS }, () => {
  it('refuses a contributor’s password clearly, before anything reaches the site', async () => {
    const before = await attachments();
    const target = await targetFor('ivan');
    const error = await failure(
      target.send(sendContext(wordpressArticle({ id: 'by-ivan', seed: 20 }), { jobId: 'j' })),
    );
    expect(error.outcome).toBe('rejected');
    expect(error.reason).toEqual({
      key: 'publish.wordpress.cannotPublish',
      params: { site: new URL(wp.url).host, login: 'ivan' },
    });
    expect(await attachments()).toBe(before);
    expect(await postsOf('by-ivan')).toBe(0);
  });

  it('refuses a wrong application password, and never repeats it', async () => {
    const password = 'abcd EFGH ijkl MNOP qrst UVWX';
    const target = await targetFor('olena', { password });
    const item = wordpressArticle({ id: 'wrong-password', seed: 21 });
    for (const work of [
      () => target.send(sendContext(item, { jobId: 'j' })),
      () => target.withdraw(sendContext(item, { jobId: 'j' })),
    ]) {
      const error = await failure(work());
      expect(error.outcome).toBe('rejected');
      expect(error.reason.key).toBe('publish.wordpress.wrongPassword');
      expect(JSON.stringify({ ...error, message: error.message, stack: error.stack })).not.toContain('ijkl');
    }
    // Lookup cannot tell without a working password: a person decides.
    const lookup = await failure(target.lookup(sendContext(item, { jobId: 'j' })));
    expect(lookup.outcome).toBe('unknown');
    expect(lookup.reason.key).toBe('publish.wordpress.wrongPassword');
    expect(await postsOf('wrong-password')).toBe(0);
  });

  it('names a picture that cannot be read on this computer, before anything is uploaded', async () => {
    const target = await targetFor('olena');
    const item = wordpressArticle({ id: 'unreadable', seed: 26 });
    const context = sendContext(item, { jobId: 'j' });
    const missing = [...item.files.keys()][1] ?? '';
    const uploaded = await attachments();
    const error = await failure(
      target.send({
        ...context,
        readMedia: (src) => (src === missing ? Promise.reject(new Error('ENOENT')) : context.readMedia(src)),
      }),
    );
    expect(error.outcome).toBe('rejected');
    expect(error.reason).toEqual({
      key: 'publish.wordpress.mediaUnreadable',
      params: { file: missing.slice('media/'.length) },
    });
    expect(await attachments()).toBe(uploaded);
  });

  it('asks for the password when none is stored', async () => {
    const target = new WordPressTarget(
      { siteUrl: wp.url, login: 'olena', passwordSecret: 'absent' },
      new FileSecretStore(await makeTempDir(), null),
    );
    const error = await failure(target.send(sendContext(wordpressArticle({ id: 'no-password' }), { jobId: 'j' })));
    expect(error.outcome).toBe('rejected');
    expect(error.reason.key).toBe('publish.wordpress.noPassword');
  });

  it('refuses a slug another post of the site holds, instead of publishing under `-2`', async () => {
    const admin = await targetFor('admin');
    const theirs = wordpressArticle({ id: 'theirs', seed: 22, images: 0, slug: 'zaniata-adresa' });
    const record = await admin.send(sendContext(theirs, { jobId: 'job-theirs' }));
    // The site's own post, written there by hand: no marker of ours in it.
    await wp.sql(`UPDATE wp_posts SET post_content = '<p>Чужа стаття</p>' WHERE ID = ${record.id}`);

    const target = await targetFor('olena');
    const uploaded = await attachments();
    const ours = wordpressArticle({ id: 'ours', seed: 23, images: 2, slug: 'zaniata-adresa' });
    const error = await failure(target.send(sendContext(ours, { jobId: 'job-ours' })));
    expect(error.outcome).toBe('rejected');
    expect(error.reason).toEqual({
      key: 'publish.wordpress.slugTaken',
      params: { site: new URL(wp.url).host, slug: 'zaniata-adresa' },
    });
    expect(await postsOf('ours')).toBe(0);
    expect(await attachments()).toBe(uploaded); // refused before anything was uploaded
  });

  it('tells an author who may not create the rubric so, and publishes under an existing one', async () => {
    const target = await targetFor('petro');
    const newRubric = wordpressArticle({ id: 'new-rubric', seed: 24, images: 1, rubric: 'Зовсім нова рубрика' });
    const error = await failure(target.send(sendContext(newRubric, { jobId: 'j' })));
    expect(error.outcome).toBe('rejected');
    expect(error.reason.key).toBe('publish.wordpress.cannotCreateCategory');

    const existing = wordpressArticle({ id: 'old-rubric', seed: 25, images: 1, rubric: 'Uncategorized' });
    const record = await target.send(sendContext(existing, { jobId: 'j2' }));
    expect(await termNames('categories', (await post(record)).categories)).toEqual(['Uncategorized']);
    // An author's content passes WordPress's HTML filter (no unfiltered_html): the marker survives it and is found.
    expect((await post(record)).content.raw).toContain(clientMarker('old-rubric', 'j2'));
    expect(await target.lookup(sendContext(existing, { jobId: 'j2' }))).toEqual(record);
  });

  it('says the site is unreachable when nothing listens there (nothing was sent)', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const { port } = closed.address() as AddressInfo;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const target = await targetFor('olena', { siteUrl: `http://127.0.0.1:${port}/` });
    const error = await failure(target.send(sendContext(wordpressArticle({ id: 'unreachable' }), { jobId: 'j' })));
    expect(error.outcome).toBe('not-sent');
    expect(error.reason.key).toBe('publish.wordpress.unreachable');
  });

  it('says there is no WordPress where a site answers with a web page', async () => {
    const page = createServer((_, res) => res.writeHead(200, { 'content-type': 'text/html' }).end('<h1>Вітаємо</h1>'));
    await new Promise<void>((resolve) => page.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = page.address() as AddressInfo;
      const target = await targetFor('olena', { siteUrl: `http://127.0.0.1:${port}` });
      const error = await failure(target.send(sendContext(wordpressArticle({ id: 'not-wp' }), { jobId: 'j' })));
      expect(error.outcome).toBe('rejected');
      expect(error.reason.key).toBe('publish.wordpress.notWordPress');
    } finally {
      await new Promise<void>((resolve) => page.close(() => resolve()));
    }
  });

  it('will not send a password over plain http to another computer', async () => {
    const target = await targetFor('olena', { siteUrl: 'http://news.example.com/blog' });
    const error = await failure(target.send(sendContext(wordpressArticle({ id: 'plain-http' }), { jobId: 'j' })));
    expect(error.outcome).toBe('rejected');
    expect(error.reason).toEqual({ key: 'publish.wordpress.insecureSiteUrl', params: { site: 'news.example.com' } });
  });

  it('refuses an address that is not a site’s, without naming a password written into it', async () => {
    const target = await targetFor('olena', { siteUrl: 'ftp://olena:secret-pass@example.com/' });
    const error = await failure(target.send(sendContext(wordpressArticle({ id: 'bad-url' }), { jobId: 'j' })));
    expect(error.outcome).toBe('rejected');
    expect(error.reason).toEqual({ key: 'publish.wordpress.badSiteUrl', params: { site: 'example.com' } });
  });
});

describe('the site address', () => {
  it('ends in a slash, so WordPress in a sub-folder is asked there, and keeps no query', () => {
    expect(siteBase('https://example.com/news?x=1#top')?.href).toBe('https://example.com/news/');
    expect(siteBase(' https://example.com ')?.href).toBe('https://example.com/');
  });

  it('takes only http(s) without a login in it', () => {
    expect(siteBase('ftp://example.com')).toBeNull();
    expect(siteBase('https://olena:secret@example.com')).toBeNull();
    expect(siteBase('example.com')).toBeNull();
  });

  it('names the site by its host, never with what was typed before an @', () => {
    expect(siteName('https://olena:secret@example.com:8443/x')).toBe('example.com:8443');
    expect(siteName('weird://olena:secret@ex ample')).toBe('ex ample');
    expect(siteName('olena:secret@example.com/blog')).toBe('example.com');
    expect(siteName('example.com')).toBe('example.com');
  });
});

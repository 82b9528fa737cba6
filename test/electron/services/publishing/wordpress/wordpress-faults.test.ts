import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  PublishError,
  type RemoteRecord,
  type SendContext,
} from '../../../../../electron/services/publishing/publish-target';
import { WordPressTarget } from '../../../../../electron/services/publishing/wordpress/wordpress-target';
import { FileSecretStore } from '../../../../../electron/services/secrets/secret-store';
import { markerSearch } from '../../../../../shared/publishing/wordpress/client-marker';
import { makeTempDir } from '../../../../fixtures/temp-dir';
import { sendContext, wordpressArticle, type ArticleWithMedia } from '../../../../fixtures/wordpress-article';
import { startWordPress, type FaultKind, type WordPressServer } from '../../../../fixtures/wordpress-server';

/*
 * Retries through a fault proxy in front of a real WordPress: each fault fails one request, before WordPress
 * saw it or after it acted, and the send is then driven as the outbox drives it (an `unknown` outcome is looked
 * up before anything is sent again). However the request failed, the site ends with exactly one post and each
 * picture uploaded once.
 */

const TIMEOUT_MS = 800;
/** A test waits out at most a few timeouts (an upload's is four times TIMEOUT_MS). */
const TEST_MS = 30_000;
let wp: WordPressServer;
let target: WordPressTarget;

beforeAll(async () => {
  wp = await startWordPress({ proxy: true });
  const secrets = new FileSecretStore(await makeTempDir(), null);
  await secrets.set('wp', wp.people.olena.appPassword);
  target = new WordPressTarget(
    { siteUrl: wp.proxyUrl ?? '', login: 'olena', passwordSecret: 'wp', requestTimeoutMs: TIMEOUT_MS },
    secrets,
  );
}, 120_000);
afterAll(async () => {
  await wp?.close();
});

const proxy = () => {
  if (!wp.proxy) throw new Error('started without the fault proxy');
  return wp.proxy;
};
const count = async (sql: string) => Number((await wp.sql(sql)).trim());
const postsOf = (articleId: string) =>
  count(`SELECT COUNT(*) FROM wp_posts WHERE post_type = 'post' AND post_content LIKE '%${markerSearch(articleId)} %'`);
const attachments = () => count(`SELECT COUNT(*) FROM wp_posts WHERE post_type = 'attachment'`);

/** Drives a job as the outbox does; returns the record and the failures met on the way. */
async function deliver(context: SendContext): Promise<{ record: RemoteRecord; failures: PublishError[] }> {
  const failures: PublishError[] = [];
  for (let attempt = 0; attempt < 4; attempt += 1) {
    try {
      return { record: await target.send(context), failures };
    } catch (error) {
      if (!(error instanceof PublishError) || error.outcome === 'rejected') throw error;
      failures.push(error);
      if (error.outcome === 'unknown') {
        const found = await target.lookup(context);
        if (found) return { record: found, failures };
      }
    }
  }
  throw new Error(`not delivered after ${failures.length} failures`);
}

/** The ways a request fails, each with the outcome a send must report for it. */
const FAULTS: Array<{ kind: FaultKind; outcome: PublishError['outcome']; reason: string }> = [
  { kind: 'timeout-before', outcome: 'unknown', reason: 'publish.wordpress.noAnswer' },
  { kind: 'timeout-after', outcome: 'unknown', reason: 'publish.wordpress.noAnswer' },
  { kind: 'error-before', outcome: 'unknown', reason: 'publish.wordpress.serverError' },
  { kind: 'error-after', outcome: 'unknown', reason: 'publish.wordpress.serverError' },
  { kind: 'reset-before', outcome: 'unknown', reason: 'publish.wordpress.noAnswer' },
  { kind: 'reset-after', outcome: 'unknown', reason: 'publish.wordpress.noAnswer' },
  { kind: 'rate-limit', outcome: 'not-sent', reason: 'publish.wordpress.busy' },
];

let seed = 100;
function freshArticle(id: string): ArticleWithMedia {
  seed += 1;
  return wordpressArticle({ id, seed });
}

describe('a first publish whose post request fails', { timeout: TEST_MS }, () => {
  it.each(FAULTS)('ends with one post after $kind', async ({ kind, outcome, reason }) => {
    const item = freshArticle(`create-${kind}`);
    const uploadsBefore = await attachments();
    proxy().inject({ kind, method: 'POST', route: '/wp/v2/posts', retryAfterSeconds: 2 });

    const { record, failures } = await deliver(sendContext(item, { jobId: `job-create-${kind}` }));

    expect(proxy().pending()).toBe(0);
    const faulted = proxy()
      .requests()
      .find((request) => request.fault === kind);
    expect(faulted?.reachedWordPress).toBe(kind.endsWith('-after'));
    expect(failures.map((failure) => [failure.outcome, failure.reason.key])).toEqual([[outcome, reason]]);
    if (kind === 'rate-limit') expect(failures[0]?.retryAfterMs).toBe(2000);
    expect(await postsOf(item.article.id)).toBe(1);
    expect(await attachments()).toBe(uploadsBefore + 3);
    const got = await wp.rest<{ status: string; id: number }>(`/wp/v2/posts/${record.id}`, { context: 'edit' });
    expect(got.status).toBe('publish');
  });
});

describe('an upload that fails', { timeout: TEST_MS }, () => {
  it.each(FAULTS)('is never uploaded twice after $kind', async ({ kind, outcome }) => {
    const item = freshArticle(`upload-${kind}`);
    const uploadsBefore = await attachments();
    proxy().inject({ kind, method: 'POST', route: '/wp/v2/media' });

    const { failures } = await deliver(sendContext(item, { jobId: `job-upload-${kind}` }));

    expect(proxy().pending()).toBe(0);
    expect(failures.map((failure) => failure.outcome)).toEqual([outcome]);
    expect(await attachments()).toBe(uploadsBefore + 3);
    expect(await postsOf(item.article.id)).toBe(1);
  });

  it('refuses a file the host finds too large (413), naming the file', async () => {
    const item = freshArticle('too-large');
    proxy().inject({ kind: 'error-before', status: 413, method: 'POST', route: '/wp/v2/media' });
    const error = await target.send(sendContext(item, { jobId: 'job-too-large' })).catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(PublishError);
    expect((error as PublishError).outcome).toBe('rejected');
    expect((error as PublishError).reason.key).toBe('publish.wordpress.fileTooLarge');
    expect((error as PublishError).reason.params?.file).toMatch(/^[0-9a-f]{16}\.png$/);
  });
});

describe('a correction whose update fails', { timeout: TEST_MS }, () => {
  it.each(FAULTS)('updates the one post after $kind', async ({ kind }) => {
    const item = freshArticle(`update-${kind}`);
    const { record } = await deliver(sendContext(item, { jobId: `job-update-${kind}-1` }));
    const corrected: ArticleWithMedia = {
      ...item,
      article: { ...item.article, headline: `Виправлено після «${kind}» — так…` },
    };
    proxy().inject({ kind, method: 'POST', route: `/wp/v2/posts/${record.id}` });

    const again = await deliver(sendContext(corrected, { jobId: `job-update-${kind}-2`, previous: record }));

    expect(proxy().pending()).toBe(0);
    expect(again.record.id).toBe(record.id);
    expect(await postsOf(item.article.id)).toBe(1);
    const got = await wp.rest<{ title: { raw: string } }>(`/wp/v2/posts/${record.id}`, { context: 'edit' });
    expect(got.title.raw).toBe(corrected.article.headline);
  });
});

describe('a read that fails', { timeout: TEST_MS }, () => {
  it('reports a 5xx before anything was written as not sent', async () => {
    proxy().inject({ kind: 'error-before', status: 503, method: 'GET', route: '/wp/v2/users/me' });
    const error = await target
      .send(sendContext(freshArticle('read-503'), { jobId: 'job-read-503' }))
      .catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(PublishError);
    expect((error as PublishError).outcome).toBe('not-sent');
    expect((error as PublishError).reason).toEqual({
      key: 'publish.wordpress.serverError',
      params: { site: new URL(wp.proxyUrl ?? '').host, status: 503 },
    });
  });

  it('makes a lookup that cannot ask the site say it does not know', async () => {
    const item = freshArticle('lookup-lost');
    proxy().inject({ kind: 'reset-before', method: 'GET', route: '/wp/v2/posts' });
    const error = await target
      .lookup(sendContext(item, { jobId: 'job-lookup-lost' }))
      .catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(PublishError);
    expect((error as PublishError).outcome).toBe('unknown');
  });
});

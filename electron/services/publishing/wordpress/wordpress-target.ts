import { message } from '../../../../shared/i18n/message';
import { articleImages } from '../../../../shared/publishing/wordpress/article-images';
import { clientMarker, markerSearch, readMarker } from '../../../../shared/publishing/wordpress/client-marker';
import { postFields, postSlug } from '../../../../shared/publishing/wordpress/post-fields';
import type { SecretStore } from '../../secrets/secret-store';
import {
  PublishError,
  type PublishTarget,
  type RemoteRecord,
  type SendContext,
  type TargetKind,
} from '../publish-target';
import { isLoopback, siteBase, siteName } from './site-address';
import { WordPressClient, type RestCall } from './wordpress-client';
import { settleAll } from './settle-all';
import { placeMedia } from './wordpress-media';
import { MeShape, POST_FIELDS, PostListShape, PostShape, UserListShape, type Me, type Post } from './wordpress-shapes';
import { termId, termNames } from './wordpress-terms';

export interface WordPressSettings {
  /** The site's address (where WordPress lives, sub-folder included), e.g. https://example.com. */
  siteUrl: string;
  /** The WordPress login the application password belongs to. */
  login: string;
  /** The name under which the SecretStore keeps that application password. */
  passwordSecret: string;
  /** An article author's name → their WordPress login, so the post is theirs where the site has that person. */
  authorLogins?: Readonly<Record<string, string>>;
  /** How long one request may go unanswered before its outcome counts as unknown (uploads get four times it). */
  requestTimeoutMs?: number;
}

const DEFAULT_TIMEOUT_MS = 30_000;

/** The login's view of the site for one job: the client and what the login may do. */
interface Session {
  client: WordPressClient;
  me: Me;
}

/** What the site holds for the article: its post (found by the client marker), and who holds the slug. */
interface Found {
  ours: Post | null;
  slugHolder: Post | null;
}

/**
 * WordPress over its REST API with an application password (from the SecretStore, read for each job and
 * held only in that job's Authorization header). A send uploads the pictures, finds or makes the terms, then
 * makes or updates one post that carries the client marker; before making one it always looks for the
 * article's post, so no retry, lost answer or second job makes a second post.
 */
export class WordPressTarget implements PublishTarget {
  readonly kind: TargetKind = 'wordpress';

  constructor(
    private readonly settings: WordPressSettings,
    private readonly secrets: SecretStore,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async send(context: SendContext): Promise<RemoteRecord> {
    return this.guard(async () => {
      const session = await this.open(context);
      const { client, me } = session;
      const { article } = context.payload;
      const login = this.settings.login;
      if (!me.capabilities.publish_posts)
        throw new PublishError('rejected', message('publish.wordpress.cannotPublish', { site: client.site, login }));
      const images = articleImages(article);
      if (images.length > 0 && !me.capabilities.upload_files)
        throw new PublishError('rejected', message('publish.wordpress.cannotUpload', { site: client.site, login }));

      const previous = context.previous;
      // What the site holds first: a slug another post holds is refused before anything is uploaded.
      const found = await this.find(client, context);
      const postId = postIdOf(previous) ?? found.ours?.id ?? null;
      const slug = postSlug(article);
      const holder = found.slugHolder;
      if (holder && holder.id !== postId && !readMarker(holder.content.raw, article.id, context.jobId).article)
        throw new PublishError('rejected', message('publish.wordpress.slugTaken', { site: client.site, slug }));

      const media = await placeMedia(client, images, previous?.extra ?? {}, context);
      const rubric = termNames([article.rubric]);
      const names = termNames(article.tags);
      const [author, categories, tags] = await settleAll([
        this.author(session, article.authors),
        settleAll(rubric.map((name) => termId(client, 'categories', name, login))),
        settleAll(names.map((name) => termId(client, 'tags', name, login))),
      ]);

      const fields = postFields({
        article,
        dateStyle: context.payload.outlet.dateStyle,
        marker: clientMarker(article.id, context.jobId),
        media: media.bySrc,
        when: context.when,
        wasScheduled: previous?.extra.status === 'future',
        now: this.now(),
        categories,
        tags,
        author,
      });
      const updated = postId === null ? null : await this.update(client, postId, fields);
      // The post was deleted on the site meanwhile: look again (a lost answer may have made one), else make it.
      const post =
        updated ?? (postId !== null ? await this.refind(client, context, fields) : await this.create(client, fields));
      return record(post, media.extra);
    });
  }

  /**
   * Withdrawal moves the post to WordPress's trash rather than deleting it: it leaves the site, its feeds and
   * its search at once, and the site's own editors can still restore it (with its comments) should the
   * withdrawal itself be a mistake. Its pictures stay in the media library: other posts may use them.
   */
  async withdraw(context: SendContext): Promise<void> {
    return this.guard(async () => {
      const { client } = await this.open(context);
      const id = postIdOf(context.previous) ?? (await this.find(client, context)).ours?.id;
      if (id === undefined) return;
      const call: RestCall = { method: 'DELETE', route: `/wp/v2/posts/${id}`, query: { _fields: 'id' } };
      const answer = await client.call(call);
      const gone = answer.code === 'rest_already_trashed' || answer.code === 'rest_post_invalid_id';
      if (!answer.ok && !gone) throw client.failure(call, answer);
    });
  }

  /**
   * Did the last send act? Its post carries this job's id when the send made or updated it; a post that
   * carries another job's id (or none found) means it did not, and sending again updates or makes it safely.
   */
  async lookup(context: SendContext): Promise<RemoteRecord | null> {
    try {
      return await this.guard(async () => {
        const { client } = await this.open(context);
        const { ours } = await this.find(client, context);
        if (!ours || !readMarker(ours.content.raw, context.payload.article.id, context.jobId).job) return null;
        const images = articleImages(context.payload.article);
        const media = await placeMedia(client, images, context.previous?.extra ?? {}, context, { upload: false });
        return record(ours, media.extra);
      });
    } catch (error) {
      // Not knowing is the answer when the site cannot be asked: a person decides.
      if (error instanceof PublishError && error.outcome !== 'unknown') throw new PublishError('unknown', error.reason);
      throw error;
    }
  }

  /** The application password, the client, and who the site says the login is (a wrong password shows here). */
  private async open(context: SendContext): Promise<Session> {
    const base = siteBase(this.settings.siteUrl);
    const site = siteName(this.settings.siteUrl);
    if (!base) throw new PublishError('rejected', message('publish.wordpress.badSiteUrl', { site }));
    // Over plain http the password would cross the network readable by anyone on the way (WordPress itself
    // allows it only for a site that calls itself local): only this computer's own address may do without.
    if (base.protocol === 'http:' && !isLoopback(base.hostname))
      throw new PublishError('rejected', message('publish.wordpress.insecureSiteUrl', { site }));
    const login = this.settings.login;
    const password = await this.secrets.get(this.settings.passwordSecret);
    if (!password) throw new PublishError('rejected', message('publish.wordpress.noPassword', { site, login }));
    const client = new WordPressClient({
      base,
      site,
      login,
      password,
      timeoutMs: this.settings.requestTimeoutMs ?? DEFAULT_TIMEOUT_MS,
      signal: context.signal,
    });
    // WordPress 6.1 runs a request with a wrong application password anonymously instead of refusing it:
    // `users/me` is the one question that then answers 401 for certain.
    const me = await client.expect(
      { method: 'GET', route: '/wp/v2/users/me', query: { context: 'edit', _fields: 'id,capabilities' } },
      MeShape,
    );
    return { client, me };
  }

  /** The article's post by its client marker, and the post holding its slug; both asked at once. */
  private async find(client: WordPressClient, context: SendContext): Promise<Found> {
    const { article } = context.payload;
    const list = (query: Record<string, string>) =>
      client.expect(
        {
          method: 'GET',
          route: '/wp/v2/posts',
          query: { ...query, status: 'any', context: 'edit', per_page: '100', _fields: POST_FIELDS },
        },
        PostListShape,
      );
    const [marked, bySlug] = await settleAll([
      list({ search: markerSearch(article.id), orderby: 'id', order: 'asc' }),
      list({ slug: postSlug(article) }),
    ]);
    // `search` also finds an article whose id starts alike, or a post that quotes the marker: read it exactly.
    const ours = marked.find((post) => readMarker(post.content.raw, article.id, context.jobId).article) ?? null;
    return { ours, slugHolder: bySlug[0] ?? null };
  }

  private async create(client: WordPressClient, fields: Record<string, unknown>): Promise<Post> {
    return client.expect(
      { method: 'POST', route: '/wp/v2/posts', json: fields, query: { _fields: POST_FIELDS } },
      PostShape,
    );
  }

  /** The updated post, or null when the site no longer has it. */
  private async update(client: WordPressClient, id: number, fields: Record<string, unknown>): Promise<Post | null> {
    const call: RestCall = {
      method: 'POST',
      route: `/wp/v2/posts/${id}`,
      json: fields,
      query: { _fields: POST_FIELDS },
    };
    const answer = await client.call(call);
    if (answer.code === 'rest_post_invalid_id') return null;
    if (!answer.ok) throw client.failure(call, answer);
    return client.read(call, answer.body, PostShape);
  }

  private async refind(client: WordPressClient, context: SendContext, fields: Record<string, unknown>): Promise<Post> {
    const { ours } = await this.find(client, context);
    return (ours && (await this.update(client, ours.id, fields))) ?? (await this.create(client, fields));
  }

  /** The first author with a login in the settings, where the site has that person; else the password's owner. */
  private async author(session: Session, authors: readonly { name: string }[]): Promise<number | null> {
    const logins = this.settings.authorLogins ?? {};
    const login = authors.map((author) => logins[author.name.trim()]).find((found) => found !== undefined);
    if (login === undefined) return null;
    if (login === this.settings.login) return session.me.id;
    // `slug` is the login as WordPress makes its address (it lower-cases and cleans it the same way on the way in).
    // An editor sees only people who have published before: someone the site does not show stays unmapped.
    const users = await session.client.expect(
      { method: 'GET', route: '/wp/v2/users', query: { slug: login, _fields: 'id' } },
      UserListShape,
    );
    return users[0]?.id ?? null;
  }

  /** Every failure leaves as a PublishError, as the outbox requires. */
  private async guard<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      if (error instanceof PublishError) throw error;
      // A fault of ours half-way through a send: what reached the site is not known.
      throw new PublishError(
        'unknown',
        message('publish.wordpress.unexpected', { site: siteName(this.settings.siteUrl) }),
      );
    }
  }
}

/** The post id a record names; null for none or one this target did not write. */
function postIdOf(previous: RemoteRecord | null): number | null {
  const id = previous ? Number(previous.id) : Number.NaN;
  return Number.isInteger(id) && id > 0 ? id : null;
}

function record(post: Post, mediaExtra: Record<string, string>): RemoteRecord {
  return { id: String(post.id), url: post.link, extra: { status: post.status, ...mediaExtra } };
}

import { message } from '../../../../shared/i18n/message';
import {
  folderProblem,
  mediaPath,
  mediaUrl,
  pageFolder,
  pagePath,
  pageUrl,
  sameFolder,
  siteBase,
} from '../../../../shared/publishing/static-site/site-layout';
import { siteIndexFiles } from '../../../../shared/publishing/static-site/site-index-files';
import {
  SITE_MANIFEST_VERSION,
  type ManifestEntry,
  type SiteManifest,
} from '../../../../shared/publishing/static-site/site-manifest';
import { isExternalMedia } from '../../../../shared/publishing/static-site/article-media';
import { renderSitePage } from '../../../../shared/site/site-page';
import { teaser } from '../../../../shared/text/teaser';
import {
  PublishError,
  type PublishTarget,
  type RemoteRecord,
  type SendContext,
  type TargetKind,
} from '../publish-target';
import { articleMediaFiles, type SiteMediaFile } from './article-media-files';
import { forEachLimited } from './limited';
import { nodeSiteFileSystem, type SiteFileSystem } from './site-file-system';
import { SiteFolder, type GenerationBuild, type ServedSite } from './site-generations';
import { siteFailure } from './static-site-errors';

export interface StaticSiteOptions {
  /** The folder the editor chose; the web server serves its `site` (see README.md). */
  folder: string;
  fs?: SiteFileSystem;
  now?: () => Date;
}

/** An article ready to go out: its send, its pictures read, its page's folder checked. */
interface Outgoing {
  context: SendContext;
  media: Map<string, SiteMediaFile>;
  folder: string;
}

/** How long the lists' teaser may be: two or three lines under a headline. */
const TEASER_CHARS = 300;
/** Files in flight at once while a generation is written. */
const WRITES_IN_FLIGHT = 16;

/**
 * The outlet's site as a folder of plain files (kind `static`): each article's page from the shared
 * renderer at the address `articlePageUrl` gives, its pictures, a front page, a page per rubric, `feed.xml`
 * and `sitemap.xml`. Every publish and withdrawal makes a whole new generation of the site and switches
 * to it at once (site-generations.ts), so readers of the folder see the old site or the new one, never half.
 */
export class StaticSiteTarget implements PublishTarget {
  readonly kind: TargetKind = 'static';
  private readonly folder: SiteFolder;
  private readonly now: () => Date;

  constructor(options: StaticSiteOptions) {
    this.now = options.now ?? (() => new Date());
    this.folder = new SiteFolder(options.folder, options.fs ?? nodeSiteFileSystem, this.now);
  }

  /** The path the web server should serve (the switched link). */
  get servedPath(): string {
    return this.folder.linkPath;
  }

  async send(context: SendContext): Promise<RemoteRecord> {
    const [record] = await this.sendMany([context]);
    if (!record) throw new PublishError('not-sent', message('publish.static.retry', { code: 'none' }));
    return record;
  }

  /**
   * Publishes several articles in one generation: the export of a whole site (1,000 pages in one switch,
   * each unchanged file linked once rather than 1,000 times). All go out together or none does.
   */
  async sendMany(contexts: readonly SendContext[]): Promise<RemoteRecord[]> {
    return guarded(async () => {
      const first = contexts[0];
      if (!first) return [];
      if (first.signal.aborted) throw new PublishError('not-sent', message('publish.static.stopped'));
      const base = this.baseOf(first);
      for (const context of contexts) this.checkTime(context);
      const outgoing: Outgoing[] = [];
      for (const context of contexts) {
        const { article } = context.payload;
        const folder = pageFolder(article.slug, article.id);
        const problem = folderProblem(folder);
        if (problem) {
          const key = problem === 'reserved' ? 'publish.static.reservedSlug' : 'publish.static.badSlug';
          throw new PublishError('rejected', message(key, { slug: folder }));
        }
        outgoing.push({ context, folder, media: await articleMediaFiles(context) });
      }
      const served = await this.folder.update((build) => this.write(build, base, first, outgoing, []), first.signal);
      return outgoing.map(({ context }) => {
        const entry = served.manifest?.entries.find((e) => e.articleId === context.articleId);
        if (!entry) throw new PublishError('not-sent', message('publish.static.retry', { code: 'lost' }));
        return recordOf(entry, served);
      });
    });
  }

  async withdraw(context: SendContext): Promise<void> {
    await guarded(async () => {
      const base = this.baseOf(context);
      await this.folder.update(async (build) => {
        const entries = build.served.manifest?.entries ?? [];
        if (!entries.some((entry) => entry.articleId === context.articleId)) return null; // already gone
        return this.write(build, base, context, [], [context.articleId]);
      }, context.signal);
    });
  }

  /** Whether this job's send landed: the served manifest holds the article as this job wrote it. */
  async lookup(context: SendContext): Promise<RemoteRecord | null> {
    let served: ServedSite;
    try {
      served = await this.folder.served();
    } catch (error) {
      throw new PublishError('unknown', siteFailure(error).reason);
    }
    const entry = served.manifest?.entries.find((e) => e.articleId === context.articleId);
    return entry && entry.jobId === context.jobId ? recordOf(entry, served) : null;
  }

  /** Writes the next generation: the outgoing pages, everything else carried over, the lists made anew. */
  private async write(
    build: GenerationBuild,
    base: string,
    site: SendContext,
    outgoing: readonly Outgoing[],
    removed: readonly string[],
  ): Promise<SiteManifest> {
    const builtAt = this.now().toISOString();
    const before = build.served.manifest?.entries ?? [];
    const leaving = new Set([...removed, ...outgoing.map((item) => item.context.articleId)]);
    const staying = before.filter((entry) => !leaving.has(entry.articleId));
    checkFolders(staying, outgoing);

    // Addresses of every article the site will hold, for the read-also blocks of the new pages.
    const urls = new Map(staying.map((entry) => [entry.articleId, entry.url]));
    for (const { context } of outgoing) {
      const { article } = context.payload;
      urls.set(article.id, pageUrl(base, article.slug, article.id));
    }
    const pages = new Map<string, string>();
    const newMedia = new Map<string, Uint8Array>();
    const fresh: ManifestEntry[] = outgoing.map(({ context, folder, media }) => {
      const { article } = context.payload;
      const url = urls.get(article.id) ?? pageUrl(base, article.slug, article.id);
      const siteMedia = (src: string) => {
        const file = media.get(src);
        return file ? { url: mediaUrl(base, file.fileName), width: file.width, height: file.height } : null;
      };
      pages.set(
        folder,
        renderSitePage({
          article,
          outlet: context.payload.outlet,
          url,
          related: context.payload.related,
          links: {
            media: (src) => siteMedia(src) ?? (isExternalMedia(src) ? { url: src, width: null, height: null } : null),
            articleUrl: (id) => urls.get(id) ?? null,
          },
        }),
      );
      for (const file of media.values()) newMedia.set(file.fileName, file.bytes);
      const featured = article.featuredImage ? media.get(article.featuredImage.src) : undefined;
      const earlier = before.find((entry) => entry.articleId === article.id);
      return {
        articleId: article.id,
        folder,
        url,
        headline: article.headline,
        teaser: teaser(article.lead || article.seo.description || article.share.description, TEASER_CHARS),
        rubric: article.rubric.trim(),
        publishedAt: article.publishAt ?? earlier?.publishedAt ?? builtAt,
        updatedAt: builtAt,
        image:
          featured && article.featuredImage
            ? {
                url: mediaUrl(base, featured.fileName),
                width: featured.width,
                height: featured.height,
                alt: article.featuredImage.alt,
                mime: featured.mime,
                bytes: featured.bytes.length,
              }
            : null,
        media: [...new Set([...media.values()].map((file) => file.fileName))],
        jobId: context.jobId,
        contentHash: context.payload.contentHash,
      };
    });

    // Pages and pictures that stay are hard links to the served generation's; a page lost by hand is dropped.
    const servedMedia = new Set(before.flatMap((entry) => entry.media));
    const lost = new Set<string>();
    await forEachLimited(staying, WRITES_IN_FLIGHT, async (entry) => {
      if (!(await build.carry(pagePath(entry.folder)))) lost.add(entry.articleId);
    });
    const entries = [...staying.filter((entry) => !lost.has(entry.articleId)), ...fresh];
    const mediaNames = [...new Set(entries.flatMap((entry) => entry.media))];
    await forEachLimited(mediaNames, WRITES_IN_FLIGHT, async (name) => {
      const bytes = newMedia.get(name);
      if (servedMedia.has(name) && (await build.carry(mediaPath(name)))) return;
      if (bytes) await build.write(mediaPath(name), bytes);
    });
    await forEachLimited([...pages], WRITES_IN_FLIGHT, ([folder, html]) => build.write(pagePath(folder), html));
    const lists = siteIndexFiles({ base, outlet: site.payload.outlet, entries, builtAt });
    await forEachLimited(lists, WRITES_IN_FLIGHT, ([file, content]) => build.write(file, content));
    if (site.signal.aborted) throw new PublishError('not-sent', message('publish.static.stopped'));
    return {
      schemaVersion: SITE_MANIFEST_VERSION,
      generation: build.generation,
      previousGeneration: build.served.generation,
      builtAt,
      entries,
    };
  }

  private baseOf(context: SendContext): string {
    const base = siteBase(context.payload.outlet.siteUrl);
    if (!base) throw new PublishError('rejected', message('publish.static.noSiteUrl'));
    return base;
  }

  /** A static site cannot hold a page back until its hour: a scheduled job is asked to come back then. */
  private checkTime(context: SendContext): void {
    if (context.when === 'now') return;
    const wait = Date.parse(context.when) - this.now().getTime();
    if (wait > 0) throw new PublishError('not-sent', message('publish.static.notYet'), wait);
  }
}

/** Two articles may not share a page folder (case aside: macOS and Windows would merge them). */
function checkFolders(staying: readonly ManifestEntry[], outgoing: readonly Outgoing[]): void {
  const taken: Array<{ folder: string; headline: string }> = staying.map(({ folder, headline }) => ({
    folder,
    headline,
  }));
  for (const { folder, context } of outgoing) {
    const other = taken.find((item) => sameFolder(item.folder, folder));
    if (other) {
      throw new PublishError(
        'rejected',
        message('publish.static.slugTaken', { slug: folder, headline: other.headline }),
      );
    }
    taken.push({ folder, headline: context.payload.article.headline });
  }
}

function recordOf(entry: ManifestEntry, served: ServedSite): RemoteRecord {
  return {
    id: `${entry.folder}/`,
    url: entry.url,
    extra: { folder: entry.folder, generation: served.generation ?? '', contentHash: entry.contentHash },
  };
}

/** Every method of a target throws PublishError and nothing else. */
async function guarded<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw siteFailure(error);
  }
}

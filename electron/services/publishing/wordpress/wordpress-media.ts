import { createHash } from 'node:crypto';
import { message } from '../../../../shared/i18n/message';
import type { ArticleImage } from '../../../../shared/publishing/wordpress/article-images';
import {
  decodeRemoteMedia,
  encodeRemoteMedia,
  mediaExtraKey,
  mediaFileName,
  mediaSlug,
  type RemoteMedia,
} from '../../../../shared/publishing/wordpress/remote-media';
import { PublishError, type MediaFile, type SendContext } from '../publish-target';
import type { WordPressClient } from './wordpress-client';
import { settleAll } from './settle-all';
import { MEDIA_FIELDS, MediaListShape, MediaShape, type Media } from './wordpress-shapes';

/** The article's pictures on the site, by their `src` in the article, and what to keep of them in the record. */
export interface PlacedMedia {
  bySrc: Map<string, RemoteMedia>;
  extra: Record<string, string>;
}

interface Local {
  image: ArticleImage;
  file: MediaFile;
  sha256: string;
}

/**
 * Every picture on the site, each uploaded at most once: a correction links what the record says it
 * uploaded before (updating its alt text and caption when they changed); anything else is first looked for by
 * its slug (a retry after a lost answer finds the upload that did happen), and only then uploaded. Uploads run
 * side by side.
 */
export async function placeMedia(
  client: WordPressClient,
  images: readonly ArticleImage[],
  previousExtra: Readonly<Record<string, string>>,
  context: SendContext,
  { upload }: { upload: boolean } = { upload: true },
): Promise<PlacedMedia> {
  const locals = await Promise.all(images.map((image) => readLocal(image, context)));
  const placed = new Map<string, RemoteMedia>();
  const known = locals.map((local) => ({
    local,
    remote: decodeRemoteMedia(previousExtra[mediaExtraKey(local.sha256)]),
  }));
  const unknown = known.filter(({ remote }) => remote === null).map(({ local }) => local);
  const onSite = unknown.length > 0 ? await findBySlug(client, unknown) : new Map<string, Media>();

  const place = async (local: Local, index: number) => {
    const remembered = known[index]?.remote ?? null;
    const found = onSite.get(mediaSlug(local.sha256));
    let remote: RemoteMedia | null = remembered ?? (found ? fromMedia(found, local) : null);
    if (remote && (remote.alt !== local.image.alt || remote.caption !== local.image.caption)) {
      remote = upload ? await describe(client, remote, local) : remote;
    }
    if (!remote) {
      if (!upload) return; // a lookup: nothing of it is on the site
      remote = await send(client, local);
    }
    placed.set(local.image.src, remote);
  };
  // The first upload alone, the rest side by side: WordPress makes the month's folder (uploads/2026/12) without
  // a lock, and of two uploads racing to make it one fails with 500 `rest_upload_sideload_error` (measured).
  const first = locals.findIndex((local, index) => !known[index]?.remote && !onSite.has(mediaSlug(local.sha256)));
  if (first >= 0 && locals[first]) await place(locals[first], first);
  await settleAll(locals.map((local, index) => (index === first ? Promise.resolve() : place(local, index))));
  const extra: Record<string, string> = {};
  for (const local of locals) {
    const remote = placed.get(local.image.src);
    if (remote) extra[mediaExtraKey(local.sha256)] = encodeRemoteMedia(remote);
  }
  return { bySrc: placed, extra };
}

async function readLocal(image: ArticleImage, context: SendContext): Promise<Local> {
  let file: MediaFile;
  try {
    file = await context.readMedia(image.src);
  } catch (error) {
    if (error instanceof PublishError) throw error;
    const name = image.src.slice(image.src.lastIndexOf('/') + 1);
    throw new PublishError('rejected', message('publish.wordpress.mediaUnreadable', { file: name }));
  }
  return { image, file, sha256: createHash('sha256').update(file.bytes).digest('hex') };
}

/** One GET for all of them: `slug` takes a list. */
async function findBySlug(client: WordPressClient, locals: readonly Local[]): Promise<Map<string, Media>> {
  const found = await client.expect(
    {
      method: 'GET',
      route: '/wp/v2/media',
      query: {
        slug: locals.map((local) => mediaSlug(local.sha256)).join(','),
        context: 'edit',
        per_page: '100',
        _fields: MEDIA_FIELDS,
      },
    },
    MediaListShape,
  );
  return new Map(found.map((media) => [media.slug, media]));
}

/** Uploads the file with its slug, alt text and caption in one request (the fields ride in the query). */
async function send(client: WordPressClient, local: Local): Promise<RemoteMedia> {
  const { image, file, sha256 } = local;
  const call = {
    method: 'POST' as const,
    route: '/wp/v2/media',
    query: {
      slug: mediaSlug(sha256),
      title: image.alt || image.caption || file.fileName,
      alt_text: image.alt,
      caption: image.caption,
      _fields: MEDIA_FIELDS,
    },
    file: { bytes: file.bytes, mime: file.mime, fileName: mediaFileName(sha256, file.fileName, file.mime) },
  };
  return fromMedia(await client.expect(call, MediaShape), local);
}

/** A correction changed the words of a picture already on the site: the site's copy gets them too. */
async function describe(client: WordPressClient, remote: RemoteMedia, local: Local): Promise<RemoteMedia> {
  const call = {
    method: 'POST' as const,
    route: `/wp/v2/media/${remote.id}`,
    json: { alt_text: local.image.alt, caption: local.image.caption },
    query: { _fields: MEDIA_FIELDS },
  };
  const answer = await client.call(call);
  // Deleted on the site since: upload it again.
  if (answer.status === 404) return send(client, local);
  if (!answer.ok) throw client.failure(call, answer);
  return fromMedia(client.read(call, answer.body, MediaShape), local);
}

function fromMedia(media: Media, local: Local): RemoteMedia {
  const details = Array.isArray(media.media_details) ? {} : media.media_details;
  return {
    id: media.id,
    url: media.source_url,
    width: local.file.width ?? details.width ?? null,
    height: local.file.height ?? details.height ?? null,
    alt: media.alt_text,
    caption: media.caption.raw,
  };
}

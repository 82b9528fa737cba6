import { createHash } from 'node:crypto';
import path from 'node:path';
import { message } from '../../../../shared/i18n/message';
import { IMAGE_EXTENSION, readImageHeader } from '../../../../shared/media/image-header';
import { articleMediaSources } from '../../../../shared/publishing/static-site/article-media';
import { PublishError, type SendContext } from '../publish-target';

/** A picture of the article as the site stores it: named by its content, so a picture used twice is one file. */
export interface SiteMediaFile {
  fileName: string;
  bytes: Uint8Array;
  mime: string;
  width: number;
  height: number;
}

/**
 * Reads every picture the page shows from the article's folder. A picture that cannot be read stops the
 * publish rather than leaving a page without it: an image that silently failed is what a newsroom fears.
 * Width and height come from the file's own header, so the page reserves the picture's place.
 */
export async function articleMediaFiles(context: SendContext): Promise<Map<string, SiteMediaFile>> {
  const files = new Map<string, SiteMediaFile>();
  for (const src of articleMediaSources(context.payload.article)) {
    const name = path.posix.basename(src);
    const file = await context.readMedia(src).catch((error: unknown) => {
      if (error instanceof PublishError) throw error;
      throw new PublishError('rejected', message('publish.static.mediaUnreadable', { name }));
    });
    const header = readImageHeader(file.bytes);
    if (header.kind !== 'image') {
      throw new PublishError('rejected', message('publish.static.mediaNotImage', { name }));
    }
    const hash = createHash('sha256').update(file.bytes).digest('hex');
    files.set(src, {
      fileName: `${hash}.${IMAGE_EXTENSION[header.format]}`,
      bytes: file.bytes,
      mime: `image/${header.format}`,
      width: header.width,
      height: header.height,
    });
  }
  return files;
}

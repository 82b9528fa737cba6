import { message } from '../../../shared/i18n/message';
import type { LibrarySession } from '../library/library-session';
import { readArticleMedia } from '../library/media';
import { PublishError, type MediaFile } from './publish-target';

/**
 * A picture of an article as a job sends it, read from the library with the same guards as the page's (only
 * media names inside the article's own folder, no links). A picture that is gone cannot be sent: the job fails
 * with its name, and a person decides (put it back, or take it out of the article).
 */
export async function readPublishedMedia(session: LibrarySession, articleId: string, src: string): Promise<MediaFile> {
  const read = await readArticleMedia(session.store.articleDir(articleId), src, session.store.fileSystem);
  if (!read) throw new PublishError('rejected', message('publish.error.mediaMissing', { src }));
  return {
    src,
    fileName: src.slice(src.lastIndexOf('/') + 1),
    mime: read.contentType,
    bytes: read.bytes,
    // Measured by the targets that need it (the static site reads the file's own header).
    width: null,
    height: null,
  };
}

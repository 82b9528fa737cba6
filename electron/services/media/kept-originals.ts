import { realpath } from 'node:fs/promises';
import path from 'node:path';
import { ApiError } from '../../../shared/api/errors';
import { ArticleIdSchema } from '../../../shared/domain/article';
import { message } from '../../../shared/i18n/message';
import { checkImage } from '../../../shared/media/image-check';
import { isArticleMediaPath } from '../../../shared/security/safe-url';
import { writeFileAtomic } from '../fs/atomic-write';
import { nodeFileSystem, type FileSystem } from '../fs/file-system';
import { ioReason, isCode } from '../fs/io-error';

/** The folder of the app's data folder that holds originals: `<userData>/originals/<articleId>/`. */
export const ORIGINALS_DIR = 'originals';

export interface KeepOriginalRequest {
  articleId: string;
  /** The reduced picture the library stores (`media/<sha256>.<ext>`): the original is named after it. */
  src: string;
  fileName: string;
  bytes: Uint8Array;
}

/**
 * Originals of photos the library stores only as web renditions, kept on this computer when the person
 * chose to (settings `media.keepOriginals`). Never in the library: a newsroom library is a repository whose
 * every byte reaches every colleague's clone and stays in its history, and a camera's original carries the
 * place it was taken and the camera's serial number. Files are readable by this user alone (0600).
 *
 * An original is named after its rendition (`<sha256 of the rendition>.<the original's ext>`), so the
 * figure's `src` finds it again.
 */
export class KeptOriginals {
  constructor(
    /** `<userData>/originals`. */
    private readonly dir: string,
    /** The library open now: the originals' folder must never lie inside it. */
    private readonly libraryRoot: () => string,
    private readonly fs: FileSystem = nodeFileSystem,
  ) {}

  async keep({ articleId, src, fileName, bytes }: KeepOriginalRequest): Promise<void> {
    // The id and the name become a path here: only the shapes the library itself makes, nothing that climbs out.
    if (!ArticleIdSchema.safeParse(articleId).success || !isArticleMediaPath(src))
      throw new ApiError('invalid-argument', message('media.rendition.badPlace'));
    const image = checkImage(fileName, bytes.length, bytes);
    if (image.ok !== true)
      throw new ApiError(
        'invalid-argument',
        image.ok === false ? image.reason : message('error.media.notImage', { name: fileName }),
      );
    const renditionHash = path.posix.basename(src).replace(/\.[^.]*$/, '');
    const folder = path.join(this.dir, articleId);
    // As written first, then as the disk resolves it (a link may lead into the library).
    if (isInside(path.resolve(this.libraryRoot()), path.resolve(folder)))
      throw new ApiError('invalid-argument', message('media.rendition.insideLibrary'));
    try {
      await this.fs.mkdir(path.dirname(this.dir), { recursive: true });
      // Only this user may list the originals (the names say which articles have photos kept).
      for (const dir of [this.dir, folder]) await this.fs.mkdir(dir, { mode: 0o700 }).catch(existing);
      await this.refuseInsideLibrary(folder);
      await writeFileAtomic(path.join(folder, `${renditionHash}.${image.ext}`), bytes, this.fs, { mode: 0o600 });
    } catch (error) {
      if (error instanceof ApiError) throw error;
      throw new ApiError(
        'io-error',
        message('media.rendition.keepFailed', { name: fileName, reason: ioReason(error) }),
      );
    }
  }

  /**
   * Removes the originals kept for an article deleted for good: nothing on this computer outlives it. An
   * article without any is fine. Only a folder the library's own id names is touched, never one a link leads to.
   */
  async forget(articleId: string): Promise<void> {
    if (!ArticleIdSchema.safeParse(articleId).success) return;
    // rm does not follow a link: a linked folder loses the link, never what it leads to.
    await this.fs.rm(path.join(this.dir, articleId), { recursive: true, force: true });
  }

  /** A data folder placed inside the library (or linked into it) would put the originals in it: refused. */
  private async refuseInsideLibrary(folder: string): Promise<void> {
    const [real, library] = await Promise.all([realpath(folder), realpath(this.libraryRoot()).catch(() => null)]);
    if (library !== null && isInside(library, real))
      throw new ApiError('invalid-argument', message('media.rendition.insideLibrary'));
  }
}

/** A folder that is there already is fine; anything else (a file in its place) is the failure. */
function existing(error: unknown): void {
  if (!isCode(error, 'EEXIST')) throw error;
}

function isInside(root: string, target: string): boolean {
  const relative = path.relative(root, target);
  return relative === '' || (relative !== '..' && !relative.startsWith(`..${path.sep}`) && !path.isAbsolute(relative));
}

import type { Article } from '../../../../shared/domain/article';
import { cropFor, type CropBox, type PixelSize } from '../../../../shared/media/crop';
import type { SiteMedia } from '../../../../shared/site/site-page';

/** The picture the cards show: the share image when one is set, else the featured image. */
export interface ShareImageView {
  src: string;
  alt: string;
  /** The picture as a data: URL; null while it loads or when it cannot be read. */
  url: string | null;
  /** Its size in pixels: as stored with the article, else as measured once loaded; null until known. */
  size: PixelSize | null;
  /** The wide (1.91:1) part the cards show: the journalist's crop, else the centred one; null until the size is known. */
  box: CropBox | null;
  /** The journalist chose the wide crop: the picture's own shape no longer matters. */
  hasWideCrop: boolean;
}

export function shareImageView(article: Article, media: (src: string) => SiteMedia | null): ShareImageView | null {
  const featured = article.featuredImage;
  const src = article.share.image ?? featured?.src ?? '';
  if (src === '') return null;
  // Crops and the stored size belong to the featured image; a separate share image is used as a whole.
  const own = featured?.src === src ? featured : null;
  const loaded = media(src);
  const stored = own?.width && own.height ? { width: own.width, height: own.height } : null;
  const measured = loaded?.width && loaded.height ? { width: loaded.width, height: loaded.height } : null;
  const size = stored ?? measured;
  const chosen = own?.crops.wide;
  return {
    src,
    alt: featured?.alt ?? '',
    url: loaded?.url ?? null,
    size,
    box: chosen ?? (size ? cropFor(own?.crops, size, 'wide') : null),
    hasWideCrop: chosen !== undefined,
  };
}

import { mediaRoutePath } from '../../../shared/api/media-route';
import type { SiteMedia } from '../../../shared/site/site-page';

/**
 * The article's pictures for the page preview, as data: URLs. The preview is a sandboxed frame with an
 * opaque origin: it cannot load the app's media route (no cookie reaches it, and it must not), so each
 * picture is read once here, on the app's own origin, and handed to the page with its real size.
 */
export class PreviewMedia {
  private readonly loaded = new Map<string, SiteMedia | null>();
  private readonly loading = new Set<string>();

  constructor(
    private readonly articleId: string,
    /** Called when a picture asked for earlier is ready: the page is to be drawn again. */
    private readonly onLoaded: () => void,
  ) {}

  /** The picture now, or null while it loads (then onLoaded follows) or when it cannot be shown. */
  get(src: string): SiteMedia | null {
    if (this.loaded.has(src)) return this.loaded.get(src) ?? null;
    if (!this.loading.has(src)) {
      this.loading.add(src);
      void this.load(src).then((media) => {
        this.loading.delete(src);
        this.loaded.set(src, media);
        if (media) this.onLoaded();
      });
    }
    return null;
  }

  private async load(src: string): Promise<SiteMedia | null> {
    const route = mediaRoutePath(this.articleId, src);
    if (!route) return null;
    try {
      const response = await fetch(route);
      if (!response.ok) return null;
      const blob = await response.blob();
      const [url, size] = await Promise.all([dataUrl(blob), naturalSize(blob)]);
      return { url, width: size?.width ?? null, height: size?.height ?? null };
    } catch {
      return null;
    }
  }
}

function dataUrl(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsDataURL(blob);
  });
}

async function naturalSize(blob: Blob): Promise<{ width: number; height: number } | null> {
  if (typeof createImageBitmap !== 'function') return null;
  try {
    const bitmap = await createImageBitmap(blob);
    const size = { width: bitmap.width, height: bitmap.height };
    bitmap.close();
    return size;
  } catch {
    return null;
  }
}

import { useCallback, useEffect, useRef, useState } from 'react';
import type { Article } from '../../../shared/domain/article';
import type { OutletState } from '../../../shared/api/contract';
import { useApi } from '../api/api-context';
import { useI18n } from '../i18n/i18n';
import { FrameShown } from './frame-shown';
import type { PreviewChanges } from './preview-changes';
import type { PreviewMedia } from './preview-media';
import { previewPage } from './preview-page';
import { RelatedPages } from './related-pages';
import { usePreviewRedraw } from './use-preview-redraw';

/** The widths the page is laid out at, as a reader's screen would be; the frame is then scaled to the panel. */
const WIDTHS = { desktop: 1280, phone: 390 } as const;
type PreviewWidth = keyof typeof WIDTHS;
const FRAME_HEIGHT = { desktop: 900, phone: 780 } as const;

interface Props {
  articleId: string;
  source(): Article;
  outlet: OutletState;
  changes: PreviewChanges;
  media: PreviewMedia;
}

/**
 * The article's page exactly as the site renderer writes it, in a sandboxed frame (no scripts, an opaque
 * origin: nothing on the page can reach the app), at a desktop's or a phone's width. It is drawn only while
 * open, and redrawn in the first idle moment after the article changes; a redraw is done when the frame loads.
 */
export function SitePreview({ articleId, source, outlet, changes, media }: Props) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const [width, setWidth] = useState<PreviewWidth>('desktop');
  const [hasPage, setHasPage] = useState(false);
  const [panelWidth, setPanelWidth] = useState(0);
  const boxRef = useRef<HTMLDivElement>(null);
  const latest = useRef({ source, outlet });
  latest.current = { source, outlet };
  const api = useApi();
  const [pages] = useState(() => new RelatedPages(api, () => changes.notify()));
  const [shown] = useState(() => new FrameShown());
  const drawn = useRef('');
  const frameRef = useRef<HTMLIFrameElement | null>(null);
  // The frame is given its page here, not through React: a render would set it a moment later, and a frame
  // (re)mounted, the panel reopened, takes the page last drawn. Stable, so a re-render sets nothing.
  const attachFrame = useCallback((frame: HTMLIFrameElement | null) => {
    frameRef.current = frame;
    if (frame && drawn.current) frame.srcdoc = drawn.current;
  }, []);

  usePreviewRedraw(
    open,
    changes,
    () => {
      const { source: current, outlet: profile } = latest.current;
      const article = current();
      pages.want(article.related.flatMap((item) => (item.articleId && !item.url ? [item.articleId] : [])));
      const page = previewPage(
        article,
        profile,
        (src) => media.get(src),
        (id) => pages.slugOf(id),
      );
      // The same page again (a change elsewhere, a closed panel reopened) is not loaded again.
      if (page === drawn.current) return;
      drawn.current = page;
      const loaded = shown.next();
      if (frameRef.current) frameRef.current.srcdoc = page;
      else setHasPage(true);
      return loaded;
    },
    [articleId, outlet, media],
    true,
  );

  useEffect(() => {
    const box = boxRef.current;
    if (!open || !box || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(([entry]) => setPanelWidth(entry?.contentRect.width ?? 0));
    observer.observe(box);
    return () => observer.disconnect();
  }, [open]);

  const scale = panelWidth > 0 ? Math.min(1, panelWidth / WIDTHS[width]) : 1;
  return (
    <details className="site-preview" open={open} onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>{t('preview.title')}</summary>
      <div className="site-preview-widths" role="radiogroup" aria-label={t('preview.width')}>
        {(Object.keys(WIDTHS) as PreviewWidth[]).map((option) => (
          <label key={option}>
            <input
              type="radio"
              name={`preview-width-${articleId}`}
              checked={width === option}
              onChange={() => setWidth(option)}
            />
            {t(option === 'desktop' ? 'preview.desktop' : 'preview.phone')}
          </label>
        ))}
      </div>
      <div ref={boxRef} className="site-preview-box" style={{ height: FRAME_HEIGHT[width] * scale }}>
        {/* A frame is given its page as it mounts (attachFrame); the empty page it loads first is not a draw. */}
        {open && hasPage ? (
          <iframe
            ref={attachFrame}
            title={t('preview.frame')}
            sandbox=""
            onLoad={(event) => {
              if (event.currentTarget.srcdoc) shown.loaded();
            }}
            className="site-preview-frame"
            data-width={width}
            style={{ width: WIDTHS[width], height: FRAME_HEIGHT[width], transform: `scale(${scale})` }}
          />
        ) : null}
      </div>
    </details>
  );
}

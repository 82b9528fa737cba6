import { NodeViewWrapper, type ReactNodeViewProps } from '@tiptap/react';
import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { CREDIT_PREFIX } from '../../../../../shared/domain/body-nodes';
import { useI18n } from '../../../i18n/i18n';
import type { FigureOptions } from './figure-options';
import { takeAltRequest } from './alt-request';
import { mediaDisplayUrl } from './media-url';
import { useAttrField } from '../../common/use-attr-field';
import { FindableField } from '../../features/find/FindableField';
import './figure.css';

const asText = (value: unknown) => (typeof value === 'string' ? value : '');

/**
 * The figure in the body: the stored image, then its alt text (warned about while empty), caption and
 * credit, each edited in place. Fields are ordinary inputs: ProseMirror leaves their keys alone (the
 * node view's default stopEvent), Esc goes back to the body with the figure selected.
 */
export function FigureView({
  node,
  editor,
  extension,
  getPos,
  updateAttributes,
  selected,
  decorations,
}: ReactNodeViewProps) {
  const { context } = extension.options as FigureOptions;
  const fallback = useI18n();
  const t = context?.t ?? fallback.t;
  const id = useId();
  const src = asText(node.attrs.src);
  const displayUrl = useMemo(() => (context ? mediaDisplayUrl(context.articleId, src) : null), [context, src]);
  // Remembered per address, so a new src starts out hopeful.
  const [brokenUrl, setBrokenUrl] = useState<string | null>(null);
  const broken = displayUrl !== null && brokenUrl === displayUrl;
  const altRef = useRef<HTMLInputElement>(null);

  const [alt, setAlt] = useAttrField(asText(node.attrs.alt), (next) => updateAttributes({ alt: next }));
  const [caption, setCaption] = useAttrField(asText(node.attrs.caption), (next) => updateAttributes({ caption: next }));
  const [credit, setCredit] = useAttrField(asText(node.attrs.credit), (next) => updateAttributes({ credit: next }));

  // An image that arrived by paste or drop asks for its description once, as the dialog would have.
  useEffect(() => {
    if (takeAltRequest(editor, src) && !asText(node.attrs.alt)) altRef.current?.focus();
    // Mount only: later renders are edits of this figure.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const backToBody = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    const pos = getPos();
    if (typeof pos === 'number') editor.chain().focus().setNodeSelection(pos).run();
  };

  const altMissing = alt.trim() === '';
  let image;
  if (displayUrl && !broken) {
    image = <img src={displayUrl} alt={alt} draggable={false} onError={() => setBrokenUrl(displayUrl)} />;
  } else {
    const why = broken
      ? t('block.figure.brokenImage')
      : src && /^https?:/i.test(src)
        ? t('block.figure.external', { url: src })
        : t('block.figure.noImage');
    image = <p className="figure-placeholder">{why}</p>;
  }

  return (
    <NodeViewWrapper
      as="figure"
      className={`figure${selected ? ' is-selected' : ''}${altMissing ? ' is-missing-alt' : ''}`}
      aria-label={t('block.figure.region')}
    >
      <div className="figure-image">{image}</div>
      <div className="figure-fields">
        <label htmlFor={`${id}-alt`}>{t('block.figure.alt')}</label>
        <FindableField name="alt" value={alt} decorations={decorations}>
          <input
            ref={altRef}
            id={`${id}-alt`}
            className="figure-alt"
            value={alt}
            placeholder={t('block.figure.altPlaceholder')}
            aria-required="true"
            aria-invalid={altMissing}
            aria-describedby={altMissing ? `${id}-alt-missing` : undefined}
            onChange={(event) => setAlt(event.target.value)}
            onKeyDown={backToBody}
          />
        </FindableField>
        {altMissing ? (
          <p id={`${id}-alt-missing`} className="figure-warning" role="status">
            {t('block.figure.altMissing')}
          </p>
        ) : null}
        <label htmlFor={`${id}-caption`}>{t('block.figure.caption')}</label>
        <FindableField name="caption" value={caption} decorations={decorations}>
          <input
            id={`${id}-caption`}
            value={caption}
            placeholder={t('block.figure.captionPlaceholder')}
            onChange={(event) => setCaption(event.target.value)}
            onKeyDown={backToBody}
          />
        </FindableField>
        <label htmlFor={`${id}-credit`}>{t('block.figure.credit')}</label>
        <span className="figure-credit">
          <span aria-hidden="true">{CREDIT_PREFIX}</span>
          <FindableField name="credit" value={credit} decorations={decorations}>
            <input
              id={`${id}-credit`}
              value={credit}
              placeholder={t('block.figure.creditPlaceholder')}
              onChange={(event) => setCredit(event.target.value)}
              onKeyDown={backToBody}
            />
          </FindableField>
        </span>
      </div>
    </NodeViewWrapper>
  );
}

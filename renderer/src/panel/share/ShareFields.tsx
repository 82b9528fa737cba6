import { useId, useState } from 'react';
import type { Article } from '../../../../shared/domain/article';
import { effectiveShareFields, type EffectiveShareFields } from '../../../../shared/share/fallbacks';
import { articlePageUrl } from '../../../../shared/site/page-url';
import { formatCount, useI18n } from '../../i18n/i18n';
import type { PreviewChanges } from '../../preview/preview-changes';
import { usePreviewRedraw } from '../../preview/use-preview-redraw';
import { counterFor, fallbackOf, SHARE_FIELD_SPECS, type ShareFieldSpec, type ShareTexts } from './share-field-specs';

interface Props {
  articleId: string;
  /** The article as the window holds it now (the body's first paragraph is one of the fallbacks). */
  source(): Article;
  texts: ShareTexts;
  siteUrl: string;
  changes: PreviewChanges;
  onChange(patch: Partial<ShareTexts>): void;
}

/**
 * Search and share texts: each field shows, while empty, what will go out instead and where it comes from
 * (share title ← SEO title ← headline…), and counts what goes out against its platform's limit. The
 * fallbacks read the body, so they are worked out on the previews' schedule, after the keystroke is painted.
 */
export function ShareFields({ articleId, source, texts, siteUrl, changes, onChange }: Props) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const [effective, setEffective] = useState<EffectiveShareFields | null>(null);
  const [withPhoto, setWithPhoto] = useState(false);
  usePreviewRedraw(
    open,
    changes,
    () => {
      const article = source();
      setEffective(effectiveShareFields(article, articlePageUrl(siteUrl, article.slug, article.id)));
      setWithPhoto((article.share.image ?? article.featuredImage?.src ?? null) !== null);
    },
    [articleId, siteUrl],
  );

  return (
    <details className="share-fields" open={open} onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>{t('shareFields.title')}</summary>
      {open && effective
        ? SHARE_FIELD_SPECS.map((spec) => (
            <ShareFieldRow
              key={spec.key}
              spec={spec}
              value={spec.read(texts)}
              effective={effective[spec.key]}
              withPhoto={withPhoto}
              onChange={(value) => onChange(spec.write(texts, value))}
            />
          ))
        : null}
    </details>
  );
}

interface RowProps {
  spec: ShareFieldSpec;
  value: string;
  effective: EffectiveShareFields[keyof EffectiveShareFields];
  withPhoto: boolean;
  onChange(value: string): void;
}

function ShareFieldRow({ spec, value, effective, withPhoto, onChange }: RowProps) {
  const { t, language } = useI18n();
  const id = useId();
  // What goes out: the typed text at once (the panel knows it before the redraw), else the fallback.
  const shown = value.trim() !== '' ? value : effective.value;
  const fallback = value.trim() !== '' ? null : fallbackOf(effective.source);
  const counter = counterFor(spec.key, shown, withPhoto);
  const inputProps = {
    id,
    value,
    maxLength: spec.maxLength,
    placeholder: fallback ? effective.value : '',
    'aria-describedby': `${id}-source ${id}-count`,
    onChange: (event: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => onChange(event.target.value),
  };
  return (
    <div className="field share-field" data-field={spec.key}>
      <label htmlFor={id}>{t(`shareFields.${spec.key}`)}</label>
      {spec.multiline ? (
        <textarea rows={spec.key === 'telegramPost' ? 5 : 3} {...inputProps} />
      ) : (
        <input {...inputProps} />
      )}
      <div className="share-field-notes">
        <span id={`${id}-source`} className="hint">
          {fallback ? t(`shareFields.from.${fallback}`) : ''}
        </span>
        {counter ? (
          <span id={`${id}-count`} className={`share-counter share-counter-${counter.severity}`}>
            {t(counter.unit === 'pixels' ? 'shareFields.countPixels' : 'shareFields.count', {
              length: formatCount(language, counter.length),
              limit: formatCount(language, counter.limit),
            })}
            {counter.over
              ? ` ${t('shareFields.over')}`
              : counter.under
                ? ` ${t('shareFields.under', { min: counter.min ?? 0 })}`
                : ''}
          </span>
        ) : (
          <span id={`${id}-count`} />
        )}
      </div>
    </div>
  );
}

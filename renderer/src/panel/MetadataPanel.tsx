import { useId, useState } from 'react';
import { ARTICLE_LIMITS, type Article } from '../../../shared/domain/article';
import { limitList } from '../editor/features/limits/cut-to-limit';
import { FieldLimitNote } from '../editor/features/limits/FieldLimitNote';
import { useFieldLimit } from '../editor/features/limits/use-field-limit';
import { useI18n } from '../i18n/i18n';
import { useDates } from '../i18n/use-dates';
import { RelatedArticles } from './related/RelatedArticles';

export type ArticleMeta = Omit<Article, 'body'>;

interface Props {
  meta: ArticleMeta;
  rubrics: readonly string[];
  onChange(patch: Partial<ArticleMeta>): void;
}

const splitList = (value: string) =>
  value
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);

/** The right-hand panel: the article's metadata. Share metadata and the preview join it in later issues. */
export function MetadataPanel({ meta, rubrics, onChange }: Props) {
  const { t } = useI18n();
  const id = useId();
  const dates = useDates();
  const slugLimit = useFieldLimit(ARTICLE_LIMITS.slug);
  const [tagsDropped, setTagsDropped] = useState(false);
  const [authorsDropped, setAuthorsDropped] = useState(false);
  const rubricOptions = meta.rubric && !rubrics.includes(meta.rubric) ? [meta.rubric, ...rubrics] : rubrics;

  return (
    <>
      <h2 className="panel-title">{t('panel.title')}</h2>
      <div className="field">
        <label htmlFor={`${id}-status`}>{t('panel.status')}</label>
        <output id={`${id}-status`} className={`status-chip status-${meta.status}`}>
          {t(`status.${meta.status}`)}
        </output>
      </div>
      <div className="field">
        <label htmlFor={`${id}-rubric`}>{t('panel.rubric')}</label>
        <select id={`${id}-rubric`} value={meta.rubric} onChange={(e) => onChange({ rubric: e.target.value })}>
          <option value="">{t('panel.noRubric')}</option>
          {rubricOptions.map((rubric) => (
            <option key={rubric} value={rubric}>
              {rubric}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-tags`}>{t('panel.tags')}</label>
        <input
          id={`${id}-tags`}
          aria-describedby={`${id}-tags-hint`}
          defaultValue={meta.tags.join(', ')}
          onChange={(e) => {
            const { items, dropped } = limitList(splitList(e.target.value), ARTICLE_LIMITS.tags, ARTICLE_LIMITS.tag);
            setTagsDropped(dropped);
            onChange({ tags: items });
          }}
        />
        <span id={`${id}-tags-hint`} className="hint">
          {t('panel.tagsHint')}
        </span>
        <p className="field-limit-note" role="status">
          {tagsDropped
            ? t('limit.list', { field: t('panel.tags'), count: ARTICLE_LIMITS.tags, length: ARTICLE_LIMITS.tag })
            : null}
        </p>
      </div>
      <div className="field">
        <label htmlFor={`${id}-authors`}>{t('panel.authors')}</label>
        <input
          id={`${id}-authors`}
          aria-describedby={`${id}-authors-hint`}
          defaultValue={meta.authors.map((a) => a.name).join(', ')}
          onChange={(e) => {
            const names = splitList(e.target.value);
            const { items, dropped } = limitList(names, ARTICLE_LIMITS.authors, ARTICLE_LIMITS.authorName);
            setAuthorsDropped(dropped);
            onChange({ authors: items.map((name) => ({ name })) });
          }}
        />
        <span id={`${id}-authors-hint`} className="hint">
          {t('panel.authorsHint')}
        </span>
        <p className="field-limit-note" role="status">
          {authorsDropped
            ? t('limit.list', {
                field: t('panel.authors'),
                count: ARTICLE_LIMITS.authors,
                length: ARTICLE_LIMITS.authorName,
              })
            : null}
        </p>
      </div>
      <div className="field">
        <label htmlFor={`${id}-slug`}>{t('panel.slug')}</label>
        <input
          id={`${id}-slug`}
          value={meta.slug}
          spellCheck={false}
          aria-describedby={`${id}-slug-limit`}
          onChange={(e) => onChange({ slug: slugLimit.cut(e.target.value) })}
        />
        <FieldLimitNote
          id={`${id}-slug-limit`}
          field={t('panel.slug')}
          limit={ARTICLE_LIMITS.slug}
          cutCount={slugLimit.cutCount}
        />
      </div>
      <RelatedArticles articleId={meta.id} related={meta.related} onChange={(related) => onChange({ related })} />
      <dl className="dates">
        <dt>{t('panel.created')}</dt>
        <dd>{dates.dateTime(meta.createdAt)}</dd>
        <dt>{t('panel.updated')}</dt>
        <dd>{dates.dateTime(meta.updatedAt)}</dd>
      </dl>
    </>
  );
}

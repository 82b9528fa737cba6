import { useCallback, useId, useMemo, useState } from 'react';
import { ARTICLE_LIMITS, type Article } from '../../../shared/domain/article';
import { articlePageUrl } from '../../../shared/site/page-url';
import { formatDateTime } from '../../../shared/text/dates';
import { kyivLocalInput, parseKyivLocalInput } from '../../../shared/text/kyiv-clock';
import { FieldLimitNote } from '../editor/features/limits/FieldLimitNote';
import { useFieldLimit } from '../editor/features/limits/use-field-limit';
import { useI18n } from '../i18n/i18n';
import { useDates } from '../i18n/use-dates';
import { useFacets } from '../library/use-facets';
import { authorOptions, tagOptions } from './chips/chip-options';
import { ChipsField } from './chips/ChipsField';
import { RelatedArticles } from './related/RelatedArticles';

export type ArticleMeta = Omit<Article, 'body'>;

interface Props {
  meta: ArticleMeta;
  rubrics: readonly string[];
  siteUrl: string;
  onChange(patch: Partial<ArticleMeta>): void;
}

const toCounts = (facet: readonly { name: string; count: number }[]) =>
  facet.map(({ name, count }) => ({ tag: name, count }));

/** The right-hand panel: the article's metadata, with the library's tags and authors to pick from. */
export function MetadataPanel({ meta, rubrics, siteUrl, onChange }: Props) {
  const { t } = useI18n();
  const id = useId();
  const dates = useDates();
  const facets = useFacets(true);
  const slugLimit = useFieldLimit(ARTICLE_LIMITS.slug);
  // The slug the article had when opened: changing a published article's address breaks its old links.
  const [openedSlug] = useState(meta.slug);
  const rubricOptions = meta.rubric && !rubrics.includes(meta.rubric) ? [meta.rubric, ...rubrics] : rubrics;
  const tagLibrary = useMemo(() => toCounts(facets?.tags ?? []), [facets]);
  const authorLibrary = useMemo(() => toCounts(facets?.authors ?? []), [facets]);
  const authorNames = meta.authors.map((author) => author.name);
  const tagChoices = useCallback((typed: string) => tagOptions(typed, tagLibrary, meta.tags), [tagLibrary, meta.tags]);
  const authorChoices = useCallback(
    (typed: string) =>
      authorOptions(
        typed,
        authorLibrary,
        meta.authors.map((a) => a.name),
      ),
    [authorLibrary, meta.authors],
  );
  const published = meta.status === 'published' || meta.status === 'scheduled';

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
        <ChipsField
          label={t('panel.tags')}
          values={meta.tags}
          options={tagChoices}
          maxItems={ARTICLE_LIMITS.tags}
          maxLength={ARTICLE_LIMITS.tag}
          removeLabel={(name) => t('panel.tagRemove', { name })}
          onChange={(tags) => onChange({ tags })}
        />
      </div>
      <div className="field">
        <ChipsField
          label={t('panel.authors')}
          values={authorNames}
          options={authorChoices}
          maxItems={ARTICLE_LIMITS.authors}
          maxLength={ARTICLE_LIMITS.authorName}
          removeLabel={(name) => t('panel.authorRemove', { name })}
          onChange={(names) =>
            onChange({
              authors: names.map((name) => meta.authors.find((a) => a.name === name) ?? { name }),
            })
          }
        />
        {meta.authors.length > 0 ? (
          <details className="author-links">
            <summary>{t('panel.authorLinks')}</summary>
            {meta.authors.map((author, index) => (
              <div className="field" key={author.name}>
                <label htmlFor={`${id}-author-${index}`}>{t('panel.authorLink', { name: author.name })}</label>
                <input
                  id={`${id}-author-${index}`}
                  type="url"
                  inputMode="url"
                  spellCheck={false}
                  maxLength={2000}
                  placeholder="https://"
                  value={author.url ?? ''}
                  onChange={(e) =>
                    onChange({
                      authors: meta.authors.map((a, i) =>
                        i === index ? { name: a.name, ...(e.target.value ? { url: e.target.value } : {}) } : a,
                      ),
                    })
                  }
                />
              </div>
            ))}
          </details>
        ) : null}
      </div>
      <div className="field">
        <label htmlFor={`${id}-slug`}>{t('panel.slug')}</label>
        <input
          id={`${id}-slug`}
          value={meta.slug}
          spellCheck={false}
          aria-describedby={`${id}-slug-url ${id}-slug-limit`}
          onChange={(e) => onChange({ slug: slugLimit.cut(e.target.value) })}
        />
        <span id={`${id}-slug-url`} className="hint slug-url">
          {articlePageUrl(siteUrl, meta.slug, meta.id)}
        </span>
        <FieldLimitNote
          id={`${id}-slug-limit`}
          field={t('panel.slug')}
          limit={ARTICLE_LIMITS.slug}
          cutCount={slugLimit.cutCount}
        />
        <p className="field-warning" role="status">
          {published && meta.slug !== openedSlug ? t('panel.slugChangedAfterPublishing', { slug: openedSlug }) : null}
        </p>
      </div>
      <RelatedArticles articleId={meta.id} related={meta.related} onChange={(related) => onChange({ related })} />
      <div className="field">
        <label htmlFor={`${id}-publish`}>{t('panel.publishAt')}</label>
        <input
          id={`${id}-publish`}
          type="datetime-local"
          aria-describedby={`${id}-publish-shown`}
          value={meta.publishAt ? kyivLocalInput(meta.publishAt) : ''}
          onChange={(e) => onChange({ publishAt: e.target.value === '' ? null : parseKyivLocalInput(e.target.value) })}
        />
        <span id={`${id}-publish-shown`} className="hint">
          {meta.publishAt
            ? t('panel.publishAtShown', { date: formatDateTime(meta.publishAt, dates.page) })
            : t('panel.publishAtNone')}
        </span>
      </div>
      <dl className="dates">
        <dt>{t('panel.created')}</dt>
        <dd>{dates.dateTime(meta.createdAt)}</dd>
        <dt>{t('panel.updated')}</dt>
        <dd>{dates.dateTime(meta.updatedAt)}</dd>
      </dl>
    </>
  );
}

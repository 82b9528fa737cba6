import { googleBreadcrumb, googleSnippet, googleTitle } from '../../../../shared/share/card-text';
import { formatDay } from '../../../../shared/text/dates';
import { useI18n } from '../../i18n/i18n';
import { useDates } from '../../i18n/use-dates';
import type { ShareCardsModel } from './share-cards-model';

/**
 * Google's result: the site's name and its address as a breadcrumb, the title cut at 600 px, the date (in
 * the page's language, Ukrainian) and the description cut at about 156 characters.
 */
export function GoogleResult({ model, siteName }: { model: ShareCardsModel; siteName: string }) {
  const { t } = useI18n();
  const dates = useDates();
  const breadcrumb = googleBreadcrumb(model.link);
  const date = model.publishAt ? formatDay(model.publishAt, dates.page) : '';
  return (
    <div className="share-card google-result">
      <div className="google-result-site">{siteName || t('cards.siteFallback')}</div>
      <div className="google-result-url">
        {breadcrumb || <span className="card-missing">{t('cards.noSiteUrl')}</span>}
      </div>
      <div className="google-result-title">{googleTitle(model.fields.seoTitle.value)}</div>
      <div className="google-result-snippet">
        {date ? <span className="google-result-date">{date} — </span> : null}
        {googleSnippet(model.fields.seoDescription.value)}
      </div>
    </div>
  );
}

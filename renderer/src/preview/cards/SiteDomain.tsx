import { siteDomain } from '../../../../shared/share/card-text';
import { useI18n } from '../../i18n/i18n';

/** The site's domain as a card shows it, or a word that the site has no address yet. */
export function SiteDomain({ link, upperCase = false }: { link: string; upperCase?: boolean }) {
  const { t } = useI18n();
  const domain = siteDomain(link);
  if (domain === '') return <span className="card-missing">{t('cards.noSiteUrl')}</span>;
  return <>{upperCase ? domain.toLocaleUpperCase('en') : domain}</>;
}

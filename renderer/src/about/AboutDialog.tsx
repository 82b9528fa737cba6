import { useEffect, useId, useState, type ReactNode } from 'react';
import type { Component, ThirdPartyNotices } from '../../../shared/about/third-party-notices';
import { useI18n } from '../i18n/i18n';
import { SheetDialog } from '../sheet/SheetDialog';
import { filterComponents } from './filter-components';
import { LicenseDetails } from './LicenseDetails';
import { fetchThirdPartyNotices } from './load-notices';
import './about.css';

interface Props {
  /** The running app's name and version, as the host reports them (app.info). */
  app: { name: string; version: string };
  onClose(): void;
  /** Where the notices come from: the file the build wrote beside the page, unless a caller has them already. */
  loadNotices?: () => Promise<ThirdPartyNotices>;
  /** Room for one line about updates, under the version. */
  updates?: ReactNode;
}

type Loaded = { notices: ThirdPartyNotices } | { error: string } | null;

/**
 * «Про програму»: the app, its licence, the dictionary's GPL note and every third-party component with its licence
 * text, searchable by name. A modal <dialog>: Escape closes it and the focus goes back to where it was.
 */
export function AboutDialog({ app, onClose, loadNotices = fetchThirdPartyNotices, updates }: Props) {
  const { t } = useI18n();
  const [loaded, setLoaded] = useState<Loaded>(null);
  const [query, setQuery] = useState('');

  useEffect(() => {
    let live = true;
    loadNotices().then(
      (notices) => live && setLoaded({ notices }),
      (error: unknown) => live && setLoaded({ error: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      live = false;
    };
  }, [loadNotices]);

  return (
    <SheetDialog className="about-dialog" title={t('about.title')} closeLabel={t('about.close')} onClose={onClose}>
      <p className="about-name">{app.name}</p>
      <p className="about-detail">{t('about.detail', { version: app.version })}</p>
      {updates ? <div className="about-updates">{updates}</div> : null}
      {loaded === null ? (
        <p aria-busy="true">{t('about.loading')}</p>
      ) : 'error' in loaded ? (
        <p className="about-error" role="alert">
          {t('about.loadFailed', { reason: loaded.error })}
        </p>
      ) : (
        <Notices notices={loaded.notices} query={query} onQuery={setQuery} />
      )}
    </SheetDialog>
  );
}

function Notices({
  notices,
  query,
  onQuery,
}: {
  notices: ThirdPartyNotices;
  query: string;
  onQuery(query: string): void;
}) {
  const { t } = useI18n();
  const id = useId();
  const dictionary = notices.components.find((component) => component.shipped === 'data');
  const shown = filterComponents(notices.components, query);
  return (
    <>
      <p>{t('about.appLicense', { license: notices.app.license })}</p>
      <LicenseDetails summary={t('about.appLicenseText')} text={notices.app.licenseText} />
      {dictionary ? (
        <section className="about-section" aria-labelledby={`${id}-dictionary`}>
          <h3 id={`${id}-dictionary`}>{t('about.dictionaryTitle')}</h3>
          <p className="about-dictionary-note">
            {t('about.dictionaryNote', {
              name: dictionary.name,
              version: dictionary.version,
              license: dictionary.license,
              source: dictionary.source ?? '',
            })}
          </p>
        </section>
      ) : null}
      <section className="about-section" aria-labelledby={`${id}-components`}>
        <h3 id={`${id}-components`}>{t('about.componentsTitle')}</h3>
        <p>{t('about.componentsIntro')}</p>
        <label className="about-search">
          <span>{t('about.search')}</span>
          <input type="search" value={query} onChange={(event) => onQuery(event.target.value)} />
        </label>
        <p className="about-count" role="status">
          {shown.length
            ? t('about.shown', { shown: String(shown.length), total: String(notices.components.length) })
            : t('about.noMatch')}
        </p>
        <ul className="about-components">
          {shown.map((component) => (
            <li key={`${component.name}@${component.version}`}>
              <ComponentLicense component={component} />
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}

function ComponentLicense({ component }: { component: Component }) {
  const { t } = useI18n();
  return (
    <LicenseDetails
      summary={
        <>
          <span className="about-component-name">{component.name}</span> {component.version}
          <span className="about-component-license">
            {' '}
            · {t('about.componentLicense', { license: component.license })}
          </span>
        </>
      }
      lead={component.source ? <p className="about-source">{t('about.source', { source: component.source })}</p> : null}
      text={component.licenseText ?? t('about.noLicenseText', { license: component.license })}
    />
  );
}

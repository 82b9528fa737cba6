import { useId } from 'react';
import type { MetadataChange } from '../../../shared/versions/compare-articles';
import { useDates } from '../i18n/use-dates';
import { useI18n } from '../i18n/i18n';
import { Added, DiffText, Removed } from './DiffText';

/** The metadata fields that differ, each in words: the text compared, items added and removed, times, the picture. */
export function MetadataChanges({ changes }: { changes: readonly MetadataChange[] }) {
  const { t } = useI18n();
  const id = useId();
  return (
    <section className="compare-metadata" aria-labelledby={id}>
      <h3 id={id}>{t('versions.metadata')}</h3>
      {changes.length === 0 ? (
        <p className="hint">{t('versions.metadataSame')}</p>
      ) : (
        <ul>
          {changes.map((change) => (
            <li key={change.field}>
              <span className="compare-field">{t(`versions.field.${change.field}`)}:</span>{' '}
              <ChangeText change={change} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function ChangeText({ change }: { change: MetadataChange }) {
  const { t } = useI18n();
  const dates = useDates();
  switch (change.kind) {
    case 'text':
      return change.before && change.after ? (
        <DiffText parts={change.parts} side="both" />
      ) : (
        <>
          {change.before ? <Removed>{change.before}</Removed> : t('versions.blank')} →{' '}
          {change.after ? <Added>{change.after}</Added> : t('versions.blank')}
        </>
      );
    case 'list':
      return (
        <>
          {change.added.length > 0 ? (
            <span className="compare-items">
              {t('versions.listAdded')}{' '}
              {change.added.map((item, index) => (
                // The visible «додано:» already says it: a second, hidden word would be read twice.
                <ins key={index}>«{item}»</ins>
              ))}
            </span>
          ) : null}
          {change.removed.length > 0 ? (
            <span className="compare-items">
              {t('versions.listRemoved')}{' '}
              {change.removed.map((item, index) => (
                <del key={index}>«{item}»</del>
              ))}
            </span>
          ) : null}
          {change.reordered ? <span className="compare-items">{t('versions.reordered')}</span> : null}
        </>
      );
    case 'time':
      return (
        <>
          {change.before ? <Removed>{dates.dateTime(change.before)}</Removed> : t('versions.notSet')} →{' '}
          {change.after ? <Added>{dates.dateTime(change.after)}</Added> : t('versions.notSet')}
        </>
      );
    case 'image':
      return (
        <>
          {!change.before ? <span className="compare-items">{t('versions.imageAdded')}</span> : null}
          {!change.after ? <span className="compare-items">{t('versions.imageRemoved')}</span> : null}
          {change.attributes.map((attribute) => (
            <span key={attribute.name} className="compare-attribute">
              {t(`versions.attr.${attribute.name}`)}: <DiffText parts={attribute.parts} side="both" />
            </span>
          ))}
        </>
      );
  }
}

import type { ShareWarning } from '../../../../shared/share/warnings';
import { useI18n } from '../../i18n/i18n';

/** A card's warnings, each led by its severity in words (an error is what the platform refuses). */
export function CardWarnings({ warnings }: { warnings: readonly ShareWarning[] }) {
  const { t } = useI18n();
  if (warnings.length === 0) return null;
  return (
    <ul className="card-warnings">
      {warnings.map((warning) => (
        <li key={warning.code} className={`card-warning is-${warning.severity}`} data-code={warning.code}>
          <strong>{t(warning.severity === 'error' ? 'cards.severity.error' : 'cards.severity.warning')}:</strong>{' '}
          {t.message(warning.message)}
        </li>
      ))}
    </ul>
  );
}

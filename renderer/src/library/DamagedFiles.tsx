import { useId } from 'react';
import type { DamagedFile } from '../../../shared/api/contract';
import { useI18n } from '../i18n/i18n';

/** Files that could not be read: listed with their path and reason, never opened or changed. */
export function DamagedFiles({ damaged }: { damaged: DamagedFile[] }) {
  const { t } = useI18n();
  const id = useId();
  if (damaged.length === 0) return null;
  return (
    <section className="damaged" aria-labelledby={id}>
      <h2 id={id}>{t('library.damagedTitle')}</h2>
      <p className="hint">{t('library.damagedHint')}</p>
      <ul>
        {damaged.map((file) => (
          <li key={file.path}>
            <code>{file.path}</code>
            <span>{t.message(file.reason)}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}

import type { ReactNode } from 'react';
import type { DiffPart } from '../../../shared/versions/compare-articles';
import { useI18n } from '../i18n/i18n';

/** Which version a text is shown for: the older with its removals, the newer with its additions, or both in one line. */
export type DiffSide = 'before' | 'after' | 'both';

/** Text added in the newer version: marked, and announced to a screen reader, not by colour alone. */
export function Added({ children }: { children: ReactNode }) {
  const { t } = useI18n();
  return (
    <ins>
      <span className="visually-hidden">{t('versions.added')}: </span>
      {children}
    </ins>
  );
}

/** Text only the older version has. */
export function Removed({ children }: { children: ReactNode }) {
  const { t } = useI18n();
  return (
    <del>
      <span className="visually-hidden">{t('versions.removed')}: </span>
      {children}
    </del>
  );
}

/** A text compared word by word, as one side sees it. */
export function DiffText({ parts, side }: { parts: readonly DiffPart[]; side: DiffSide }) {
  return (
    <>
      {parts.map((part, index) =>
        part.kind === 'same' ? (
          <span key={index}>{part.text}</span>
        ) : part.kind === 'removed' ? (
          side !== 'after' && <Removed key={index}>{part.text}</Removed>
        ) : (
          side !== 'before' && <Added key={index}>{part.text}</Added>
        ),
      )}
    </>
  );
}

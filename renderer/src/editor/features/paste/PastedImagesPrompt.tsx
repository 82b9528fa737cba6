import type { KeyboardEvent } from 'react';
import type { Message } from '../../../../../shared/i18n/message';
import type { UiLanguage } from '../../../../../shared/settings/schema';
import { formatCount, pluralCategory, type Translate } from '../../../i18n/i18n';
import './pasted-images-prompt.css';

export type PromptStatus = { kind: 'idle' } | { kind: 'busy' } | { kind: 'failed'; message: Message };

interface Props {
  count: number;
  /** `Word`, `LibreOffice` or words for "a document", already in the UI's language. */
  sourceName: string;
  /** The clipboard carried the pictures themselves and the article can hold figures. */
  canInsert: boolean;
  status: PromptStatus;
  language: UiLanguage;
  t: Translate;
  onInsert(): void;
  onDismiss(): void;
}

/**
 * Tells the journalist that pictures from a document were left out of a paste and offers to insert them.
 * A banner, not a dialog: it does not take the focus from the text being written.
 */
export function PastedImagesPrompt({ count, sourceName, canInsert, status, language, t, onInsert, onDismiss }: Props) {
  const busy = status.kind === 'busy';
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && !busy) {
      event.preventDefault();
      onDismiss();
    }
  };
  return (
    <section
      className="banner info pasted-images-prompt"
      role="status"
      aria-label={t('paste.images.title')}
      onKeyDown={onKeyDown}
    >
      <p>
        {t(`paste.images.held.${pluralCategory(language, count)}`, {
          count: formatCount(language, count),
          source: sourceName,
        })}{' '}
        {canInsert ? t('paste.images.offer') : t('paste.images.fromFiles')}
      </p>
      {status.kind === 'failed' ? (
        <p className="pasted-images-error">{t('paste.images.failed', { message: status.message })}</p>
      ) : null}
      <div className="banner-actions">
        {canInsert ? (
          <>
            <button type="button" className="primary" onClick={onInsert} disabled={busy} aria-busy={busy}>
              {busy ? t('paste.images.inserting') : t('paste.images.insert')}
            </button>
            <button type="button" onClick={onDismiss} disabled={busy}>
              {t('paste.images.skip')}
            </button>
          </>
        ) : (
          <button type="button" onClick={onDismiss}>
            {t('paste.images.ok')}
          </button>
        )}
      </div>
    </section>
  );
}

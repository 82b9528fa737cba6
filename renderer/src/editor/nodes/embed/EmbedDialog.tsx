import { useId, useState } from 'react';
import { parseEmbedUrl } from '../../../../../shared/domain/embeds';
import type { Translate } from '../../../i18n/i18n';
import { EditorDialog } from '../../common/EditorDialog';
import { PROVIDER_LABEL, REJECTION_MESSAGE } from './embed-labels';
import type { EditorDialogProps } from '../../common/open-editor-dialog';

interface Props extends EditorDialogProps {
  t: Translate;
  onInsert(url: string): void;
}

/** «Вбудувати допис»: one field for the URL, judged as it is typed, so a wrong link is explained before Enter. */
export function EmbedDialog({ t, onInsert, close }: Props) {
  const id = useId();
  const [url, setUrl] = useState('');
  const [tried, setTried] = useState(false);
  const parsed = parseEmbedUrl(url);
  // An empty or half-typed field is not an error yet; after a try, or once something was pasted, it is.
  const showProblem = !parsed.ok && (tried || url.trim().length > 8);

  return (
    <EditorDialog title={t('block.embed.dialogTitle')} onClose={close}>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          setTried(true);
          if (!parsed.ok) return;
          onInsert(parsed.embed.url);
          close();
        }}
      >
        <div className="field">
          <label htmlFor={`${id}-url`}>{t('block.embed.url')}</label>
          <input
            id={`${id}-url`}
            type="url"
            inputMode="url"
            autoFocus
            value={url}
            placeholder="https://t.me/…"
            aria-invalid={showProblem}
            aria-describedby={`${id}-state`}
            onChange={(event) => setUrl(event.target.value)}
          />
          <div id={`${id}-state`} aria-live="polite">
            {parsed.ok ? (
              <p className="field-ok">
                {t('block.embed.detected', { provider: t(PROVIDER_LABEL[parsed.embed.provider]) })}
              </p>
            ) : showProblem ? (
              <p className="field-error">{t(REJECTION_MESSAGE[parsed.reason])}</p>
            ) : (
              <p className="field-hint">{t('block.embed.urlHint')}</p>
            )}
          </div>
        </div>
        <div className="dialog-actions">
          <button type="button" onClick={close}>
            {t('block.dialog.cancel')}
          </button>
          <button type="submit" className="primary">
            {t('block.dialog.insert')}
          </button>
        </div>
      </form>
    </EditorDialog>
  );
}

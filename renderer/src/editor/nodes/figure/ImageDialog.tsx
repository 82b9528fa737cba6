import { useEffect, useId, useRef, useState } from 'react';
import type { FigureAttrs } from '../../../../../shared/domain/body-nodes';
import { stripCreditPrefix } from '../../../../../shared/domain/body-nodes';
import type { BodyEditorContext } from '../../body-editor-context';
import { EditorDialog } from '../../common/EditorDialog';
import { importImage } from './image-import';
import type { EditorDialogProps } from '../../common/open-editor-dialog';

interface Props extends EditorDialogProps {
  context: BodyEditorContext;
  onInsert(attrs: FigureAttrs): void;
}

type Upload =
  | { kind: 'none' }
  | { kind: 'uploading'; name: string }
  | { kind: 'done'; name: string; src: string }
  | { kind: 'failed'; message: string };

/**
 * «Додати зображення»: a file, then what it shows. The file is stored as soon as it is chosen (the
 * journalist sees it happen while writing the alt text); the alt field says it is required, and a figure
 * inserted without it keeps warning in the text until it is filled.
 */
export function ImageDialog({ context, onInsert, close }: Props) {
  const { t } = context;
  const id = useId();
  const [upload, setUpload] = useState<Upload>({ kind: 'none' });
  const [alt, setAlt] = useState('');
  const [caption, setCaption] = useState('');
  const [credit, setCredit] = useState('');
  const [askedForAlt, setAskedForAlt] = useState(false);
  const altRef = useRef<HTMLInputElement>(null);
  const attempt = useRef(0);
  const alive = useRef(true);

  useEffect(() => {
    alive.current = true;
    return () => {
      alive.current = false;
    };
  }, []);

  const choose = async (file: File | undefined) => {
    if (!file) return;
    const mine = ++attempt.current;
    setUpload({ kind: 'uploading', name: file.name });
    try {
      const src = await importImage(context, file);
      if (!alive.current || mine !== attempt.current) return;
      setUpload({ kind: 'done', name: file.name, src });
      altRef.current?.focus();
    } catch (error) {
      if (!alive.current || mine !== attempt.current) return;
      setUpload({ kind: 'failed', message: (error as Error).message });
    }
  };

  const insert = () => {
    if (upload.kind !== 'done') return;
    if (alt.trim() === '') {
      setAskedForAlt(true);
      altRef.current?.focus();
      return;
    }
    onInsert({ src: upload.src, alt: alt.trim(), caption: caption.trim(), credit: stripCreditPrefix(credit) });
    close();
  };

  const altMissing = askedForAlt && alt.trim() === '';

  return (
    <EditorDialog title={t('block.image.dialogTitle')} onClose={close}>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          insert();
        }}
      >
        <div className="field">
          <label htmlFor={`${id}-file`}>{t('block.image.file')}</label>
          <input
            id={`${id}-file`}
            type="file"
            accept="image/jpeg,image/png,image/gif,image/webp,image/avif,image/svg+xml"
            aria-describedby={`${id}-file-state`}
            autoFocus
            onChange={(event) => void choose(event.target.files?.[0])}
          />
          <div id={`${id}-file-state`} aria-live="polite">
            {upload.kind === 'none' ? <p className="field-hint">{t('block.image.fileHint')}</p> : null}
            {upload.kind === 'uploading' ? (
              <>
                <p className="field-hint">{t('block.image.uploading', { name: upload.name })}</p>
                <progress />
              </>
            ) : null}
            {upload.kind === 'done' ? (
              <p className="field-ok">{t('block.image.uploaded', { name: upload.name })}</p>
            ) : null}
            {upload.kind === 'failed' ? (
              <p className="field-error" role="alert">
                {upload.message}
              </p>
            ) : null}
          </div>
        </div>
        <div className="field">
          <label htmlFor={`${id}-alt`}>{t('block.figure.alt')}</label>
          <input
            ref={altRef}
            id={`${id}-alt`}
            aria-required="true"
            aria-invalid={altMissing}
            aria-describedby={`${id}-alt-hint`}
            placeholder={t('block.figure.altPlaceholder')}
            value={alt}
            onChange={(event) => setAlt(event.target.value)}
          />
          <p
            id={`${id}-alt-hint`}
            className={altMissing ? 'field-error' : 'field-hint'}
            role={altMissing ? 'alert' : undefined}
          >
            {altMissing ? t('block.figure.altMissing') : t('block.image.altHint')}
          </p>
        </div>
        <div className="field">
          <label htmlFor={`${id}-caption`}>{t('block.figure.caption')}</label>
          <input
            id={`${id}-caption`}
            placeholder={t('block.figure.captionPlaceholder')}
            value={caption}
            onChange={(event) => setCaption(event.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-credit`}>{t('block.figure.credit')}</label>
          <input
            id={`${id}-credit`}
            placeholder={t('block.figure.creditPlaceholder')}
            value={credit}
            onChange={(event) => setCredit(event.target.value)}
          />
        </div>
        <div className="dialog-actions">
          <button type="button" onClick={close}>
            {t('block.dialog.cancel')}
          </button>
          <button type="submit" className="primary" disabled={upload.kind !== 'done'}>
            {t('block.dialog.insert')}
          </button>
        </div>
      </form>
    </EditorDialog>
  );
}

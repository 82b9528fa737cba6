import { useEffect, useId, useRef, useState } from 'react';
import type { FigureAttrs } from '../../../../../shared/domain/body-nodes';
import { stripCreditPrefix } from '../../../../../shared/domain/body-nodes';
import type { BodyEditorContext } from '../../body-editor-context';
import { EditorDialog } from '../../common/EditorDialog';
import { checkImageFile, importImage, type RenditionReport } from './image-import';
import type { EditorDialogProps } from '../../common/open-editor-dialog';

interface Props extends EditorDialogProps {
  context: BodyEditorContext;
  /** `rendition`: what became of a large photo reduced for the library; null when stored as it was. */
  onInsert(attrs: FigureAttrs, rendition: RenditionReport | null): void;
}

type Choice =
  | { kind: 'none' }
  | { kind: 'checking'; name: string }
  | { kind: 'ready'; file: File; name: string; width: number; height: number; preview: string }
  | { kind: 'saving'; file: File; name: string; width: number; height: number; preview: string }
  | { kind: 'failed'; message: string };

/**
 * «Додати зображення»: a file, then what it shows. A chosen file is checked and previewed here, from memory;
 * it reaches the article's folder only when the journalist presses «Вставити», so a cancelled or replaced
 * choice leaves nothing behind. The alt field says it is required, and a figure inserted without it keeps
 * warning in the text until it is filled.
 */
export function ImageDialog({ context, onInsert, close }: Props) {
  const { t } = context;
  const id = useId();
  const [choice, setChoice] = useState<Choice>({ kind: 'none' });
  const [alt, setAlt] = useState('');
  const [caption, setCaption] = useState('');
  const [credit, setCredit] = useState('');
  const [askedForAlt, setAskedForAlt] = useState(false);
  const altRef = useRef<HTMLInputElement>(null);
  const attempt = useRef(0);
  const alive = useRef(true);
  const preview = choice.kind === 'ready' || choice.kind === 'saving' ? choice.preview : null;

  useEffect(() => {
    alive.current = true;
    return () => {
      alive.current = false;
    };
  }, []);

  // Each preview's memory goes when it is replaced or the dialog closes.
  useEffect(() => (preview ? () => URL.revokeObjectURL(preview) : undefined), [preview]);

  const choose = async (file: File | undefined) => {
    const mine = ++attempt.current;
    if (!file) return setChoice({ kind: 'none' });
    setChoice({ kind: 'checking', name: file.name });
    try {
      const check = await checkImageFile(file);
      if (!alive.current || mine !== attempt.current) return;
      if (check.ok === false) return setChoice({ kind: 'failed', message: t.message(check.reason) });
      const { width, height } = check.ok ? check : { width: 0, height: 0 };
      setChoice({ kind: 'ready', file, name: file.name, width, height, preview: URL.createObjectURL(file) });
      altRef.current?.focus();
    } catch (error) {
      if (!alive.current || mine !== attempt.current) return;
      setChoice({ kind: 'failed', message: t('block.image.failed', { name: file.name, message: String(error) }) });
    }
  };

  const insert = async () => {
    if (choice.kind !== 'ready') return;
    if (alt.trim() === '') {
      setAskedForAlt(true);
      altRef.current?.focus();
      return;
    }
    const mine = attempt.current;
    setChoice({ ...choice, kind: 'saving' });
    try {
      const { src, rendition } = await importImage(context, choice.file);
      if (!alive.current || mine !== attempt.current) return;
      onInsert({ src, alt: alt.trim(), caption: caption.trim(), credit: stripCreditPrefix(credit) }, rendition);
      close();
    } catch (error) {
      if (!alive.current || mine !== attempt.current) return;
      setChoice({ kind: 'failed', message: (error as Error).message });
    }
  };

  const altMissing = askedForAlt && alt.trim() === '';

  return (
    <EditorDialog title={t('block.image.dialogTitle')} onClose={close}>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void insert();
        }}
      >
        <div className="field">
          <label htmlFor={`${id}-file`}>{t('block.image.file')}</label>
          <input
            id={`${id}-file`}
            type="file"
            accept="image/jpeg,image/png,image/gif,image/webp,image/avif"
            aria-describedby={`${id}-file-state`}
            autoFocus
            onChange={(event) => void choose(event.target.files?.[0])}
          />
          <div id={`${id}-file-state`} aria-live="polite">
            {choice.kind === 'none' ? <p className="field-hint">{t('block.image.fileHint')}</p> : null}
            {choice.kind === 'checking' ? (
              <p className="field-hint">{t('block.image.checking', { name: choice.name })}</p>
            ) : null}
            {choice.kind === 'ready' || choice.kind === 'saving' ? (
              <>
                {/* The words beside it say what it is; the picture itself is only a look. */}
                <img className="image-dialog-preview" src={choice.preview} alt="" />
                <p className="field-ok">
                  {t('block.image.chosen', { name: choice.name, width: choice.width, height: choice.height })}
                </p>
              </>
            ) : null}
            {choice.kind === 'saving' ? (
              <>
                <p className="field-hint">{t('block.image.uploading', { name: choice.name })}</p>
                <progress />
              </>
            ) : null}
            {choice.kind === 'failed' ? (
              <p className="field-error" role="alert">
                {choice.message}
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
          <button type="submit" className="primary" disabled={choice.kind !== 'ready'}>
            {t('block.dialog.insert')}
          </button>
        </div>
      </form>
    </EditorDialog>
  );
}

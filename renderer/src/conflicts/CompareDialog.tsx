import { useEffect, useId, useRef } from 'react';
import type { ComparedArticle } from '../../../shared/versions/compare-articles';
import { useI18n } from '../i18n/i18n';
import { VersionsCompare } from '../versions/VersionsCompare';

export interface CompareSide {
  label: string;
  article: ComparedArticle;
  /** What choosing this side does, e.g. «Залишити поточну». Omitted: this side cannot be chosen here. */
  choose?: { label: string; onChoose(): void };
}

interface Props {
  left: CompareSide;
  right: CompareSide;
  onClose(): void;
}

/** Two versions of an article side by side, word by word, each with the choice that keeps it. A modal <dialog>. */
export function CompareDialog({ left, right, onClose }: Props) {
  const { t } = useI18n();
  const id = useId();
  const dialogRef = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const dialog = dialogRef.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);

  const side = ({ label, article, choose }: CompareSide) => ({
    label,
    article,
    action: choose ? (
      <button
        type="button"
        className="primary"
        onClick={() => {
          choose.onChoose();
          dialogRef.current?.close();
        }}
      >
        {choose.label}
      </button>
    ) : null,
  });

  return (
    <dialog ref={dialogRef} className="compare-dialog" aria-labelledby={`${id}-title`} onClose={onClose}>
      <div className="compare-header">
        <h2 id={`${id}-title`}>{t('compare.title')}</h2>
        <button type="button" onClick={() => dialogRef.current?.close()}>
          {t('compare.close')}
        </button>
      </div>
      <VersionsCompare older={side(left)} newer={side(right)} />
    </dialog>
  );
}

import { useEffect, useId, useMemo, useRef } from 'react';
import type { Article } from '../../../shared/domain/article';
import { diffParagraphs } from '../../../shared/text/paragraph-diff';
import { useI18n } from '../i18n/i18n';
import { articleParagraphs } from './article-paragraphs';

export interface CompareSide {
  label: string;
  article: Pick<Article, 'headline' | 'lead' | 'body'>;
  /** What choosing this side does, e.g. «Залишити поточну». Omitted: this side cannot be chosen here. */
  choose?: { label: string; onChoose(): void };
}

interface Props {
  left: CompareSide;
  right: CompareSide;
  onClose(): void;
}

/** Two versions of an article side by side, paragraph by paragraph, differences marked. A modal <dialog>. */
export function CompareDialog({ left, right, onClose }: Props) {
  const { t } = useI18n();
  const id = useId();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const labels = { headline: t('compare.headline'), lead: t('compare.lead') };
  const rows = useMemo(
    () => diffParagraphs(articleParagraphs(left.article, labels), articleParagraphs(right.article, labels)),
    // labels change only with the language
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [left.article, right.article, t],
  );
  const counts = { changed: 0, removed: 0, added: 0 };
  for (const row of rows) if (row.kind !== 'same') counts[row.kind] += 1;

  useEffect(() => {
    const dialog = dialogRef.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);

  const choose = (side: CompareSide) =>
    side.choose ? (
      <button
        type="button"
        className="primary"
        onClick={() => {
          side.choose?.onChoose();
          dialogRef.current?.close();
        }}
      >
        {side.choose.label}
      </button>
    ) : null;

  return (
    <dialog ref={dialogRef} className="compare-dialog" aria-labelledby={`${id}-title`} onClose={onClose}>
      <div className="compare-header">
        <h2 id={`${id}-title`}>{t('compare.title')}</h2>
        <p className="hint" role="status">
          {t('compare.summary', counts)}
        </p>
        <button type="button" onClick={() => dialogRef.current?.close()}>
          {t('compare.close')}
        </button>
      </div>
      <table className="compare-table">
        <thead>
          <tr>
            <th scope="col">
              {left.label} {choose(left)}
            </th>
            <th scope="col">
              {right.label} {choose(right)}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row, index) => (
            <tr key={index} className={`diff-${row.kind}`}>
              {row.kind === 'same' ? (
                <>
                  <td>{row.text}</td>
                  <td>{row.text}</td>
                </>
              ) : row.kind === 'changed' ? (
                <>
                  <td className="diff-old">{row.before}</td>
                  <td className="diff-new">{row.after}</td>
                </>
              ) : row.kind === 'removed' ? (
                <>
                  <td className="diff-old">{row.text}</td>
                  <td className="diff-gap" aria-label={t('compare.onlyLeft')} />
                </>
              ) : (
                <>
                  <td className="diff-gap" aria-label={t('compare.onlyRight')} />
                  <td className="diff-new">{row.text}</td>
                </>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </dialog>
  );
}

import { useEffect, useId, useRef, useState } from 'react';
import type { MethodOutput } from '../../../shared/api/contract';
import { useApi } from '../api/api-context';
import { describeError } from '../i18n/describe-error';
import { formatCount, pluralCategory, useI18n } from '../i18n/i18n';

type Conflicted = MethodOutput<'library.conflicted'>['articles'];

interface Props {
  /** Opens the article (where its banner offers to compare the versions); the dialog closes itself first. */
  onOpenArticle(id: string): void;
  onClose(): void;
}

/**
 * What «Є розбіжності» stands for: the articles with a colleague's version beside them, each a button that opens
 * it. A real <dialog>: focus stays inside, Esc closes, the first article takes the focus once the list is read.
 */
export function NewsroomConflictsDialog({ onOpenArticle, onClose }: Props) {
  const { t, language } = useI18n();
  const api = useApi();
  const id = useId();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const firstRef = useRef<HTMLButtonElement>(null);
  const closeRef = useRef<HTMLButtonElement>(null);
  const [articles, setArticles] = useState<Conflicted | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    const dialog = dialogRef.current;
    if (dialog && !dialog.open) dialog.showModal();
    closeRef.current?.focus();
    let live = true;
    api.invoke('library.conflicted', {}).then(
      (result) => {
        if (live) setArticles(result.articles);
      },
      (caught: unknown) => {
        if (live) setError(describeError(t, caught));
      },
    );
    return () => {
      live = false;
    };
  }, [api, t]);

  useEffect(() => {
    if (articles && articles.length > 0) firstRef.current?.focus();
  }, [articles]);

  const open = (articleId: string) => {
    dialogRef.current?.close();
    onOpenArticle(articleId);
  };

  return (
    <dialog
      ref={dialogRef}
      className="settings-dialog newsroom-conflicts-dialog"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-intro`}
      onClose={onClose}
    >
      <h2 id={`${id}-title`}>{t('newsroom.ui.conflicts.title')}</h2>
      <p id={`${id}-intro`}>{t('newsroom.ui.conflicts.intro')}</p>
      <div role="status" aria-live="polite">
        {error !== null ? (
          <p className="form-error">{t('newsroom.ui.conflicts.failed', { reason: error })}</p>
        ) : articles === null ? (
          <p className="hint">{t('newsroom.ui.conflicts.loading')}</p>
        ) : articles.length === 0 ? (
          <p>{t('newsroom.ui.conflicts.none')}</p>
        ) : null}
      </div>
      {articles && articles.length > 0 ? (
        <ul className="newsroom-conflicts" aria-labelledby={`${id}-title`}>
          {articles.map((article, index) => (
            <li key={article.id}>
              <button
                ref={index === 0 ? firstRef : undefined}
                type="button"
                className="link-button"
                onClick={() => open(article.id)}
              >
                <span className="newsroom-conflicts-headline">{article.headline || t('library.untitled')}</span>{' '}
                <span className="hint">
                  {t(`newsroom.ui.conflicts.copies.${pluralCategory(language, article.copies)}`, {
                    count: formatCount(language, article.copies),
                  })}
                </span>
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <div className="dialog-actions">
        <button ref={closeRef} type="button" onClick={() => dialogRef.current?.close()}>
          {t('newsroom.ui.conflicts.close')}
        </button>
      </div>
    </dialog>
  );
}

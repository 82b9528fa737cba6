import { useEffect, useId, useRef, useState } from 'react';
import type { Article } from '../../../shared/domain/article';
import type { VersionEntry } from '../../../shared/domain/versions';
import { toApiError } from '../../../shared/api/errors';
import { useApi } from '../api/api-context';
import { useI18n } from '../i18n/i18n';
import { useDates } from '../i18n/use-dates';
import { VersionsCompare } from './VersionsCompare';

/** The text as the window holds it now, on the newer side by default. */
const NOW = 'now';

export interface HistoryComparison {
  /** The older side: a kept version. */
  older: VersionEntry;
  /** «Що змінив редактор»: the older side is the version sent for review, labelled so. */
  editorChanges: boolean;
}

interface Props {
  articleId: string;
  /** Every kept version, newest first: any of them (or now) may be the newer side. */
  versions: readonly VersionEntry[];
  comparison: HistoryComparison;
  /** What the window holds now. */
  current(): Article;
  onClose(): void;
}

type Loaded =
  { kind: 'loading' } | { kind: 'failed'; reason: string } | { kind: 'ready'; older: Article; newer: Article };

/**
 * Two versions of the open article word by word, in a modal dialog: a kept version against the text now, or
 * against any other kept version chosen in «Порівняти з». Reading a version is a request; its failure is said.
 */
export function HistoryCompareDialog({ articleId, versions, comparison, current, onClose }: Props) {
  const api = useApi();
  const { t } = useI18n();
  const dates = useDates();
  const id = useId();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const [newer, setNewer] = useState<string>(NOW);
  const [loaded, setLoaded] = useState<Loaded>({ kind: 'loading' });
  const currentRef = useRef(current);
  currentRef.current = current;

  useEffect(() => {
    const dialog = dialogRef.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);

  useEffect(() => {
    let cancelled = false;
    const read = async (version: string) =>
      version === NOW ? currentRef.current() : (await api.invoke('versions.read', { id: articleId, version })).article;
    Promise.all([read(comparison.older.version), read(newer)]).then(
      ([olderArticle, newerArticle]) => {
        if (!cancelled) setLoaded({ kind: 'ready', older: olderArticle, newer: newerArticle });
      },
      (error: unknown) => {
        if (!cancelled) setLoaded({ kind: 'failed', reason: t.message(toApiError(error).reason) });
      },
    );
    return () => {
      cancelled = true;
    };
  }, [api, articleId, comparison.older.version, newer, t]);

  const labelOf = (entry: VersionEntry) =>
    t('versions.compareSide', { when: dates.dateTime(entry.at), who: entry.by || t('versions.byUnknown') });
  const olderLabel = comparison.editorChanges
    ? `${t('versions.submitted')}: ${labelOf(comparison.older)}`
    : labelOf(comparison.older);
  const newerEntry = versions.find((entry) => entry.version === newer);
  const newerLabel = newerEntry ? labelOf(newerEntry) : t('versions.now');

  return (
    <dialog ref={dialogRef} className="compare-dialog" aria-labelledby={`${id}-title`} onClose={onClose}>
      <div className="compare-header">
        <h2 id={`${id}-title`}>{comparison.editorChanges ? t('versions.editorChanges') : t('compare.title')}</h2>
        <label className="history-compare-with">
          {t('versions.compareWith')}{' '}
          <select
            value={newer}
            onChange={(event) => {
              setLoaded({ kind: 'loading' });
              setNewer(event.currentTarget.value);
            }}
          >
            <option value={NOW}>{t('versions.now')}</option>
            {versions
              .filter((entry) => entry.version !== comparison.older.version)
              .map((entry) => (
                <option key={entry.version} value={entry.version}>
                  {labelOf(entry)}
                </option>
              ))}
          </select>
        </label>
        <button type="button" onClick={() => dialogRef.current?.close()}>
          {t('compare.close')}
        </button>
      </div>
      {loaded.kind === 'loading' ? <p className="versions-empty">{t('versions.loading')}</p> : null}
      {loaded.kind === 'failed' ? (
        <p className="versions-failed" role="alert">
          {t('versions.readFailed', { reason: loaded.reason })}
        </p>
      ) : null}
      {loaded.kind === 'ready' ? (
        <VersionsCompare
          older={{ label: olderLabel, article: loaded.older }}
          newer={{ label: newerLabel, article: loaded.newer }}
        />
      ) : null}
    </dialog>
  );
}

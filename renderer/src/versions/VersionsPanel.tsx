import { useState } from 'react';
import { toApiError } from '../../../shared/api/errors';
import type { VersionEntry } from '../../../shared/domain/versions';
import { useApi } from '../api/api-context';
import { EditorDialog } from '../editor/common/EditorDialog';
import { useI18n } from '../i18n/i18n';
import { useDates } from '../i18n/use-dates';
import { lastSubmittedVersion } from '../../../shared/versions/editor-changes';
import type { HistoryComparison } from './HistoryCompareDialog';
import { useVersions } from './use-versions';

interface Props {
  articleId: string;
  /** Writes the window's unsaved edits first, so a kept or replaced version is the text the person sees. */
  flush(): Promise<void>;
  /** The article is open read-only: versions are listed, none may be kept or restored from here. */
  readOnly?: boolean;
  /**
   * «Порівняти» a version with the current text (or another version), and «Що змінив редактор»: the version
   * last sent for review against now. The buttons are shown only when this is given; it gets the whole list.
   */
  onCompare?: (comparison: HistoryComparison, versions: readonly VersionEntry[]) => void;
}

/**
 * «Версії»: every kept version of the open article, newest first, with who kept it, when (Kyiv time, the
 * house style), the status then and why it was kept; «Зберегти версію», and «Відновити» after a confirmation.
 */
export function VersionsPanel({ articleId, flush, readOnly = false, onCompare }: Props) {
  const api = useApi();
  const { t } = useI18n();
  const dates = useDates();
  const { state, reload } = useVersions(articleId);
  const [busy, setBusy] = useState(false);
  const [said, setSaid] = useState<string | null>(null);
  const [confirming, setConfirming] = useState<VersionEntry | null>(null);
  const readyVersions = state.kind === 'ready' ? state.versions : [];
  const submitted = lastSubmittedVersion(readyVersions);

  const run = async (work: () => Promise<string>) => {
    setBusy(true);
    setSaid(null);
    try {
      await flush();
      setSaid(await work());
    } catch (error) {
      setSaid(t('versions.loadFailed', { reason: t.message(toApiError(error).reason) }));
    } finally {
      setBusy(false);
      await reload();
    }
  };

  const save = () =>
    run(async () => {
      await api.invoke('versions.save', { id: articleId });
      return t('versions.saved');
    });

  const restore = (entry: VersionEntry) => {
    setConfirming(null);
    void run(async () => {
      await api.invoke('versions.restore', { id: articleId, version: entry.version });
      return t('versions.restored', { when: dates.dateTime(entry.at) });
    });
  };

  return (
    <section className="versions-panel" aria-labelledby="versions-panel-title">
      <h2 className="panel-title" id="versions-panel-title">
        {t('versions.tab')}
      </h2>
      <button type="button" onClick={() => void save()} disabled={readOnly || busy}>
        {busy ? t('versions.saving') : t('versions.save')}
      </button>
      {onCompare && submitted ? (
        <button
          type="button"
          className="versions-editor-changes"
          onClick={() => onCompare({ older: submitted, editorChanges: true }, readyVersions)}
        >
          {t('versions.editorChanges')}
        </button>
      ) : null}
      <p className="versions-said" role="status">
        {said}
      </p>
      {state.kind === 'loading' ? <p className="versions-empty">{t('versions.loading')}</p> : null}
      {state.kind === 'failed' ? (
        <div className="versions-failed" role="alert">
          <p>{t('versions.loadFailed', { reason: t.message(state.reason) })}</p>
          <button type="button" onClick={() => void reload()}>
            {t('versions.retry')}
          </button>
        </div>
      ) : null}
      {state.kind === 'ready' && state.versions.length === 0 ? (
        <div className="versions-empty">
          <p>{t('versions.empty')}</p>
          <p>{t('versions.emptyHint')}</p>
        </div>
      ) : null}
      {state.kind === 'ready' && state.versions.length > 0 ? (
        <ol className="versions-list" aria-label={t('versions.list')}>
          {state.versions.map((entry) => {
            const when = dates.dateTime(entry.at);
            return (
              <li key={entry.version} className="versions-item">
                <p className="versions-when">
                  <time dateTime={entry.at}>{when}</time>
                </p>
                <p className="versions-who">{entry.by || t('versions.byUnknown')}</p>
                <p className="versions-why">
                  {t(`versions.reason.${entry.reason}`)}
                  {' · '}
                  {entry.status
                    ? t('versions.statusLine', { status: t(`status.${entry.status}`) })
                    : t('versions.statusUnknown')}
                </p>
                {entry.note ? <p className="versions-note">{t('versions.note', { note: entry.note })}</p> : null}
                <div className="versions-actions">
                  {onCompare ? (
                    <button
                      type="button"
                      aria-label={t('versions.compareLabel', { when })}
                      onClick={() => onCompare({ older: entry, editorChanges: false }, state.versions)}
                    >
                      {t('versions.compare')}
                    </button>
                  ) : null}
                  <button
                    type="button"
                    aria-label={t('versions.restoreLabel', { when })}
                    disabled={readOnly || busy}
                    onClick={() => setConfirming(entry)}
                  >
                    {t('versions.restore')}
                  </button>
                </div>
              </li>
            );
          })}
        </ol>
      ) : null}
      {confirming ? (
        <EditorDialog title={t('versions.confirmTitle')} onClose={() => setConfirming(null)}>
          <p>{t('versions.confirmBody', { when: dates.dateTime(confirming.at) })}</p>
          <div className="versions-dialog-actions">
            <button type="button" autoFocus onClick={() => restore(confirming)}>
              {t('versions.confirm')}
            </button>
            <button type="button" onClick={() => setConfirming(null)}>
              {t('versions.cancel')}
            </button>
          </div>
        </EditorDialog>
      ) : null}
    </section>
  );
}

import { useEffect, useState } from 'react';
import type { MethodOutput } from '../../../shared/api/contract';
import { useApi } from '../api/api-context';
import { describeError } from '../i18n/describe-error';
import { useI18n } from '../i18n/i18n';
import { useDates } from '../i18n/use-dates';

interface Props {
  articleId: string;
  /** Changes when the status or the version on screen does (a step here, a reload after one elsewhere). */
  version: string;
}

type Loaded =
  { kind: 'loading' } | { kind: 'ready'; log: MethodOutput<'workflow.log'> } | { kind: 'error'; text: string };

/** The article's status history: who, when, from → to, and the note, newest first. */
export function WorkflowLog({ articleId, version }: Props) {
  const api = useApi();
  const { t } = useI18n();
  const dates = useDates();
  const [loaded, setLoaded] = useState<Loaded>({ kind: 'loading' });

  useEffect(() => {
    let current = true;
    api.invoke('workflow.log', { id: articleId }).then(
      (log) => current && setLoaded({ kind: 'ready', log }),
      (error: unknown) => current && setLoaded({ kind: 'error', text: describeError(t, error) }),
    );
    return () => {
      current = false;
    };
  }, [api, articleId, version, t]);

  return (
    <section className="workflow-log" aria-labelledby={`${articleId}-workflow-log`}>
      <h2 className="panel-title" id={`${articleId}-workflow-log`}>
        {t('workflow.log.title')}
      </h2>
      {loaded.kind === 'error' ? (
        <p role="alert" className="form-error">
          {loaded.text}
        </p>
      ) : null}
      {loaded.kind === 'ready' && loaded.log.entries.length === 0 ? (
        <p className="workflow-log-empty">{t('workflow.log.empty')}</p>
      ) : null}
      {loaded.kind === 'ready' && loaded.log.entries.length > 0 ? (
        <ol className="workflow-log-list">
          {[...loaded.log.entries].reverse().map((entry, index) => (
            <li key={`${entry.at}-${index}`}>
              <span className="workflow-log-step">
                {t('workflow.log.step', { from: t(`status.${entry.from}`), to: t(`status.${entry.to}`) })}
              </span>
              <span className="workflow-log-by">
                {t('workflow.log.by', {
                  who: entry.by || (entry.role ? t(`workflow.role.${entry.role}`) : t('workflow.log.unknownRole')),
                  when: dates.dateTime(entry.at),
                })}
              </span>
              {entry.note ? <q className="workflow-log-note">{entry.note}</q> : null}
            </li>
          ))}
        </ol>
      ) : null}
      {loaded.kind === 'ready' && loaded.log.problems.length > 0 ? (
        <p className="hint">{t('workflow.log.problems', { count: loaded.log.problems.length })}</p>
      ) : null}
    </section>
  );
}

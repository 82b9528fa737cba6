import { useId, useRef, useState } from 'react';
import { useI18n } from '../i18n/i18n';
import { ConfirmDialog } from './ConfirmDialog';
import { DamagedFiles } from './DamagedFiles';
import { useDates } from '../i18n/use-dates';
import type { Trash, TrashedItem } from './use-trash';

interface Props {
  trash: Trash | null;
  error: string | null;
  onRetry(): void;
  /** Each resolves once done; a failure is reported by the caller and leaves the item in place. */
  onRestore(id: string): Promise<boolean>;
  onPurge(id: string): Promise<boolean>;
}

/** The trashed articles, newest first, each to restore or to delete for good after a confirmation. */
export function TrashView({ trash, error, onRetry, onRestore, onPurge }: Props) {
  const { t } = useI18n();
  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const opener = useRef<HTMLElement | null>(null);
  const [confirming, setConfirming] = useState<TrashedItem | null>(null);
  const [announcement, setAnnouncement] = useState('');

  const headlineOf = (item: TrashedItem) => item.headline.trim() || t('library.untitled');

  const restore = async (item: TrashedItem) => {
    if (await onRestore(item.id)) {
      setAnnouncement(t('trash.restored', { headline: headlineOf(item) }));
      headingRef.current?.focus();
    }
  };

  const purge = async (item: TrashedItem) => {
    setConfirming(null);
    if (await onPurge(item.id)) {
      setAnnouncement(t('trash.purged', { headline: headlineOf(item) }));
      headingRef.current?.focus();
    } else {
      opener.current?.focus();
    }
  };

  return (
    <>
      <h2 className="sidebar-title" id={headingId} ref={headingRef} tabIndex={-1}>
        {t('trash.title')}
      </h2>
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
      {error ? (
        <div role="alert" className="sidebar-state error">
          <p>
            {t('trash.loadError')}: {error}
          </p>
          <button type="button" onClick={onRetry}>
            {t('app.retry')}
          </button>
        </div>
      ) : trash === null ? (
        <p className="sidebar-state" aria-busy="true">
          {t('app.loading')}
        </p>
      ) : trash.items.length === 0 ? (
        <div className="sidebar-state">
          <p>{t('trash.empty')}</p>
          <p className="hint">{t('trash.emptyHint')}</p>
        </div>
      ) : (
        <ul className="trash-list" aria-labelledby={headingId}>
          {trash.items.map((item) => (
            <TrashEntry
              key={item.id}
              item={item}
              headline={headlineOf(item)}
              onRestore={() => void restore(item)}
              onPurge={(button) => {
                opener.current = button;
                setConfirming(item);
              }}
            />
          ))}
        </ul>
      )}
      {trash ? <DamagedFiles damaged={trash.damaged} /> : null}
      {confirming ? (
        <ConfirmDialog
          title={t('trash.confirmTitle')}
          body={t('trash.confirmBody', { headline: headlineOf(confirming) })}
          confirmLabel={t('trash.purge')}
          cancelLabel={t('trash.cancel')}
          onConfirm={() => void purge(confirming)}
          onCancel={() => {
            setConfirming(null);
            opener.current?.focus();
          }}
        />
      ) : null}
    </>
  );
}

interface EntryProps {
  item: TrashedItem;
  headline: string;
  onRestore(): void;
  onPurge(button: HTMLButtonElement): void;
}

export function TrashEntry({ item, headline, onRestore, onPurge }: EntryProps) {
  const { t } = useI18n();
  const dates = useDates();
  const id = useId();
  return (
    <li className="trash-item" aria-labelledby={`${id}-headline`}>
      <span className="article-headline" id={`${id}-headline`}>
        {headline}
      </span>
      <span className="article-meta">
        <span className={`status-chip status-${item.status}`}>{t(`status.${item.status}`)}</span>
        {item.rubric ? <span className="rubric">{item.rubric}</span> : null}
      </span>
      <span className="hint">
        <time dateTime={item.trashedAt}>{t('trash.trashedAt', { date: dates.dateTime(item.trashedAt) })}</time>
      </span>
      <span className="trash-actions">
        <button type="button" aria-describedby={`${id}-headline`} onClick={onRestore}>
          {t('trash.restore')}
        </button>
        <button
          type="button"
          className="danger-outline"
          aria-describedby={`${id}-headline`}
          onClick={(event) => onPurge(event.currentTarget)}
        >
          {t('trash.purge')}
        </button>
      </span>
    </li>
  );
}

import { useSyncExternalStore } from 'react';
import { useI18n } from '../../../i18n/i18n';
import type { PlacedSuggestion, SuggestionsStore } from './suggestions-store';
import './typography-panel.css';

interface Props {
  store: SuggestionsStore;
  /** What the last «Виправити типографіку» did, shown under the button. */
  fixResult: string | null;
  onFixAll(): void;
  onApply(suggestion: PlacedSuggestion): void;
  onShow(suggestion: PlacedSuggestion): void;
  /** The article is open read-only: nothing here may change it. */
  readOnly?: boolean;
}

/**
 * «Типографіка»: the whole-article fix and the suggestions that are never applied by themselves
 * (capitalised month, `1-го січня`, `грн.`, Title Case headline, Latin letters in Cyrillic words, 2019 spellings).
 */
export function TypographyPanel({ store, fixResult, onFixAll, onApply, onShow, readOnly = false }: Props) {
  const { t } = useI18n();
  const { items, bodyScanned } = useSyncExternalStore(store.subscribe, store.getSnapshot);

  return (
    <section className="typography-panel" aria-labelledby="typography-panel-title">
      <h2 className="panel-title" id="typography-panel-title">
        {t('typography.title')}
      </h2>
      <button type="button" onClick={onFixAll} aria-keyshortcuts="Control+Shift+F" disabled={readOnly}>
        {t('typography.fixAll')}
      </button>
      <p className="typography-hint">{t('typography.fixAllHint')}</p>
      {fixResult ? (
        <p className="typography-result" role="status">
          {fixResult}
        </p>
      ) : null}
      <h3 className="typography-subtitle">
        {t('typography.suggestions')}
        {items.length > 0 ? <span className="typography-count">{items.length}</span> : null}
      </h3>
      {items.length === 0 ? (
        <p className="typography-empty">{bodyScanned ? t('typography.none') : t('typography.checking')}</p>
      ) : (
        <ul className="typography-list" aria-label={t('typography.suggestions')}>
          {items.map((item) => (
            <li key={item.key} className="typography-item" data-rule={item.rule}>
              <p className="typography-where">{t(`typography.field.${item.field}`)}</p>
              <p className="typography-excerpt">
                {item.moreBefore ? '…' : ''}
                {item.before}
                <mark>{item.original}</mark>
                {item.after}
                {item.moreAfter ? '…' : ''}
              </p>
              <p className="typography-message">{t(`typography.rule.${item.rule}`)}</p>
              <div className="typography-actions">
                <button
                  type="button"
                  disabled={readOnly}
                  onClick={() => onApply(item)}
                  aria-label={t('typography.applyLabel', { from: item.original, to: item.replacement })}
                >
                  {t('typography.apply', { to: shorten(item.replacement) })}
                </button>
                {item.field === 'body' ? (
                  <button type="button" className="link-button" onClick={() => onShow(item)}>
                    {t('typography.show')}
                  </button>
                ) : null}
                <button type="button" className="link-button" onClick={() => store.ignore(item.key)}>
                  {t('typography.ignore')}
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

const shorten = (text: string) => (text.length > 40 ? `${text.slice(0, 39)}…` : text);

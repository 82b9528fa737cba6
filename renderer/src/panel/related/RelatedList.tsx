import { useEffect, useRef } from 'react';
import { useI18n } from '../../i18n/i18n';
import { useDates } from '../../i18n/use-dates';
import { moveRelated, relatedKey, removeRelated, type RelatedArticle } from './related-list';

interface Props {
  related: readonly RelatedArticle[];
  labelledBy: string;
  onChange(related: RelatedArticle[]): void;
  /** Words for the screen reader's live region: what a button just did. */
  onSay(text: string): void;
  /** Where the focus goes when the last entry is removed. */
  onEmptied(): void;
}

type Action = 'up' | 'down' | 'remove';

/**
 * The articles of «Читайте також» in their order, each with buttons to move it up or down and to remove it.
 * The focus stays with the entry that moved (on the same button, or the other one at an end), and after a
 * removal goes to the next entry's, so a list can be ordered from the keyboard alone.
 */
export function RelatedList({ related, labelledBy, onChange, onSay, onEmptied }: Props) {
  const { t } = useI18n();
  const dates = useDates();
  const listRef = useRef<HTMLOListElement>(null);
  // Set by a button, used once the list has been drawn in its new order.
  const pendingFocus = useRef<{ key: string; action: Action } | null>(null);
  const setFocus = (focus: { key: string; action: Action }) => {
    pendingFocus.current = focus;
  };

  useEffect(() => {
    const focus = pendingFocus.current;
    if (!focus) return;
    pendingFocus.current = null;
    const rows = [...(listRef.current?.children ?? [])] as HTMLElement[];
    const row = rows.find((item) => item.dataset.relatedKey === focus.key);
    const button = (action: Action) => row?.querySelector<HTMLButtonElement>(`[data-action="${action}"]`);
    const wanted = button(focus.action);
    const target = wanted && !wanted.disabled ? wanted : button(focus.action === 'up' ? 'down' : 'up');
    (target && !target.disabled ? target : button('remove'))?.focus();
  });

  const headlineOf = (item: RelatedArticle) => item.headline || t('related.untitled');
  const move = (index: number, step: -1 | 1) => {
    const item = related[index];
    if (!item) return;
    onChange(moveRelated(related, index, step));
    onSay(t('related.moved', { headline: headlineOf(item), position: index + step + 1, count: related.length }));
    setFocus({ key: relatedKey(item), action: step === -1 ? 'up' : 'down' });
  };
  const remove = (index: number) => {
    const item = related[index];
    if (!item) return;
    onChange(removeRelated(related, index));
    onSay(t('related.removed', { headline: headlineOf(item) }));
    const next = related[index + 1] ?? related[index - 1];
    if (next) setFocus({ key: relatedKey(next), action: 'remove' });
    else onEmptied();
  };

  if (related.length === 0) return <p className="related-state">{t('related.empty')}</p>;
  return (
    <ol ref={listRef} className="related-list" aria-labelledby={labelledBy}>
      {related.map((item, index) => (
        <li key={relatedKey(item)} data-related-key={relatedKey(item)}>
          <span className="related-headline">{headlineOf(item)}</span>
          <span className="related-meta">
            {item.publishedAt ? <time dateTime={item.publishedAt}>{dates.dateTime(item.publishedAt)}</time> : null}
            {item.url ? <span className="related-host">{hostOf(item.url)}</span> : null}
          </span>
          <span className="related-actions">
            <button
              type="button"
              data-action="up"
              aria-label={t('related.moveUp', { headline: headlineOf(item) })}
              disabled={index === 0}
              onClick={() => move(index, -1)}
            >
              ↑
            </button>
            <button
              type="button"
              data-action="down"
              aria-label={t('related.moveDown', { headline: headlineOf(item) })}
              disabled={index === related.length - 1}
              onClick={() => move(index, 1)}
            >
              ↓
            </button>
            <button
              type="button"
              data-action="remove"
              aria-label={t('related.remove', { headline: headlineOf(item) })}
              onClick={() => remove(index)}
            >
              ×
            </button>
          </span>
        </li>
      ))}
    </ol>
  );
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

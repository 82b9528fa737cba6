import { useEffect, useId, useRef, useState, useSyncExternalStore, type KeyboardEvent } from 'react';
import { formatCount, useI18n } from '../../../i18n/i18n';
import { matchesShortcut } from '../shortcuts/match-shortcut';
import { isApplePlatform } from '../shortcuts/platform';
import { shortcutHint } from '../shortcuts/shortcut-hint';
import type { ShortcutId } from '../shortcuts/shortcut-table';
import type { FindController, FindSnapshot } from './find-controller';
import './find.css';

interface Props {
  controller: FindController;
  readOnly: boolean;
}

/** «3 з 17», «Збігів: 17» (none current yet) or «Немає збігів»; nothing before a query is typed. */
function countText(snapshot: FindSnapshot, t: ReturnType<typeof useI18n>['t'], format: (n: number) => string): string {
  if (!snapshot.query) return '';
  if (snapshot.total === 0) return t('find.none');
  if (snapshot.position === 0) return t('find.total', { total: format(snapshot.total) });
  return t('find.position', { position: format(snapshot.position), total: format(snapshot.total) });
}

/**
 * The find bar at the foot of the editor column: the query, the count over the whole article, previous and
 * next, and with Ctrl+H the replacement. Keyboard first: Enter and Shift+Enter go through the matches, Enter
 * in the replacement replaces the current one, Ctrl+Alt+Enter all of them, Escape closes.
 */
export function FindBar({ controller, readOnly }: Props) {
  const snapshot = useSyncExternalStore(controller.subscribe, controller.getSnapshot);
  const { t, language } = useI18n();
  const id = useId();
  const queryRef = useRef<HTMLInputElement>(null);
  const [replacement, setReplacement] = useState('');
  const apple = isApplePlatform();

  useEffect(() => {
    if (!snapshot.open) return;
    queryRef.current?.focus();
    queryRef.current?.select();
  }, [snapshot.open, snapshot.focusRequest]);

  if (!snapshot.open) return null;

  const titled = (label: string, shortcut: ShortcutId) => {
    const hint = shortcutHint(shortcut, apple);
    return { 'aria-label': label, title: hint ? t('toolbar.withShortcut', { label, keys: hint.text }) : label };
  };
  const canReplace = !readOnly && snapshot.total > 0;

  const onBarKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (matchesShortcut(event, 'closeFind')) {
      event.preventDefault();
      controller.closeAndReturn();
    } else if (matchesShortcut(event, 'replaceAll')) {
      event.preventDefault();
      if (canReplace) controller.replaceAll(replacement);
    }
  };
  const onQueryKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const next = matchesShortcut(event, 'findNextInField');
    if (!next && !matchesShortcut(event, 'findPreviousInField')) return;
    event.preventDefault();
    if (next) controller.next();
    else controller.previous();
  };
  const onReplacementKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (!matchesShortcut(event, 'replaceOne')) return;
    event.preventDefault();
    if (canReplace) controller.replace(replacement);
  };

  return (
    <div
      ref={(element) => controller.setBar(element)}
      className="find-bar"
      role="search"
      aria-label={t('find.region')}
      onKeyDown={onBarKeyDown}
    >
      <button
        type="button"
        className="find-button find-toggle"
        aria-expanded={snapshot.replacing}
        aria-controls={`${id}-replacement`}
        {...titled(t('find.toggleReplace'), 'replace')}
        onClick={() => controller.setReplacing(!snapshot.replacing)}
      >
        <span aria-hidden="true">{snapshot.replacing ? '▾' : '▸'}</span>
      </button>
      <input
        ref={queryRef}
        type="search"
        className="find-input find-query"
        aria-label={t('find.query')}
        placeholder={t('find.query')}
        value={snapshot.query}
        spellCheck={false}
        onChange={(event) => controller.setQuery(event.target.value)}
        onKeyDown={onQueryKeyDown}
      />
      {/* Right after the query in the order of Tab, though drawn on the second row. */}
      {snapshot.replacing ? (
        <input
          id={`${id}-replacement`}
          type="text"
          className="find-input find-replacement"
          aria-label={t('find.replacement')}
          placeholder={t('find.replacement')}
          value={replacement}
          spellCheck={false}
          readOnly={readOnly}
          onChange={(event) => setReplacement(event.target.value)}
          onKeyDown={onReplacementKeyDown}
        />
      ) : null}
      <div className="find-controls">
        <span className="find-count" role="status">
          {countText(snapshot, t, (n) => formatCount(language, n))}
        </span>
        <button
          type="button"
          className="find-button"
          disabled={snapshot.total === 0}
          {...titled(t('find.previous'), 'findPrevious')}
          onClick={() => controller.previous()}
        >
          <span aria-hidden="true">↑</span>
        </button>
        <button
          type="button"
          className="find-button"
          disabled={snapshot.total === 0}
          {...titled(t('find.next'), 'findNext')}
          onClick={() => controller.next()}
        >
          <span aria-hidden="true">↓</span>
        </button>
        <button
          type="button"
          className="find-button"
          {...titled(t('find.close'), 'closeFind')}
          onClick={() => controller.closeAndReturn()}
        >
          <span aria-hidden="true">✕</span>
        </button>
      </div>
      {snapshot.replacing ? (
        <div className="find-replace-buttons">
          <button
            type="button"
            className="find-text-button"
            disabled={!canReplace}
            onClick={() => controller.replace(replacement)}
          >
            {t('find.replace')}
          </button>
          <button
            type="button"
            className="find-text-button"
            disabled={!canReplace}
            title={t('toolbar.withShortcut', {
              label: t('find.replaceAll'),
              keys: shortcutHint('replaceAll', apple)?.text ?? '',
            })}
            onClick={() => controller.replaceAll(replacement)}
          >
            {t('find.replaceAll')}
          </button>
        </div>
      ) : null}
    </div>
  );
}

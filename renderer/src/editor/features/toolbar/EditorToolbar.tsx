import type { Editor } from '@tiptap/core';
import { Fragment, memo, useEffect, useMemo, useRef } from 'react';
import { useI18n } from '../../../i18n/i18n';
import type { PlainKey } from '../../../i18n/i18n';
import { onMenuRequest } from '../menus/menu-requests';
import { requestShortcutHelp } from '../shortcuts/help-requests';
import { isApplePlatform } from '../shortcuts/platform';
import { shortcutHint } from '../shortcuts/shortcut-hint';
import { InsertMenu, type ToolbarInsertItem } from './InsertMenu';
import { MoreMenu, type MoreEntry } from './MoreMenu';
import { ToolbarButton } from './ToolbarButton';
import { TOOLBAR_ICONS } from './toolbar-icons';
import { TOOLBAR_ITEMS, type ToolbarItem } from './toolbar-items';
import { useItemState } from './use-item-state';
import { useRovingFocus } from './use-roving-focus';
import { useStickyCover } from './use-sticky-cover';
import { useToolbarActions } from './use-toolbar-actions';
import { useToolbarOverflow } from './use-toolbar-overflow';
import './toolbar.css';

const { paragraph, heading2, heading3, bold, italic, underline, strike, link } = TOOLBAR_ITEMS;
const { bulletList, orderedList, blockquote, horizontalRule, undo, redo } = TOOLBAR_ITEMS;

const GROUPS: ReadonlyArray<{ label: PlainKey; items: readonly ToolbarItem[] }> = [
  { label: 'toolbar.group.block', items: [paragraph, heading2, heading3] },
  { label: 'toolbar.group.text', items: [bold, italic, underline, strike, link] },
  { label: 'toolbar.group.structure', items: [bulletList, orderedList, blockquote, horizontalRule] },
  { label: 'toolbar.group.history', items: [undo, redo] },
];
const ALL_ITEMS = GROUPS.flatMap((group) => group.items);
/**
 * The order in which items leave a row too narrow for them, least needed first: what has a well-known key or a
 * typed form (help, undo, the divider, the marks) goes before «Вставити», the one way to a photo or an embed.
 */
const DROP_ORDER: readonly string[] = [
  'help',
  'redo',
  'undo',
  'horizontalRule',
  'strike',
  'underline',
  'blockquote',
  'orderedList',
  'bulletList',
  'heading3',
  'link',
  'heading2',
  'italic',
  'bold',
  'paragraph',
  'insert',
];
const APPLE = isApplePlatform();

interface Props {
  editor: Editor;
  /** The blocks of the «Вставити» menu; the menu is not shown without them. */
  insertItems?: readonly ToolbarInsertItem[] | undefined;
}

/**
 * The formatting toolbar above the body. It re-renders only when a button's pressed or enabled state
 * changes (useItemState), never on a plain keystroke; the body editor around it does not re-render at all.
 */
export const EditorToolbar = memo(function EditorToolbar({ editor, insertItems }: Props) {
  const { t } = useI18n();
  const state = useItemState(editor, ALL_ITEMS);
  const hasInsert = insertItems !== undefined && insertItems.length > 0;
  const allIds = useMemo(
    () => [...ALL_ITEMS.map((item) => item.id), ...(hasInsert ? ['insert'] : []), 'help'],
    [hasInsert],
  );
  const ref = useRef<HTMLDivElement>(null);
  // One row: the items past `shown` go to the «Більше» menu (the help text tells apart languages' widths).
  const hidden = useToolbarOverflow(
    ref,
    allIds,
    DROP_ORDER,
    `${allIds.length} ${t('toolbar.insert')} ${t('toolbar.bold')}`,
  );
  const isShown = (id: string) => !hidden.has(id);
  const ids = useMemo(
    () => [...allIds.filter((id) => !hidden.has(id)), ...(hidden.size > 0 ? ['more'] : [])],
    [allIds, hidden],
  );
  const roving = useRovingFocus<HTMLDivElement>(ids, ref);
  const { focusCurrent } = roving;
  useStickyCover(ref);

  // Alt+F10 in the body comes here.
  useEffect(() => onMenuRequest(editor, (request) => request === 'toolbar' && focusCurrent()), [editor, focusCurrent]);

  const { run, onKeyDown } = useToolbarActions(editor, roving);

  const helpHint = shortcutHint('shortcutHelp', APPLE);
  const helpLabel = t('toolbar.shortcuts');

  const entries: MoreEntry[] = [];
  for (const group of GROUPS) {
    // The first of a group's items in the menu is set apart from the group before.
    let first = true;
    for (const item of group.items) {
      if (isShown(item.id)) continue;
      entries.push({
        id: item.id,
        label: t(item.label),
        checked: item.isActive ? (state.active[item.id] ?? false) : undefined,
        enabled: state.enabled[item.id] ?? false,
        startsGroup: first,
        run: () => run(item),
      });
      first = false;
    }
  }
  if (hasInsert && !isShown('insert')) {
    insertItems.forEach((item, index) =>
      entries.push({
        id: `insert-${item.id}`,
        label: item.label,
        enabled: true,
        startsGroup: index === 0,
        run: () => {
          // The block goes where the caret was: give the body its focus and selection back first.
          editor.commands.focus();
          item.run(editor);
        },
      }),
    );
  }
  if (!isShown('help')) {
    entries.push({ id: 'help', label: helpLabel, enabled: true, startsGroup: true, run: requestShortcutHelp });
  }

  return (
    <div
      ref={ref}
      role="toolbar"
      aria-label={t('toolbar.label')}
      className="editor-toolbar"
      onKeyDown={onKeyDown}
      onFocus={roving.onFocus}
    >
      {GROUPS.filter((group) => group.items.some((item) => isShown(item.id))).map((group, index) => (
        <Fragment key={group.label}>
          {index > 0 ? <span className="toolbar-separator" aria-hidden="true" /> : null}
          <div role="group" aria-label={t(group.label)} className="toolbar-group">
            {group.items
              .filter((item) => isShown(item.id))
              .map((item) => (
                <ToolbarButton
                  key={item.id}
                  item={item}
                  pressed={item.isActive ? (state.active[item.id] ?? false) : undefined}
                  enabled={state.enabled[item.id] ?? false}
                  tabIndex={roving.tabIndexOf(item.id)}
                  apple={APPLE}
                  onRun={run}
                >
                  {TOOLBAR_ICONS[item.id]}
                </ToolbarButton>
              ))}
          </div>
        </Fragment>
      ))}
      {hasInsert && isShown('insert') ? (
        <>
          <span className="toolbar-separator" aria-hidden="true" />
          {/* The body's blocks (figure, embed, «Читайте також», «Нагадаємо,»), given by the workspace. */}
          <InsertMenu editor={editor} items={insertItems} tabIndex={roving.tabIndexOf('insert')} />
        </>
      ) : null}
      {isShown('help') ? (
        <button
          type="button"
          className="toolbar-button toolbar-help"
          data-roving-id="help"
          tabIndex={roving.tabIndexOf('help')}
          aria-label={helpLabel}
          title={helpHint ? t('toolbar.withShortcut', { label: helpLabel, keys: helpHint.text }) : helpLabel}
          aria-keyshortcuts={helpHint?.aria}
          aria-haspopup="dialog"
          onMouseDown={(event) => event.preventDefault()}
          onClick={requestShortcutHelp}
        >
          <span aria-hidden="true">?</span>
        </button>
      ) : null}
      {entries.length > 0 ? (
        <>
          <span className="toolbar-separator" aria-hidden="true" />
          <MoreMenu entries={entries} tabIndex={roving.tabIndexOf('more')} />
        </>
      ) : null}
    </div>
  );
});

import type { Editor } from '@tiptap/core';
import { Fragment, memo, useEffect, useMemo } from 'react';
import { useI18n } from '../../../i18n/i18n';
import type { PlainKey } from '../../../i18n/i18n';
import { onMenuRequest } from '../menus/menu-requests';
import { requestShortcutHelp } from '../shortcuts/help-requests';
import { isApplePlatform } from '../shortcuts/platform';
import { shortcutHint } from '../shortcuts/shortcut-hint';
import { InsertMenu, type ToolbarInsertItem } from './InsertMenu';
import { ToolbarButton } from './ToolbarButton';
import { TOOLBAR_ICONS } from './toolbar-icons';
import { TOOLBAR_ITEMS, type ToolbarItem } from './toolbar-items';
import { useItemState } from './use-item-state';
import { useRovingFocus } from './use-roving-focus';
import { useStickyCover } from './use-sticky-cover';
import { useToolbarActions } from './use-toolbar-actions';
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
  const ids = useMemo(
    () => [...ALL_ITEMS.map((item) => item.id), ...(hasInsert ? ['insert'] : []), 'help'],
    [hasInsert],
  );
  const roving = useRovingFocus<HTMLDivElement>(ids);
  const { focusCurrent } = roving;
  useStickyCover(roving.ref);

  // Alt+F10 in the body comes here.
  useEffect(() => onMenuRequest(editor, (request) => request === 'toolbar' && focusCurrent()), [editor, focusCurrent]);

  const { run, onKeyDown } = useToolbarActions(editor, roving);

  const helpHint = shortcutHint('shortcutHelp', APPLE);
  const helpLabel = t('toolbar.shortcuts');

  return (
    <div
      ref={roving.ref}
      role="toolbar"
      aria-label={t('toolbar.label')}
      className="editor-toolbar"
      onKeyDown={onKeyDown}
      onFocus={roving.onFocus}
    >
      {GROUPS.map((group, index) => (
        <Fragment key={group.label}>
          {index > 0 ? <span className="toolbar-separator" aria-hidden="true" /> : null}
          <div role="group" aria-label={t(group.label)} className="toolbar-group">
            {group.items.map((item) => (
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
      {hasInsert ? (
        <>
          <span className="toolbar-separator" aria-hidden="true" />
          {/* The body's blocks (figure, embed, «Читайте також», «Нагадаємо,»), given by the workspace. */}
          <InsertMenu editor={editor} items={insertItems} tabIndex={roving.tabIndexOf('insert')} />
        </>
      ) : null}
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
    </div>
  );
});

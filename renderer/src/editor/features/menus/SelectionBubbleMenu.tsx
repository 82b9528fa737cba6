import type { Editor } from '@tiptap/core';
import { BubbleMenu } from '@tiptap/react/menus';
import { memo } from 'react';
import { useI18n } from '../../../i18n/i18n';
import { isApplePlatform } from '../shortcuts/platform';
import { shortcutHint } from '../shortcuts/shortcut-hint';
import { ToolbarButton } from '../toolbar/ToolbarButton';
import { TOOLBAR_ICONS } from '../toolbar/toolbar-icons';
import { TOOLBAR_ITEMS, type ToolbarItem } from '../toolbar/toolbar-items';
import { useItemState } from '../toolbar/use-item-state';
import { useRovingFocus } from '../toolbar/use-roving-focus';
import { useToolbarActions } from '../toolbar/use-toolbar-actions';
import { shouldShowBubble } from './bubble-visibility';
import { requestMenu } from './menu-requests';
import './menus.css';

const { bold, italic, link, heading2, heading3 } = TOOLBAR_ITEMS;
const BUBBLE_ITEMS: readonly ToolbarItem[] = [bold, italic, link, heading2, heading3];
// «Додати примітку» goes to the notes panel (editor/features/notes) through requestMenu.
const BUBBLE_IDS = [...BUBBLE_ITEMS.map((item) => item.id), 'note'];
// Stable objects: a new one on a render would make BubbleMenu re-register its plugin options.
const BUBBLE_OPTIONS = { placement: 'top', offset: 8, flip: {}, shift: { padding: 8 } } as const;
const APPLE = isApplePlatform();
const NOTE_HINT = shortcutHint('addNote', APPLE);

/**
 * A few formatting buttons over a text selection. Tab from the body reaches them (the menu sits right
 * after the body in the page); Escape returns to the text.
 */
export const SelectionBubbleMenu = memo(function SelectionBubbleMenu({ editor }: { editor: Editor }) {
  const { t } = useI18n();
  const state = useItemState(editor, BUBBLE_ITEMS);
  const roving = useRovingFocus<HTMLDivElement>(BUBBLE_IDS);

  const { run, onKeyDown } = useToolbarActions(editor, roving);

  return (
    <BubbleMenu
      editor={editor}
      shouldShow={shouldShowBubble}
      options={BUBBLE_OPTIONS}
      className="bubble-menu"
      role="toolbar"
      aria-label={t('bubble.label')}
      onFocus={(event) => {
        // The plugin makes its element a Tab stop; pass the focus on to the buttons.
        if (event.target === event.currentTarget) roving.focusCurrent();
      }}
    >
      {/* The plugin owns the outer element; the keyboard model lives on this inner one. */}
      <div ref={roving.ref} className="bubble-menu-items" onKeyDown={onKeyDown} onFocus={roving.onFocus}>
        {BUBBLE_ITEMS.map((item) => (
          <ToolbarButton
            key={item.id}
            item={item}
            pressed={state.active[item.id] ?? false}
            enabled={state.enabled[item.id] ?? false}
            tabIndex={roving.tabIndexOf(item.id)}
            apple={APPLE}
            onRun={run}
          >
            {TOOLBAR_ICONS[item.id]}
          </ToolbarButton>
        ))}
        <button
          type="button"
          className="toolbar-button bubble-note"
          data-roving-id="note"
          tabIndex={roving.tabIndexOf('note')}
          aria-label={t('notes.add')}
          aria-keyshortcuts={NOTE_HINT?.aria}
          title={NOTE_HINT ? t('toolbar.withShortcut', { label: t('notes.add'), keys: NOTE_HINT.text }) : undefined}
          onMouseDown={(event) => event.preventDefault()}
          onClick={() => requestMenu(editor, 'note')}
        >
          {t('notes.add')}
        </button>
      </div>
    </BubbleMenu>
  );
});

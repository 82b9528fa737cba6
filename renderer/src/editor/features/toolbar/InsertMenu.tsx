import type { Editor } from '@tiptap/core';
import { useI18n } from '../../../i18n/i18n';
import { INSERT_ICON } from './toolbar-icons';
import { useMenuButton } from './use-menu-button';

/** A block the «Вставити» menu offers (figure, embed, «Читайте також», «Нагадаємо,», …). */
export interface ToolbarInsertItem {
  id: string;
  /** Already translated. */
  label: string;
  run(editor: Editor): void;
}

interface Props {
  editor: Editor;
  items: readonly ToolbarInsertItem[];
  tabIndex: number;
}

/** The toolbar's «Вставити» menu button (WAI-ARIA menu button pattern); the blocks come from outside. */
export function InsertMenu({ editor, items, tabIndex }: Props) {
  const { t } = useI18n();
  const menu = useMenuButton();

  const choose = (item: ToolbarInsertItem) => {
    menu.closeOnChoice();
    // The block goes where the caret was: give the body its focus and selection back first.
    editor.commands.focus();
    item.run(editor);
  };

  return (
    <div className="toolbar-insert" onBlur={menu.onBlur}>
      <button
        {...menu.buttonProps}
        type="button"
        className="toolbar-button toolbar-insert-button"
        data-roving-id="insert"
        tabIndex={tabIndex}
      >
        {INSERT_ICON}
        <span>{t('toolbar.insert')}</span>
      </button>
      {menu.open ? (
        <ul {...menu.menuProps} aria-label={t('toolbar.insertMenu')}>
          {items.map((item) => (
            <li key={item.id} role="none">
              <button type="button" role="menuitem" tabIndex={-1} onClick={() => choose(item)}>
                {item.label}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

import type { ReactNode } from 'react';
import { useI18n } from '../../../i18n/i18n';
import { shortcutHint } from '../shortcuts/shortcut-hint';
import type { ToolbarItem } from './toolbar-items';

interface Props {
  item: ToolbarItem;
  /** Undefined for actions (undo, rule): only toggles have a pressed state. */
  pressed: boolean | undefined;
  enabled: boolean;
  tabIndex: number;
  apple: boolean;
  onRun(item: ToolbarItem): void;
  children: ReactNode;
}

/**
 * One formatting button. It never takes the focus from the body on a mouse press, so the selection stays
 * where the journalist left it; a disabled button stays focusable (aria-disabled) so the keyboard finds it.
 */
export function ToolbarButton({ item, pressed, enabled, tabIndex, apple, onRun, children }: Props) {
  const { t } = useI18n();
  const label = t(item.label);
  const hint = shortcutHint(item.id, apple);
  return (
    <button
      type="button"
      className="toolbar-button"
      data-roving-id={item.id}
      tabIndex={tabIndex}
      aria-label={label}
      title={hint ? t('toolbar.withShortcut', { label, keys: hint.text }) : label}
      aria-keyshortcuts={hint?.aria}
      aria-pressed={pressed}
      aria-disabled={enabled ? undefined : true}
      onMouseDown={(event) => event.preventDefault()}
      onClick={() => {
        if (enabled) onRun(item);
      }}
    >
      {children}
    </button>
  );
}

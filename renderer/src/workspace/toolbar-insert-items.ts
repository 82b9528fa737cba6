import { useMemo } from 'react';
import { SLASH_ITEMS } from '../editor/features/menus/slash-items';
import type { ToolbarInsertItem } from '../editor/features/toolbar/InsertMenu';
import type { Translate } from '../i18n/i18n';

/** Slash-menu blocks offered in the toolbar's «Вставити» list: the rest have buttons of their own. */
const TOOLBAR_INSERT_IDS = new Set(['image', 'embed', 'readAlso', 'recap', 'table']);

/** The blocks the toolbar has no button for; stable per language so the toolbar never re-renders for it. */
export function useToolbarInsertItems(t: Translate): readonly ToolbarInsertItem[] {
  return useMemo(
    () =>
      SLASH_ITEMS.filter((item) => TOOLBAR_INSERT_IDS.has(item.id)).map((item) => ({
        id: item.id,
        label: t(item.label),
        run: item.run,
      })),
    [t],
  );
}

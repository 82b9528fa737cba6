import { Fragment } from 'react';
import { useI18n } from '../../../i18n/i18n';
import { useMenuButton } from './use-menu-button';

/** One entry of the «Більше» menu: a toolbar item that did not fit the row. */
export interface MoreEntry {
  id: string;
  /** Already translated. */
  label: string;
  /** Toggles (bold, lists…) say whether they are on; actions (undo, help) do not. */
  checked?: boolean | undefined;
  enabled: boolean;
  /** Drawn after a separator: the first entry of another group. */
  startsGroup: boolean;
  run(): void;
}

interface Props {
  entries: readonly MoreEntry[];
  tabIndex: number;
}

/** The toolbar's «Більше» menu button (WAI-ARIA menu button pattern): the items its row had no room for. */
export function MoreMenu({ entries, tabIndex }: Props) {
  const { t } = useI18n();
  const menu = useMenuButton();

  const choose = (entry: MoreEntry) => {
    if (!entry.enabled) return;
    menu.closeOnChoice();
    entry.run();
  };

  return (
    <div className="toolbar-more" onBlur={menu.onBlur}>
      <button
        {...menu.buttonProps}
        type="button"
        className="toolbar-button toolbar-more-button"
        data-roving-id="more"
        tabIndex={tabIndex}
        aria-label={t('toolbar.more')}
        title={t('toolbar.more')}
      >
        <span aria-hidden="true">⋯</span>
      </button>
      {menu.open ? (
        <ul {...menu.menuProps} aria-label={t('toolbar.moreMenu')}>
          {entries.map((entry, index) => (
            <Fragment key={entry.id}>
              {entry.startsGroup && index > 0 ? <li role="separator" className="toolbar-more-separator" /> : null}
              <li role="none">
                <button
                  type="button"
                  role={entry.checked === undefined ? 'menuitem' : 'menuitemcheckbox'}
                  aria-checked={entry.checked}
                  aria-disabled={entry.enabled ? undefined : true}
                  data-menu-entry=""
                  tabIndex={-1}
                  onMouseDown={(event) => event.preventDefault()}
                  onClick={() => choose(entry)}
                >
                  {entry.label}
                </button>
              </li>
            </Fragment>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

import { Fragment, useId, type KeyboardEvent } from 'react';
import { useI18n, type I18n } from '../../../i18n/i18n';
import { SheetDialog } from '../../../sheet/SheetDialog';
import { formatKeyCombo } from './key-combo';
import { isApplePlatform } from './platform';
import {
  platformKeys,
  SHORTCUT_GROUPS,
  shortcutById,
  SHORTCUTS,
  type Shortcut,
  type TypedSequence,
} from './shortcut-table';
import './shortcuts.css';

interface Props {
  onClose(): void;
  /** Shows ⌘ ⌥ ⇧ instead of Ctrl, Alt, Shift; the platform's own by default. */
  apple?: boolean;
}

const FOCUSABLE = 'button, [href], input, select, textarea, [tabindex]:not([tabindex="-1"])';

/**
 * Every shortcut of the app and the editor, grouped, in a modal <dialog>: the focus stays inside (Tab
 * wraps), Escape closes it, and the focus goes back to where it was.
 */
export function ShortcutHelpDialog({ onClose, apple = isApplePlatform() }: Props) {
  const i18n = useI18n();
  const { t } = i18n;
  const id = useId();
  const helpKeys = platformKeys(shortcutById('shortcutHelp'), apple)
    .map((combo) => formatKeyCombo(combo, apple))
    .join(` ${t('shortcuts.or')} `);

  const onKeyDown = (event: KeyboardEvent<HTMLDialogElement>) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      onClose();
      return;
    }
    if (event.key !== 'Tab') return;
    const focusable = [...event.currentTarget.querySelectorAll<HTMLElement>(FOCUSABLE)];
    const first = focusable[0];
    const last = focusable[focusable.length - 1];
    if (!first || !last) return;
    if (event.shiftKey && document.activeElement === first) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first.focus();
    }
  };

  return (
    <SheetDialog
      className="shortcut-help"
      title={t('shortcuts.sheetTitle')}
      closeLabel={t('shortcuts.close')}
      onClose={onClose}
      onKeyDown={onKeyDown}
    >
      <p className="hint">{t('shortcuts.intro', { keys: helpKeys })}</p>
      <div className="shortcut-help-groups">
        {SHORTCUT_GROUPS.map((group) => (
          <section key={group.id} aria-labelledby={`${id}-${group.id}`}>
            <h3 id={`${id}-${group.id}`}>{t(group.label)}</h3>
            <table className="shortcut-help-table">
              <thead className="visually-hidden">
                <tr>
                  <th scope="col">{t('shortcuts.action')}</th>
                  <th scope="col">{t('shortcuts.keys')}</th>
                </tr>
              </thead>
              <tbody>
                {SHORTCUTS.filter((shortcut) => shortcut.group === group.id).map((shortcut) => (
                  <tr key={shortcut.id}>
                    <th scope="row">
                      {t(shortcut.label)}
                      {shortcut.where ? <span className="shortcut-where"> ({t(shortcut.where)})</span> : null}
                    </th>
                    <td>
                      <ShortcutKeys shortcut={shortcut} apple={apple} i18n={i18n} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        ))}
      </div>
    </SheetDialog>
  );
}

function ShortcutKeys({ shortcut, apple, i18n }: { shortcut: Shortcut; apple: boolean; i18n: I18n }) {
  const { t } = i18n;
  const parts = [
    ...platformKeys(shortcut, apple).map((combo) => (
      <kbd key={formatKeyCombo(combo, apple)}>{formatKeyCombo(combo, apple)}</kbd>
    )),
    ...(shortcut.typed ?? []).map((typed) => <TypedText key={typedKey(typed)} typed={typed} i18n={i18n} />),
  ];
  return (
    <>
      {parts.map((part, index) => (
        <Fragment key={part.key}>
          {index > 0 ? ` ${t('shortcuts.or')} ` : null}
          {part}
        </Fragment>
      ))}
    </>
  );
}

const typedKey = (typed: TypedSequence) => ('wrap' in typed ? `wrap:${typed.wrap}` : `start:${typed.start}`);

/** Markdown-style typing: `**текст**` around words, or `## ` and a space at the start of a paragraph. */
function TypedText({ typed, i18n }: { typed: TypedSequence; i18n: I18n }) {
  const { t } = i18n;
  if ('wrap' in typed) {
    return <code>{`${typed.wrap}${t('shortcuts.sampleText')}${typed.wrap}`}</code>;
  }
  const text = typed.start.trimEnd();
  return (
    <>
      <code>{text}</code>
      {text !== typed.start ? ` ${t('shortcuts.thenSpace')}` : null}
    </>
  );
}

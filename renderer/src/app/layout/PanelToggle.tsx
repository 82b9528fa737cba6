import { useI18n, type PlainKey } from '../../i18n/i18n';
import { isApplePlatform } from '../../editor/features/shortcuts/platform';
import { shortcutHint } from '../../editor/features/shortcuts/shortcut-hint';
import type { PanelMode } from './panel-layout';

interface Props {
  id: string;
  controls: string;
  label: PlainKey;
  shortcut: 'toggleLibrary' | 'togglePanel';
  mode: PanelMode;
  onToggle(): void;
}

const APPLE = isApplePlatform();

/** Shows or hides a side panel; its state is said by aria-expanded, its keys by the tooltip. */
export function PanelToggle({ id, controls, label, shortcut, mode, onToggle }: Props) {
  const { t } = useI18n();
  const text = t(label);
  const hint = shortcutHint(shortcut, APPLE);
  return (
    <button
      type="button"
      id={id}
      className={`panel-toggle panel-toggle-${mode}`}
      aria-controls={controls}
      aria-expanded={mode !== 'closed'}
      aria-keyshortcuts={hint?.aria}
      title={hint ? t('toolbar.withShortcut', { label: text, keys: hint.text }) : text}
      onClick={onToggle}
    >
      {text}
    </button>
  );
}

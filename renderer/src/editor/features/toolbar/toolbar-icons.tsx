import type { ReactNode } from 'react';
import { useI18n, type PlainKey } from '../../../i18n/i18n';
import type { ToolbarItemId } from './toolbar-items';

/** Line icons drawn in currentColor; decorative, since every button carries its Ukrainian name. */
function Icon({ children }: { children: ReactNode }) {
  return (
    <svg
      className="toolbar-icon"
      viewBox="0 0 24 24"
      width="18"
      height="18"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      {children}
    </svg>
  );
}

/** A symbol drawn as text: ¶, H2, H3. */
function Glyph({ className, children }: { className: string; children: string }) {
  return (
    <span className={`toolbar-glyph ${className}`} aria-hidden="true">
      {children}
    </span>
  );
}

/**
 * A mark's letter, as the interface language's word processors draw it: Ж(ирний), К(урсив),
 * П(ідкреслений), З(акреслений) in Ukrainian, B, I, U, S in English.
 */
function Letter({ className, letter }: { className: string; letter: PlainKey }) {
  const { t } = useI18n();
  return <Glyph className={className}>{t(letter)}</Glyph>;
}

export const INSERT_ICON = (
  <Icon>
    <path d="M12 5v14M5 12h14" />
  </Icon>
);

export const TOOLBAR_ICONS: Readonly<Record<ToolbarItemId, ReactNode>> = {
  paragraph: <Glyph className="glyph-paragraph">¶</Glyph>,
  heading2: <Glyph className="glyph-heading">H2</Glyph>,
  heading3: <Glyph className="glyph-heading">H3</Glyph>,
  bold: <Letter className="glyph-bold" letter="toolbar.glyph.bold" />,
  italic: <Letter className="glyph-italic" letter="toolbar.glyph.italic" />,
  underline: <Letter className="glyph-underline" letter="toolbar.glyph.underline" />,
  strike: <Letter className="glyph-strike" letter="toolbar.glyph.strike" />,
  link: (
    <Icon>
      <path d="M10 13a5 5 0 0 0 7.07 0l3-3a5 5 0 0 0-7.07-7.07l-1.5 1.5" />
      <path d="M14 11a5 5 0 0 0-7.07 0l-3 3a5 5 0 0 0 7.07 7.07l1.5-1.5" />
    </Icon>
  ),
  bulletList: (
    <Icon>
      <path d="M9 6h12M9 12h12M9 18h12" />
      <circle cx="4.5" cy="6" r="1" fill="currentColor" />
      <circle cx="4.5" cy="12" r="1" fill="currentColor" />
      <circle cx="4.5" cy="18" r="1" fill="currentColor" />
    </Icon>
  ),
  orderedList: (
    <Icon>
      <path d="M10 6h11M10 12h11M10 18h11" />
      <path d="M4 4.5 5 4v4M4 8h2" strokeWidth="1.5" />
      <path d="M3.8 11.2a1.1 1.1 0 0 1 2 .6c0 .7-2 1.6-2 2.2h2.2" strokeWidth="1.5" />
      <path d="M3.8 16.5h2l-1.1 1.3a1 1 0 1 1-.9 1.6" strokeWidth="1.5" />
    </Icon>
  ),
  blockquote: (
    <Icon>
      <path d="M5 11h4v6H5zM5 11c0-3 1-5 4-6M15 11h4v6h-4zM15 11c0-3 1-5 4-6" />
    </Icon>
  ),
  horizontalRule: (
    <Icon>
      <path d="M3 12h18" />
      <path d="M7 6h10M7 18h10" strokeOpacity="0.4" />
    </Icon>
  ),
  undo: (
    <Icon>
      <path d="M9 14 4 9l5-5" />
      <path d="M4 9h10.5a5.5 5.5 0 0 1 0 11H11" />
    </Icon>
  ),
  redo: (
    <Icon>
      <path d="m15 14 5-5-5-5" />
      <path d="M20 9H9.5a5.5 5.5 0 0 0 0 11H13" />
    </Icon>
  ),
};

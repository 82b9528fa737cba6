/**
 * Which side panels stand beside the text at a given window width. The text keeps a comfortable measure
 * first: a panel the journalist wants shown (pinned) docks only while the column left for the text stays at
 * least MIN_TEXT_COLUMN wide, the library before the metadata; a panel that does not fit is collapsed and can
 * still be opened over the text (overlay), for a moment.
 */

export type PanelId = 'library' | 'panel';

/** How a panel is shown: beside the text, over it, or not at all. */
export type PanelMode = 'docked' | 'overlay' | 'closed';

/** The panels' widths (px), as styles.css sets them in --sidebar-w and --panel-w. */
export const PANEL_WIDTH: Readonly<Record<PanelId, number>> = { library: 290, panel: 300 };

/** The editor column (px, its padding included) below which writing suffers: ~65 characters of body text. */
export const MIN_TEXT_COLUMN = 640;

export type Pinned = Readonly<Record<PanelId, boolean>>;

/** Which of the pinned panels dock at this width, in order of priority. */
export function dockedPanels(width: number, pinned: Pinned): Record<PanelId, boolean> {
  let room = width - MIN_TEXT_COLUMN;
  const docked = { library: false, panel: false };
  for (const id of ['library', 'panel'] as const) {
    if (!pinned[id] || room < PANEL_WIDTH[id]) continue;
    docked[id] = true;
    room -= PANEL_WIDTH[id];
  }
  return docked;
}

/** Each panel's mode, from the width, what is pinned, and which collapsed panel is open over the text. */
export function panelModes(width: number, pinned: Pinned, overlay: PanelId | null): Record<PanelId, PanelMode> {
  const docked = dockedPanels(width, pinned);
  const mode = (id: PanelId): PanelMode => (docked[id] ? 'docked' : overlay === id ? 'overlay' : 'closed');
  return { library: mode('library'), panel: mode('panel') };
}

/** Whether a pinned panel would dock at this width (its toggle then pins and unpins; otherwise it overlays). */
export function fitsBeside(width: number, pinned: Pinned, id: PanelId): boolean {
  return dockedPanels(width, { ...pinned, [id]: true })[id];
}

import type { BodyEditorContext } from '../../body-editor-context';

/**
 * What the figure extension is configured with and keeps; apart from it so that its view and the alt request
 * read them without importing the extension.
 */
export interface FigureOptions {
  context: BodyEditorContext | null;
}

export interface FigureStorage {
  /** The src of a figure just added without alt text: its view takes the focus into the alt field once. */
  askAltFor: string | null;
}

import type { BodyEditorContext } from '../../body-editor-context';

/** What the table extension is configured with; apart from it so that its view does not import the extension. */
export interface BodyTableOptions {
  HTMLAttributes: Record<string, unknown>;
  context: BodyEditorContext | null;
}

/** The class of the caption field in the table's view, where Shift+Tab from the first cell goes. */
export const TABLE_CAPTION_INPUT_CLASS = 'table-caption-input';

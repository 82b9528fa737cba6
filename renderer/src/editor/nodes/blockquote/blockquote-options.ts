import type { BodyEditorContext } from '../../body-editor-context';

/** What the quote extension is configured with; apart from it so that its view does not import the extension. */
export interface BlockquoteWithAttributionOptions {
  HTMLAttributes: Record<string, unknown>;
  context: BodyEditorContext | null;
}

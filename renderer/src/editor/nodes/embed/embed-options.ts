import type { BodyEditorContext } from '../../body-editor-context';

/** What the embed extension is configured with; apart from it so that its card does not import the extension. */
export interface EmbedOptions {
  context: BodyEditorContext | null;
}

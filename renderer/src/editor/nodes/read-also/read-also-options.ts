import type { BodyEditorContext } from '../../body-editor-context';

/** What the «Читайте також» extension is configured with; apart from it so that its card does not import it. */
export interface ReadAlsoOptions {
  context: BodyEditorContext | null;
}

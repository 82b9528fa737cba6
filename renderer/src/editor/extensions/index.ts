import type { Extensions } from '@tiptap/core';
import { StarterKit } from '@tiptap/starter-kit';
import type { ShpaltaApi } from '../../../../shared/api/contract';
import type { Translate } from '../../i18n/i18n';

/** What the body's extensions may need from the page: the API (media, library search), the article and the UI's words. */
export interface BodyEditorContext {
  api: ShpaltaApi;
  articleId: string;
  t: Translate;
}

/**
 * The body's schema and behaviour, one extension per file beside this one. The order matters only where
 * noted: plugins listed first see key presses and pastes first.
 */
export function bodyExtensions(context: BodyEditorContext): Extensions {
  void context;
  return [
    StarterKit.configure({ heading: { levels: [2, 3] }, link: { openOnClick: false } }),
    // feature extensions are added below, one line each
  ];
}

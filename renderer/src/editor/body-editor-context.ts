import type { ShpaltaApi } from '../../../shared/api/contract';
import type { Apostrophe } from '../../../shared/text/typography';
import type { Translate } from '../i18n/i18n';
import type { SuggestionsStore } from './features/typography/suggestions-store';

/** What the body's extensions may need from the page: the API (media, library search), the article and the UI's words. */
export interface BodyEditorContext {
  api: ShpaltaApi;
  articleId: string;
  t: Translate;
  /** The outlet's apostrophe for typing (’ unless the settings choose ʼ). */
  apostrophe?: Apostrophe;
  /** Where the typography panel reads the body's suggestions; none in tests that do not need it. */
  suggestions?: SuggestionsStore;
  /** Whether a note id belongs to this article's threads: a pasted note anchor is kept only then. */
  isOwnNote?: (id: string) => boolean;
}

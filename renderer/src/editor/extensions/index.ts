import type { Extensions } from '@tiptap/core';
import { StarterKit } from '@tiptap/starter-kit';
import type { ShpaltaApi } from '../../../../shared/api/contract';
import type { Apostrophe } from '../../../../shared/text/typography';
import type { Translate } from '../../i18n/i18n';
import { AutoLink } from './auto-link';
import { BlockWindow } from './block-window';
import { BlockquoteWithAttribution } from './blockquote-with-attribution';
import { CaretIntoView } from './caret-into-view';
import { EditingBlock } from './editing-block';
import { Embed } from './embed';
import { Figure } from './figure';
import { FigureUpload } from './figure-upload';
import { LINK_OPTIONS } from './link-options';
import { ReadAlso } from './read-also';
import { Recap } from './recap';
import { SlashMenu } from './slash-menu';
import { MenuShortcuts } from './menu-shortcuts';
import { PasteCleaner } from './paste-cleaner';
import { Spellcheck } from '../spellcheck/Spellcheck';
import type { SuggestionsStore } from '../typography/suggestions-store';
import { Typography } from './typography';
import { TypographySuggestions } from './typography-suggestions';

/** What the body's extensions may need from the page: the API (media, library search), the article and the UI's words. */
export interface BodyEditorContext {
  api: ShpaltaApi;
  articleId: string;
  t: Translate;
  /** The outlet's apostrophe for typing (’ unless the settings choose ʼ). */
  apostrophe?: Apostrophe;
  /** Where the typography panel reads the body's suggestions; none in tests that do not need it. */
  suggestions?: SuggestionsStore;
}

/**
 * The body's schema and behaviour, one extension per file beside this one. Where the order of plugins
 * matters, set `priority` on the extension: TipTap asks higher priorities first and, among equals, the
 * extension listed LAST first.
 */
export function bodyExtensions(context: BodyEditorContext): Extensions {
  return [
    StarterKit.configure({
      heading: { levels: [2, 3] },
      link: LINK_OPTIONS,
      // No code in a news body: neither ``` blocks nor `inline code` (their input rules and Mod-E, Mod-Alt-C).
      code: false,
      codeBlock: false,
      // Replaced by BlockquoteWithAttribution (same name, input rule and commands, plus who said it).
      blockquote: false,
    }),
    Typography.configure({ apostrophe: context.apostrophe ?? '\u2019' }),
    TypographySuggestions.configure({ store: context.suggestions ?? null }),
    AutoLink,
    // feature extensions are added below, one line each
    BlockquoteWithAttribution.configure({ context }),
    Recap,
    Figure.configure({ context }),
    FigureUpload.configure({ context }),
    Embed.configure({ context }),
    ReadAlso.configure({ context }),
    SlashMenu.configure({ context }),
    MenuShortcuts,
    PasteCleaner.configure({ context }),
    Spellcheck.configure({ context }),
    EditingBlock,
    BlockWindow,
    CaretIntoView,
  ];
}

import type { Extensions } from '@tiptap/core';
import { StarterKit } from '@tiptap/starter-kit';
import type { BodyEditorContext } from './body-editor-context';
import { AutoLink } from './features/auto-link/auto-link';
import { BlockWindow } from './features/block-window/block-window';
import { BlockquoteWithAttribution } from './nodes/blockquote';
import { CaretIntoView } from './features/scroll/caret-into-view';
import { EditingBlock } from './features/block-window/editing-block';
import { Find } from './features/find/find-plugin';
import { CommentMark } from './features/notes/comment-mark';
import { Embed } from './nodes/embed';
import { Figure, FigureUpload } from './nodes/figure';
import { LINK_OPTIONS } from './features/menus/link-options';
import { ReadAlso } from './nodes/read-also';
import { Recap } from './nodes/recap';
import { BodyTable, BodyTableCell, BodyTableHeader, BodyTableRow } from './nodes/table';
import { SlashMenu } from './features/menus/slash-menu';
import { MenuShortcuts } from './features/menus/menu-shortcuts';
import { PasteCleaner } from './features/paste/paste-cleaner';
import { Spellcheck } from './features/spellcheck/Spellcheck';
import { Typography } from './features/typography/typography';
import { TypographySuggestions } from './features/typography/typography-suggestions';

/**
 * The body's schema and behaviour: each node's extension from nodes/<node>/, each cross-cutting one from
 * features/<feature>/. Where the order of plugins matters, set `priority` on the extension: TipTap asks
 * higher priorities first and, among equals, the extension listed LAST first.
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
    Recap.configure({ context }),
    Figure.configure({ context }),
    FigureUpload.configure({ context }),
    Embed.configure({ context }),
    ReadAlso.configure({ context }),
    BodyTable.configure({ context }),
    BodyTableRow,
    BodyTableHeader,
    BodyTableCell,
    SlashMenu.configure({ context }),
    MenuShortcuts,
    PasteCleaner.configure({ context }),
    Spellcheck.configure({ context }),
    Find,
    CommentMark.configure({ context }),
    EditingBlock,
    BlockWindow,
    CaretIntoView,
  ];
}

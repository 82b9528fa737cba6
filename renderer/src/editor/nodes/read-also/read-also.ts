import { Node } from '@tiptap/core';
import { NodeSelection } from '@tiptap/pm/state';
import { ReactNodeViewRenderer } from '@tiptap/react';
import { ArticleIdSchema } from '../../../../../shared/domain/article';
import { BODY_NODE, READ_ALSO_LABEL } from '../../../../../shared/domain/body-nodes';
import {
  READ_ALSO_MAX_ARTICLES,
  readAlsoItems,
  type ReadAlsoAttrs,
  type ReadAlsoItem,
} from '../../../../../shared/domain/read-also';
import { openEditorDialog } from '../../common/open-editor-dialog';
import { ReadAlsoCard } from './ReadAlsoCard';
import { ReadAlsoPicker } from './ReadAlsoPicker';
import type { ReadAlsoOptions } from './read-also-options';
import { caretAfterBlock } from '../../common/caret-after-block';

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    readAlso: {
      /** Inserts «Читайте також» listing the articles; false for an empty list or one that is not of articles. */
      insertReadAlso: (attrs: ReadAlsoAttrs) => ReturnType;
      /**
       * Opens the library search to pick the articles: for the selected «Читайте також» block, to change its
       * list; elsewhere, for a new block.
       */
      openReadAlsoPicker: () => ReturnType;
    };
  }
}

const isArticleId = (value: unknown): value is string => ArticleIdSchema.safeParse(value).success;

/** The list as the editor stores it: only well-formed items, at most as many as a block holds. */
function validList(attrs: ReadAlsoAttrs): ReadAlsoItem[] | null {
  const items = readAlsoItems({ articles: attrs.articles });
  return items && items.length > 0 && items.length <= READ_ALSO_MAX_ARTICLES ? items : null;
}

/** The list of a pasted or loaded `<aside data-type="read-also">`: `<li>` items, or the first format's one id. */
function parseArticles(element: HTMLElement): ReadAlsoItem[] {
  const items = [...element.querySelectorAll('li[data-article-id]')].flatMap((item): ReadAlsoItem[] => {
    const articleId = item.getAttribute('data-article-id');
    if (!isArticleId(articleId)) return [];
    const date = item.querySelector('time')?.getAttribute('datetime') ?? null;
    const headline = (item.querySelector('[data-headline]')?.textContent ?? '').trim();
    return [{ articleId, headline, date: date && !Number.isNaN(Date.parse(date)) ? date : null }];
  });
  if (items.length > 0) return items.slice(0, READ_ALSO_MAX_ARTICLES);
  const articleId = element.getAttribute('data-article-id');
  const headline = (element.querySelector('[data-headline]')?.textContent ?? '').trim();
  return isArticleId(articleId) ? [{ articleId, headline, date: null }] : [];
}

/**
 * «Читайте також»: links to other articles of the library, by id, listed as the seed article's page lists
 * them. Headlines and dates are copies for the editor's display only; the site renderer looks the articles
 * up when it publishes, so a later change of a headline is not lost.
 */
export const ReadAlso = Node.create<ReadAlsoOptions>({
  name: BODY_NODE.readAlso,
  group: 'block',
  atom: true,
  selectable: true,
  draggable: false,

  addOptions() {
    return { context: null };
  },

  addAttributes() {
    return {
      articles: {
        default: [],
        parseHTML: parseArticles,
        renderHTML: () => ({}),
      },
    };
  },

  parseHTML() {
    return [
      {
        tag: 'aside[data-type="read-also"]',
        getAttrs: (element) => (parseArticles(element).length > 0 ? {} : false),
      },
    ];
  },

  renderHTML({ node }) {
    const items = readAlsoItems({ articles: node.attrs.articles }) ?? [];
    return [
      'aside',
      { 'data-type': 'read-also' },
      ['span', { 'data-label': '' }, READ_ALSO_LABEL],
      [
        'ul',
        {},
        ...items.map((item) => [
          'li',
          { 'data-article-id': item.articleId },
          ...(item.date ? [['time', { datetime: item.date }, item.date]] : []),
          ['span', { 'data-headline': '' }, item.headline],
        ]),
      ],
    ];
  },

  addCommands() {
    return {
      insertReadAlso:
        (attrs) =>
        ({ commands }) => {
          const articles = validList(attrs);
          if (!articles) return false;
          return commands.insertContent({ type: this.name, attrs: { articles } }) && commands.command(caretAfterBlock);
        },
      openReadAlsoPicker:
        () =>
        ({ editor, state, dispatch }) => {
          const { context } = this.options;
          if (!context) return false;
          const { selection } = state;
          const editing =
            selection instanceof NodeSelection && selection.node.type.name === this.name ? selection : null;
          if (dispatch) {
            const initial = editing ? (readAlsoItems({ articles: editing.node.attrs.articles }) ?? []) : [];
            openEditorDialog(editor, ReadAlsoPicker, {
              context,
              initial,
              editing: editing !== null,
              onPick: (attrs: ReadAlsoAttrs) => {
                if (!editing) return editor.chain().focus().insertReadAlso(attrs).run();
                const articles = validList(attrs);
                if (!articles) return false;
                return editor
                  .chain()
                  .focus()
                  .command(({ tr }) => {
                    // The dialog is modal, so the block is where it was; if it is not, nothing is changed.
                    const node = tr.doc.nodeAt(editing.from);
                    if (node?.type.name !== this.name) return false;
                    tr.setNodeMarkup(editing.from, undefined, { articles });
                    return true;
                  })
                  .run();
              },
            });
          }
          return true;
        },
    };
  },

  addKeyboardShortcuts() {
    return {
      // The selected block opens for a change of its list, as Enter opens a link's target elsewhere.
      Enter: ({ editor }) => {
        const { selection } = editor.state;
        if (!(selection instanceof NodeSelection) || selection.node.type.name !== this.name) return false;
        return editor.commands.openReadAlsoPicker();
      },
    };
  },

  addNodeView() {
    return ReactNodeViewRenderer(ReadAlsoCard, { as: 'div', className: 'read-also-block' });
  },
});

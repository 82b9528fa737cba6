import { Node } from '@tiptap/core';
import { ReactNodeViewRenderer } from '@tiptap/react';
import { ArticleIdSchema } from '../../../../../shared/domain/article';
import { BODY_NODE, READ_ALSO_LABEL, type ReadAlsoAttrs } from '../../../../../shared/domain/body-nodes';
import { openEditorDialog } from '../../common/open-editor-dialog';
import { ReadAlsoCard } from './ReadAlsoCard';
import { ReadAlsoPicker } from './ReadAlsoPicker';
import type { ReadAlsoOptions } from './read-also-options';
import { caretAfterBlock } from '../../common/caret-after-block';

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    readAlso: {
      /** Inserts «Читайте також» linking the article; false for an id that is not an article id. */
      insertReadAlso: (attrs: ReadAlsoAttrs) => ReturnType;
      /** Opens the library search to pick the article to link. */
      openReadAlsoPicker: () => ReturnType;
    };
  }
}

const isArticleId = (value: unknown): value is string => ArticleIdSchema.safeParse(value).success;

/**
 * «Читайте також»: a link to another article of the library, by id. The headline is a copy for the
 * editor's display only; the site renderer looks the article up when it publishes, so a later change of
 * that headline is not lost. Several in a row make the «Читайте також» list of the seed article.
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
      articleId: {
        default: '',
        parseHTML: (element) => element.getAttribute('data-article-id') ?? '',
        renderHTML: () => ({}),
      },
      headline: {
        default: '',
        parseHTML: (element) => (element.querySelector('[data-headline]')?.textContent ?? '').trim(),
        renderHTML: () => ({}),
      },
    };
  },

  parseHTML() {
    return [
      {
        tag: 'aside[data-type="read-also"]',
        getAttrs: (element) => (isArticleId(element.getAttribute('data-article-id')) ? {} : false),
      },
    ];
  },

  renderHTML({ node }) {
    const headline = typeof node.attrs.headline === 'string' ? node.attrs.headline : '';
    return [
      'aside',
      { 'data-type': 'read-also', 'data-article-id': String(node.attrs.articleId ?? '') },
      ['span', { 'data-label': '' }, `${READ_ALSO_LABEL}: `],
      ['span', { 'data-headline': '' }, headline],
    ];
  },

  addCommands() {
    return {
      insertReadAlso:
        ({ articleId, headline }) =>
        ({ commands }) => {
          if (!isArticleId(articleId)) return false;
          return (
            commands.insertContent({ type: this.name, attrs: { articleId, headline } }) &&
            commands.command(caretAfterBlock)
          );
        },
      openReadAlsoPicker:
        () =>
        ({ editor, dispatch }) => {
          const { context } = this.options;
          if (!context) return false;
          if (dispatch) {
            openEditorDialog(editor, ReadAlsoPicker, {
              context,
              onPick: (attrs: ReadAlsoAttrs) => editor.chain().focus().insertReadAlso(attrs).run(),
            });
          }
          return true;
        },
    };
  },

  addNodeView() {
    return ReactNodeViewRenderer(ReadAlsoCard, { as: 'div', className: 'read-also-block' });
  },
});

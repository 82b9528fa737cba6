import { Node } from '@tiptap/core';
import { NodeSelection } from '@tiptap/pm/state';
import { ReactNodeViewRenderer } from '@tiptap/react';
import { updateOnFindChange } from '../../features/find/attribute-highlights';
import { BODY_NODE, creditLine, stripCreditPrefix, type FigureAttrs } from '../../../../../shared/domain/body-nodes';
import { safeImageSrc } from '../../../../../shared/security/safe-url';
import { FigureView } from './FigureView';
import { ImageDialog } from './ImageDialog';
import type { RenditionReport } from './image-import';
import { announceRendition } from './rendition-notice';
import { openEditorDialog } from '../../common/open-editor-dialog';
import type { FigureOptions, FigureStorage } from './figure-options';
import { caretAfterBlock } from '../../common/caret-after-block';

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    figure: {
      /** Inserts an image block; refused when `src` is not the article's media or a web address. */
      insertFigure: (attrs: Partial<FigureAttrs> & { src: string }) => ReturnType;
      /** Opens «Додати зображення» (a file, its alt text, caption and credit) and inserts the result. */
      openImageDialog: () => ReturnType;
    };
  }
}

declare module '@tiptap/core' {
  interface Storage {
    figure: FigureStorage;
  }
}

const text = (value: unknown): string => (typeof value === 'string' ? value : '');

/**
 * An image with alt text, caption and credit (`Фото: …`). An atom: the image is not text, and the three
 * fields are edited in the node view. The HTML form is <figure><img><figcaption>, which is also what a
 * figure copied from a web page looks like; a src that is not safe (data:, file:, javascript:) is refused.
 */
export const Figure = Node.create<FigureOptions, FigureStorage>({
  name: BODY_NODE.figure,
  group: 'block',
  atom: true,
  selectable: true,
  draggable: false,
  isolating: true,

  addOptions() {
    return { context: null };
  },

  addStorage() {
    return { askAltFor: null };
  },

  addAttributes() {
    const img = (element: HTMLElement) => element.querySelector('img');
    return {
      src: {
        default: null,
        parseHTML: (element) => safeImageSrc(img(element)?.getAttribute('src')),
        renderHTML: () => ({}),
      },
      alt: {
        default: '',
        parseHTML: (element) => img(element)?.getAttribute('alt') ?? '',
        renderHTML: () => ({}),
      },
      caption: {
        default: '',
        parseHTML: (element) => {
          const marked = element.querySelector('[data-caption]');
          if (marked) return text(marked.textContent).trim();
          // A figure from elsewhere: its whole figcaption, minus a credit we recognise.
          const caption = element.querySelector('figcaption');
          if (!caption) return '';
          const copy = caption.cloneNode(true) as HTMLElement;
          copy.querySelectorAll('[data-credit]').forEach((node) => node.remove());
          return text(copy.textContent).trim();
        },
        renderHTML: () => ({}),
      },
      credit: {
        default: '',
        parseHTML: (element) => stripCreditPrefix(text(element.querySelector('[data-credit]')?.textContent)),
        renderHTML: () => ({}),
      },
    };
  },

  parseHTML() {
    return [
      {
        tag: 'figure',
        // Only a figure around an image we may show; anything else is read as its text.
        getAttrs: (element) => (safeImageSrc(element.querySelector('img')?.getAttribute('src')) ? {} : false),
      },
    ];
  },

  renderHTML({ node }) {
    const src = safeImageSrc(text(node.attrs.src));
    const caption = text(node.attrs.caption).trim();
    const credit = creditLine(text(node.attrs.credit));
    const figcaption: unknown[] = ['figcaption', {}];
    if (caption) figcaption.push(['span', { 'data-caption': '' }, caption]);
    if (caption && credit) figcaption.push(' ');
    if (credit) figcaption.push(['span', { 'data-credit': '' }, credit]);
    const image = ['img', { ...(src ? { src } : {}), alt: text(node.attrs.alt) }];
    return caption || credit
      ? ['figure', { 'data-type': 'figure' }, image, figcaption as [string, ...unknown[]]]
      : ['figure', { 'data-type': 'figure' }, image];
  },

  addCommands() {
    return {
      insertFigure:
        (attrs) =>
        ({ commands }) => {
          const src = safeImageSrc(attrs.src);
          if (!src) return false;
          return (
            commands.insertContent({
              type: this.name,
              attrs: {
                src,
                alt: attrs.alt ?? '',
                caption: attrs.caption ?? '',
                credit: stripCreditPrefix(attrs.credit ?? ''),
              },
            }) && commands.command(caretAfterBlock)
          );
        },
      openImageDialog:
        () =>
        ({ editor, dispatch }) => {
          const { context } = this.options;
          if (!context) return false;
          if (dispatch) {
            openEditorDialog(editor, ImageDialog, {
              context,
              onInsert: (attrs: FigureAttrs, rendition: RenditionReport | null) => {
                if (!attrs.src) return;
                editor
                  .chain()
                  .focus()
                  .insertFigure({ ...attrs, src: attrs.src })
                  .run();
                announceRendition(editor.view, context.t, rendition);
              },
            });
          }
          return true;
        },
    };
  },

  addKeyboardShortcuts() {
    return {
      // A figure reached with the arrow keys: Enter goes into its fields (alt text first), Esc comes back.
      Enter: ({ editor }) => {
        const { selection } = editor.state;
        if (!(selection instanceof NodeSelection) || selection.node.type.name !== this.name) return false;
        const dom = editor.view.nodeDOM(selection.from);
        const field = dom instanceof HTMLElement ? dom.querySelector('input') : null;
        if (!field) return false;
        field.focus();
        return true;
      },
    };
  },

  addNodeView() {
    return ReactNodeViewRenderer(FigureView, { as: 'div', className: 'figure-block', update: updateOnFindChange });
  },
});

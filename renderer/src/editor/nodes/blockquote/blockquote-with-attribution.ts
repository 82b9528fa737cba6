import { findParentNode } from '@tiptap/core';
import { Blockquote } from '@tiptap/extension-blockquote';
import { ReactNodeViewRenderer } from '@tiptap/react';
import { updateOnFindChange } from '../../features/find/attribute-highlights';
import { BODY_NODE } from '../../../../../shared/domain/body-nodes';
import { BlockquoteView } from './BlockquoteView';
import type { BlockquoteWithAttributionOptions } from './blockquote-options';

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    blockquoteAttribution: {
      /** Who said the quote the cursor is in ('' removes it). */
      setBlockquoteAttribution: (attribution: string) => ReturnType;
    };
  }
}

/**
 * StarterKit's blockquote (its `> ` input rule, Mod-Shift-B and Backspace handling included) with who said
 * it. The attribution is an attribute edited in a field under the quote, not text inside it: a quote's
 * paragraphs stay exactly what the person said. In HTML it is the standard figure/figcaption pair; a plain
 * <blockquote> (pasted from anywhere) still reads as a quote without attribution.
 */
export const BlockquoteWithAttribution = Blockquote.extend<BlockquoteWithAttributionOptions>({
  name: BODY_NODE.blockquote,

  addOptions() {
    return { HTMLAttributes: {}, context: null };
  },

  addAttributes() {
    return {
      attribution: {
        default: '',
        // TipTap applies attribute parsers to every rule of the node, after the rule's own getAttrs.
        parseHTML: (element) =>
          element.matches('figure')
            ? (element.querySelector(':scope > figcaption')?.textContent ?? '').replace(/^\s*[—–-]\s*/, '').trim()
            : null,
        renderHTML: () => ({}),
      },
    };
  },

  parseHTML() {
    return [{ tag: 'figure[data-type="quote"]', contentElement: 'blockquote' }, { tag: 'blockquote' }];
  },

  renderHTML({ node, HTMLAttributes }) {
    const attribution = String(node.attrs.attribution ?? '').trim();
    if (!attribution) return ['blockquote', HTMLAttributes, 0];
    return [
      'figure',
      { 'data-type': 'quote' },
      ['blockquote', HTMLAttributes, 0],
      ['figcaption', { 'data-attribution': '' }, `— ${attribution}`],
    ];
  },

  addCommands() {
    return {
      ...this.parent?.(),
      setBlockquoteAttribution:
        (attribution) =>
        ({ state, tr, dispatch }) => {
          const quote = findParentNode((node) => node.type.name === this.name)(state.selection);
          if (!quote) return false;
          if (dispatch) tr.setNodeAttribute(quote.pos, 'attribution', attribution);
          return true;
        },
    };
  },

  addNodeView() {
    return ReactNodeViewRenderer(BlockquoteView, { as: 'div', className: 'quote-block', update: updateOnFindChange });
  },
});

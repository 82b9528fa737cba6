import { mergeAttributes, Node } from '@tiptap/core';
import { BODY_NODE, RECAP_LABEL, stripRecapLabel } from '../../../../../shared/domain/body-nodes';

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    recap: {
      /** Makes the current paragraph a recap; a leading «Нагадаємо,» typed into it becomes the label. */
      setRecap: () => ReturnType;
      /** Recap ↔ paragraph. */
      toggleRecap: () => ReturnType;
    };
  }
}

/**
 * «Нагадаємо, …»: the paragraph that reminds readers of earlier news. It is a paragraph of its own type so
 * the site renderer can print the label and style it; the label is shown here by CSS from `data-label`
 * (never part of the text, so it cannot be half-deleted or spell-checked), in the article's language.
 */
export const Recap = Node.create({
  name: BODY_NODE.recap,
  group: 'block',
  content: 'inline*',
  defining: true,

  parseHTML() {
    return [{ tag: 'p[data-type="recap"]', priority: 60 }];
  },

  renderHTML({ HTMLAttributes }) {
    return [
      'p',
      mergeAttributes(HTMLAttributes, { 'data-type': 'recap', 'data-label': RECAP_LABEL, class: 'recap' }),
      0,
    ];
  },

  addCommands() {
    return {
      setRecap:
        () =>
        ({ state, chain }) => {
          const { $from } = state.selection;
          const text = $from.parent.isTextblock ? $from.parent.textContent : '';
          const stripped = stripRecapLabel(text);
          return chain()
            .setNode(this.name)
            .command(({ tr }) => {
              // The label is the block's own: drop the same words typed at the start of the text.
              const cut = text.length - stripped.length;
              if (cut > 0) {
                const start = tr.selection.$from.start();
                tr.delete(start, start + cut);
              }
              return true;
            })
            .run();
        },
      toggleRecap:
        () =>
        ({ commands }) =>
          commands.toggleNode(this.name, 'paragraph'),
    };
  },

  addKeyboardShortcuts() {
    return {
      // Backspace at the very start takes the label away first, as it would undo a list item's bullet.
      Backspace: ({ editor }) => {
        const { empty, $from } = editor.state.selection;
        if (!empty || $from.parent.type.name !== this.name || $from.parentOffset !== 0) return false;
        return editor.commands.setNode('paragraph');
      },
    };
  },
});

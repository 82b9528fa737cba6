import { mergeAttributes, Node } from '@tiptap/core';
import { closeHistory } from '@tiptap/pm/history';
import { BODY_NODE, RECAP_LABEL, stripRecapLabel } from '../../../../../shared/domain/body-nodes';
import { createTranslator } from '../../../i18n/i18n';
import type { BodyEditorContext } from '../../body-editor-context';
import { recapOfferPlugin } from './recap-offer';
import './recap.css';

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

export interface RecapOptions {
  /** The UI's words for the offer made when the label is typed; Ukrainian without a page around the editor. */
  context: BodyEditorContext | null;
}

/**
 * «Нагадаємо, …»: the paragraph that reminds readers of earlier news. It is a paragraph of its own type so
 * the site renderer can print the label and style it; the label is drawn here by recap.css from
 * `data-label`, as the page prints it (never part of the text, so it cannot be half-deleted or
 * spell-checked), in the article's language. Typing the label by hand offers to make the paragraph one.
 */
export const Recap = Node.create<RecapOptions>({
  name: BODY_NODE.recap,
  group: 'block',
  content: 'inline*',
  defining: true,

  addOptions() {
    return { context: null };
  },

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

  addProseMirrorPlugins() {
    const t = this.options.context?.t ?? createTranslator('uk');
    // Taken, the offer is an undo step of its own: Ctrl+Z gives back the typed words, not less.
    const accept = () => {
      const { editor } = this;
      const done = editor
        .chain()
        .command(({ tr }) => (closeHistory(tr), true))
        .setRecap()
        .run();
      if (done) editor.view.dispatch(closeHistory(editor.state.tr));
      return done;
    };
    return [recapOfferPlugin({ t, accept })];
  },
});

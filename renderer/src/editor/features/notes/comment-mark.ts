import { Mark, mergeAttributes } from '@tiptap/core';
import { COMMENT_MARK, NoteIdSchema } from '../../../../../shared/notes/notes-file';
import { createTranslator } from '../../../i18n/i18n';
import type { BodyEditorContext } from '../../body-editor-context';
import { noteMarksOnlyPlugin, NOTE_MARK_META } from './note-marks-only';

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    comment: {
      /**
       * Anchors a note to the selection. Allowed on a read-only body too: this is the one change such a body
       * takes (note-marks-only.ts), so an editor may note a text that is not theirs to edit.
       */
      setNoteMark: (noteId: string) => ReturnType;
      /** Takes a deleted note's anchor out of the body, wherever its text now stands; its text stays. */
      unsetNoteMark: (noteId: string) => ReturnType;
    };
  }
}

export interface CommentMarkOptions {
  context: BodyEditorContext | null;
}

/**
 * The anchor of a review note in the body: `<span data-note-id>` around the noted text. The thread itself
 * lives in notes.json; the mark carries only its id. Not inclusive, so typing at its edge does not stretch a
 * note over new words. Underlined with a description (styles.css), not marked by colour alone.
 */
export const CommentMark = Mark.create<CommentMarkOptions>({
  name: COMMENT_MARK,
  inclusive: false,
  // Notes may overlap: one text can carry an editor's note and a journalist's.
  excludes: '',
  spanning: true,

  addOptions() {
    return { context: null };
  },

  addAttributes() {
    return {
      noteId: {
        default: null,
        parseHTML: (element) => {
          const id = element.getAttribute('data-note-id');
          return NoteIdSchema.safeParse(id).success ? id : null;
        },
        renderHTML: (attributes) => ({ 'data-note-id': attributes.noteId as string }),
      },
    };
  },

  parseHTML() {
    return [
      { tag: 'span[data-note-id]', getAttrs: (element) => (element.getAttribute('data-note-id') ? null : false) },
    ];
  },

  renderHTML({ HTMLAttributes }) {
    const t = this.options.context?.t ?? createTranslator('uk');
    return [
      'span',
      mergeAttributes(HTMLAttributes, { class: 'note-mark', 'aria-description': t('notes.markDescription') }),
      0,
    ];
  },

  addCommands() {
    return {
      setNoteMark:
        (noteId) =>
        ({ state, dispatch }) => {
          const { from, to, empty } = state.selection;
          if (empty || !NoteIdSchema.safeParse(noteId).success) return false;
          const type = state.schema.marks[this.name];
          if (!type) return false;
          if (dispatch) dispatch(state.tr.addMark(from, to, type.create({ noteId })).setMeta(NOTE_MARK_META, true));
          return true;
        },
      unsetNoteMark:
        (noteId) =>
        ({ state, dispatch }) => {
          const tr = state.tr;
          state.doc.descendants((node, pos) => {
            const mark = node.marks.find((one) => one.type.name === this.name && one.attrs.noteId === noteId);
            if (node.isText && mark) tr.removeMark(pos, pos + node.nodeSize, mark);
            return !node.isText;
          });
          if (!tr.docChanged) return false;
          if (dispatch) dispatch(tr.setMeta(NOTE_MARK_META, true));
          return true;
        },
    };
  },

  addProseMirrorPlugins() {
    return [noteMarksOnlyPlugin(this.editor, this.name)];
  },
});

import type { Editor } from '@tiptap/core';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { AddMarkStep, RemoveMarkStep } from '@tiptap/pm/transform';

/** Set on the transaction that anchors a note: the only change a read-only body lets through. */
export const NOTE_MARK_META = 'noteMark';

const noteMarksOnlyKey = new PluginKey('noteMarksOnly');

/**
 * While the body is read-only (the journalist's copy is with the editor, or the file holds what this version
 * cannot show), no change may reach the document but a note's anchor: a transaction tagged as one whose every
 * step adds or removes a comment mark. The editor's own read-only switch stops typing; this stops everything
 * else (a command, a menu, a plugin's fix-up) at the document itself.
 */
export function noteMarksOnlyPlugin(editor: Editor, markName: string): Plugin {
  return new Plugin({
    key: noteMarksOnlyKey,
    filterTransaction: (tr) => {
      if (editor.isEditable || !tr.docChanged) return true;
      if (tr.getMeta(NOTE_MARK_META) !== true) return false;
      return tr.steps.every(
        (step) => (step instanceof AddMarkStep || step instanceof RemoveMarkStep) && step.mark.type.name === markName,
      );
    },
  });
}

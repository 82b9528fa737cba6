import { getMarkRange, type Editor } from '@tiptap/core';

/** The link the selection is in (or the selection to link), as the link editor shows it. */
export interface LinkTarget {
  href: string;
  /** The selection is in or on an existing link. */
  editing: boolean;
  /** Nothing selected and no link under the caret: the link's text is asked for as well. */
  needsText: boolean;
  from: number;
  to: number;
}

export function linkTarget(editor: Editor): LinkTarget {
  const { state } = editor;
  const { from, to, empty, $from } = state.selection;
  const type = state.schema.marks.link;
  const editing = editor.isActive('link');
  if (editing && type) {
    const range = getMarkRange($from, type) ?? { from, to };
    const href = String(editor.getAttributes('link').href ?? '');
    return { href, editing, needsText: false, from: Math.min(range.from, from), to: Math.max(range.to, to) };
  }
  return { href: '', editing: false, needsText: empty, from, to };
}

/**
 * Links the selection (or the whole link under the caret) to `href`, or inserts `text` linked when
 * nothing was selected; the caret then leaves the link, so the next words are plain.
 */
export function applyLink(editor: Editor, target: LinkTarget, href: string, text: string): boolean {
  const chain = editor.chain().focus();
  if (target.needsText) {
    return chain
      .insertContent({ type: 'text', text: text.trim() || href, marks: [{ type: 'link', attrs: { href } }] })
      .unsetMark('link')
      .run();
  }
  return chain.setTextSelection({ from: target.from, to: target.to }).setLink({ href }).run();
}

/** Takes the link off the text under the caret or in the selection; the words stay. */
export function removeLink(editor: Editor, target: LinkTarget): boolean {
  return editor.chain().focus().setTextSelection({ from: target.from, to: target.to }).unsetLink().run();
}

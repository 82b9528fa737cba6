import type { Editor } from '@tiptap/core';
import { EditorContent, useEditor } from '@tiptap/react';
import { memo, useEffect } from 'react';
import { type Doc, withTrailingParagraph } from '../../../shared/domain/doc';
import { bodyExtensions, type BodyEditorContext } from './extensions';
import { LinkEditor } from './menus/LinkEditor';
import { SelectionBubbleMenu } from './menus/SelectionBubbleMenu';
import { EditorToolbar } from './toolbar/EditorToolbar';
import type { ToolbarInsertItem } from './toolbar/InsertMenu';

interface Props {
  initialContent: Doc;
  context: BodyEditorContext;
  label: string;
  onReady(editor: Editor): void;
  onChange(editor: Editor): void;
  /** The toolbar's «Вставити» menu; keep the array stable (module-level), or the toolbar re-renders. */
  insertItems?: readonly ToolbarInsertItem[];
}

/**
 * The article body in TipTap. Memoised and created once per article: the parent never re-renders it
 * while typing, and the editor itself does not re-render React on transactions.
 */
export const BodyEditor = memo(function BodyEditor({
  initialContent,
  context,
  label,
  onReady,
  onChange,
  insertItems,
}: Props) {
  const editor = useEditor({
    extensions: bodyExtensions(context),
    // TipTap's trailing-node rule would add this paragraph on the first transaction, and that would read as an edit.
    content: withTrailingParagraph(initialContent),
    // The page's CSP forbids inline <style>; the editor's few rules live in styles.css.
    injectCSS: false,
    immediatelyRender: true,
    shouldRerenderOnTransaction: false,
    editorProps: {
      attributes: {
        'aria-label': label,
        'aria-multiline': 'true',
        role: 'textbox',
        class: 'body-text',
        spellcheck: 'false',
      },
    },
    onUpdate: ({ editor: current }) => onChange(current),
  });

  useEffect(() => {
    if (editor) onReady(editor);
  }, [editor, onReady]);

  // The toolbar and menus subscribe to the editor themselves (useEditorState): typing re-renders none of this.
  return (
    <>
      <EditorToolbar editor={editor} insertItems={insertItems} />
      <EditorContent editor={editor} className="body-editor" />
      <SelectionBubbleMenu editor={editor} />
      <LinkEditor editor={editor} />
    </>
  );
});

import type { Editor } from '@tiptap/core';
import { EditorContent, useEditor } from '@tiptap/react';
import { memo, useEffect, useRef } from 'react';
import { type Doc, withTrailingParagraph } from '../../../shared/domain/doc';
import { upgradeReadAlso } from '../../../shared/domain/read-also';
import type { BodyEditorContext } from './body-editor-context';
import { bodyExtensions } from './body-extensions';
import { LinkEditor } from './features/menus/LinkEditor';
import { SelectionBubbleMenu } from './features/menus/SelectionBubbleMenu';
import { EditorToolbar } from './features/toolbar/EditorToolbar';
import type { ToolbarInsertItem } from './features/toolbar/InsertMenu';

interface Props {
  initialContent: Doc;
  context: BodyEditorContext;
  label: string;
  onReady(editor: Editor): void;
  onChange(editor: Editor): void;
  /** Shown but not editable: toolbar and menus are gone, and no edit reaches the document. */
  readOnly: boolean;
  /** The schema refused the body (TipTap's content check): the editor then holds an empty stand-in, never the article. */
  onContentError(): void;
  /** Not shown at all: after onContentError, an empty stand-in must not pass for the article's text. */
  hidden: boolean;
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
  readOnly,
  onContentError,
  hidden,
  insertItems,
}: Props) {
  // The check runs while the editor is built (inside render): the page hears of it once the editor exists.
  const contentRefused = useRef(false);
  const editor = useEditor({
    extensions: bodyExtensions(context),
    // TipTap's trailing-node rule would add this paragraph on the first transaction, and that would read as an edit.
    // «Читайте також» of the first format is read as a list here; its file changes only with the next edit.
    content: withTrailingParagraph(upgradeReadAlso(initialContent)),
    // The page's CSP forbids inline <style>; the editor's few rules live in styles.css.
    injectCSS: false,
    immediatelyRender: true,
    shouldRerenderOnTransaction: false,
    editable: !readOnly,
    // Content the schema cannot hold (a node where it may not stand, a type the service did not catch) is
    // reported instead of being dropped silently; the article then opens read-only.
    enableContentCheck: true,
    onContentError: () => {
      contentRefused.current = true;
    },
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

  useEffect(() => {
    if (editor && contentRefused.current) onContentError();
  }, [editor, onContentError]);

  useEffect(() => {
    // Not an edit: no update event, so nothing is marked unsaved.
    if (editor && editor.isEditable === readOnly) editor.setEditable(!readOnly, false);
  }, [editor, readOnly]);

  // The toolbar and menus subscribe to the editor themselves (useEditorState): typing re-renders none of this.
  if (readOnly) return <EditorContent editor={editor} className="body-editor read-only" hidden={hidden} />;
  return (
    <>
      <EditorToolbar editor={editor} insertItems={insertItems} />
      <EditorContent
        editor={editor}
        className="body-editor"
        onMouseDown={(event) => {
          // The room below a short text (styles.css) is the wrapper's, not the editor's: a press there is a press
          // at the end of the text, as it was when the editor itself was that tall.
          if (event.target !== event.currentTarget) return;
          event.preventDefault();
          // TipTap's focus lands a frame later: a key typed at once would go to the page, not the text.
          editor.view.focus();
          editor.chain().focus('end').run();
        }}
      />
      <SelectionBubbleMenu editor={editor} />
      <LinkEditor editor={editor} />
    </>
  );
});

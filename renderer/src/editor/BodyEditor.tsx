import type { Editor } from '@tiptap/core';
import { EditorContent, useEditor } from '@tiptap/react';
import { memo, useEffect } from 'react';
import type { Doc } from '../../../shared/domain/doc';
import { bodyExtensions, type BodyEditorContext } from './extensions';

interface Props {
  initialContent: Doc;
  context: BodyEditorContext;
  label: string;
  onReady(editor: Editor): void;
  onChange(editor: Editor): void;
}

/**
 * The article body in TipTap. Memoised and created once per article: the parent never re-renders it
 * while typing, and the editor itself does not re-render React on transactions.
 */
export const BodyEditor = memo(function BodyEditor({ initialContent, context, label, onReady, onChange }: Props) {
  const editor = useEditor({
    extensions: bodyExtensions(context),
    content: initialContent,
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

  return <EditorContent editor={editor} className="body-editor" />;
});

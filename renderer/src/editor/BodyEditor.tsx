import type { Editor } from '@tiptap/core';
import { EditorContent, useEditor } from '@tiptap/react';
import { StarterKit } from '@tiptap/starter-kit';
import { memo, useEffect } from 'react';
import type { Doc } from '../../../shared/domain/doc';

interface Props {
  initialContent: Doc;
  label: string;
  onReady(editor: Editor): void;
  onChange(editor: Editor): void;
}

/**
 * The article body in TipTap. Memoised and created once per article: the parent never re-renders it
 * while typing, and the editor itself does not re-render React on transactions.
 */
export const BodyEditor = memo(function BodyEditor({ initialContent, label, onReady, onChange }: Props) {
  const editor = useEditor({
    extensions: [StarterKit.configure({ heading: { levels: [2, 3] }, link: { openOnClick: false } })],
    content: initialContent,
    // The page's CSP forbids inline <style>; the editor's few rules live in styles.css.
    injectCSS: false,
    immediatelyRender: true,
    shouldRerenderOnTransaction: false,
    editorProps: {
      attributes: { 'aria-label': label, 'aria-multiline': 'true', role: 'textbox', class: 'body-text' },
    },
    onUpdate: ({ editor: current }) => onChange(current),
  });

  useEffect(() => {
    if (editor) onReady(editor);
  }, [editor, onReady]);

  return <EditorContent editor={editor} className="body-editor" />;
});

import { Editor, type Content } from '@tiptap/core';
import { StarterKit } from '@tiptap/starter-kit';

/** A bare TipTap editor with StarterKit on the document served beside the page: the baseline. */
async function main(): Promise<void> {
  const response = await fetch('./doc.json');
  const content = (await response.json()) as Content;
  const element = document.querySelector('#editor');
  if (!element) throw new Error('#editor is missing');
  const editor = new Editor({ element, extensions: [StarterKit], content });
  document.body.dataset.ready = String(editor.isEditable);
}

void main();

import { Editor, type Content } from '@tiptap/core';
import type { ShpaltaApi } from '../../../../shared/api/contract';
import type { BodyEditorContext } from '../../../../renderer/src/editor/body-editor-context';
import { bodyExtensions } from '../../../../renderer/src/editor/body-extensions';
import { createTranslator } from '../../../../renderer/src/i18n/i18n';
import { installIdleWorker } from '../../support/idle-worker';

/** The API is not what these tests are about: every call stays pending, nothing fails behind their back. */
const idleApi: ShpaltaApi = {
  invoke: () => new Promise(() => {}),
  on: () => () => {},
};

export function testContext(): BodyEditorContext {
  return { api: idleApi, articleId: 'a1', t: createTranslator('uk') };
}

/** The real body editor (all of bodyExtensions), mounted in the document so that it can take the focus. */
export function createBodyEditor(content: Content = '<p></p>'): Editor {
  installIdleWorker();
  const element = document.createElement('div');
  document.body.append(element);
  const editor = new Editor({ element, extensions: bodyExtensions(testContext()), content, injectCSS: false });
  editor.on('destroy', () => element.remove());
  return editor;
}

export { typeText } from './type-text';

/** The legacy keyCode a browser sends with a physical letter or digit key; ProseMirror falls back on it. */
function keyCodeOf(code: string | undefined): number | undefined {
  const match = /^(?:Key([A-Z])|Digit(\d))$/.exec(code ?? '');
  if (!match) return undefined;
  return match[1] ? match[1].charCodeAt(0) : 48 + Number(match[2]);
}

/** Presses a key in the body: its keymaps (shortcuts, Enter, Backspace) get the event first, as in a browser. */
export function pressKey(editor: Editor, init: KeyboardEventInit): boolean {
  const { view } = editor;
  const event = new KeyboardEvent('keydown', {
    bubbles: true,
    cancelable: true,
    keyCode: keyCodeOf(init.code),
    ...init,
  });
  const handled = view.someProp('handleKeyDown', (f) => f(view, event)) ?? false;
  return handled;
}

/** Puts the caret at the end of the document's text. */
export function caretToEnd(editor: Editor): void {
  editor.commands.setTextSelection(editor.state.doc.content.size - 1);
}

/** Every link in the editor's document: its text and the href its mark holds. */
export function linksIn(editor: Editor): Array<{ text: string; href: unknown }> {
  const found: Array<{ text: string; href: unknown }> = [];
  editor.state.doc.descendants((node) => {
    const mark = node.marks.find((m) => m.type.name === 'link');
    if (node.isText && mark) found.push({ text: node.text ?? '', href: mark.attrs.href });
  });
  return found;
}

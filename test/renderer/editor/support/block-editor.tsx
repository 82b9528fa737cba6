import { Editor, type Content } from '@tiptap/core';
import { EditorContent } from '@tiptap/react';
import { act, render } from '@testing-library/react';
import type { ShpaltaApi } from '../../../../shared/api/contract';
import { ApiError } from '../../../../shared/api/errors';
import { message } from '../../../../shared/i18n/message';
import type { BodyEditorContext } from '../../../../renderer/src/editor/body-editor-context';
import { bodyExtensions } from '../../../../renderer/src/editor/body-extensions';
import { createTranslator } from '../../../../renderer/src/i18n/i18n';
import type { UiLanguage } from '../../../../shared/settings/schema';
// The commands' types are `declare module` blocks of the extensions' own modules, which the compiled
// index of the extensions does not pull in.
import type {} from '../../../../renderer/src/editor/nodes/blockquote/blockquote-with-attribution';
import type {} from '../../../../renderer/src/editor/nodes/embed/embed';
import type {} from '../../../../renderer/src/editor/nodes/figure/figure';
import type {} from '../../../../renderer/src/editor/nodes/figure/figure-upload';
import type {} from '../../../../renderer/src/editor/nodes/read-also/read-also';
import type {} from '../../../../renderer/src/editor/nodes/recap/recap';
import type {} from '@tiptap/extension-table';

/** Methods an editor without a library called: each one fails its test in destroyEditors(). */
const callsWithoutLibrary: string[] = [];

/**
 * The API of an editor with no library behind it, for tests that neither store nor search anything. It
 * answers nothing: every call is refused and remembered, and destroyEditors() fails the test that made
 * one. A test that stores images or searches articles opens a real library (useEditorLibrary() in
 * real-editor-api.ts) and uses its context().
 */
const noLibrary: ShpaltaApi = {
  invoke: (method) => {
    callsWithoutLibrary.push(method);
    return Promise.reject(new ApiError('host-unreachable', message('error.host.unreachable')));
  },
  on: () => () => undefined,
};

/** The body's context without a library (see noLibrary); its article id names no article on disk. */
export function blockContext(language: UiLanguage = 'uk'): BodyEditorContext {
  return { api: noLibrary, articleId: 'm3k9x2ab-00000000', t: createTranslator(language) };
}

/**
 * jsdom lays nothing out and has no Range.getClientRects(), which ProseMirror calls to scroll the caret
 * into view (Enter) and the menus call to place themselves. Empty rectangles stand in for a layout.
 */
function installLayoutStubs(): void {
  const proto = Range.prototype as Range & Partial<Pick<Range, 'getClientRects' | 'getBoundingClientRect'>>;
  if (typeof proto.getClientRects !== 'function') proto.getClientRects = () => [] as unknown as DOMRectList;
  if (typeof proto.getBoundingClientRect !== 'function') proto.getBoundingClientRect = () => new DOMRect(0, 0, 0, 0);
  // Nothing is anywhere on a page that is not laid out (ProseMirror's posAtCoords asks on a drop).
  const doc = document as Document & { elementFromPoint?: Document['elementFromPoint'] };
  if (typeof doc.elementFromPoint !== 'function') doc.elementFromPoint = () => null;
}

const editors: Editor[] = [];

/** The real body editor with all of bodyExtensions, attached to the document, without React. */
export function createEditor(content: Content = '<p></p>', context: BodyEditorContext = blockContext()): Editor {
  installLayoutStubs();
  const element = document.createElement('div');
  document.body.append(element);
  const editor = new Editor({ element, extensions: bodyExtensions(context), content, injectCSS: false });
  editor.on('destroy', () => element.remove());
  editors.push(editor);
  return editor;
}

/** The same editor shown by <EditorContent>, as the app does, so React node views and menus render. */
export async function mountEditor(
  content: Content = '<p></p>',
  context: BodyEditorContext = blockContext(),
): Promise<Editor> {
  installLayoutStubs();
  const editor = new Editor({ extensions: bodyExtensions(context), content, injectCSS: false });
  editors.push(editor);
  render(<EditorContent editor={editor} className="body-editor" />);
  // Node views render through portals a microtask after the editor content mounts.
  await act(async () => {
    await Promise.resolve();
  });
  return editor;
}

/** Destroys every editor a test made (call from afterEach); fails if one called an API it was not given. */
export function destroyEditors(): void {
  for (const editor of editors.splice(0)) if (!editor.isDestroyed) editor.destroy();
  const called = callsWithoutLibrary.splice(0);
  if (called.length > 0) throw new Error(`an editor without a library called ${called.join(', ')}: open one`);
}

export { typeText } from './type-text';

/** A key press on the body's own element, as the browser delivers it. Returns whether the editor took it. */
export function pressKey(editor: Editor, key: string, init: KeyboardEventInit = {}): boolean {
  const event = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, ...init });
  editor.view.dom.dispatchEvent(event);
  return event.defaultPrevented;
}

/** Lets React commit what ProseMirror just asked of it (portals update a microtask later). */
export async function settle(): Promise<void> {
  await act(async () => {
    await new Promise((resolve) => setTimeout(resolve, 0));
  });
}

/** JSON → setContent → JSON gives the same document: nothing is lost between saves. */
export function roundTrip(editor: Editor): unknown {
  const json = editor.getJSON();
  editor.commands.setContent(json);
  return editor.getJSON();
}

/** HTML as the editor writes it (clipboard, getHTML) read back into a fresh editor. */
export function reparse(editor: Editor): Editor {
  return createEditor(editor.getHTML());
}

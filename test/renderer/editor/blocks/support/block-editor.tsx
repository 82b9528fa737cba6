import { createHash } from 'node:crypto';
import { Editor, type Content } from '@tiptap/core';
import { EditorContent } from '@tiptap/react';
import { act, render } from '@testing-library/react';
import {
  contract,
  type EventName,
  type EventPayload,
  type MethodInput,
  type MethodName,
  type MethodOutput,
  type ShpaltaApi,
} from '../../../../../shared/api/contract';
import { ApiError } from '../../../../../shared/api/errors';
import { bodyExtensions, type BodyEditorContext } from '../../../../../renderer/src/editor/extensions';
import { createTranslator } from '../../../../../renderer/src/i18n/i18n';
import type { UiLanguage } from '../../../../../shared/settings/schema';
import { FakeLibraryApi, type FakeArticle } from '../../../library/fake-library-api';
// The commands' types are `declare module` blocks of the extensions' own modules, which the compiled
// index of the extensions does not pull in.
import type {} from '../../../../../renderer/src/editor/extensions/blockquote-with-attribution';
import type {} from '../../../../../renderer/src/editor/extensions/embed';
import type {} from '../../../../../renderer/src/editor/extensions/figure';
import type {} from '../../../../../renderer/src/editor/extensions/figure-upload';
import type {} from '../../../../../renderer/src/editor/extensions/read-also';
import type {} from '../../../../../renderer/src/editor/extensions/recap';

export const ARTICLE_ID = 'm3k9x2ab-5f1c9e0d';

/**
 * The API at the page's edge: inputs are checked against the real contract schemas (a malformed call
 * fails here as it would in main), media.import answers as the library does (`media/<sha256>.<ext>`),
 * library.list is the library fake's search.
 */
export class FakeEditorApi implements ShpaltaApi {
  readonly library: FakeLibraryApi;
  readonly imports: { articleId: string; fileName: string; bytes: Buffer }[] = [];
  private failure: ApiError | null = null;
  private held: (() => void)[] | null = null;

  constructor(articles: FakeArticle[] = []) {
    this.library = new FakeLibraryApi(articles);
  }

  /** The next media.import fails with `error`. */
  failNextImport(error: ApiError): void {
    this.failure = error;
  }

  /** Keeps media.import answers back until release(): to see the progress shown meanwhile. */
  holdImports(): void {
    this.held = [];
  }

  release(): void {
    const held = this.held ?? [];
    this.held = null;
    held.forEach((run) => run());
  }

  async invoke<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>> {
    const parsed = contract[method].input.safeParse(input);
    if (!parsed.success) throw new ApiError('invalid-argument', `fake: ${method}: ${parsed.error.message}`);
    if (method !== 'media.import') return this.library.invoke(method, input);
    const { articleId, fileName, base64 } = input as MethodInput<'media.import'>;
    return new Promise((resolve, reject) => {
      const run = () => {
        const failure = this.failure;
        this.failure = null;
        if (failure) return reject(failure);
        const ext = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase().replace('jpeg', 'jpg');
        if (!ext || !['jpg', 'png', 'gif', 'webp', 'avif', 'svg'].includes(ext)) {
          return reject(new ApiError('invalid-argument', 'Файл не схожий на зображення.'));
        }
        const bytes = Buffer.from(base64, 'base64');
        this.imports.push({ articleId, fileName, bytes });
        resolve({ src: `media/${createHash('sha256').update(bytes).digest('hex')}.${ext}` } as MethodOutput<M>);
      };
      if (this.held) this.held.push(run);
      else queueMicrotask(run);
    });
  }

  on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void {
    return this.library.on(event, listener);
  }
}

export function blockContext(api: ShpaltaApi = new FakeEditorApi(), language: UiLanguage = 'uk'): BodyEditorContext {
  return { api, articleId: ARTICLE_ID, t: createTranslator(language) };
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

/** Destroys every editor a test made (call from afterEach). */
export function destroyEditors(): void {
  for (const editor of editors.splice(0)) if (!editor.isDestroyed) editor.destroy();
}

/** Types as a keyboard does: through handleTextInput (input rules, typography, suggestions) or as plain text. */
export function typeText(editor: Editor, text: string): void {
  const { view } = editor;
  for (const char of text) {
    const { from, to } = view.state.selection;
    const insert = () => view.state.tr.insertText(char, from, to);
    const handled = view.someProp('handleTextInput', (f) => f(view, from, to, char, insert));
    if (!handled) view.dispatch(insert());
  }
}

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

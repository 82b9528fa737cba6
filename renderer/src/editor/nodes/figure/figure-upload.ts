import { Extension, type Editor } from '@tiptap/core';
import { Plugin, PluginKey, type EditorState, type Transaction } from '@tiptap/pm/state';
import { Decoration, DecorationSet, type EditorView } from '@tiptap/pm/view';
import { BODY_NODE } from '../../../../../shared/domain/body-nodes';
import { requestAlt } from './alt-request';
import { importImage, isImageFile } from './image-import';
import { announceRendition, renditionNoticePlugin } from './rendition-notice';
import type { BodyEditorContext } from '../../body-editor-context';

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    figureUpload: {
      /** Stores image files in the article's media folder and inserts a figure for each at `pos` (default: the cursor). */
      uploadImages: (files: File[], pos?: number) => ReturnType;
    };
  }
}

export interface FigureUploadOptions {
  context: BodyEditorContext | null;
}

type Placeholder = { id: number; pos: number; name: string; failed: string | null };
type Meta = { add: Placeholder } | { fail: { id: number; message: string } } | { remove: number };

const uploadKey = new PluginKey<DecorationSet>('figureUpload');
let nextId = 1;

/**
 * Images pasted as files or dropped onto the body. While an image is being stored a placeholder (a widget,
 * not a node: it is never saved, never undone) marks where it will appear and says so; when the file is
 * refused the placeholder says why in words and waits to be dismissed. A paste whose HTML holds text
 * (Word, a web page) is left to the paste cleaner even when an image file rides along with it.
 */
export const FigureUpload = Extension.create<FigureUploadOptions>({
  name: 'figureUpload',
  // Above StarterKit's paste handling. The paste cleaner (1000) runs first and passes file pastes on.
  priority: 200,

  addOptions() {
    return { context: null };
  },

  addCommands() {
    return {
      uploadImages:
        (files, pos) =>
        ({ editor, state, dispatch }) => {
          const { context } = this.options;
          if (!context || files.length === 0) return false;
          // A file that is not an image is refused by importImage, in words, in its placeholder.
          if (dispatch) void uploadAll(editor, context, files, pos ?? state.selection.from);
          return true;
        },
    };
  },

  addProseMirrorPlugins() {
    const editor = this.editor;
    const context = this.options.context;
    return [
      ...(context ? [renditionNoticePlugin(context.t)] : []),
      new Plugin<DecorationSet>({
        key: uploadKey,
        state: {
          init: () => DecorationSet.empty,
          apply: (tr, set) => applyMeta(tr, set.map(tr.mapping, tr.doc), context),
        },
        props: {
          decorations: (state) => uploadKey.getState(state),
          handlePaste: (_view, event) => {
            const files = imageFilesOf(event.clipboardData);
            if (!context || files.length === 0 || hasRealHtml(event.clipboardData)) return false;
            event.preventDefault();
            return editor.commands.uploadImages(files);
          },
          handleDrop: (view, event, _slice, moved) => {
            const files = moved ? [] : imageFilesOf(event.dataTransfer);
            if (!context || files.length === 0) return false;
            event.preventDefault();
            const at = view.posAtCoords({ left: event.clientX, top: event.clientY });
            return editor.commands.uploadImages(files, at?.pos ?? view.state.selection.from);
          },
        },
      }),
    ];
  },
});

function imageFilesOf(data: DataTransfer | null): File[] {
  return Array.from(data?.files ?? []).filter(isImageFile);
}

/** Copying an image in a browser also puts `<img src=…>` on the clipboard; Word puts text too. Only text counts. */
function hasRealHtml(data: DataTransfer | null): boolean {
  const html = data?.getData('text/html') ?? '';
  if (!html) return false;
  const doc = new DOMParser().parseFromString(html, 'text/html');
  return (doc.body.textContent ?? '').trim() !== '';
}

async function uploadAll(editor: Editor, context: BodyEditorContext, files: File[], pos: number): Promise<void> {
  for (const file of files) {
    const id = nextId++;
    dispatchMeta(editor.view, { add: { id, pos, name: file.name || 'image', failed: null } });
    try {
      const { src, rendition } = await importImage(context, file);
      if (editor.isDestroyed) return;
      const at = placeholderPos(editor.state, id) ?? editor.state.selection.from;
      dispatchMeta(editor.view, { remove: id });
      requestAlt(editor, src);
      editor
        .chain()
        .insertContentAt(at, { type: BODY_NODE.figure, attrs: { src, alt: '', caption: '', credit: '' } })
        .run();
      announceRendition(editor.view, context.t, rendition);
      // The next file goes after this one.
      pos = Math.min(editor.state.selection.to, editor.state.doc.content.size);
    } catch (error) {
      if (editor.isDestroyed) return;
      dispatchMeta(editor.view, { fail: { id, message: (error as Error).message } });
    }
  }
}

function dispatchMeta(view: EditorView, meta: Meta): void {
  view.dispatch(view.state.tr.setMeta(uploadKey, meta).setMeta('addToHistory', false));
}

function placeholderPos(state: EditorState, id: number): number | null {
  const found = uploadKey.getState(state)?.find(undefined, undefined, (spec) => spec.id === id);
  return found?.[0]?.from ?? null;
}

function applyMeta(tr: Transaction, set: DecorationSet, context: BodyEditorContext | null): DecorationSet {
  const meta = tr.getMeta(uploadKey) as Meta | undefined;
  if (!meta || !context) return set;
  if ('add' in meta) return set.add(tr.doc, [widget(meta.add, context, tr.doc.content.size)]);
  const id = 'remove' in meta ? meta.remove : meta.fail.id;
  const found = set.find(undefined, undefined, (spec) => spec.id === id);
  const placeholder = found[0];
  // DecorationSet.remove() clears the entries of the array it is given: read it first.
  let next = set.remove(found);
  if ('fail' in meta && placeholder) {
    const spec = placeholder.spec as Placeholder;
    next = next.add(tr.doc, [
      widget({ ...spec, pos: placeholder.from, failed: meta.fail.message }, context, tr.doc.content.size),
    ]);
  }
  return next;
}

function widget(placeholder: Placeholder, context: BodyEditorContext, size: number): Decoration {
  const { id, name, failed } = placeholder;
  const pos = Math.max(0, Math.min(placeholder.pos, size));
  return Decoration.widget(
    pos,
    (view) => {
      const box = document.createElement('span');
      box.className = failed ? 'upload-placeholder is-failed' : 'upload-placeholder';
      box.setAttribute('contenteditable', 'false');
      box.setAttribute('role', failed ? 'alert' : 'status');
      box.textContent = failed ?? context.t('block.image.uploading', { name });
      if (failed) {
        const dismiss = document.createElement('button');
        dismiss.type = 'button';
        dismiss.textContent = context.t('block.dialog.close');
        dismiss.addEventListener('click', () => dispatchMeta(view, { remove: id }));
        box.append(dismiss);
      }
      return box;
    },
    {
      id,
      name,
      failed,
      key: `upload-${id}-${failed ? 'failed' : 'pending'}`,
      side: -1,
      ignoreSelection: true,
      stopEvent: () => true,
    },
  );
}

import { Extension } from '@tiptap/core';
import { Fragment, Slice, type Schema } from '@tiptap/pm/model';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { isInTable } from '@tiptap/pm/tables';
import type { EditorView } from '@tiptap/pm/view';
import { BODY_NODE } from '../../../../../shared/domain/body-nodes';
import type { DocNode } from '../../../../../shared/domain/doc';
import { cleanNodes } from '../../../../../shared/security/clean-article';
import { cleanPastedHtml } from './clean-pasted-html';
import { applyHeldImages, heldImagesKey } from './held-images';
import { PastedImagesView } from './pasted-images-view';
import { isPasteOrDrop, placePastedImages, type PendingPaste } from './place-pasted-images';
import { plainTextSlice } from './plain-text';
import { matchesShortcut } from '../shortcuts/match-shortcut';
import type { BodyEditorContext } from '../../body-editor-context';

export interface PasteCleanerOptions {
  context: BodyEditorContext | null;
}

interface PasteCleanerStorage {
  /** What the last cleaned HTML held, until ProseMirror has inserted it. */
  pending: PendingPaste | null;
  /** When Ctrl+Shift+V (Cmd+Shift+V) was pressed: the paste that follows is plain text. */
  plainTextRequestedAt: number | null;
}

/** A paste event follows its key press at once; a stale request must not turn a later paste plain. */
const PLAIN_TEXT_REQUEST_MS = 1000;

const pasteCleanerKey = new PluginKey('pasteCleaner');

function figureType(schema: Schema) {
  return schema.nodes[BODY_NODE.figure] ?? null;
}

/**
 * The pasted content through the same cleaner as an article the service reads or writes, so one rule
 * decides what a link, an image or an embed may hold, wherever it comes from.
 */
function cleanPastedSlice(slice: Slice, schema: Schema): Slice {
  const nodes = (slice.content.toJSON() ?? []) as DocNode[];
  const cleaned = cleanNodes(nodes);
  if (cleaned === nodes) return slice;
  return new Slice(Fragment.fromJSON(schema, cleaned), slice.openStart, slice.openEnd);
}

function pastePlainText(view: EditorView, text: string): void {
  // Open at both ends, as ProseMirror's own paste is: the first and last lines join the paragraph around them.
  const slice = Slice.maxOpen(plainTextSlice(view.state.schema, text).content);
  const tr = view.state.tr.replaceSelection(slice).scrollIntoView();
  view.dispatch(tr.setMeta('paste', true).setMeta('uiEvent', 'paste'));
}

/**
 * Paste from Word, Google Docs, LibreOffice and web pages, made safe and clean for the article body
 * (see ../paste/): the HTML is rebuilt from an allowlist before ProseMirror reads it, pictures from local
 * files wait for the journalist's consent, plain text keeps its paragraphs, and Ctrl+Shift+V pastes text
 * without any formatting. Runs before other extensions' paste hooks so they all see clean HTML.
 */
export const PasteCleaner = Extension.create<PasteCleanerOptions, PasteCleanerStorage>({
  name: 'pasteCleaner',
  priority: 1000,

  addOptions() {
    return { context: null };
  },

  addStorage() {
    return { pending: null, plainTextRequestedAt: null };
  },

  transformPastedHTML(html) {
    const keepWebImages = figureType(this.editor.schema) !== null;
    const isOwnNote = this.options.context?.isOwnNote ?? (() => false);
    const cleaned = cleanPastedHtml(html, { keepWebImages, intoCell: isInTable(this.editor.state), isOwnNote });
    this.storage.pending =
      cleaned.images.length > 0 && cleaned.source !== 'editor'
        ? { images: cleaned.images, source: cleaned.source, rtf: '' }
        : null;
    return cleaned.html;
  },

  addProseMirrorPlugins() {
    const storage = this.storage;
    const context = this.options.context;
    const editor = this.editor;
    const requestedPlainText = () => {
      const at = storage.plainTextRequestedAt;
      storage.plainTextRequestedAt = null;
      return at !== null && performance.now() - at < PLAIN_TEXT_REQUEST_MS;
    };

    return [
      new Plugin({
        key: pasteCleanerKey,
        props: {
          handleKeyDown(_view, event) {
            storage.plainTextRequestedAt = matchesShortcut(event, 'pastePlain') ? performance.now() : null;
            return false;
          },
          transformPasted(slice, view) {
            return cleanPastedSlice(slice, view.state.schema);
          },
          clipboardTextParser(text, $context, plain, view) {
            // Shift held while pasting (ProseMirror's own plain paste) means no formatting at all.
            return plainTextSlice(view.state.schema, text, plain ? [] : $context.marks());
          },
          handlePaste(view, event, slice) {
            if (requestedPlainText()) {
              const text =
                event.clipboardData?.getData('text/plain') ||
                slice.content.textBetween(0, slice.content.size, '\n\n', '\n');
              // With no text at all (an image file alone), the other paste handlers take it.
              if (text.trim()) {
                storage.pending = null;
                pastePlainText(view, text);
                return true;
              }
            }
            if (storage.pending?.images.some((image) => image.kind === 'local-file')) {
              storage.pending.rtf = event.clipboardData?.getData('text/rtf') ?? '';
            }
            return false;
          },
          handleDrop(_view, event) {
            if (storage.pending?.images.some((image) => image.kind === 'local-file')) {
              storage.pending.rtf = event.dataTransfer?.getData('text/rtf') ?? '';
            }
            return false;
          },
        },
        appendTransaction(trs, _oldState, state) {
          const pending = storage.pending;
          if (!pending || !trs.some(isPasteOrDrop)) return null;
          storage.pending = null;
          return placePastedImages(state, trs, pending, figureType(state.schema));
        },
      }),
      new Plugin<ReturnType<typeof applyHeldImages>>({
        key: heldImagesKey,
        state: {
          init: () => null,
          apply: (tr, held) => applyHeldImages(tr, held),
        },
        view: (view) => {
          if (!context) return {};
          return new PastedImagesView(view, context, () => figureType(editor.schema));
        },
      }),
    ];
  },
});

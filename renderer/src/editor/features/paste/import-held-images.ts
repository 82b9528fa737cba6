import { closeHistory } from '@tiptap/pm/history';
import type { NodeType } from '@tiptap/pm/model';
import type { EditorView } from '@tiptap/pm/view';
import { checkImage } from '../../../../../shared/media/image-check';
import { safeImageSrc } from '../../../../../shared/security/safe-url';
import type { BodyEditorContext } from '../../body-editor-context';
import { heldImagesKey } from './held-images';
import { announceRendition, insertFigure, storeImage, type RenditionReport } from '../../nodes/figure';

/**
 * The journalist agreed: each held picture's RTF data is stored in the article's media folder through
 * `media.import`, then a figure is put where the picture stood — all in one step that one Ctrl+Z undoes.
 * Pictures are paired with places in order; extra data or places without data are left alone. A large photo
 * is stored as its web rendition, a smaller one without its camera data. Throws the API's error (or a
 * RenditionError) when storing fails, with nothing inserted.
 */
export async function importHeldImages(view: EditorView, context: BodyEditorContext, figure: NodeType): Promise<void> {
  const held = heldImagesKey.getState(view.state);
  if (!held) return;
  const count = Math.min(held.anchors.length, held.rtfImages.length);
  const sources: Array<string | null> = [];
  /** What the notice tells: the last picture the library got otherwise than as it was. */
  let report: RenditionReport | null = null;
  for (let i = 0; i < count; i++) {
    const image = held.rtfImages[i];
    if (!image) continue;
    const name = `pasted-image-${i + 1}.${image.extension}`;
    const bytes = base64Bytes(image.base64);
    // A photo pasted from a document is as large as the camera made it: the same web rendition as a file's.
    const check = checkImage(name, bytes.length, bytes);
    const stored = await storeImage(context, new Blob([bytes]), name, check.ok === true ? check : null);
    report = stored.rendition ?? report;
    sources.push(safeImageSrc(stored.src));
  }
  // The text may have changed while the files were stored: take the places as they are now.
  const current = heldImagesKey.getState(view.state);
  if (!current || current.id !== held.id) return;
  const tr = view.state.tr;
  for (let i = sources.length - 1; i >= 0; i--) {
    const anchor = current.anchors[i];
    const src = sources[i];
    if (anchor !== undefined && src) insertFigure(tr, anchor, figure, { src, alt: '', caption: '', credit: '' });
  }
  // Its own undo step, even when the journalist agrees within a moment of pasting.
  closeHistory(tr);
  view.dispatch(tr.setMeta(heldImagesKey, null).scrollIntoView());
  announceRendition(view, context.t, report);
}

function base64Bytes(base64: string): Uint8Array<ArrayBuffer> {
  return Uint8Array.from(atob(base64), (char) => char.charCodeAt(0));
}

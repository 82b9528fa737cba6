import { isHistoryTransaction } from '@tiptap/pm/history';
import { PluginKey, type Transaction } from '@tiptap/pm/state';
import type { PasteSource } from './paste-source';
import type { RtfImage } from './rtf-images';

/**
 * Pictures of a paste that were left out until the journalist says yes: where each stood (mapped through
 * every later edit), the picture data the RTF flavour carried, and which program they came from.
 */
export interface HeldImages {
  /** Tells one paste's pictures from the next. */
  id: number;
  anchors: number[];
  rtfImages: RtfImage[];
  source: PasteSource;
}

export const heldImagesKey = new PluginKey<HeldImages | null>('heldPastedImages');

let nextId = 1;

export function holdImages(anchors: number[], rtfImages: RtfImage[], source: PasteSource): HeldImages {
  return { id: nextId++, anchors, rtfImages, source };
}

/**
 * The held pictures after a transaction: replaced or cleared by this plugin's meta, otherwise moved with
 * the text (a block inserted right at a place goes after the picture). Once every place has been deleted
 * — cut away, or the paste undone — there is nothing left to put the pictures into and the offer goes.
 * An undo counts content removed on either side of a place: it takes the paste away up to its edges.
 */
export function applyHeldImages(tr: Transaction, held: HeldImages | null): HeldImages | null {
  const meta = tr.getMeta(heldImagesKey) as HeldImages | null | undefined;
  if (meta !== undefined) return meta;
  if (!held || !tr.docChanged) return held;
  const undoing = isHistoryTransaction(tr);
  const results = held.anchors.map((anchor) => tr.mapping.mapResult(anchor, -1));
  const gone = results.every(
    (result) => result.deletedAcross || (undoing && (result.deletedBefore || result.deletedAfter)),
  );
  if (gone) return null;
  const anchors = results.map((result) => result.pos);
  return anchors.every((anchor, i) => anchor === held.anchors[i]) ? held : { ...held, anchors };
}

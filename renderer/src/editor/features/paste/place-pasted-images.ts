import type { Node as PMNode, NodeType } from '@tiptap/pm/model';
import type { EditorState, Transaction } from '@tiptap/pm/state';
import { findImageMarkers, withoutMarkers } from './image-markers';
import { heldImagesKey, holdImages } from './held-images';
import { insertFigure } from '../../nodes/figure';
import { closePictureGap } from './picture-gap';
import type { PasteSource } from './paste-source';
import type { PastedImage } from './pasted-image';
import { extractRtfImages } from './rtf-images';

/** What the cleaner found in the HTML being pasted, kept until ProseMirror has inserted it. */
export interface PendingPaste {
  images: PastedImage[];
  source: PasteSource;
  /** The clipboard's `text/rtf`, read only when local pictures were held back. */
  rtf: string;
}

interface Range {
  from: number;
  to: number;
}

interface FoundMarker {
  pos: number;
  length: number;
  index: number | null;
}

export function isPasteOrDrop(tr: Transaction): boolean {
  const event = tr.getMeta('uiEvent') as string | undefined;
  return tr.getMeta('paste') === true || event === 'paste' || event === 'drop';
}

/** The parts of the final document that pastes and drops among `trs` inserted. */
function insertedRanges(trs: readonly Transaction[]): Range[] {
  let ranges: Range[] = [];
  for (const tr of trs) {
    ranges = ranges.map(({ from, to }) => ({ from: tr.mapping.map(from, -1), to: tr.mapping.map(to, 1) }));
    if (!isPasteOrDrop(tr)) continue;
    tr.mapping.maps.forEach((map, i) => {
      const rest = tr.mapping.slice(i + 1);
      map.forEach((_oldStart, _oldEnd, newStart, newEnd) => {
        ranges.push({ from: rest.map(newStart, -1), to: rest.map(newEnd, 1) });
      });
    });
  }
  return ranges;
}

function findMarkers(doc: PMNode, ranges: Range[]): FoundMarker[] {
  const found = new Map<number, FoundMarker>();
  for (const { from, to } of ranges) {
    doc.nodesBetween(Math.max(0, from), Math.min(doc.content.size, to), (node, pos) => {
      if (!node.isText || !node.text) return;
      for (const marker of findImageMarkers(node.text)) {
        found.set(pos + marker.offset, { pos: pos + marker.offset, length: marker.length, index: marker.index });
      }
    });
  }
  return [...found.values()].sort((a, b) => b.pos - a.pos);
}

/**
 * Takes a marker and the spaces beside it out of the text and returns where its picture belongs: where
 * its paragraph was, when the picture was all the paragraph held (the paragraph goes too), or right
 * after its paragraph.
 */
function takeOutMarker(tr: Transaction, marker: FoundMarker): number {
  const pos = tr.mapping.map(marker.pos);
  tr.delete(pos, pos + marker.length);
  const at = closePictureGap(tr, pos);
  const $pos = tr.doc.resolve(at);
  if ($pos.depth === 0) return at;
  const block = $pos.parent;
  if (withoutMarkers(block.textContent).trim() === '' && !block.textContent.includes('\uFFFC')) {
    const before = $pos.before();
    tr.deleteRange(before, $pos.after());
    return tr.mapping.map(before, -1);
  }
  return $pos.after();
}

/**
 * After a paste or drop: each image marker the cleaner left is taken out; web pictures become figures
 * at once, local files are held (with the RTF's picture data) until the journalist agrees to insert them.
 * Returns null when the paste had no markers.
 */
export function placePastedImages(
  state: EditorState,
  trs: readonly Transaction[],
  pending: PendingPaste,
  figure: NodeType | null,
): Transaction | null {
  const markers = findMarkers(state.doc, insertedRanges(trs));
  if (markers.length === 0) return null;
  const tr = state.tr;
  const held: Array<{ index: number; pos: number; steps: number }> = [];
  for (const marker of markers) {
    const anchor = takeOutMarker(tr, marker);
    const image = marker.index === null ? undefined : pending.images[marker.index];
    if (image?.kind === 'web' && figure) {
      insertFigure(tr, anchor, figure, { src: image.src, alt: image.alt, caption: image.caption, credit: '' });
    } else if (image?.kind === 'local-file' && marker.index !== null) {
      held.push({ index: marker.index, pos: anchor, steps: tr.steps.length });
    }
  }
  if (held.length > 0) {
    const anchors = held
      .sort((a, b) => a.index - b.index)
      .map(({ pos, steps }) => tr.mapping.slice(steps).map(pos, -1));
    tr.setMeta(heldImagesKey, holdImages(anchors, extractRtfImages(pending.rtf), pending.source));
  }
  return tr;
}

/**
 * jsdom lays nothing out and has no Range.getClientRects(), which ProseMirror's coordsAtPos (and so every
 * popover placed at the selection) calls. Empty rectangles stand in; Chromium's real ones are used end to end.
 */
export function installLayoutStubs(): void {
  const proto = Range.prototype as Range & Partial<Pick<Range, 'getClientRects' | 'getBoundingClientRect'>>;
  if (typeof proto.getClientRects !== 'function') {
    proto.getClientRects = () => [] as unknown as DOMRectList;
  }
  if (typeof proto.getBoundingClientRect !== 'function') {
    proto.getBoundingClientRect = () => new DOMRect(0, 0, 0, 0);
  }
}

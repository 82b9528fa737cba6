/** A vertical stretch in client coordinates (px). */
export interface Span {
  top: number;
  bottom: number;
}

/**
 * How far (px) to scroll so that `target` shows within `area`, `margin` clear of its edge; 0 when it already
 * does. Something taller than the area is shown from its top, as ProseMirror does.
 */
export function revealDelta(target: Span, area: Span, margin: number): number {
  if (target.top < area.top) return target.top - area.top - margin;
  if (target.bottom <= area.bottom) return 0;
  if (target.bottom - target.top > area.bottom - area.top) return target.top - area.top - margin;
  return target.bottom - area.bottom + margin;
}

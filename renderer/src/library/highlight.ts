import type { Snippet } from '../../../shared/api/contract';

export interface SnippetSegment {
  text: string;
  highlighted: boolean;
}

/**
 * Cuts a snippet into plain and matched runs. The index sends ranges, never markup, so the page
 * renders the matches as <mark> elements of its own and nothing from a file is ever parsed as HTML.
 * Ranges out of bounds, empty or backwards are dropped; overlapping and touching ones are merged.
 */
export function highlightSegments(snippet: Snippet): SnippetSegment[] {
  const { text } = snippet;
  const ranges = snippet.highlights
    .map(([start, end]): [number, number] => [clamp(start, text.length), clamp(end, text.length)])
    .filter(([start, end]) => start < end)
    .sort((a, b) => a[0] - b[0]);

  const merged: Array<[number, number]> = [];
  for (const range of ranges) {
    const last = merged[merged.length - 1];
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push([range[0], range[1]]);
  }

  const segments: SnippetSegment[] = [];
  let at = 0;
  for (const [start, end] of merged) {
    if (start > at) segments.push({ text: text.slice(at, start), highlighted: false });
    segments.push({ text: text.slice(start, end), highlighted: true });
    at = end;
  }
  if (at < text.length) segments.push({ text: text.slice(at), highlighted: false });
  return segments;
}

function clamp(offset: number, length: number): number {
  return Math.max(0, Math.min(offset, length));
}

import type { Snippet } from '../../../shared/api/contract';
import { highlightSegments } from './highlight';

/** A search snippet with its matched words in <mark>: text nodes only, never HTML from the index. */
export function SnippetText({ snippet, id }: { snippet: Snippet; id?: string }) {
  return (
    <span className="article-snippet" id={id}>
      {highlightSegments(snippet).map((segment, i) =>
        segment.highlighted ? <mark key={i}>{segment.text}</mark> : <span key={i}>{segment.text}</span>,
      )}
    </span>
  );
}

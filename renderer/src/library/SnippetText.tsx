import type { Snippet } from '../../../shared/api/contract';
import { highlightSegments } from './highlight';

/**
 * A search snippet with its matched words in <mark>: text nodes only, never HTML from the index. `label`
 * names the field the snippet is from when it is not the text (the byline, the rubric).
 */
export function SnippetText({ snippet, id, label }: { snippet: Snippet; id?: string; label?: string | null }) {
  return (
    <span className="article-snippet" id={id}>
      {label ? <span className="snippet-source">{label} </span> : null}
      {highlightSegments(snippet).map((segment, i) =>
        segment.highlighted ? <mark key={i}>{segment.text}</mark> : <span key={i}>{segment.text}</span>,
      )}
    </span>
  );
}

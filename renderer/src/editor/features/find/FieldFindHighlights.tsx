import type { ReactNode } from 'react';
import type { FieldHighlights } from './find-controller';

interface Props {
  /** The field's class: its backdrop class lays the text out as the field does. */
  className: string;
  value: string;
  highlights: FieldHighlights;
}

/**
 * The matches of find in a headline or lead field: a textarea draws no highlight of its own, so a backdrop
 * behind it (as the spellcheck's) lays out the same text, transparent, with the matches' background.
 */
export function FieldFindHighlights({ className, value, highlights }: Props) {
  if (highlights.matches.length === 0) return null;
  const parts: ReactNode[] = [];
  let at = 0;
  highlights.matches.forEach((match, index) => {
    if (match.from > at) parts.push(value.slice(at, match.from));
    parts.push(
      <mark key={match.from} className={index === highlights.current ? 'find-match find-match-current' : 'find-match'}>
        {value.slice(match.from, match.to)}
      </mark>,
    );
    at = match.to;
  });
  if (at < value.length) parts.push(value.slice(at));
  return (
    <div className={`${className}-backdrop ${className}-find spelled-field-backdrop`} aria-hidden="true">
      {parts}
      {'\u200b'}
    </div>
  );
}

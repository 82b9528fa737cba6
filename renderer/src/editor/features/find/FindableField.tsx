import { useLayoutEffect, useRef, type ReactNode } from 'react';
import { attributeHighlights } from './attribute-highlights';
import { FIND_ATTRIBUTE_DATA } from './attribute-place';

interface Props {
  /** The attribute the field edits. */
  name: string;
  value: string;
  /** The node view's decorations: find's matches in its attributes come among them. */
  decorations: readonly { spec: unknown }[];
  /** The field: one <input>. */
  children: ReactNode;
}

/**
 * A node view's text field for an attribute, with find's matches in it: an input draws no highlight of its
 * own, so a backdrop behind it lays out the same text, transparent, with the matches' background, scrolled
 * along with the input's text. The current match is scrolled into the field's width.
 */
export function FindableField({ name, value, decorations, children }: Props) {
  const highlights = attributeHighlights(decorations, name);
  const wrapper = useRef<HTMLSpanElement>(null);
  const backdrop = useRef<HTMLSpanElement>(null);
  const shown = highlights.matches.length > 0;

  useLayoutEffect(() => {
    const input = wrapper.current?.querySelector('input');
    const behind = backdrop.current;
    if (!input || !behind) return;
    const current = behind.querySelector<HTMLElement>('.find-match-current');
    if (current) {
      const left = current.offsetLeft;
      const right = left + current.offsetWidth;
      if (left < input.scrollLeft || right > input.scrollLeft + input.clientWidth)
        input.scrollLeft = left - input.clientWidth / 3;
    }
    const follow = () => {
      behind.scrollLeft = input.scrollLeft;
    };
    follow();
    input.addEventListener('scroll', follow);
    return () => input.removeEventListener('scroll', follow);
  }, [highlights, value]);

  const parts: ReactNode[] = [];
  let at = 0;
  highlights.matches.forEach((match, index) => {
    // Drawn as they were found: until find looks again after an edit, they may lie past the text's end.
    const from = Math.min(match.from, value.length);
    const to = Math.min(match.to, value.length);
    if (from > at) parts.push(value.slice(at, from));
    parts.push(
      <mark key={match.from} className={index === highlights.current ? 'find-match find-match-current' : 'find-match'}>
        {value.slice(from, to)}
      </mark>,
    );
    at = Math.max(at, to);
  });
  if (at < value.length) parts.push(value.slice(at));

  return (
    <span
      ref={wrapper}
      className={shown ? 'find-field has-find-matches' : 'find-field'}
      {...{ [FIND_ATTRIBUTE_DATA]: name }}
    >
      {shown ? (
        <span ref={backdrop} className="find-field-backdrop" aria-hidden="true">
          {parts}
        </span>
      ) : null}
      {children}
    </span>
  );
}

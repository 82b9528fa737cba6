/** What a pasted element is to the rebuilder: every tag falls into exactly one of these. */
export type ElementKind =
  'drop' | 'image' | 'br' | 'hr' | 'heading' | 'paragraph' | 'list' | 'blockquote' | 'table' | 'container' | 'inline';

/** Gone with everything inside: metadata, scripts, embedded objects, form controls, Word's XML islands. */
const DROPPED = new Set(
  (
    'head title meta link style script noscript noembed noframes template iframe frame frameset object embed ' +
    'applet svg math canvas video audio source track map area input button select option optgroup textarea ' +
    'datalist output progress meter dialog xml colgroup col'
  ).split(' '),
);

/**
 * Elements that hold blocks of their own: what is inside becomes separate paragraphs, the element goes. The
 * parts of a table are here for when they stand outside one (a stray <td>); a <table> has a kind of its own.
 */
const CONTAINERS = new Set(
  (
    'html body div section article main header footer aside nav address center figure figcaption details ' +
    'summary form fieldset legend hgroup dl dt dd caption thead tbody tfoot tr td th li'
  ).split(' '),
);

/** Anything not named here (span, font, sup, Word's o:p and st1:…) is inline: its text stays, the tag goes. */
export function kindOf(element: Element): ElementKind {
  const tag = element.localName;
  if (DROPPED.has(tag) || /^(w|m):/.test(tag)) return 'drop';
  if (tag === 'img' || tag === 'v:imagedata') return 'image';
  if (tag === 'br') return 'br';
  if (tag === 'hr') return 'hr';
  if (/^h[1-6]$/.test(tag)) return 'heading';
  if (tag === 'p' || tag === 'pre') return 'paragraph';
  if (tag === 'ul' || tag === 'ol' || tag === 'menu') return 'list';
  if (tag === 'blockquote') return 'blockquote';
  if (tag === 'table') return 'table';
  if (CONTAINERS.has(tag)) return 'container';
  return 'inline';
}

/** The article has h2 and h3 only: h1 and Word's Title become h2, h4–h6 become h3. */
export function headingTag(tag: string): 'h2' | 'h3' {
  return Number(tag.slice(1)) <= 2 ? 'h2' : 'h3';
}

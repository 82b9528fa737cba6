import type { Mark, Node as PmNode } from '@tiptap/pm/model';
import type { Transaction } from '@tiptap/pm/state';
import { type Apostrophe, fixTypography } from '../../../../../shared/text/typography';
import { fixTypographyPiece } from '../../../../../shared/text/typography/fix';
import { newQuoteState } from '../../../../../shared/text/typography/quotes';

/** Text kept in node attributes that readers see: captions, credits, attributions, alt text. */
const TEXT_ATTRS = ['caption', 'credit', 'attribution', 'alt'] as const;

interface TextFix {
  from: number;
  to: number;
  text: string;
  marks: readonly Mark[];
}

interface AttrFix {
  pos: number;
  attrs: Record<string, unknown>;
}

export interface DocTypographyFixes {
  texts: TextFix[];
  attrs: AttrFix[];
}

const isCode = (marks: readonly Mark[]) => marks.some((mark) => mark.type.spec.code === true);

/**
 * «Виправити типографіку» over a ProseMirror document: every text run is fixed as a piece of its paragraph,
 * so quote nesting runs across bold and links (`"<b>Укренерго</b>"` → `«<b>Укренерго</b>»`) and marks stay
 * where they were. Code is left alone. A hard line break is a new line for the rules.
 */
export function findDocTypographyFixes(doc: PmNode, apostrophe?: Apostrophe): DocTypographyFixes {
  const options = apostrophe ? { apostrophe } : {};
  const texts: TextFix[] = [];
  const attrs: AttrFix[] = [];
  doc.descendants((node, pos) => {
    const fixedAttrs = fixTextAttrs(node, options);
    if (fixedAttrs) attrs.push({ pos, attrs: fixedAttrs });
    if (!node.isTextblock) return true;
    if (node.type.spec.code === true) return false;
    let quotes = newQuoteState();
    let atParagraphStart = true;
    node.forEach((child, offset) => {
      const text = child.text;
      if (text === undefined) {
        quotes = newQuoteState();
        atParagraphStart = true;
        return;
      }
      if (isCode(child.marks)) {
        quotes.prev = text.slice(-1);
        atParagraphStart = false;
        return;
      }
      const fixed = fixTypographyPiece(text, { quotes, atParagraphStart }, options);
      if (text.trim() !== '') atParagraphStart = false;
      if (fixed !== text) {
        const from = pos + 1 + offset;
        texts.push({ from, to: from + child.nodeSize, text: fixed, marks: child.marks });
      }
    });
    return false;
  });
  return { texts, attrs };
}

function fixTextAttrs(node: PmNode, options: { apostrophe?: Apostrophe }): Record<string, unknown> | null {
  let changed: Record<string, unknown> | null = null;
  for (const name of TEXT_ATTRS) {
    const value: unknown = node.attrs[name];
    if (typeof value !== 'string' || value === '') continue;
    const fixed = fixTypography(value, options);
    if (fixed !== value) changed = { ...(changed ?? node.attrs), [name]: fixed };
  }
  return changed;
}

/** Applies the fixes to a transaction, last first so earlier positions stay valid. Returns how many places changed. */
export function applyDocTypographyFixes(tr: Transaction, fixes: DocTypographyFixes): number {
  const schema = tr.doc.type.schema;
  for (const fix of [...fixes.texts].reverse()) {
    tr.replaceWith(fix.from, fix.to, schema.text(fix.text, fix.marks));
  }
  for (const fix of fixes.attrs) {
    // Attribute steps do not move positions, but the text fixes before them may have.
    tr.setNodeMarkup(tr.mapping.map(fix.pos), undefined, fix.attrs);
  }
  return fixes.texts.length + fixes.attrs.length;
}

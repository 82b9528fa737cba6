import { fixApostrophes } from './apostrophe';
import type { Apostrophe } from './chars';
import { fixDialogueDash, fixNumberRanges, fixSpacedDashes } from './dashes';
import { fixEllipsis } from './ellipsis';
import { fixInitials } from './initials';
import { bindUnits, fixNumeroSign, groupThousands } from './numbers';
import { fixQuotesWithState, newQuoteState, type QuoteState } from './quotes';
import { bindShortWords } from './short-words';
import { fixSpaces } from './spaces';

export interface TypographyOptions {
  /** The canonical apostrophe: ’ (U+2019, default) or ʼ (U+02BC). */
  apostrophe?: Apostrophe;
}

/** Context for fixing one piece of a paragraph (used by the HTML walker). */
export interface PieceContext {
  quotes: QuoteState;
  /** Whether the piece starts a paragraph (a dialogue dash may open it). */
  atParagraphStart: boolean;
}

/** The whole pipeline over one piece of text; the order matters (see comments). */
export function fixTypographyPiece(text: string, ctx: PieceContext, options: TypographyOptions = {}): string {
  const continuesText = !ctx.atParagraphStart && /\S/u.test(ctx.quotes.prev);
  let t = fixSpaces(text); // first: later rules expect single spaces
  t = fixEllipsis(t);
  t = fixApostrophes(t, options.apostrophe); // before quotes: п'ята is not a quote
  t = fixQuotesWithState(t, ctx.quotes);
  t = fixDialogueDash(t, ctx.atParagraphStart);
  t = fixSpacedDashes(t, continuesText);
  t = fixNumeroSign(t); // before ranges: `N 14103-1` is a bill's number, not a range
  t = fixNumberRanges(t);
  t = fixInitials(t);
  t = groupThousands(t);
  t = bindUnits(t);
  t = bindShortWords(t);
  return t;
}

/**
 * «Виправити типографіку» for plain text: quotes, apostrophes, dashes, ellipsis, ranges, no-break spaces,
 * initials, №, spaces. Each line is a paragraph. Idempotent on its own output.
 */
export function fixTypography(text: string, options: TypographyOptions = {}): string {
  return fixTypographyPiece(text, { quotes: newQuoteState(), atParagraphStart: true }, options);
}

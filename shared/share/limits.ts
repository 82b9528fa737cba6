import { GOOGLE_TITLE_FONT } from './google-title-widths';
import { telegramLength } from './telegram-length';
import { textWidth } from './text-width';

/**
 * What share previews are counted against (UKRAINIAN.md §5). A soft limit is where a platform starts to cut
 * or hide text (a warning); a hard one is where it refuses the post (an error).
 */
export const SHARE_LIMITS = {
  /** Google cuts desktop result titles at about 600 px of Arial 20px (its result title font). */
  seoTitle: { unit: 'pixels', max: 600, hard: false },
  /** Google's meta description: shorter looks thin, longer is cut (about 120–156 characters). */
  seoDescription: { unit: 'characters', min: 120, max: 156, hard: false },
  /** og:title shows about 60 characters on mobile (Facebook, Telegram link cards). */
  shareTitle: { unit: 'characters', max: 60, hard: false },
  /** X card: title 70, description 200 characters. */
  xTitle: { unit: 'characters', max: 70, hard: false },
  xDescription: { unit: 'characters', max: 200, hard: false },
  /** Bot API sendMessage: 1–4096 characters after entities are parsed (core.telegram.org/bots/api#sendmessage). */
  telegramMessage: { unit: 'utf16', max: 4096, hard: true },
  /** Bot API sendPhoto: a caption of 0–1024 characters after entities are parsed. */
  telegramCaption: { unit: 'utf16', max: 1024, hard: true },
} as const satisfies Record<string, ShareLimit>;

export interface ShareLimit {
  /** Characters are code points; Telegram counts UTF-16 code units; Google's title is measured in pixels. */
  unit: 'characters' | 'utf16' | 'pixels';
  min?: number;
  max: number;
  /** Over a hard limit the platform refuses the text; over a soft one it cuts it. */
  hard: boolean;
}

export type ShareField = keyof typeof SHARE_LIMITS;

/** Google's desktop result title font size, in CSS pixels. */
export const GOOGLE_TITLE_FONT_SIZE_PX = 20;

export interface Measure {
  /** In the limit's unit; pixels are rounded up, so a title is never judged narrower than it is. */
  length: number;
  limit: number;
  min: number | null;
  unit: ShareLimit['unit'];
  over: boolean;
  /** Shorter than the platform wants (only where it names a minimum), and not empty: empty is "missing". */
  under: boolean;
  severity: 'ok' | 'warning' | 'error';
}

function lengthOf(unit: ShareLimit['unit'], text: string): number {
  switch (unit) {
    case 'pixels':
      return Math.ceil(textWidth(text, GOOGLE_TITLE_FONT, GOOGLE_TITLE_FONT_SIZE_PX));
    case 'utf16':
      return telegramLength(text);
    case 'characters':
      return [...text].length;
  }
}

/** A field's live counter: its length against its platform's limit, and how bad being outside it is. */
export function measure(field: ShareField, text: string): Measure {
  const limit: ShareLimit = SHARE_LIMITS[field];
  const length = lengthOf(limit.unit, text);
  const min = limit.min ?? null;
  const over = length > limit.max;
  const under = min !== null && length > 0 && length < min;
  const severity = over && limit.hard ? 'error' : over || under ? 'warning' : 'ok';
  return { length, limit: limit.max, min, unit: limit.unit, over, under, severity };
}

import type { Article } from '../../../../shared/domain/article';
import type { EffectiveShareFields, FallbackSource } from '../../../../shared/share/fallbacks';
import { measure, type Measure, type ShareField } from '../../../../shared/share/limits';

/** The article's own share texts, as stored. */
export type ShareTexts = Pick<Article, 'seo' | 'share' | 'x' | 'telegram'>;

/** One field of the share form: where it is stored, what it falls back to, what it is counted against. */
export interface ShareFieldSpec {
  /** X reads its card title from og:title, so the X title has no field of its own. */
  key: Exclude<keyof EffectiveShareFields, 'xTitle'>;
  /** How long the schema lets it be (the field stops there). */
  maxLength: number;
  multiline: boolean;
  read(texts: ShareTexts): string;
  write(texts: ShareTexts, value: string): Partial<ShareTexts>;
}

/** The form's fields in its order: search first (most read), then social cards, then Telegram. */
export const SHARE_FIELD_SPECS: readonly ShareFieldSpec[] = [
  {
    key: 'seoTitle',
    maxLength: 500,
    multiline: false,
    read: (a) => a.seo.title,
    write: (a, title) => ({ seo: { ...a.seo, title } }),
  },
  {
    key: 'seoDescription',
    maxLength: 1000,
    multiline: true,
    read: (a) => a.seo.description,
    write: (a, description) => ({ seo: { ...a.seo, description } }),
  },
  {
    key: 'shareTitle',
    maxLength: 500,
    multiline: false,
    read: (a) => a.share.title,
    write: (a, title) => ({ share: { ...a.share, title } }),
  },
  {
    key: 'shareDescription',
    maxLength: 1000,
    multiline: true,
    read: (a) => a.share.description,
    write: (a, description) => ({ share: { ...a.share, description } }),
  },
  {
    key: 'xDescription',
    maxLength: 1000,
    multiline: true,
    read: (a) => a.x.text,
    write: (_a, text) => ({ x: { text } }),
  },
  {
    key: 'telegramPost',
    maxLength: 10000,
    multiline: true,
    read: (a) => a.telegram.text,
    write: (_a, text) => ({ telegram: { text } }),
  },
];

/**
 * The platform limit a field is counted against. The Telegram post goes as a photo's caption when there is
 * a picture (1024), else as a message (4096); the share description has no limit of its own (each platform
 * cuts it to its own lines), so it has no counter.
 */
export function counterFor(key: ShareFieldSpec['key'], value: string, withPhoto: boolean): Measure | null {
  const field: ShareField | null =
    key === 'telegramPost'
      ? withPhoto
        ? 'telegramCaption'
        : 'telegramMessage'
      : key === 'shareDescription'
        ? null
        : key;
  return field ? measure(field, value) : null;
}

/** Where a field's shown value comes from, for the line under it; null when the field is filled in. */
export function fallbackOf(source: FallbackSource): Exclude<FallbackSource, 'own'> | null {
  return source === 'own' ? null : source;
}

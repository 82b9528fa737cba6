import { message, type Message } from '../i18n/message';
import type { EffectiveShareFields } from './fallbacks';
import { measure } from './limits';
import { parseTelegramHtml, type TelegramMarkupProblem } from './telegram-html';

/**
 * What the share panel warns about before publishing: what is missing, too long or too small. Each warning
 * has a stable code (for the UI and tests) and a catalogue message with its numbers; no words are written here.
 */

/** Open Graph's large card needs at least this; 1200×630 is recommended (UKRAINIAN.md §5). */
export const SHARE_IMAGE_MIN = { width: 600, height: 315 } as const;
/** Facebook's limit on a shared image file. */
export const SHARE_IMAGE_MAX_BYTES = 8 * 1024 * 1024;
/** The Open Graph card's shape (1200×630); an image this far from it is cropped by each platform its own way. */
export const SHARE_IMAGE_RATIO = 1.91;
const RATIO_TOLERANCE = 0.05;

export type ShareWarningCode =
  | 'title.missing'
  | 'description.missing'
  | 'image.missing'
  | 'image.altMissing'
  | 'image.tooSmall'
  | 'image.tooHeavy'
  | 'image.noWideCrop'
  | 'seoTitle.tooWide'
  | 'description.tooShort'
  | 'description.tooLong'
  | 'shareTitle.tooLong'
  | 'xTitle.tooLong'
  | 'xDescription.tooLong'
  | 'telegram.captionTooLong'
  | 'telegram.messageTooLong'
  | 'telegram.markupRefused'
  | 'slug.changedAfterPublishing'
  | 'slug.taken';

/** The part of the form a warning belongs to. */
export type ShareWarningField = keyof EffectiveShareFields | 'image' | 'slug';

export interface ShareWarning {
  code: ShareWarningCode;
  field: ShareWarningField;
  /** `error`: the platform refuses it (Telegram's limits); `warning`: it is shown cut, cropped or plain. */
  severity: 'warning' | 'error';
  message: Message;
}

/** The image the share card uses (the share image, else the featured one), as the media check measured it. */
export interface ShareImage {
  /** The size in pixels; null while it is not known yet (the picture still loads): its checks wait for it. */
  width: number | null;
  height: number | null;
  alt: string;
  bytes?: number;
  /** A 1.91:1 crop has been chosen for the card, so the image's own shape does not matter. */
  hasWideCrop?: boolean;
}

export interface ShareCheckInput {
  fields: EffectiveShareFields;
  image: ShareImage | null;
  /** The Telegram post goes as the image's caption (else as a text message). */
  telegramWithPhoto: boolean;
  slug: string;
  /** The slug the article was published under; null before it is published. */
  publishedSlug: string | null;
  /** The slugs of the library's other articles, when known: two pages cannot share an address. */
  takenSlugs?: ReadonlySet<string>;
}

const warn = (code: ShareWarningCode, field: ShareWarningField, msg: Message): ShareWarning => ({
  code,
  field,
  severity: 'warning',
  message: msg,
});

function imageWarnings(image: ShareImage | null): ShareWarning[] {
  if (!image) return [warn('image.missing', 'image', message('share.warning.imageMissing'))];
  const found: ShareWarning[] = [];
  if (image.alt.trim() === '') found.push(warn('image.altMissing', 'image', message('share.warning.imageAltMissing')));
  const { width, height } = image;
  if (width === null || height === null) return found;
  if (width < SHARE_IMAGE_MIN.width || height < SHARE_IMAGE_MIN.height) {
    const params = { width, height, minWidth: SHARE_IMAGE_MIN.width, minHeight: SHARE_IMAGE_MIN.height };
    found.push(warn('image.tooSmall', 'image', message('share.warning.imageTooSmall', params)));
  }
  if (image.bytes !== undefined && image.bytes > SHARE_IMAGE_MAX_BYTES) {
    const params = { megabytes: Math.ceil(image.bytes / 1024 / 1024), limit: SHARE_IMAGE_MAX_BYTES / 1024 / 1024 };
    found.push(warn('image.tooHeavy', 'image', message('share.warning.imageTooHeavy', params)));
  }
  const ratio = height > 0 ? width / height : 0;
  if (!image.hasWideCrop && Math.abs(ratio / SHARE_IMAGE_RATIO - 1) > RATIO_TOLERANCE) {
    found.push(warn('image.noWideCrop', 'image', message('share.warning.imageNoWideCrop', { width, height })));
  }
  return found;
}

function textWarnings(fields: EffectiveShareFields): ShareWarning[] {
  const found: ShareWarning[] = [];
  if (fields.seoTitle.source === 'none') {
    found.push(warn('title.missing', 'seoTitle', message('share.warning.titleMissing')));
  } else {
    const { length, limit, over } = measure('seoTitle', fields.seoTitle.value);
    if (over)
      found.push(warn('seoTitle.tooWide', 'seoTitle', message('share.warning.seoTitleTooWide', { length, limit })));
  }
  if (fields.seoDescription.source === 'none') {
    found.push(warn('description.missing', 'seoDescription', message('share.warning.descriptionMissing')));
  } else {
    const { length, limit, min, over, under } = measure('seoDescription', fields.seoDescription.value);
    const range = { length, min: min ?? 0, max: limit };
    if (under)
      found.push(warn('description.tooShort', 'seoDescription', message('share.warning.descriptionTooShort', range)));
    if (over)
      found.push(warn('description.tooLong', 'seoDescription', message('share.warning.descriptionTooLong', range)));
  }
  const share = measure('shareTitle', fields.shareTitle.value);
  if (share.over) {
    const params = { length: share.length, limit: share.limit };
    found.push(warn('shareTitle.tooLong', 'shareTitle', message('share.warning.shareTitleTooLong', params)));
  }
  const xTitle = measure('xTitle', fields.xTitle.value);
  if (xTitle.over) {
    const params = { length: xTitle.length, limit: xTitle.limit };
    found.push(warn('xTitle.tooLong', 'xTitle', message('share.warning.xTitleTooLong', params)));
  }
  const xDescription = measure('xDescription', fields.xDescription.value);
  if (xDescription.over) {
    const params = { length: xDescription.length, limit: xDescription.limit };
    found.push(warn('xDescription.tooLong', 'xDescription', message('share.warning.xDescriptionTooLong', params)));
  }
  return found;
}

/** Telegram's own words for the first thing its HTML parser refuses (it stops there). */
export function markupProblem({ code, tag }: TelegramMarkupProblem): Message {
  switch (code) {
    case 'unsupportedTag':
      return message('cards.telegramMarkup.unsupportedTag', { tag });
    case 'strayBracket':
      return message('cards.telegramMarkup.strayBracket');
    case 'unexpectedEndTag':
      return message('cards.telegramMarkup.unexpectedEndTag', { tag });
    case 'unclosedTag':
      return message('cards.telegramMarkup.unclosedTag', { tag });
    case 'nestedBlockquote':
      return message('cards.telegramMarkup.nestedBlockquote');
  }
}

/**
 * Telegram refuses a message over 4096 (an error); a caption over 1024 means the photo and the text must go
 * as two messages, which the journalist should know before sending (a warning).
 */
function telegramWarnings({ value: post, source }: EffectiveShareFields['telegramPost'], withPhoto: boolean) {
  const found: ShareWarning[] = [];
  // The journalist's own post goes in HTML parse mode (the composed one is escaped): Telegram refuses bad markup.
  const [problem] = source === 'own' ? parseTelegramHtml(post).problems : [];
  if (problem) {
    const msg = message('cards.telegramMarkupRefused', { problem: markupProblem(problem) });
    found.push({ ...warn('telegram.markupRefused', 'telegramPost', msg), severity: 'error' });
  }
  const caption = measure('telegramCaption', post);
  if (withPhoto && caption.over) {
    const params = { length: caption.length, limit: caption.limit };
    found.push(
      warn('telegram.captionTooLong', 'telegramPost', message('share.warning.telegramCaptionTooLong', params)),
    );
  }
  const text = measure('telegramMessage', post);
  if (text.over) {
    const msg = message('share.warning.telegramMessageTooLong', { length: text.length, limit: text.limit });
    found.push({ ...warn('telegram.messageTooLong', 'telegramPost', msg), severity: 'error' });
  }
  return found;
}

/** Every warning of the share panel, in the order of the form: image, titles, descriptions, Telegram, slug. */
export function shareWarnings(input: ShareCheckInput): ShareWarning[] {
  const found = [
    ...imageWarnings(input.image),
    ...textWarnings(input.fields),
    ...telegramWarnings(input.fields.telegramPost, input.telegramWithPhoto),
  ];
  if (input.slug !== '' && input.takenSlugs?.has(input.slug)) {
    found.push(warn('slug.taken', 'slug', message('cards.slugTaken', { slug: input.slug })));
  }
  if (input.publishedSlug !== null && input.publishedSlug !== input.slug) {
    const msg = message('share.warning.slugChangedAfterPublishing', { published: input.publishedSlug });
    found.push(warn('slug.changedAfterPublishing', 'slug', msg));
  }
  return found;
}

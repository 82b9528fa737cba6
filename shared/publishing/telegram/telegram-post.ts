import { telegramPost, type ShareSource } from '../../share/fallbacks';
import { SHARE_LIMITS } from '../../share/limits';
import { parseTelegramHtml, telegramNodesText, type TelegramMarkupProblem } from '../../share/telegram-html';
import { telegramAttribute, telegramText } from '../../telegram/telegram-html';

/**
 * What a channel post says and in which form it goes, decided before anything is sent: Telegram refuses a text
 * over its limits or markup it cannot parse, and a post cut or refused half-way is worse than one not sent.
 */

/** A photo with the post as its caption, or a text message with the page's link card under it. */
export type TelegramPostShape = 'photo' | 'text';

export interface TelegramPostText {
  /** The `text` or `caption`, in HTML parse mode. */
  html: string;
  /** What a reader sees: the text Telegram counts, and what an update's `text` or `caption` holds. */
  visible: string;
  /** The length Telegram checks: UTF-16 code units of the visible text. */
  length: number;
}

export type TelegramPostProblem =
  | { code: 'markup'; problem: TelegramMarkupProblem }
  | { code: 'empty' }
  | { code: 'messageTooLong'; length: number; limit: number }
  /** A correction of a photo post: its caption cannot grow past 1024, and the photo cannot become a text. */
  | { code: 'captionTooLong'; length: number; limit: number };

export type TelegramPostResult<T> = { ok: true; value: T } | { ok: false; problem: TelegramPostProblem };

const MESSAGE_LIMIT = SHARE_LIMITS.telegramMessage.max;
const CAPTION_LIMIT = SHARE_LIMITS.telegramCaption.max;

/** `&` that starts one of the entities Telegram decodes; any other `&` is the text's own and is escaped. */
const KNOWN_ENTITY = /^&(?:lt|gt|amp|quot|#\d+|#x[0-9a-f]+);/i;
/** A start or end tag (the same reading as shared/share/telegram-html.ts). */
const TAG_AT = /^<\/?[a-zA-Z][a-zA-Z0-9-]*(?:[\s/][^>]*)?>/;

/**
 * The journalist's own post with what is certainly text made safe: a `>` outside a tag and an `&` that begins no
 * entity Telegram knows (`Tom & Jerry`, `&nbsp;`) are escaped, as the preview already shows them. A `<` that
 * starts no tag is left for the markup check: whether it meant a tag is the journalist's to say.
 */
export function escapeBareText(html: string): string {
  let out = '';
  let at = 0;
  while (at < html.length) {
    const char = html[at] ?? '';
    if (char === '<') {
      const tag = TAG_AT.exec(html.slice(at))?.[0];
      if (tag) {
        out += tag;
        at += tag.length;
        continue;
      }
    }
    if (char === '>') out += '&gt;';
    else if (char === '&' && !KNOWN_ENTITY.test(html.slice(at))) out += '&amp;';
    else out += char;
    at += 1;
  }
  return out;
}

function withText(html: string): TelegramPostResult<TelegramPostText> {
  const parsed = parseTelegramHtml(html);
  const [problem] = parsed.problems;
  if (problem) return { ok: false, problem: { code: 'markup', problem } };
  const visible = telegramNodesText(parsed.nodes);
  if (visible.trim() === '') return { ok: false, problem: { code: 'empty' } };
  return { ok: true, value: { html, visible, length: visible.length } };
}

/** Whether the post already carries the page's link, as an address in its text or as a link's target. */
function hasLink(html: string, visible: string, pageUrl: string): boolean {
  return visible.includes(pageUrl) || html.includes(`href="${telegramAttribute(pageUrl)}"`);
}

/**
 * The post's text in HTML parse mode: the article's own Telegram text (written in Telegram's HTML) with the
 * page's link added at the end when it has none, or else the composed post (headline, lead, link: plain text,
 * every character escaped), exactly as the share panel's preview shows it.
 */
export function telegramPostText(article: ShareSource, pageUrl: string): TelegramPostResult<TelegramPostText> {
  const post = telegramPost(article, pageUrl);
  if (post.source !== 'own') return withText(telegramText(post.value));
  const own = withText(escapeBareText(post.value));
  if (!own.ok || hasLink(own.value.html, own.value.visible, pageUrl)) return own;
  return withText(`${own.value.html}\n\n${telegramText(pageUrl)}`);
}

/** A picture as read from the article's folder: what Telegram's sendPhoto limits are checked against. */
export interface TelegramPhotoFacts {
  bytes: number;
  mime: string;
  width: number | null;
  height: number | null;
}

/** sendPhoto: at most 10 MB, width + height at most 10000, a side at most 20 times the other (Bot API). */
export const TELEGRAM_PHOTO_LIMITS = {
  bytes: 10 * 1024 * 1024,
  sides: 10_000,
  ratio: 20,
  mimes: ['image/jpeg', 'image/png', 'image/webp'],
} as const;

/** Whether Telegram takes the picture as a photo; one it would refuse goes as the link card's picture instead. */
export function photoFits(photo: TelegramPhotoFacts): boolean {
  const limits = TELEGRAM_PHOTO_LIMITS;
  if (photo.bytes === 0 || photo.bytes > limits.bytes) return false;
  if (!(limits.mimes as readonly string[]).includes(photo.mime)) return false;
  const { width, height } = photo;
  if (width === null || height === null) return true;
  return width + height <= limits.sides && Math.max(width, height) <= limits.ratio * Math.min(width, height);
}

/**
 * The form of a new post: a photo with the text as its caption when there is a photo and the caption fits
 * 1024; otherwise one text message (up to 4096) whose link card shows the page's picture. Never two messages:
 * one message is one id to correct or withdraw, and nothing of the post can be left half-sent.
 */
export function planTelegramPost(text: TelegramPostText, withPhoto: boolean): TelegramPostResult<TelegramPostShape> {
  if (withPhoto && text.length <= CAPTION_LIMIT) return { ok: true, value: 'photo' };
  if (text.length <= MESSAGE_LIMIT) return { ok: true, value: 'text' };
  return { ok: false, problem: { code: 'messageTooLong', length: text.length, limit: MESSAGE_LIMIT } };
}

/** A correction keeps the post's form: Telegram edits a caption or a text, it cannot turn one into the other. */
export function planTelegramCorrection(
  text: TelegramPostText,
  shape: TelegramPostShape,
): TelegramPostResult<TelegramPostShape> {
  const limit = shape === 'photo' ? CAPTION_LIMIT : MESSAGE_LIMIT;
  if (text.length <= limit) return { ok: true, value: shape };
  const code = shape === 'photo' ? 'captionTooLong' : 'messageTooLong';
  return { ok: false, problem: { code, length: text.length, limit } };
}

/** Whether a post in the channel says exactly this (Telegram trims a message's ends; it keeps the rest). */
export function sameVisibleText(posted: string, text: TelegramPostText): boolean {
  return posted.trim() === text.visible.trim();
}

/**
 * The channel a Telegram target posts to, as the editor writes it: `@name` (a public channel's username) or the
 * numeric id Telegram gives a channel, `-100…` (a private one). Anything else is refused before a request.
 */
export type TelegramChannel =
  { kind: 'username'; chatId: string; username: string } | { kind: 'id'; chatId: string; id: number };

/** Telegram's usernames: 5–32 characters, a letter first, letters, digits and underscores. */
const USERNAME = /^@([a-zA-Z][a-zA-Z0-9_]{3,30}[a-zA-Z0-9])$/;
/** A channel's id: -100 and its own number; beyond 2^53 it would not survive JSON. */
const CHANNEL_ID = /^-100\d{1,13}$/;

export function parseTelegramChannel(written: string): TelegramChannel | null {
  const text = written.trim();
  const username = USERNAME.exec(text)?.[1];
  if (username) return { kind: 'username', chatId: `@${username}`, username };
  if (CHANNEL_ID.test(text)) return { kind: 'id', chatId: text, id: Number(text) };
  return null;
}

/** The chat of an answer or an update, as far as these modules read it. */
export interface TelegramChatRef {
  id: number;
  username?: string;
}

/** Whether a chat Telegram names is this channel (usernames are case-insensitive). */
export function isTelegramChannel(chat: TelegramChatRef, channel: TelegramChannel): boolean {
  return channel.kind === 'id'
    ? chat.id === channel.id
    : (chat.username ?? '').toLowerCase() === channel.username.toLowerCase();
}

/** A post's address: `t.me/<name>/<id>` for a public channel, `t.me/c/<id>/<id>` (members only) for a private one. */
export function telegramPostUrl(chat: TelegramChatRef, messageId: number): string {
  if (chat.username) return `https://t.me/${chat.username}/${messageId}`;
  const internal = String(chat.id).replace(/^-100/, '');
  return `https://t.me/c/${internal}/${messageId}`;
}

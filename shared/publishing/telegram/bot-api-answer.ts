/**
 * The Bot API's answers: `{ ok: true, result }` or `{ ok: false, error_code, description, parameters? }`
 * (core.telegram.org/bots/api#making-requests). Its descriptions are English and not a stable contract, so
 * they are read here once, into the few refusals the publishing target tells apart; nothing else reads them
 * and none of them reaches a person.
 */

export interface BotApiErrorAnswer {
  ok: false;
  error_code: number;
  description: string;
  parameters?: { retry_after?: number; migrate_to_chat_id?: number };
}

export type BotApiRefusal =
  /** The token is not a bot's (401), or so malformed Telegram knows no such path (404). */
  | 'unauthorized'
  | 'chatNotFound'
  /** Not in the channel, or there without the right to post, edit or delete. */
  | 'notAdmin'
  | 'tooManyRequests'
  /** An edit to what the message already says: Telegram's error, our success. */
  | 'notModified'
  /** The message to edit or delete is not there (deleted in the channel, or never was). */
  | 'messageGone'
  /** Telegram keeps the message but will not delete it: too old, or the bot may not. */
  | 'cannotDelete'
  | 'markup'
  | 'tooLong'
  | 'photoRefused'
  /** getUpdates while a webhook is set or another getUpdates runs. */
  | 'conflict'
  /** A group became a supergroup with another id. */
  | 'migrated'
  | 'serverError'
  | 'other';

export interface BotApiErrorReading {
  refusal: BotApiRefusal;
  /** 429's `retry_after`, in milliseconds. */
  retryAfterMs: number | null;
}

const RULES: ReadonlyArray<readonly [RegExp, BotApiRefusal]> = [
  [/message is not modified/i, 'notModified'],
  [/message to (?:edit|delete) not found|message_id_invalid/i, 'messageGone'],
  [/message can'?t be deleted/i, 'cannotDelete'],
  [/can'?t parse entities/i, 'markup'],
  [/(?:message|caption) is too long|text is too long/i, 'tooLong'],
  [/chat not found/i, 'chatNotFound'],
  [
    /not a member|was kicked|need administrator rights|not enough rights|have no rights|chat_admin_required/i,
    'notAdmin',
  ],
  [/photo|image_process_failed|wrong file|http url|web page content|wrong type/i, 'photoRefused'],
];

export function readBotApiError(answer: BotApiErrorAnswer): BotApiErrorReading {
  const code = answer.error_code;
  const retryAfter = answer.parameters?.retry_after;
  if (code === 429) {
    const seconds = typeof retryAfter === 'number' && retryAfter > 0 ? retryAfter : 1;
    return { refusal: 'tooManyRequests', retryAfterMs: seconds * 1000 };
  }
  const only = (refusal: BotApiRefusal): BotApiErrorReading => ({ refusal, retryAfterMs: null });
  if (code === 401 || code === 404) return only('unauthorized');
  if (code === 409) return only('conflict');
  if (code >= 500) return only('serverError');
  if (answer.parameters?.migrate_to_chat_id !== undefined) return only('migrated');
  const description = typeof answer.description === 'string' ? answer.description : '';
  for (const [pattern, refusal] of RULES) if (pattern.test(description)) return only(refusal);
  return only(code === 403 ? 'notAdmin' : 'other');
}

/** Whether a parsed body is an answer of the Bot API at all (a proxy's HTML page is not). */
export function isBotApiAnswer(body: unknown): body is { ok: true; result: unknown } | BotApiErrorAnswer {
  if (typeof body !== 'object' || body === null || !('ok' in body)) return false;
  const answer = body as { ok: unknown; error_code?: unknown };
  return answer.ok === true ? 'result' in body : answer.ok === false && typeof answer.error_code === 'number';
}

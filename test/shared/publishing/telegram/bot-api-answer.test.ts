import { describe, expect, it } from 'vitest';
import { isBotApiAnswer, readBotApiError } from '../../../../shared/publishing/telegram/bot-api-answer';

const refusal = (error_code: number, description: string, parameters?: Record<string, number>) =>
  readBotApiError({ ok: false, error_code, description, ...(parameters ? { parameters } : {}) }).refusal;

describe('readBotApiError', () => {
  it('reads 429 with its retry_after in milliseconds', () => {
    const reading = readBotApiError({
      ok: false,
      error_code: 429,
      description: 'Too Many Requests: retry after 7',
      parameters: { retry_after: 7 },
    });
    expect(reading).toEqual({ refusal: 'tooManyRequests', retryAfterMs: 7000 });
  });

  it('tells apart the refusals the target acts on', () => {
    expect(refusal(401, 'Unauthorized')).toBe('unauthorized');
    expect(refusal(404, 'Not Found')).toBe('unauthorized');
    expect(refusal(400, 'Bad Request: chat not found')).toBe('chatNotFound');
    expect(refusal(403, 'Forbidden: bot is not a member of the channel chat')).toBe('notAdmin');
    expect(refusal(400, 'Bad Request: need administrator rights in the channel chat')).toBe('notAdmin');
    expect(
      refusal(
        400,
        'Bad Request: message is not modified: specified new message content and reply markup are exactly the same',
      ),
    ).toBe('notModified');
    expect(refusal(400, 'Bad Request: message to edit not found')).toBe('messageGone');
    expect(refusal(400, 'Bad Request: message to delete not found')).toBe('messageGone');
    expect(refusal(400, "Bad Request: message can't be deleted")).toBe('cannotDelete');
    expect(refusal(400, 'Bad Request: can\'t parse entities: Unsupported start tag "h1" at byte offset 0')).toBe(
      'markup',
    );
    expect(refusal(400, 'Bad Request: message is too long')).toBe('tooLong');
    expect(refusal(400, 'Bad Request: message caption is too long')).toBe('tooLong');
    expect(refusal(400, 'Bad Request: IMAGE_PROCESS_FAILED')).toBe('photoRefused');
    expect(refusal(409, "Conflict: can't use getUpdates method while webhook is active")).toBe('conflict');
    expect(
      refusal(400, 'Bad Request: group chat was upgraded to a supergroup chat', { migrate_to_chat_id: -1001 }),
    ).toBe('migrated');
    expect(refusal(502, 'Bad Gateway')).toBe('serverError');
    expect(refusal(400, 'Bad Request: something new')).toBe('other');
  });
});

describe('isBotApiAnswer', () => {
  it('knows the Bot API’s answers from anything else', () => {
    expect(isBotApiAnswer({ ok: true, result: [] })).toBe(true);
    expect(isBotApiAnswer({ ok: false, error_code: 400, description: 'x' })).toBe(true);
    expect(isBotApiAnswer({ ok: true })).toBe(false);
    expect(isBotApiAnswer('<html>502</html>')).toBe(false);
    expect(isBotApiAnswer(null)).toBe(false);
  });
});

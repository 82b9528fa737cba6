import { message, type Message } from '../../../../shared/i18n/message';
import type { TelegramChannel } from '../../../../shared/publishing/telegram/telegram-channel';
import type { TelegramPostProblem } from '../../../../shared/publishing/telegram/telegram-post';
import { markupProblem } from '../../../../shared/share/warnings';
import { PublishError, type FailureOutcome } from '../publish-target';
import { BotApiFailure } from './bot-api-client';
import { TurnCancelled } from './chat-pacer';

/** A post refused before any request: the journalist or the editor changes the text. */
export function postProblemError(problem: TelegramPostProblem): PublishError {
  switch (problem.code) {
    case 'markup':
      return new PublishError(
        'rejected',
        message('publish.telegram.markupRefused', { problem: markupProblem(problem.problem) }),
      );
    case 'empty':
      return new PublishError('rejected', message('publish.telegram.empty'));
    case 'messageTooLong':
      return new PublishError('rejected', message('publish.telegram.messageTooLong', problem));
    case 'captionTooLong':
      return new PublishError('rejected', message('publish.telegram.captionTooLong', problem));
  }
}

/**
 * A failed call as the outbox reads it. `unknownReason` is what an unknown outcome means for this call: for a
 * new post "we will look before sending again"; an edit or a deletion simply repeats.
 */
export function callError(error: unknown, channel: TelegramChannel, unknownReason: Message): PublishError {
  if (error instanceof PublishError) return error;
  if (error instanceof TurnCancelled) return new PublishError('not-sent', message('publish.telegram.cancelled'));
  // Nothing else is thrown on the way to Telegram; should it be, the request may have left: look before resending.
  if (!(error instanceof BotApiFailure)) return new PublishError('unknown', unknownReason);
  switch (error.kind) {
    case 'no-token':
      return new PublishError('rejected', message('publish.telegram.noToken'));
    case 'not-sent':
      return new PublishError('not-sent', message('publish.telegram.unreachable'));
    case 'unknown': {
      const server = error.reading?.refusal === 'serverError';
      return new PublishError('unknown', server ? message('publish.telegram.serverError') : unknownReason);
    }
    case 'refused':
      break;
  }
  const reading = error.reading;
  const refused = (reason: Message, outcome: FailureOutcome = 'rejected') => new PublishError(outcome, reason);
  const named = { channel: channel.chatId };
  switch (reading?.refusal) {
    case 'tooManyRequests': {
      const ms = reading.retryAfterMs ?? 1000;
      const seconds = Math.ceil(ms / 1000);
      return new PublishError('not-sent', message('publish.telegram.tooManyRequests', { seconds }), ms);
    }
    case 'unauthorized':
      return refused(message('publish.telegram.wrongToken'));
    case 'chatNotFound':
      return refused(message('publish.telegram.channelNotFound', named));
    case 'notAdmin':
    case 'migrated':
      return refused(message('publish.telegram.notAdmin', named));
    case 'markup':
      return refused(message('publish.telegram.refused'));
    case 'photoRefused':
      return refused(message('publish.telegram.photoRefused'));
    case 'messageGone':
      return refused(message('publish.telegram.postGone'));
    case 'cannotDelete':
      return refused(message('publish.telegram.cannotDelete'));
    default:
      return refused(message('publish.telegram.refused'));
  }
}

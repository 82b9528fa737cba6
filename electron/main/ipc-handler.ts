import type { IpcMainInvokeEvent, WebContents } from 'electron';
import type { HandlerTable, MethodName } from '../../shared/api/contract';
import { ApiError } from '../../shared/api/errors';
import { message } from '../../shared/i18n/message';
import type { Envelope } from '../../shared/api/result';
import { dispatch } from '../services/api/dispatch';
import { isTrustedSender, type SenderInfo } from './sender-check';

export const FORBIDDEN_SENDER: Envelope<never> = {
  ok: false,
  error: new ApiError('forbidden-sender', message('error.api.foreignSender')).toJSON(),
};

/** The parts of an invoke event the check reads; a real IpcMainInvokeEvent satisfies it. */
export type InvokeEventLike = Pick<IpcMainInvokeEvent, 'sender' | 'senderFrame'>;

/**
 * The `ipcMain.handle` listener of one method. The sender is checked before the argument is looked
 * at; `dispatch` then validates the argument with the contract's schema. Replies are always envelopes.
 */
export function createIpcHandler(
  handlers: HandlerTable,
  method: MethodName,
  ownsContents: (contents: WebContents) => boolean,
): (event: InvokeEventLike, input: unknown) => Promise<Envelope<unknown>> {
  return async (event, input) => {
    if (!isTrustedSender(describeSender(event, ownsContents))) {
      console.warn(`IPC ${method}: refused a request from a foreign sender.`);
      return FORBIDDEN_SENDER;
    }
    return dispatch(handlers, method, input);
  };
}

function describeSender(event: InvokeEventLike, ownsContents: (contents: WebContents) => boolean): SenderInfo {
  const denied: SenderInfo = { frameUrl: null, isTopFrame: false, fromOwnWindow: false };
  try {
    const frame = event.senderFrame;
    if (!frame) return denied;
    return { frameUrl: frame.url, isTopFrame: frame.parent === null, fromOwnWindow: ownsContents(event.sender) };
  } catch {
    // A frame disposed while the call was in flight throws on access: nobody to answer.
    return denied;
  }
}

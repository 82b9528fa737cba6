import { isAppUrl } from './app-url';

/** What main knows about the frame behind an IPC call. */
export interface SenderInfo {
  /** URL of `event.senderFrame`; null when there is no frame (it was destroyed or navigated away). */
  frameUrl: string | null;
  /** Only the top frame gets the preload; an iframe (the article preview) must never call the API. */
  isTopFrame: boolean;
  /** The sender's webContents belongs to a window this app created. */
  fromOwnWindow: boolean;
}

export function isTrustedSenderUrl(frameUrl: string | null | undefined): boolean {
  return isAppUrl(frameUrl);
}

/** Every IPC handler runs this before looking at its argument. */
export function isTrustedSender(sender: SenderInfo): boolean {
  return sender.fromOwnWindow && sender.isTopFrame && isTrustedSenderUrl(sender.frameUrl);
}

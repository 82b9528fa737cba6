import { ipcMain, type WebContents } from 'electron';
import { eventChannel, methodChannel } from '../../shared/api/channels';
import { METHOD_NAMES, type HandlerTable } from '../../shared/api/contract';
import type { EventBus } from '../services/api/event-bus';
import { createIpcHandler } from './ipc-handler';
import { followViewLifetimes } from './view-lifetimes';

/**
 * One `ipcMain.handle` per contract method, each checking its sender first. The views a window announces
 * (`view.opened`) are left for it when its page goes away.
 */
export function registerApiHandlers(
  handlers: HandlerTable,
  ownsContents: (contents: WebContents) => boolean,
  leaveView: (view: string) => void,
): () => void {
  const follow = followViewLifetimes(leaveView);
  for (const method of METHOD_NAMES) {
    const handle = createIpcHandler(handlers, method, ownsContents);
    ipcMain.handle(
      methodChannel(method),
      method === 'view.opened'
        ? async (event, input: unknown) => {
            const reply = await handle(event, input);
            if (reply.ok) follow(event.sender, (input as { view: string }).view);
            return reply;
          }
        : handle,
    );
  }
  return () => {
    for (const method of METHOD_NAMES) ipcMain.removeHandler(methodChannel(method));
  };
}

/** Forwards service events to the page of every open window. */
export function forwardEvents(bus: EventBus, windowsContents: () => WebContents[]): () => void {
  return bus.subscribe((event, payload) => {
    for (const contents of windowsContents()) {
      if (!contents.isDestroyed()) contents.send(eventChannel(event), payload);
    }
  });
}

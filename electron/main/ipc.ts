import { ipcMain, type WebContents } from 'electron';
import { eventChannel, methodChannel } from '../../shared/api/channels';
import { METHOD_NAMES, type HandlerTable } from '../../shared/api/contract';
import type { EventBus } from '../services/api/event-bus';
import { createIpcHandler } from './ipc-handler';

/** One `ipcMain.handle` per contract method, each checking its sender first. */
export function registerApiHandlers(
  handlers: HandlerTable,
  ownsContents: (contents: WebContents) => boolean,
): () => void {
  for (const method of METHOD_NAMES) {
    ipcMain.handle(methodChannel(method), createIpcHandler(handlers, method, ownsContents));
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

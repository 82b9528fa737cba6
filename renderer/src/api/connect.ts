import type { AppCommand, PreloadBridge } from '../../../shared/api/bridge';
import { BRIDGE_GLOBAL } from '../../../shared/api/channels';
import type { ShpaltaApi } from '../../../shared/api/contract';
import { createBridgeApi } from './bridge-client';
import { createHttpApi } from './http-client';
import { VIEW_ID } from './view-id';
import { reportUnsavedEdits } from '../updates/unsaved-report';

export interface Connection {
  api: ShpaltaApi;
  host: 'electron' | 'browser';
  /** Menu commands (Electron only; the browser has no application menu). */
  onCommand(listener: (command: AppCommand) => void): () => void;
  /** The host was lost or is back (browser mode; Electron's host lives as long as the window). */
  onHostReachable(listener: (reachable: boolean) => void): () => void;
}

export function connect(win: Window): Connection {
  const bridge = (win as unknown as Record<string, PreloadBridge | undefined>)[BRIDGE_GLOBAL];
  if (bridge) {
    const api = createBridgeApi(bridge);
    reportUnsavedEdits(api);
    return {
      api,
      host: 'electron',
      onCommand: (listener) => bridge.onCommand((command) => listener(command as AppCommand)),
      onHostReachable: () => () => undefined,
    };
  }
  const api = createHttpApi(win.location.origin, VIEW_ID);
  return {
    api,
    host: 'browser',
    onCommand: () => () => undefined,
    onHostReachable: (listener) => api.onHostReachable(listener),
  };
}

import { contextBridge, ipcRenderer } from 'electron';
import { BRIDGE_GLOBAL } from '../../shared/api/channels';
import { createPreloadBridge } from './bridge';

// Runs sandboxed, before the page, bundled into one CommonJS file whose only import is electron.
contextBridge.exposeInMainWorld(BRIDGE_GLOBAL, createPreloadBridge(ipcRenderer));

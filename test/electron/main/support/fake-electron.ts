/**
 * A stand-in for the `electron` module, swapped in by an esbuild alias when the composition test
 * bundles electron/main. It records what the host asks of Electron; the test drives and inspects it
 * through `globalThis.__fakeElectron`. It implements only what the host uses.
 */
import { EventEmitter } from 'node:events';

type Handler = (...args: never[]) => unknown;

export interface FakeElectronState {
  ready: boolean;
  privileged: { scheme: string; privileges?: Record<string, boolean> }[] | null;
  privilegedBeforeReady: boolean;
  sandboxEnabled: boolean;
  paths: Record<string, string>;
  ipcHandlers: Map<string, Handler>;
  protocolHandlers: Map<string, (request: Request) => Promise<Response>>;
  sessionHandlers: Record<string, Handler>;
  windows: FakeBrowserWindow[];
  menu: unknown[] | null;
  opened: string[];
  errorBoxes: [string, string][];
  exitCode: number | null;
  switches: Record<string, string>;
  fireReady(): void;
  /** Emits an app event, e.g. 'will-quit'. */
  emitApp(event: string, ...args: unknown[]): void;
}

/** Set by the test before it imports the bundle: the profile folders and command-line switches. */
const config = ((globalThis as Record<string, unknown>)['__fakeElectronConfig'] ?? {}) as {
  paths?: Record<string, string>;
  switches?: Record<string, string>;
};

const appEmitter = new EventEmitter();
let resolveReady: () => void = () => undefined;
const readyPromise = new Promise<void>((resolve) => (resolveReady = resolve));

const state: FakeElectronState = {
  ready: false,
  privileged: null,
  privilegedBeforeReady: false,
  sandboxEnabled: false,
  paths: { ...config.paths },
  ipcHandlers: new Map(),
  protocolHandlers: new Map(),
  sessionHandlers: {},
  windows: [],
  menu: null,
  opened: [],
  errorBoxes: [],
  exitCode: null,
  switches: { ...config.switches },
  fireReady() {
    state.ready = true;
    resolveReady();
  },
  emitApp: (event, ...args) => void appEmitter.emit(event, ...args),
};
(globalThis as Record<string, unknown>)['__fakeElectron'] = state;
export const app = Object.assign(appEmitter, {
  isPackaged: false,
  commandLine: { getSwitchValue: (name: string) => state.switches[name] ?? '' },
  setPath: (name: string, value: string) => void (state.paths[name] = value),
  getPath: (name: string) => {
    const value = state.paths[name];
    if (value === undefined) throw new Error(`no path ${name}`);
    return value;
  },
  getName: () => 'Шпальта',
  getVersion: () => '0.0.0-test',
  enableSandbox: () => void (state.sandboxEnabled = true),
  setAppUserModelId: () => undefined,
  requestSingleInstanceLock: () => true,
  whenReady: () => readyPromise,
  quit: () => undefined,
  exit: (code: number) => void (state.exitCode = code),
});

export const protocol = {
  registerSchemesAsPrivileged(schemes: FakeElectronState['privileged']) {
    state.privileged = schemes;
    state.privilegedBeforeReady = !state.ready;
  },
  handle(scheme: string, handler: (request: Request) => Promise<Response>) {
    if (!state.ready) throw new Error('protocol.handle before ready');
    state.protocolHandlers.set(scheme, handler);
  },
};

export const ipcMain = {
  handle(channel: string, handler: Handler) {
    if (state.ipcHandlers.has(channel)) throw new Error(`second handler for ${channel}`);
    state.ipcHandlers.set(channel, handler);
  },
  removeHandler: (channel: string) => void state.ipcHandlers.delete(channel),
  on: () => undefined, // electron-store's own channel
};

export const session = {
  defaultSession: {
    setPermissionRequestHandler: (handler: Handler) => void (state.sessionHandlers['request'] = handler),
    setPermissionCheckHandler: (handler: Handler) => void (state.sessionHandlers['check'] = handler),
    setDevicePermissionHandler: (handler: Handler) => void (state.sessionHandlers['device'] = handler),
    on: (event: string, handler: Handler) => void (state.sessionHandlers[event] = handler),
  },
};

export const dialog = {
  showErrorBox: (title: string, message: string) => void state.errorBoxes.push([title, message]),
  showMessageBox: async () => ({ response: 0 }),
};

/** Linux without a keyring: Electron would seal with a fixed key, so the app keeps tokens in its plain file. */
export const safeStorage = {
  isEncryptionAvailable: () => true,
  getSelectedStorageBackend: () => 'basic_text',
  encryptString: (plain: string) => Buffer.from(plain, 'utf8'),
  decryptString: (sealed: Buffer) => sealed.toString('utf8'),
};

export const shell = {
  openExternal: async (url: string) => void state.opened.push(url),
};

export const Menu = {
  buildFromTemplate: (template: unknown[]) => template,
  setApplicationMenu: (menu: unknown[]) => void (state.menu = menu),
};

let nextId = 1;

export class FakeWebContents extends EventEmitter {
  readonly id = nextId++;
  readonly sent: [string, unknown][] = [];
  windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null;
  destroyed = false;
  send(channel: string, payload: unknown): void {
    this.sent.push([channel, payload]);
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }): void {
    this.windowOpenHandler = handler;
  }
}

export class FakeBrowserWindow extends EventEmitter {
  readonly webContents = new FakeWebContents();
  url: string | null = null;
  shown = false;
  destroyed = false;
  constructor(readonly options: Record<string, unknown>) {
    super();
    state.windows.push(this);
    appEmitter.emit('web-contents-created', {}, this.webContents);
  }
  loadURL(url: string): Promise<void> {
    this.url = url;
    return Promise.resolve();
  }
  show(): void {
    this.shown = true;
  }
  focus(): void {}
  restore(): void {}
  isMinimized(): boolean {
    return false;
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  static getFocusedWindow(): FakeBrowserWindow | null {
    return null;
  }
  static getAllWindows(): FakeBrowserWindow[] {
    return state.windows;
  }
}

export const BrowserWindow = FakeBrowserWindow;

export default { app, protocol, ipcMain, session, dialog, safeStorage, shell, Menu, BrowserWindow };

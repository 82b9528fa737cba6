import type { BrowserWindowConstructorOptions } from 'electron';

export interface WindowOptionsInput {
  /** Absolute path of out/preload/index.cjs. */
  preloadPath: string;
  /** The app's name in the UI language (the catalogue's `app.title`), shown until the page sets its own. */
  title: string;
}

/**
 * Options of every app window. The security flags are spelled out even where they match Electron's
 * defaults, so a future default change or a careless edit shows up in the unit test.
 */
export function mainWindowOptions({ preloadPath, title }: WindowOptionsInput): BrowserWindowConstructorOptions {
  return {
    title,
    width: 1280,
    height: 860,
    minWidth: 720,
    minHeight: 480,
    // Shown on ready-to-show, so the user never sees an empty white frame.
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      // A middle click opens links in a new window; the window-open handler denies those, and this stops the event.
      disableBlinkFeatures: 'Auxclick',
      // The editor brings its own Ukrainian spellchecker; Chromium's would underline twice.
      spellcheck: false,
    },
  };
}

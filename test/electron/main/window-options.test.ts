import { describe, expect, it } from 'vitest';
import { mainWindowOptions } from '../../../electron/main/window-options';

describe('mainWindowOptions', () => {
  const options = mainWindowOptions({ preloadPath: '/app/out/preload/index.cjs', title: 'Шпальта' });
  const prefs = options.webPreferences ?? {};

  it('isolates the page from Node and Electron', () => {
    expect(prefs.contextIsolation).toBe(true);
    expect(prefs.sandbox).toBe(true);
    expect(prefs.nodeIntegration).toBe(false);
    expect(prefs.nodeIntegrationInWorker).toBe(false);
    expect(prefs.nodeIntegrationInSubFrames).toBe(false);
    expect(prefs.webviewTag).toBe(false);
  });

  it('keeps web security on', () => {
    expect(prefs.webSecurity).toBe(true);
    expect(prefs.allowRunningInsecureContent).toBe(false);
    expect(prefs.experimentalFeatures).toBe(false);
    expect(prefs.navigateOnDragDrop).toBe(false);
    // A middle click (auxclick) would ask for a new window; the handler denies it, this keeps the event away.
    expect(prefs.disableBlinkFeatures).toBe('Auxclick');
  });

  it('has no remote module, no Node anywhere and no preference nobody reviewed', () => {
    // A new key (enableRemoteModule, enableBlinkFeatures, additionalArguments, plugins…) fails here until it is
    // looked at; Electron removed the remote module in 14, and it must not come back by a flag.
    expect(Object.keys(prefs).sort()).toEqual([
      'allowRunningInsecureContent',
      'contextIsolation',
      'disableBlinkFeatures',
      'experimentalFeatures',
      'navigateOnDragDrop',
      'nodeIntegration',
      'nodeIntegrationInSubFrames',
      'nodeIntegrationInWorker',
      'preload',
      'safeDialogs',
      'sandbox',
      'spellcheck',
      'webSecurity',
      'webviewTag',
    ]);
    expect(prefs).not.toHaveProperty('enableRemoteModule');
    expect(prefs).not.toHaveProperty('enableBlinkFeatures');
    expect(prefs).not.toHaveProperty('additionalArguments');
  });

  it('leaves spellchecking to the editor', () => {
    expect(prefs.spellcheck).toBe(false);
  });

  it('loads the bundled preload and carries the title it is given', () => {
    expect(prefs.preload).toBe('/app/out/preload/index.cjs');
    expect(options.title).toBe('Шпальта');
    expect(mainWindowOptions({ preloadPath: '/p', title: 'Shpalta' }).title).toBe('Shpalta');
  });

  it('shows only when ready and has a usable minimum size', () => {
    expect(options.show).toBe(false);
    expect(options.minWidth).toBeGreaterThanOrEqual(640);
    expect(options.minHeight).toBeGreaterThanOrEqual(400);
    expect(options.width).toBeGreaterThanOrEqual(options.minWidth ?? 0);
    expect(options.height).toBeGreaterThanOrEqual(options.minHeight ?? 0);
  });
});

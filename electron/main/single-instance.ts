import { app } from 'electron';

/**
 * Two instances would watch and write the same library. The second one quits and the first comes
 * to the front. Returns false in the instance that must quit.
 */
export function claimSingleInstance(onSecondInstance: () => void): boolean {
  if (!app.requestSingleInstanceLock()) return false;
  app.on('second-instance', onSecondInstance);
  return true;
}

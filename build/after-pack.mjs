// electron-builder's afterPack hook: flips the fuses of build/fuses.mjs in the packaged Electron binary,
// then reads them back and stops the build if any differs. It runs after the app and its asar integrity
// are in place and before electron-builder signs, so the signature covers the flipped fuses.
import path from 'node:path';
import { flipFuses, getCurrentFuseWire } from '@electron/fuses';
import { compareFuseWire, formatDifferences, fuseConfig } from './fuses.mjs';

/**
 * The Electron binary (or .app bundle) electron-builder just packed, from the fields of its AfterPackContext
 * this hook uses: Linux names it after executableName, Windows and macOS after the product's file name.
 */
export function packagedBinary(context) {
  const { appOutDir, electronPlatformName, packager } = context;
  switch (electronPlatformName) {
    case 'linux':
      return path.join(appOutDir, packager.executableName);
    case 'win32':
      return path.join(appOutDir, `${packager.appInfo.productFilename}.exe`);
    case 'darwin':
    case 'mas':
      return path.join(appOutDir, `${packager.appInfo.productFilename}.app`);
    default:
      throw new Error(`No packaged binary known for platform ${electronPlatformName}`);
  }
}

export default async function afterPack(context) {
  const binary = packagedBinary(context);
  // Flipping a fuse breaks the signature macOS keeps on Electron; Apple silicon runs no unsigned code, so the
  // ad-hoc signature is renewed here and replaced by the real one when a signing identity exists.
  const darwin = context.electronPlatformName === 'darwin' || context.electronPlatformName === 'mas';
  await flipFuses(binary, fuseConfig({ resetAdHocDarwinSignature: darwin }));
  const differences = compareFuseWire(await getCurrentFuseWire(binary));
  if (differences.length > 0) {
    throw new Error(`Electron fuses of ${binary} differ from build/fuses.mjs:\n${formatDifferences(differences)}`);
  }
  console.log(`  • Electron fuses flipped as build/fuses.mjs says  binary=${binary}`);
}

export { afterPack };

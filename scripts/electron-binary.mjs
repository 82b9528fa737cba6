// Finds the Electron executable the way the `electron` package does, without loading that package:
// requiring it downloads the binary when it is missing, and this machine has no internet for that.
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** node_modules/electron of this repository. */
export const DEFAULT_ELECTRON_DIR = fileURLToPath(new URL('../node_modules/electron', import.meta.url));

/**
 * The absolute path of the Electron executable, or null when it is not installed (for example after
 * `npm ci` with ELECTRON_SKIP_BINARY_DOWNLOAD=1). The package writes the executable's path, relative
 * to its dist/ folder, into path.txt once the download is unpacked.
 */
export function findElectronBinary(electronDir = DEFAULT_ELECTRON_DIR) {
  const pathFile = path.join(electronDir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const relative = readFileSync(pathFile, 'utf8').trim();
  if (relative === '') return null;
  const dist = path.join(electronDir, 'dist');
  const binary = path.resolve(dist, relative);
  if (!binary.startsWith(dist + path.sep)) return null;
  try {
    return statSync(binary).isFile() ? binary : null;
  } catch {
    return null;
  }
}

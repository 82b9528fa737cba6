import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { newToken } from './token';

/** Next to settings.json, never inside it: settings are shown, exported and logged; this is not. */
export const SESSION_SECRET_FILE = 'browser-session.key';

/**
 * The browser-mode session secret (the sign-in cookie's value), kept in the user-data folder so a tab
 * signed in before `npm run serve` restarts is still signed in after it. Only this user may read it.
 */
export async function loadSessionSecret(userDataDir: string): Promise<string> {
  const file = path.join(userDataDir, SESSION_SECRET_FILE);
  const kept = await readSecret(file);
  if (kept.secret) {
    await chmod(file, 0o600); // a copy or an unpacked backup may have widened it
    return kept.secret;
  }
  await mkdir(userDataDir, { recursive: true });
  const secret = newToken();
  if (kept.exists) {
    await writeFile(file, secret, { mode: 0o600 });
    await chmod(file, 0o600);
    return secret;
  }
  try {
    // 'wx': of two hosts starting at once, the second reads what the first wrote.
    await writeFile(file, secret, { mode: 0o600, flag: 'wx' });
    return secret;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    const { secret: written } = await readSecret(file);
    if (!written) throw error;
    return written;
  }
}

/** The kept secret, if the file holds one; `exists` tells a damaged file from none. */
async function readSecret(file: string): Promise<{ exists: boolean; secret: string | null }> {
  try {
    const text = (await readFile(file, 'utf8')).trim();
    return { exists: true, secret: /^[A-Za-z0-9_-]{32,}$/.test(text) ? text : null };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { exists: false, secret: null };
    throw error;
  }
}

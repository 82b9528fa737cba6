import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

const PORT_FILE = 'browser-port';

/**
 * The port browser mode listened on last time with this user-data folder. An open tab's address names its
 * port; starting on the same one after `npm run serve` restarts lets that tab (still signed in by its
 * cookie) reconnect and send what it kept. Null when there is none or it is not a port.
 */
export async function readRememberedPort(userDataDir: string): Promise<number | null> {
  try {
    const text = (await readFile(path.join(userDataDir, PORT_FILE), 'utf8')).trim();
    const port = Number(text);
    return /^\d+$/.test(text) && port > 0 && port <= 65535 ? port : null;
  } catch {
    return null;
  }
}

export async function rememberPort(userDataDir: string, port: number): Promise<void> {
  await writeFile(path.join(userDataDir, PORT_FILE), `${port}\n`);
}

/** Starts on the preferred port; if another program holds it, on any free one. */
export async function startOnPreferredPort<T>(preferred: number, start: (port: number) => Promise<T>): Promise<T> {
  if (preferred === 0) return start(0);
  try {
    return await start(preferred);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw error;
    return start(0);
  }
}

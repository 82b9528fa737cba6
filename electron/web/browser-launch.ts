import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { createTranslator } from '../../shared/i18n/translate';

const LAUNCH_PAGE_FILE = 'open-browser.html';

/**
 * The page `npm run serve` opens instead of the sign-in address: a command line is visible to every user
 * in `ps`, a file in the user-data folder (mode 0600) is not. It forwards the browser to the address.
 */
export async function writeLaunchPage(userDataDir: string, loginUrl: string): Promise<string> {
  const file = path.join(userDataDir, LAUNCH_PAGE_FILE);
  const html = `<!doctype html><meta charset="utf-8"><meta name="referrer" content="no-referrer"><meta http-equiv="refresh" content="0;url=${escapeAttribute(loginUrl)}"><title>${escapeAttribute(createTranslator('uk')('app.title'))}</title>\n`;
  await writeFile(file, html, { mode: 0o600 });
  return file;
}

/** The command that opens a file in the desktop's browser, by platform. */
export function openCommand(platform: NodeJS.Platform, file: string): [string, string[]] {
  if (platform === 'win32') return ['cmd', ['/c', 'start', '""', file]];
  if (platform === 'darwin') return ['open', [file]];
  return ['xdg-open', [file]];
}

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

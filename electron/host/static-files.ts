import { promises as fsp } from 'node:fs';
import path from 'node:path';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  // The Hunspell dictionary the spelling worker reads (UTF-8 text, out/renderer/dictionaries/).
  '.aff': 'text/plain; charset=utf-8',
  '.dic': 'text/plain; charset=utf-8',
};

/** Files without an extension that are still text: the licence shipped beside the dictionary. */
const CONTENT_TYPES_BY_NAME: Record<string, string> = { LICENSE: 'text/plain; charset=utf-8' };

export interface StaticFile {
  body: Buffer;
  contentType: string;
  /** Hashed asset names never change content, so they may be cached for long. */
  immutable: boolean;
}

/**
 * Resolves a URL path inside `root` and reads it. Paths that escape the root, hidden files and
 * folders answer null (404). Unknown paths fall back to index.html, as a single-page app expects.
 */
export async function readStaticFile(rendererDir: string, urlPath: string): Promise<StaticFile | null> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const root = path.resolve(rendererDir);
  const relative = decoded === '/' ? 'index.html' : decoded.replace(/^\/+/, '');
  const resolved = path.resolve(root, relative);
  if (resolved !== root && !resolved.startsWith(root + path.sep)) return null;
  if (relative.split('/').some((part) => part.startsWith('.'))) return null;
  const file = (await isFile(resolved)) ? resolved : path.extname(relative) ? null : path.join(root, 'index.html');
  if (!file) return null;
  return {
    body: await fsp.readFile(file),
    contentType:
      CONTENT_TYPES[path.extname(file).toLowerCase()] ??
      CONTENT_TYPES_BY_NAME[path.basename(file)] ??
      'application/octet-stream',
    immutable: path.relative(root, file).split(path.sep)[0] === 'assets',
  };
}

async function isFile(file: string): Promise<boolean> {
  try {
    return (await fsp.stat(file)).isFile();
  } catch {
    return false;
  }
}

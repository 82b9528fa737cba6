import { SECURITY_HEADERS } from '../host/security-headers';
import { readStaticFile } from '../host/static-files';
import { appRequestPath } from './app-url';

/**
 * Answers requests to app://shpalta/ from the built renderer folder. Path checks (no escape from the
 * folder, no hidden files, unknown routes fall back to index.html) are those of the browser-mode
 * host, so both hosts serve exactly the same files with the same CSP. No Electron here: it is a plain
 * fetch-style handler, registered by app-protocol.ts and tested under Node.
 */
export function createRendererHandler(rendererDir: string): (request: Request) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return plain(405, 'Method not allowed', { Allow: 'GET, HEAD' });
    }
    const urlPath = appRequestPath(request.url);
    if (urlPath === null) return plain(404, 'Not found');
    const file = await readStaticFile(rendererDir, urlPath);
    if (file === null) return plain(404, 'Not found');
    return new Response(request.method === 'HEAD' ? null : new Uint8Array(file.body), {
      status: 200,
      headers: {
        ...SECURITY_HEADERS,
        'Content-Type': file.contentType,
        'Cache-Control': file.immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
      },
    });
  };
}

function plain(status: number, text: string, extra: Record<string, string> = {}): Response {
  return new Response(text, {
    status,
    headers: { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8', ...extra },
  });
}

import { MEDIA_ROUTE_PREFIX, parseMediaRoutePath } from '../../shared/api/media-route';
import { mediaHeaders, type MediaReader } from '../host/media-route';
import { SECURITY_HEADERS } from '../host/security-headers';
import { appRequestPath } from './app-url';

/**
 * Answers app://shpalta/media/<articleId>/<file> from the library, with the same checks and headers as
 * the browser-mode host. No token here: only our own window can load app:// URLs. Returns null for
 * paths outside /media/, which the renderer handler then answers. No Electron here: tested under Node.
 */
export function createMediaHandler(media: MediaReader): (request: Request) => Promise<Response | null> {
  return async (request) => {
    const urlPath = appRequestPath(request.url);
    // The whole /media/ folder is ours: a malformed name is a 404 here, never a page of the app.
    if (urlPath === null || !urlPath.startsWith(MEDIA_ROUTE_PREFIX)) return null;
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return new Response('Method not allowed', {
        status: 405,
        headers: { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8', Allow: 'GET, HEAD' },
      });
    }
    const route = parseMediaRoutePath(urlPath);
    const file = route ? await media(route) : null;
    if (file === null) {
      return new Response('Not found', {
        status: 404,
        headers: { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' },
      });
    }
    return new Response(request.method === 'HEAD' ? null : new Uint8Array(file.bytes), {
      status: 200,
      headers: mediaHeaders(file),
    });
  };
}

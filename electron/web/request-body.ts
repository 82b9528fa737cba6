import type http from 'node:http';

/**
 * Reads a request body up to `limit` bytes. A declared Content-Length over the limit is refused before a
 * byte is read; a body sent without one (chunked) is refused as soon as it passes the limit. Either way the
 * rest is never read: the refusal says the connection closes, and Node then drops the socket instead of
 * draining what is left to keep it alive.
 */
export function readBodyWithin(req: http.IncomingMessage, limit: number): Promise<Buffer | 'too-large'> {
  if (Number(req.headers['content-length'] ?? 0) > limit) return Promise.resolve('too-large');
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) {
        chunks.push(chunk);
        return;
      }
      req.off('data', onData);
      req.pause();
      resolve('too-large');
    };
    req.on('data', onData);
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

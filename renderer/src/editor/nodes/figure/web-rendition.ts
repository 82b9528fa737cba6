import type { ImageFormat } from '../../../../../shared/media/image-header';
import type { RenditionType } from '../../../../../shared/media/web-rendition';
import type { RenditionRequest, RenditionResponse } from './web-rendition-protocol';

export interface WebRendition {
  blob: Blob;
  width: number;
  height: number;
  type: RenditionType;
}

/**
 * A photo reduced to the web size (shared/media/web-rendition.ts), or drawn anew at its own size when its
 * metadata cannot simply be cut out (its EXIF turns it, or its structure cannot be followed). Made in a worker
 * of its own that goes away with the job: redraws are rare, and the decoded pixels (100 MB for a 24-megapixel
 * photo) go with it. Rejects with the browser's reason when the picture cannot be decoded or encoded.
 */
export function makeWebRendition(file: Blob, format: ImageFormat): Promise<WebRendition> {
  return new Promise((resolve, reject) => {
    // Vite sees this exact `new Worker(new URL(…))` form and bundles the worker with its files.
    const worker = new Worker(new URL('./web-rendition-worker.ts', import.meta.url), {
      type: 'module',
      name: 'web-rendition',
    });
    worker.onmessage = (event: MessageEvent<RenditionResponse>) => {
      worker.terminate();
      const answer = event.data;
      if (answer.ok) resolve({ blob: answer.blob, width: answer.width, height: answer.height, type: answer.type });
      else reject(new Error(answer.reason));
    };
    worker.onerror = (event) => {
      event.preventDefault();
      worker.terminate();
      reject(new Error(event.message || 'the picture worker did not start'));
    };
    worker.postMessage({ file, format } satisfies RenditionRequest);
  });
}

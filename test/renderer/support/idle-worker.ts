import { vi } from 'vitest';

/**
 * jsdom has no Web Worker, and the body's spellcheck starts one. A worker that never answers stands in:
 * spelling is not what these tests are about, and a silent checker changes nothing in the document. Stubbed
 * through vitest, so it is gone before the next test (`unstubGlobals`): test files share a worker's globals.
 */
export function installIdleWorker(): void {
  if (typeof globalThis.Worker === 'function') return;
  class IdleWorker extends EventTarget {
    onmessage: ((event: MessageEvent) => void) | null = null;
    onerror: ((event: ErrorEvent) => void) | null = null;
    postMessage(): void {}
    terminate(): void {}
  }
  vi.stubGlobal('Worker', IdleWorker);
}

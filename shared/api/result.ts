import type { ApiErrorShape } from './errors';

/**
 * Electron flattens errors thrown by IPC handlers into a string, losing the code, so
 * every reply travels as an envelope and the preload turns failures back into ApiError.
 */
export type Envelope<T> = { ok: true; value: T } | { ok: false; error: ApiErrorShape };
